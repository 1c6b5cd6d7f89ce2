/**
 * Every metric takes optional per-row weights: undefined is the plain metric; a bootstrap resample
 * is the same metric with integer weights (how many times each row was drawn). That keeps one
 * implementation for point estimates and resamples, and makes a resample O(n) without copying rows.
 */
export type Weights = Float64Array | Int32Array | Uint32Array | Uint8Array | undefined;

export function w(weights: Weights, i: number): number {
  return weights === undefined ? 1 : weights[i]!;
}

/** Indices sorted by value ascending (stable), computed once per prepared column. */
export function argsort(values: Float64Array): Uint32Array {
  const idx = new Uint32Array(values.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  // Sort (value, index) pairs packed in a Float64Array pair would be faster; Array.prototype.sort on a typed array of indices is fine up to millions.
  return idx.sort((a, b) => values[a]! - values[b]! || a - b);
}

/** Start offset of each run of equal values in sorted order, plus a final sentinel. */
export function tieGroups(values: Float64Array, order: Uint32Array): Uint32Array {
  const starts: number[] = [0];
  for (let k = 1; k < order.length; k++) if (values[order[k]!] !== values[order[k - 1]!]) starts.push(k);
  starts.push(order.length);
  return Uint32Array.from(starts);
}
