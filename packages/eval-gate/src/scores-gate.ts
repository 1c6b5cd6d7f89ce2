import { closest, ConfigurationError, type Host, type SourceLocation } from '@mlgate/core';
import { bootstrapStatistics, scoreHigherIsBetter, scoreMetricNames, scoreMetrics, type DeltaInterval } from '@mlgate/metrics';
import type { GateConfig } from './config.js';
import { checkRuleNames } from './evaluate.js';
import { alignRuns, readScoreRun, type ScoreRun } from './scores-load.js';

/** A test case whose verdict or score changed between production and the candidate. */
export interface CaseChange {
  title: string;
  production?: number;
  candidate?: number;
  output?: string;
}

export interface ScoresView {
  /** The score the cases are ordered by (the first score column), if any. */
  score?: string;
  /** Passed in production, fail in the candidate — worst first. */
  broken: CaseChange[];
  /** Failed in production, pass in the candidate. */
  fixed: CaseChange[];
  /** Without pass/fail: the largest falls and rises of the score. */
  fell: CaseChange[];
  rose: CaseChange[];
  /** How many cases of each kind (the lists keep the first 200). */
  counts: { broken: number; fixed: number; fell: number; rose: number };
}

export interface ScoresResult {
  names: string[];
  candidate: Record<string, number>;
  baseline?: Record<string, number>;
  intervals: Record<string, DeltaInterval>;
  rows: number;
  view?: ScoresView;
}

/** Cases listed per kind of change in the report (the comment shows fewer). */
const KEEP = 200;

function changes(cand: ScoreRun, base: ScoreRun): ScoresView {
  const score = Object.keys(cand.data.scores)[0];
  const s = score ? { c: cand.data.scores[score]!, b: base.data.scores[score]! } : undefined;
  const change = (i: number): CaseChange => ({ title: cand.titles[i]!, production: s?.b[i], candidate: s?.c[i], output: cand.outputs?.[i]?.slice(0, 2000) });
  const drop = (i: number) => (s ? s.c[i]! - s.b[i]! : 0);
  const all = cand.ids.map((_, i) => i);
  const cp = cand.data.pass, bp = base.data.pass;
  const worst = (cases: number[]) => cases.sort((a, b) => drop(a) - drop(b) || a - b);
  const best = (cases: number[]) => cases.sort((a, b) => drop(b) - drop(a) || a - b);
  const kinds = {
    broken: cp && bp ? worst(all.filter((i) => bp[i] === 1 && cp[i] === 0)) : [],
    fixed: cp && bp ? best(all.filter((i) => bp[i] === 0 && cp[i] === 1)) : [],
    fell: !(cp && bp) && s ? worst(all.filter((i) => drop(i) < 0)) : [],
    rose: !(cp && bp) && s ? best(all.filter((i) => drop(i) > 0)) : [],
  };
  const list = (k: keyof typeof kinds) => kinds[k].slice(0, KEEP).map(change);
  return { score, broken: list('broken'), fixed: list('fixed'), fell: list('fell'), rose: list('rose'), counts: { broken: kinds.broken.length, fixed: kinds.fixed.length, fell: kinds.fell.length, rose: kinds.rose.length } };
}

/**
 * Per-example results of the candidate (and production): each metric a mean over cases (or corpus
 * BLEU), the paired bootstrap over cases on each change, and the cases that flipped.
 */
export async function evaluateScores(cfg: GateConfig, candidateFile: string, baselineFile: string | undefined, locate: (path: string[], opts?: { key?: boolean }) => SourceLocation, host: Host): Promise<ScoresResult> {
  const cand = await readScoreRun(cfg, candidateFile);
  const base = baselineFile ? alignRuns(cand, await readScoreRun(cfg, baselineFile)) : undefined;
  const available = scoreMetricNames(cand.data);
  for (const name of [...Object.keys(cfg.rules), ...(cfg.metrics ?? [])]) {
    if (available.includes(name)) continue;
    const hint = closest(name, available);
    const where = name in cfg.rules ? locate(['rules', name], { key: true }) : locate(['metrics', String(cfg.metrics!.indexOf(name))]);
    throw new ConfigurationError(`unknown scores metric "${name}"${hint ? `; did you mean "${hint}"?` : ''} (this run has: ${available.join(', ')})`, where);
  }
  checkRuleNames(cfg.rules, undefined, locate, 'rules', scoreHigherIsBetter);
  const names = cfg.metrics ? [...new Set([...Object.keys(cfg.rules), ...cfg.metrics])] : available;
  const candidate = scoreMetrics(cand.data, names);
  if (!base) return { names, candidate, intervals: {}, rows: cand.data.n };
  host.info(`paired bootstrap: ${cfg.bootstrap.resamples} resamples of ${cand.data.n} test cases for ${names.length} metrics`);
  const stats = bootstrapStatistics(cand.data.n, names, (w) => scoreMetrics(cand.data, names, w), (w) => scoreMetrics(base.data, names, w), cfg.bootstrap);
  const intervals = Object.fromEntries(names.map((m) => [m, stats[m]!.delta!]));
  return { names, candidate, baseline: scoreMetrics(base.data, names), intervals, rows: cand.data.n, view: changes(cand, base) };
}
