import { formatNumber } from '@mlgate/report';
import { BinaryData, computeMetrics, MulticlassData, RegressionData, type Task, type TaskData } from '@mlgate/metrics';

/**
 * The predictions of the simplest possible model on the same rows, which has learnt nothing but the
 * labels' distribution: binary — every row scored with the positive rate (the prior) and predicted as
 * the majority class; multiclass — the majority class, each class's share as its probability;
 * regression — the mean of the labels. What a model is worth is its lift over this.
 */
export function noSkillData(task: Task, d: TaskData): TaskData {
  if (task === 'binary') {
    const b = d as BinaryData;
    let pos = 0;
    for (let i = 0; i < b.n; i++) pos += b.y[i]!;
    const prior = b.n ? pos / b.n : 0;
    const out = new BinaryData(b.y, new Float64Array(b.n).fill(prior), b.threshold);
    out.pred.fill(pos * 2 > b.n ? 1 : 0); // the majority class, whatever side of the threshold the prior falls
    out.calibration = b.calibration;
    return out;
  }
  if (task === 'multiclass') {
    const m = d as MulticlassData;
    const counts = new Float64Array(m.k);
    for (let i = 0; i < m.n; i++) counts[m.y[i]!]!++;
    let major = 0;
    for (let c = 1; c < m.k; c++) if (counts[c]! > counts[major]!) major = c;
    let proba: Float64Array | undefined;
    if (m.proba) {
      proba = new Float64Array(m.n * m.k);
      for (let i = 0; i < m.n; i++) for (let c = 0; c < m.k; c++) proba[i * m.k + c] = m.n ? counts[c]! / m.n : 0;
    }
    const out = new MulticlassData(m.y, new Int32Array(m.n).fill(major), m.classes, proba);
    out.calibration = m.calibration;
    return out;
  }
  const r = d as RegressionData;
  let sum = 0;
  for (let i = 0; i < r.n; i++) sum += r.y[i]!;
  return new RegressionData(r.y, new Float64Array(r.n).fill(r.n ? sum / r.n : 0));
}

/** Each metric's value for the no-skill model on the candidate's rows. */
export function noSkillMetrics(task: Task, d: TaskData, names: string[]): Record<string, number> {
  return computeMetrics(task, noSkillData(task, d), names);
}

/** The lift over no skill, in the metric's good direction (positive: better than doing nothing). */
export function liftOf(candidate: number | undefined, noSkill: number | undefined, higherIsBetter: boolean | undefined): number | undefined {
  if (candidate === undefined || noSkill === undefined || !Number.isFinite(candidate) || !Number.isFinite(noSkill) || higherIsBetter === undefined) return undefined;
  return higherIsBetter ? candidate - noSkill : noSkill - candidate;
}

/** A lift with its sign, plainly (+0.43, −0.02): a gain over doing nothing, not a change between versions. */
export function formatLift(lift: number): string {
  return `${lift >= 0 ? '+' : '−'}${formatNumber(Math.abs(lift))}`;
}
