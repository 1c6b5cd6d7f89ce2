import { computeMetrics, type Task, type TaskData } from './catalog.js';
import { Sfc32 } from './random.js';

export interface BootstrapOptions {
  resamples: number;
  seed: number;
  /** e.g. 0.95 for a 95% interval. */
  confidence: number;
}

export const DEFAULT_BOOTSTRAP: BootstrapOptions = { resamples: 1000, seed: 20240601, confidence: 0.95 };

export interface DeltaInterval {
  /** Percentile interval of candidate − baseline over the resamples. */
  lo: number;
  hi: number;
  /** Percentile interval of (candidate − baseline) / |baseline|. */
  relLo: number;
  relHi: number;
  /** Resamples where the metric was defined for both models. */
  valid: number;
}

/** NumPy's default (linear) percentile of sorted values. */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** A statistic of one model under row weights (undefined: the unweighted data). */
export type Statistic = (counts: Int32Array | Uint8Array | undefined) => Record<string, number>;

export interface StatInterval {
  /** Percentile interval of the candidate's own value over the resamples. */
  value: { lo: number; hi: number };
  /** Of candidate − production, when production is given. */
  delta?: DeltaInterval;
}

/**
 * The percentile bootstrap of any statistics computed from row weights: each resample draws n rows
 * with replacement (seeded sfc32, so a rerun gives the same figures), the same rows for both models.
 */
export function bootstrapStatistics(n: number, names: string[], candidate: Statistic, baseline: Statistic | undefined, opts: BootstrapOptions = DEFAULT_BOOTSTRAP): Record<string, StatInterval> {
  const random = new Sfc32(opts.seed);
  const bytes = new Uint8Array(n);
  let wide: Int32Array | undefined;
  const values = names.map(() => new Float64Array(opts.resamples));
  const deltas = names.map(() => new Float64Array(opts.resamples));
  const rels = names.map(() => new Float64Array(opts.resamples));
  const nValues = names.map(() => 0);
  const valid = names.map(() => 0);
  for (let r = 0; r < opts.resamples; r++) {
    const counts = random.resampleCounts8(n, bytes) ? bytes : random.resampleCounts(n, (wide ??= new Int32Array(n)));
    const c = candidate(counts);
    const b = baseline?.(counts);
    names.forEach((name, j) => {
      if (Number.isFinite(c[name])) values[j]![nValues[j]!++] = c[name]!;
      if (!b) return;
      const d = c[name]! - b[name]!;
      if (!Number.isFinite(d)) return;
      deltas[j]![valid[j]!] = d;
      rels[j]![valid[j]!] = b[name] === 0 ? (d === 0 ? 0 : Math.sign(d) * Infinity) : d / Math.abs(b[name]!);
      valid[j]!++;
    });
  }
  const alpha = (1 - opts.confidence) / 2;
  const out: Record<string, StatInterval> = {};
  names.forEach((name, j) => {
    const v = values[j]!.subarray(0, nValues[j]).sort();
    out[name] = { value: { lo: percentile(v, alpha), hi: percentile(v, 1 - alpha) } };
    if (!baseline) return;
    const d = deltas[j]!.subarray(0, valid[j]).sort();
    const rl = rels[j]!.subarray(0, valid[j]).sort();
    out[name]!.delta = { lo: percentile(d, alpha), hi: percentile(d, 1 - alpha), relLo: percentile(rl, alpha), relHi: percentile(rl, 1 - alpha), valid: valid[j]! };
  });
  return out;
}

/**
 * Paired bootstrap: each resample draws the same rows for both models (they answered the same
 * inputs), so the interval is on the difference itself and row-level noise shared by both cancels.
 */
export function pairedBootstrap(task: Task, candidate: TaskData, baseline: TaskData, names: string[], opts: BootstrapOptions = DEFAULT_BOOTSTRAP): Record<string, DeltaInterval> {
  if (baseline.n !== candidate.n) throw new Error('paired bootstrap needs the same rows for both models');
  const all = bootstrapStatistics(candidate.n, names, (w) => computeMetrics(task, candidate, names, w), (w) => computeMetrics(task, baseline, names, w), opts);
  return Object.fromEntries(names.map((name) => [name, all[name]!.delta!]));
}
