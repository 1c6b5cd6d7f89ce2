import { higherIsBetter } from './catalog.js';
import { corpusBleu, type BleuCounts } from './text.js';
import { w, type Weights } from './weights.js';

/**
 * Per-example results of one model (an LLM eval): score columns, pass/fail, per-example text metric
 * values and BLEU counts; row i of the candidate and production is the same test case.
 */
export interface ScoresData {
  n: number;
  /** Numeric per-example scores by name (a column, or promptfoo's score and named scores). */
  scores: Record<string, Float64Array>;
  pass?: Uint8Array;
  /** Per-example exact_match, token_f1, rouge_l. */
  text?: Record<string, Float64Array>;
  bleu?: BleuCounts[];
}

const mean = (v: ArrayLike<number>, weights: Weights) => {
  let s = 0, t = 0;
  for (let i = 0; i < v.length; i++) {
    const wi = w(weights, i);
    s += wi * v[i]!;
    t += wi;
  }
  return t === 0 ? NaN : s / t;
};

const HIGHER = new Set(['pass_rate', 'exact_match', 'token_f1', 'rouge_l', 'bleu']);

/** The direction of a scores metric: the text metrics and pass rate are higher-is-better; a mean as its score's name says, if it says. */
export function scoreHigherIsBetter(name: string): boolean | undefined {
  return HIGHER.has(name) ? true : higherIsBetter(name.replace(/^mean_/, ''));
}

/** The metric names a model's data offers: mean_<score>, pass_rate, the text metrics, bleu. */
export function scoreMetricNames(d: ScoresData): string[] {
  return [...Object.keys(d.scores).map((s) => `mean_${s}`), ...(d.pass ? ['pass_rate'] : []), ...Object.keys(d.text ?? {}), ...(d.bleu ? ['bleu'] : [])];
}

/** Each named metric under optional bootstrap weights (a mean over cases, or corpus BLEU). */
export function scoreMetrics(d: ScoresData, names: string[], weights?: Weights): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of names) {
    if (name === 'pass_rate') out[name] = d.pass ? mean(d.pass, weights) : NaN;
    else if (name === 'bleu') out[name] = d.bleu ? corpusBleu(d.bleu, weights) : NaN;
    else if (d.text?.[name]) out[name] = mean(d.text[name]!, weights);
    else if (name.startsWith('mean_') && d.scores[name.slice(5)]) out[name] = mean(d.scores[name.slice(5)]!, weights);
    else out[name] = NaN;
  }
  return out;
}
