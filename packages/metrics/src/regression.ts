import { argsort, w, type Weights } from './weights.js';

const EPS = 2.220446049250313e-16;

/** A regression task's rows, with absolute errors sorted once for the median. */
export class RegressionData {
  readonly n: number;
  readonly absErr: Float64Array;
  private _order?: Uint32Array;
  constructor(readonly y: Float64Array, readonly pred: Float64Array) {
    this.n = y.length;
    this.absErr = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) this.absErr[i] = Math.abs(y[i]! - pred[i]!);
  }
  get errOrder(): Uint32Array {
    return (this._order ??= argsort(this.absErr));
  }
}

export interface Moments {
  t: number;
  sumAbs: number;
  sumSq: number;
  sumY: number;
  sumY2: number;
  sumE: number;
  sumE2: number;
  sumApe: number;
  max: number;
}

export function moments(d: RegressionData, weights: Weights): Moments {
  const m: Moments = { t: 0, sumAbs: 0, sumSq: 0, sumY: 0, sumY2: 0, sumE: 0, sumE2: 0, sumApe: 0, max: 0 };
  for (let i = 0; i < d.n; i++) {
    const wi = w(weights, i);
    if (wi === 0) continue;
    const y = d.y[i]!;
    const e = y - d.pred[i]!;
    const a = d.absErr[i]!;
    m.t += wi;
    m.sumAbs += wi * a;
    m.sumSq += wi * e * e;
    m.sumY += wi * y;
    m.sumE += wi * e;
    m.sumApe += (wi * a) / Math.max(Math.abs(y), EPS);
    if (a > m.max) m.max = a;
  }
  // second pass for centred sums: numerically as stable as NumPy's var()
  const meanY = m.sumY / m.t;
  const meanE = m.sumE / m.t;
  for (let i = 0; i < d.n; i++) {
    const wi = w(weights, i);
    if (wi === 0) continue;
    const dy = d.y[i]! - meanY;
    const de = d.y[i]! - d.pred[i]! - meanE;
    m.sumY2 += wi * dy * dy;
    m.sumE2 += wi * de * de;
  }
  return m;
}

/** Median of the absolute errors (weighted: the middle of the cumulative weight, averaged on a tie as NumPy does). */
export function medianAbsoluteError(d: RegressionData, weights: Weights): number {
  const order = d.errOrder;
  let total = 0;
  for (let i = 0; i < d.n; i++) total += w(weights, i);
  if (total === 0) return NaN;
  // position(s) of the median in the expanded sample (0-based)
  const lo = Math.floor((total - 1) / 2);
  const hi = Math.ceil((total - 1) / 2);
  let cum = 0;
  let vlo = NaN;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const wi = w(weights, i);
    if (wi === 0) continue;
    const next = cum + wi;
    if (Number.isNaN(vlo) && lo < next) vlo = d.absErr[i]!;
    if (hi < next) return (vlo + d.absErr[i]!) / 2;
    cum = next;
  }
  return vlo;
}
