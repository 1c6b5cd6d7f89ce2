/**
 * Text metrics of generated answers against one reference each: SQuAD's exact match and token F1
 * (the official evaluate-v1.1 script's normalisation), ROUGE-L F1 (Google's rouge-score defaults)
 * and corpus BLEU-4 (NLTK's corpus_bleu without smoothing). Each is a per-example value or, for
 * BLEU, per-example counts summed over the corpus, so a bootstrap resample is integer weights.
 */

const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** SQuAD's normalize_answer: lower case, no ASCII punctuation, no articles, single spaces. */
export function normalizeAnswer(s: string): string {
  return s.toLowerCase().replace(ASCII_PUNCTUATION, '').replace(/\b(a|an|the)\b/g, ' ').split(/\s+/).filter(Boolean).join(' ');
}

export function exactMatch(prediction: string, reference: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(reference) ? 1 : 0;
}

function counts(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Size of the multiset intersection of two token lists. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [t, c] of a) n += Math.min(c, b.get(t) ?? 0);
  return n;
}

/** SQuAD v1.1 token F1 over normalised whitespace tokens (0 when nothing is shared). */
export function tokenF1(prediction: string, reference: string): number {
  const p = normalizeAnswer(prediction).split(' ').filter(Boolean);
  const r = normalizeAnswer(reference).split(' ').filter(Boolean);
  const same = overlap(counts(p), counts(r));
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / r.length;
  return (2 * precision * recall) / (precision + recall);
}

/** rouge-score's default tokenizer: lower case, runs of [a-z0-9] (no stemming). */
const rougeTokens = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ').filter(Boolean);

function lcs(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** ROUGE-L F1: from the longest common subsequence of the tokens. */
export function rougeL(prediction: string, reference: string): number {
  const p = rougeTokens(prediction);
  const r = rougeTokens(reference);
  const l = p.length && r.length ? lcs(p, r) : 0;
  if (l === 0) return 0;
  const precision = l / p.length;
  const recall = l / r.length;
  return (2 * precision * recall) / (precision + recall);
}

/** One example's BLEU counts: clipped n-gram matches and n-gram totals (n = 1..4), lengths. */
export interface BleuCounts {
  matches: Float64Array;
  totals: Float64Array;
  hypLength: number;
  refLength: number;
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join('\u0000');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Tokens are whitespace-separated words, case kept (give NLTK the same `split()` tokens). */
export function bleuCounts(prediction: string, reference: string): BleuCounts {
  const h = prediction.split(/\s+/).filter(Boolean);
  const r = reference.split(/\s+/).filter(Boolean);
  const matches = new Float64Array(4), totals = new Float64Array(4);
  for (let n = 1; n <= 4; n++) {
    const hg = ngrams(h, n);
    matches[n - 1] = overlap(hg, ngrams(r, n));
    totals[n - 1] = Math.max(1, h.length - n + 1); // NLTK's modified_precision: max(1, …) per example
  }
  return { matches, totals, hypLength: h.length, refLength: r.length };
}

/** Corpus BLEU-4 (uniform weights, brevity penalty on the summed lengths), 0 when an order has no match. */
export function corpusBleu(examples: BleuCounts[], weights?: ArrayLike<number>): number {
  const m = [0, 0, 0, 0], t = [0, 0, 0, 0];
  let hyp = 0, ref = 0;
  examples.forEach((e, i) => {
    const wi = weights ? weights[i]! : 1;
    if (wi === 0) return;
    for (let n = 0; n < 4; n++) {
      m[n]! += wi * e.matches[n]!;
      t[n]! += wi * e.totals[n]!;
    }
    hyp += wi * e.hypLength;
    ref += wi * e.refLength;
  });
  if (m.some((x) => x === 0)) return 0;
  const bp = hyp > ref ? 1 : hyp === 0 ? 0 : Math.exp(1 - ref / hyp);
  return bp * Math.exp(m.reduce((s, x, n) => s + 0.25 * Math.log(x / t[n]!), 0));
}
