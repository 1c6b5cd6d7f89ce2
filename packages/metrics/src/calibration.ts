import type { BinaryData } from './binary.js';
import type { MulticlassData } from './multiclass.js';
import { DEFAULT_CALIBRATION, type CalibrationOptions } from './calibration-options.js';
import { argsort, w, type Weights } from './weights.js';

export { DEFAULT_CALIBRATION, type CalibrationOptions };

/** A model's calibration data: the probability it gave and whether the event happened (0/1), per row. */
export interface Confidences {
  prob: Float64Array;
  hit: Uint8Array;
  order?: Uint32Array;
}

/** Binary: the positive class's score against the label (as scikit-learn's calibration_curve). */
export function binaryConfidences(d: BinaryData): Confidences {
  return { prob: d.score, hit: d.y, order: d.asc.order };
}

const topLabel = new WeakMap<MulticlassData, Confidences>();

/**
 * Multiclass top-label: the highest class probability against whether that class is the true one
 * (the first class on a tie, as NumPy's argmax). Computed once per data.
 */
export function topLabelConfidences(d: MulticlassData): Confidences | undefined {
  const { proba, k } = d;
  if (!proba) return undefined;
  const known = topLabel.get(d);
  if (known) return known;
  const prob = new Float64Array(d.n);
  const hit = new Uint8Array(d.n);
  for (let i = 0; i < d.n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (proba[i * k + c]! > proba[i * k + best]!) best = c;
    prob[i] = proba[i * k + best]!;
    hit[i] = d.y[i] === best ? 1 : 0;
  }
  const c = { prob, hit };
  topLabel.set(d, c);
  return c;
}

/** The weighted sample's linear-interpolation percentile (NumPy's default) over rows sorted by value. */
function weightedPercentile(c: Confidences, order: Uint32Array, weights: Weights, total: number, q: number): number {
  const pos = (total - 1) * ((q * 100) / 100); // NumPy: percentile(p, q × 100) divides by 100 again
  const at = (k: number) => {
    let seen = 0;
    for (const i of order) {
      seen += w(weights, i);
      if (seen > k) return c.prob[i]!;
    }
    return c.prob[order[order.length - 1]!]!;
  };
  const lo = Math.floor(pos);
  const a = at(lo);
  if (pos === lo) return a;
  // NumPy's _lerp: from the nearer end, so the result is exact at both ends
  const b = at(lo + 1), t = pos - lo;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/**
 * The inner bin edges, as scikit-learn's calibration_curve builds them: `linspace(0, 1, bins + 1)`
 * (i / bins, computed as NumPy does: i × step) or the sample's percentiles at those levels.
 */
function innerEdges(c: Confidences, weights: Weights, opts: CalibrationOptions, total: number): number[] {
  const step = 1 / opts.bins;
  const levels = Array.from({ length: opts.bins - 1 }, (_, i) => (i + 1) * step);
  if (opts.strategy === 'uniform') return levels;
  const order = (c.order ??= argsort(c.prob));
  return levels.map((q) => weightedPercentile(c, order, weights, total, q));
}

export interface CalibrationBin {
  /** Bin index (0-based) among `bins`. */
  bin: number;
  count: number;
  /** Mean probability given in the bin (calibration_curve's prob_pred). */
  predicted: number;
  /** Share of hits in the bin (calibration_curve's prob_true). */
  observed: number;
}

/**
 * Rows binned like calibration_curve (`np.searchsorted(inner_edges, p)`: a probability equal to an
 * edge falls in the lower bin); only non-empty bins are returned.
 */
export function calibrationBins(c: Confidences, weights: Weights, opts: CalibrationOptions = DEFAULT_CALIBRATION): CalibrationBin[] {
  let total = 0;
  for (let i = 0; i < c.prob.length; i++) total += w(weights, i);
  if (total === 0) return [];
  const edges = innerEdges(c, weights, opts, total);
  const count = new Float64Array(opts.bins), sumP = new Float64Array(opts.bins), sumHit = new Float64Array(opts.bins);
  for (let i = 0; i < c.prob.length; i++) {
    const wi = w(weights, i);
    if (wi === 0) continue;
    const p = c.prob[i]!;
    let lo = 0, hi = edges.length; // first edge ≥ p
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edges[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    count[lo]! += wi;
    sumP[lo]! += wi * p;
    sumHit[lo]! += wi * c.hit[i]!;
  }
  const out: CalibrationBin[] = [];
  for (let b = 0; b < opts.bins; b++) if (count[b]! > 0) out.push({ bin: b, count: count[b]!, predicted: sumP[b]! / count[b]!, observed: sumHit[b]! / count[b]! });
  return out;
}

/** Expected calibration error: Σ over bins of (bin rows / rows) × |observed − predicted|. */
export function ece(bins: CalibrationBin[]): number {
  const total = bins.reduce((s, b) => s + b.count, 0);
  return total === 0 ? NaN : bins.reduce((s, b) => s + (b.count / total) * Math.abs(b.observed - b.predicted), 0);
}

/** Maximum calibration error: the largest |observed − predicted| over non-empty bins. */
export function mce(bins: CalibrationBin[]): number {
  return bins.length === 0 ? NaN : Math.max(...bins.map((b) => Math.abs(b.observed - b.predicted)));
}
