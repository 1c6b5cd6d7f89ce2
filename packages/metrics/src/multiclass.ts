import { BinaryData, rocAuc } from './binary.js';
import { DEFAULT_CALIBRATION, type CalibrationOptions } from './calibration-options.js';
import { w, type Weights } from './weights.js';

/**
 * A multiclass task's rows: true and predicted class as indices into `classes`, and optionally the
 * per-class probabilities (row-major n × k) for log loss and one-vs-rest ROC AUC.
 */
export class MulticlassData {
  readonly n: number;
  readonly k: number;
  /** Binning of ECE, MCE and the reliability diagram (top-label). */
  calibration: CalibrationOptions = DEFAULT_CALIBRATION;
  private _ovr?: BinaryData[];
  constructor(readonly y: Int32Array, readonly pred: Int32Array, readonly classes: string[], readonly proba?: Float64Array) {
    this.n = y.length;
    this.k = classes.length;
  }
  /** One-vs-rest binary views, built once. */
  ovr(): BinaryData[] {
    if (!this.proba) return [];
    if (!this._ovr) {
      this._ovr = this.classes.map((_, c) => {
        const yb = new Uint8Array(this.n);
        const s = new Float64Array(this.n);
        for (let i = 0; i < this.n; i++) {
          yb[i] = this.y[i] === c ? 1 : 0;
          s[i] = this.proba![i * this.k + c]!;
        }
        return new BinaryData(yb, s, 0.5);
      });
    }
    return this._ovr;
  }
}

/** Weighted confusion matrix, row = true class, column = predicted class. */
export function confusionMatrix(d: MulticlassData, weights: Weights): Float64Array {
  const m = new Float64Array(d.k * d.k);
  for (let i = 0; i < d.n; i++) {
    const wi = w(weights, i);
    if (wi !== 0) m[d.y[i]! * d.k + d.pred[i]!]! += wi;
  }
  return m;
}

/** Per-class counts of a confusion matrix: what the multiclass metrics of the catalog read. */
export interface PerClass {
  tp: Float64Array;
  support: Float64Array; // true count
  predicted: Float64Array;
  total: number;
  /** Classes present in y or pred (scikit-learn's label set). */
  present: boolean[];
}

export function perClass(m: Float64Array, k: number): PerClass {
  const tp = new Float64Array(k), support = new Float64Array(k), predicted = new Float64Array(k);
  let total = 0;
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) {
      const v = m[a * k + b]!;
      support[a]! += v;
      predicted[b]! += v;
      total += v;
      if (a === b) tp[a] = v;
    }
  const present = Array.from({ length: k }, (_, c) => support[c]! > 0 || predicted[c]! > 0);
  return { tp, support, predicted, total, present };
}

const EPS = 2.220446049250313e-16;

/** Cross-entropy of the per-class probabilities, clipped and renormalised per row as scikit-learn does. */
export function multiclassLogLoss(d: MulticlassData, weights: Weights): number {
  const { proba, k } = d;
  if (!proba) return NaN;
  let s = 0, t = 0;
  for (let i = 0; i < d.n; i++) {
    const wi = w(weights, i);
    if (wi === 0) continue;
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.min(Math.max(proba[i * k + c]!, EPS), 1 - EPS);
    const p = Math.min(Math.max(proba[i * k + d.y[i]!]!, EPS), 1 - EPS) / sum;
    s -= wi * Math.log(p);
    t += wi;
  }
  return s / t;
}

/** Macro average of one-vs-rest ROC AUC over the classes. */
export function rocAucOvrMacro(d: MulticlassData, weights: Weights): number {
  const views = d.ovr();
  if (views.length === 0) return NaN;
  let s = 0;
  for (const v of views) s += rocAuc(v, weights);
  return s / views.length;
}
