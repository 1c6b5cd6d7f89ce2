import { averagePrecision, BinaryData, brier, confusion, logLoss, rocAuc, type Confusion } from './binary.js';
import { binaryConfidences, calibrationBins, ece, mce, topLabelConfidences, type CalibrationOptions, type Confidences } from './calibration.js';
import { confusionMatrix, MulticlassData, multiclassLogLoss, perClass, rocAucOvrMacro, type PerClass } from './multiclass.js';
import { medianAbsoluteError, moments, RegressionData, type Moments } from './regression.js';
import type { Weights } from './weights.js';

export type Task = 'binary' | 'multiclass' | 'regression';
export type TaskData = BinaryData | MulticlassData | RegressionData;

/** What several metrics of a task read (the confusion matrix, the moments, the calibration bins), made once per computeMetrics call. */
export class Shared {
  private readonly made = new Map<string, unknown>();
  get<T>(key: string, make: () => T): T {
    if (!this.made.has(key)) this.made.set(key, make());
    return this.made.get(key) as T;
  }
}

/** One metric of one task: everything mlgate knows of it. Adding a metric is adding a record here. */
export interface Metric {
  name: string;
  task: Task;
  higherIsBetter: boolean;
  /** Multiclass: needs per-class probabilities (the config's "probabilities"); without them it is not offered. */
  needsProbabilities: boolean;
  /** What it measures, as the metrics table of docs/eval-gate.md says it (`pnpm generate`). */
  description: string;
  /** Its value under row weights (a bootstrap resample; undefined: every row once). */
  compute: (d: TaskData, wts: Weights, shared: Shared) => number;
}

const div = (a: number, b: number) => (b === 0 ? 0 : a / b);

type Entry = Omit<Metric, 'task' | 'needsProbabilities' | 'compute'> & { needsProbabilities?: boolean };
const binary = (e: Entry, compute: (d: BinaryData, wts: Weights, shared: Shared) => number): Metric => ({ needsProbabilities: false, ...e, task: 'binary', compute: compute as Metric['compute'] });
const multiclass = (e: Entry, compute: (d: MulticlassData, wts: Weights, shared: Shared) => number): Metric => ({ needsProbabilities: false, ...e, task: 'multiclass', compute: compute as Metric['compute'] });
const regression = (e: Entry, compute: (d: RegressionData, wts: Weights, shared: Shared) => number): Metric => ({ needsProbabilities: false, ...e, task: 'regression', compute: compute as Metric['compute'] });

const counts = (f: (c: Confusion) => number) => (d: BinaryData, wts: Weights, s: Shared) => f(s.get('confusion', () => confusion(d, wts)));
const classes = (f: (p: PerClass) => number) => (d: MulticlassData, wts: Weights, s: Shared) => f(s.get('per-class', () => perClass(confusionMatrix(d, wts), d.k)));
const sums = (f: (m: Moments) => number) => (d: RegressionData, wts: Weights, s: Shared) => f(s.get('moments', () => moments(d, wts)));
const bins = (c: Confidences | undefined, opts: CalibrationOptions, wts: Weights, s: Shared) => (c ? s.get('calibration', () => calibrationBins(c, wts, opts)) : undefined);

/** Mean over the classes present in the labels or the predictions, as scikit-learn's average="macro". */
function macro(p: PerClass, f: (c: number) => number): number {
  let s = 0, n = 0;
  for (let c = 0; c < p.tp.length; c++) if (p.present[c]) {
    s += f(c);
    n++;
  }
  return n === 0 ? 0 : s / n;
}
const f1Of = (p: PerClass, c: number) => div(2 * p.tp[c]!, p.support[c]! + p.predicted[c]!);
const accuracyOf = (p: PerClass) => div(p.tp.reduce((a, b) => a + b, 0), p.total);

const CATALOG: Metric[] = [
  binary({ name: 'accuracy', higherIsBetter: true, description: 'share of correct predictions at the threshold' }, counts((c) => div(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn))),
  binary({ name: 'precision', higherIsBetter: true, description: 'TP / (TP + FP) at the threshold' }, counts((c) => div(c.tp, c.tp + c.fp))),
  binary({ name: 'recall', higherIsBetter: true, description: 'TP / (TP + FN) at the threshold' }, counts((c) => div(c.tp, c.tp + c.fn))),
  binary({ name: 'f1', higherIsBetter: true, description: 'harmonic mean of precision and recall' }, counts((c) => div(2 * c.tp, 2 * c.tp + c.fp + c.fn))),
  binary({ name: 'roc_auc', higherIsBetter: true, description: 'area under the ROC curve' }, rocAuc),
  binary({ name: 'pr_auc', higherIsBetter: true, description: "average precision (step-wise area under the precision–recall curve, as scikit-learn's average_precision_score)" }, averagePrecision),
  binary({ name: 'log_loss', higherIsBetter: false, description: 'cross-entropy of the scores' }, logLoss),
  binary({ name: 'brier', higherIsBetter: false, description: 'mean squared error of the scores' }, brier),
  binary(
    { name: 'mcc', higherIsBetter: true, description: 'Matthews correlation coefficient' },
    counts((c) => {
      const den = Math.sqrt((c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn));
      return den === 0 ? 0 : (c.tp * c.tn - c.fp * c.fn) / den;
    }),
  ),
  binary({ name: 'balanced_accuracy', higherIsBetter: true, description: 'mean of recall and specificity' }, counts((c) => (div(c.tp, c.tp + c.fn) + div(c.tn, c.tn + c.fp)) / 2)),
  binary({ name: 'ece', higherIsBetter: false, description: 'expected calibration error of the scores (binned; see calibration)' }, (d, wts, s) => ece(bins(binaryConfidences(d), d.calibration, wts, s)!)),
  binary({ name: 'mce', higherIsBetter: false, description: 'maximum calibration error over the bins' }, (d, wts, s) => mce(bins(binaryConfidences(d), d.calibration, wts, s)!)),

  multiclass({ name: 'accuracy', higherIsBetter: true, description: 'share of correct predictions' }, classes(accuracyOf)),
  multiclass({ name: 'f1_macro', higherIsBetter: true, description: 'unweighted mean of per-class F1' }, classes((p) => macro(p, (c) => f1Of(p, c)))),
  multiclass(
    { name: 'f1_weighted', higherIsBetter: true, description: 'per-class F1 weighted by support' },
    classes((p) => {
      let s = 0;
      for (let c = 0; c < p.tp.length; c++) s += f1Of(p, c) * p.support[c]!;
      return div(s, p.total);
    }),
  ),
  multiclass({ name: 'f1_micro', higherIsBetter: true, description: 'F1 of global counts' }, classes(accuracyOf)),
  multiclass({ name: 'precision_macro', higherIsBetter: true, description: 'unweighted mean of per-class precision' }, classes((p) => macro(p, (c) => div(p.tp[c]!, p.predicted[c]!)))),
  multiclass({ name: 'recall_macro', higherIsBetter: true, description: 'unweighted mean of per-class recall' }, classes((p) => macro(p, (c) => div(p.tp[c]!, p.support[c]!)))),
  multiclass({ name: 'log_loss', higherIsBetter: false, needsProbabilities: true, description: 'cross-entropy of the per-class probabilities (rows clipped to [ε, 1−ε] and renormalised, as scikit-learn)' }, multiclassLogLoss),
  multiclass({ name: 'roc_auc_ovr_macro', higherIsBetter: true, needsProbabilities: true, description: 'mean one-vs-rest ROC AUC' }, rocAucOvrMacro),
  multiclass(
    { name: 'cohen_kappa', higherIsBetter: true, description: "Cohen's kappa" },
    classes((p) => {
      let po = 0, pe = 0;
      for (let c = 0; c < p.tp.length; c++) {
        po += p.tp[c]!;
        pe += p.support[c]! * p.predicted[c]!;
      }
      po /= p.total;
      pe /= p.total * p.total;
      return pe === 1 ? 0 : (po - pe) / (1 - pe);
    }),
  ),
  multiclass({ name: 'ece', higherIsBetter: false, needsProbabilities: true, description: 'top-label expected calibration error' }, (d, wts, s) => {
    const b = bins(topLabelConfidences(d), d.calibration, wts, s);
    return b ? ece(b) : NaN;
  }),
  multiclass({ name: 'mce', higherIsBetter: false, needsProbabilities: true, description: 'top-label maximum calibration error' }, (d, wts, s) => {
    const b = bins(topLabelConfidences(d), d.calibration, wts, s);
    return b ? mce(b) : NaN;
  }),

  regression({ name: 'mae', higherIsBetter: false, description: 'mean absolute error' }, sums((m) => m.sumAbs / m.t)),
  regression({ name: 'mse', higherIsBetter: false, description: 'mean squared error' }, sums((m) => m.sumSq / m.t)),
  regression({ name: 'rmse', higherIsBetter: false, description: 'root mean squared error' }, sums((m) => Math.sqrt(m.sumSq / m.t))),
  regression({ name: 'r2', higherIsBetter: true, description: 'coefficient of determination' }, sums((m) => (m.sumY2 === 0 ? (m.sumSq === 0 ? 1 : 0) : 1 - m.sumSq / m.sumY2))),
  regression({ name: 'mape', higherIsBetter: false, description: 'mean absolute percentage error (a fraction, |y| floored at machine ε as scikit-learn)' }, sums((m) => m.sumApe / m.t)),
  regression({ name: 'median_ae', higherIsBetter: false, description: 'median absolute error' }, medianAbsoluteError),
  regression({ name: 'explained_variance', higherIsBetter: true, description: 'explained variance score' }, sums((m) => (m.sumY2 === 0 ? (m.sumE2 === 0 ? 1 : 0) : 1 - m.sumE2 / m.sumY2))),
  regression({ name: 'max_error', higherIsBetter: false, description: 'largest absolute error' }, sums((m) => m.max)),
];

/** Each task's metrics, in the order reports show them. */
export const METRICS: Record<Task, Metric[]> = { binary: CATALOG.filter((m) => m.task === 'binary'), multiclass: CATALOG.filter((m) => m.task === 'multiclass'), regression: CATALOG.filter((m) => m.task === 'regression') };

/** Every metric name mlgate knows, for any task (suggestions for typos). */
export const ALL_METRIC_NAMES = [...new Set(CATALOG.map((m) => m.name))];

export function metricDef(task: Task, name: string): Metric | undefined {
  return METRICS[task].find((m) => m.name === name);
}

/** The task's metrics that can be computed: those that need per-class probabilities only when there are some. */
export function availableMetrics(task: Task, hasProbabilities: boolean): string[] {
  return METRICS[task].filter((m) => hasProbabilities || !m.needsProbabilities).map((m) => m.name);
}

/** Known direction of a metric by name, for metrics read from files. */
export function higherIsBetter(name: string): boolean | undefined {
  const base = name.split(/[./]/).pop()!.toLowerCase();
  const def = CATALOG.find((m) => m.name === base);
  if (def) return def.higherIsBetter;
  if (/(loss|error|mae|mse|rmse|mape|brier|latency|perplexity)/.test(base)) return false;
  if (/(acc|auc|f1|precision|recall|r2|score|kappa|mcc|ndcg|map)/.test(base)) return true;
  return undefined;
}

/** Compute the named metrics (all of the task's by default) with optional bootstrap weights. */
export function computeMetrics(task: Task, d: TaskData, names: string[] = METRICS[task].map((m) => m.name), wts?: Weights): Record<string, number> {
  const shared = new Shared();
  const out: Record<string, number> = {};
  for (const n of names) {
    const metric = metricDef(task, n);
    if (!metric) throw new Error(`metric ${n} is not defined for task ${task}`);
    out[n] = metric.compute(d, wts, shared);
  }
  return out;
}
