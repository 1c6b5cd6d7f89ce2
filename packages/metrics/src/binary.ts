import { DEFAULT_CALIBRATION, type CalibrationOptions } from './calibration-options.js';
import { argsort, tieGroups, w, type Weights } from './weights.js';

/** A binary task's rows, prepared once: labels, scores, thresholded predictions, sort orders. */
export class BinaryData {
  readonly n: number;
  readonly pred: Uint8Array;
  /** Binning of ECE, MCE and the reliability diagram. */
  calibration: CalibrationOptions = DEFAULT_CALIBRATION;
  private _asc?: { order: Uint32Array; groups: Uint32Array; ySorted: Uint8Array };
  constructor(readonly y: Uint8Array, readonly score: Float64Array, readonly threshold: number) {
    this.n = y.length;
    this.pred = new Uint8Array(this.n);
    for (let i = 0; i < this.n; i++) this.pred[i] = score[i]! >= threshold ? 1 : 0;
  }
  /** Rows in ascending score order with tie groups and labels in that order (for ROC AUC and average precision). */
  get asc(): { order: Uint32Array; groups: Uint32Array; ySorted: Uint8Array } {
    if (!this._asc) {
      const order = argsort(this.score);
      const ySorted = new Uint8Array(order.length);
      for (let k = 0; k < order.length; k++) ySorted[k] = this.y[order[k]!]!;
      this._asc = { order, groups: tieGroups(this.score, order), ySorted };
    }
    return this._asc;
  }
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(d: BinaryData, weights: Weights): Confusion {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  const { y, pred, n } = d;
  if (weights === undefined) {
    for (let i = 0; i < n; i++) {
      if (pred[i]) {
        if (y[i]) tp++;
        else fp++;
      } else if (y[i]) fn++;
      else tn++;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const wi = weights[i]!;
      if (wi === 0) continue;
      if (pred[i]) {
        if (y[i]) tp += wi;
        else fp += wi;
      } else if (y[i]) fn += wi;
      else tn += wi;
    }
  }
  return { tp, fp, tn, fn };
}

/** ROC AUC as the Mann–Whitney statistic, ties counted half (as scikit-learn's trapezoids). */
export function rocAuc(d: BinaryData, weights: Weights): number {
  const { order, groups, ySorted } = d.asc;
  let negBelow = 0, num = 0, pos = 0;
  for (let g = 0; g + 1 < groups.length; g++) {
    let gp = 0, gn = 0;
    const end = groups[g + 1]!;
    if (weights === undefined) {
      for (let k = groups[g]!; k < end; k++) {
        if (ySorted[k]) gp++;
        else gn++;
      }
    } else {
      for (let k = groups[g]!; k < end; k++) {
        const wi = weights[order[k]!]!;
        if (ySorted[k]) gp += wi;
        else gn += wi;
      }
    }
    num += gp * (negBelow + gn / 2);
    negBelow += gn;
    pos += gp;
  }
  return pos === 0 || negBelow === 0 ? NaN : num / (pos * negBelow);
}

/** Average precision: Σ (Rₖ − Rₖ₋₁)·Pₖ over descending distinct thresholds, no interpolation. */
export function averagePrecision(d: BinaryData, weights: Weights): number {
  const { order, groups, ySorted } = d.asc;
  const { y } = d;
  let totalPos = 0;
  for (let i = 0; i < d.n; i++) if (y[i]) totalPos += w(weights, i);
  if (totalPos === 0) return NaN;
  let tp = 0, fp = 0, ap = 0, prevRecall = 0;
  for (let g = groups.length - 2; g >= 0; g--) {
    for (let k = groups[g]!; k < groups[g + 1]!; k++) {
      const wi = w(weights, order[k]!);
      if (ySorted[k]) tp += wi;
      else fp += wi;
    }
    if (tp + fp === 0) continue;
    const recall = tp / totalPos;
    ap += (recall - prevRecall) * (tp / (tp + fp));
    prevRecall = recall;
  }
  return ap;
}

const EPS = 2.220446049250313e-16;

export function logLoss(d: BinaryData, weights: Weights): number {
  let s = 0, t = 0;
  const { y, score } = d;
  for (let i = 0; i < d.n; i++) {
    const wi = w(weights, i);
    if (wi === 0) continue;
    const p = Math.min(Math.max(score[i]!, EPS), 1 - EPS);
    s -= wi * (y[i] ? Math.log(p) : Math.log(1 - p));
    t += wi;
  }
  return s / t;
}

export function brier(d: BinaryData, weights: Weights): number {
  let s = 0, t = 0;
  const { y, score } = d;
  for (let i = 0; i < d.n; i++) {
    const wi = w(weights, i);
    const e = score[i]! - y[i]!;
    s += wi * e * e;
    t += wi;
  }
  return s / t;
}
