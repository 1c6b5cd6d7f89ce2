import { averagePrecision, BinaryData, binaryFromConfusion, brier, confusion, logLoss, rocAuc } from './binary.js';
import { confusionMatrix, MulticlassData, multiclassFromMatrix, multiclassLogLoss, rocAucOvrMacro } from './multiclass.js';
import { medianAbsoluteError, moments, RegressionData, regressionFromMoments } from './regression.js';
import type { Weights } from './weights.js';
import { binaryConfidences, calibrationBins, ece, mce, topLabelConfidences, type CalibrationBin, type CalibrationOptions, type Confidences } from './calibration.js';

export type Task = 'binary' | 'multiclass' | 'regression';
export type TaskData = BinaryData | MulticlassData | RegressionData;

export interface MetricDef {
  name: string;
  higherIsBetter: boolean;
  description: string;
}

const BINARY: MetricDef[] = [
  { name: 'accuracy', higherIsBetter: true, description: 'share of correct predictions at the threshold' },
  { name: 'precision', higherIsBetter: true, description: 'TP / (TP + FP) at the threshold' },
  { name: 'recall', higherIsBetter: true, description: 'TP / (TP + FN) at the threshold' },
  { name: 'f1', higherIsBetter: true, description: 'harmonic mean of precision and recall' },
  { name: 'roc_auc', higherIsBetter: true, description: 'area under the ROC curve' },
  { name: 'pr_auc', higherIsBetter: true, description: 'average precision (step-wise area under the precision–recall curve)' },
  { name: 'log_loss', higherIsBetter: false, description: 'cross-entropy of the scores' },
  { name: 'brier', higherIsBetter: false, description: 'mean squared error of the scores' },
  { name: 'mcc', higherIsBetter: true, description: 'Matthews correlation coefficient' },
  { name: 'balanced_accuracy', higherIsBetter: true, description: 'mean of recall and specificity' },
  { name: 'ece', higherIsBetter: false, description: 'expected calibration error of the scores (binned; see calibration)' },
  { name: 'mce', higherIsBetter: false, description: 'maximum calibration error over the bins' },
];
const MULTICLASS: MetricDef[] = [
  { name: 'accuracy', higherIsBetter: true, description: 'share of correct predictions' },
  { name: 'f1_macro', higherIsBetter: true, description: 'unweighted mean of per-class F1' },
  { name: 'f1_weighted', higherIsBetter: true, description: 'per-class F1 weighted by support' },
  { name: 'f1_micro', higherIsBetter: true, description: 'F1 of global counts' },
  { name: 'precision_macro', higherIsBetter: true, description: 'unweighted mean of per-class precision' },
  { name: 'recall_macro', higherIsBetter: true, description: 'unweighted mean of per-class recall' },
  { name: 'log_loss', higherIsBetter: false, description: 'cross-entropy of the per-class probabilities' },
  { name: 'roc_auc_ovr_macro', higherIsBetter: true, description: 'mean one-vs-rest ROC AUC' },
  { name: 'cohen_kappa', higherIsBetter: true, description: "Cohen's kappa" },
  { name: 'ece', higherIsBetter: false, description: 'top-label expected calibration error (needs probabilities)' },
  { name: 'mce', higherIsBetter: false, description: 'top-label maximum calibration error (needs probabilities)' },
];
const REGRESSION: MetricDef[] = [
  { name: 'mae', higherIsBetter: false, description: 'mean absolute error' },
  { name: 'mse', higherIsBetter: false, description: 'mean squared error' },
  { name: 'rmse', higherIsBetter: false, description: 'root mean squared error' },
  { name: 'r2', higherIsBetter: true, description: 'coefficient of determination' },
  { name: 'mape', higherIsBetter: false, description: 'mean absolute percentage error (as a fraction)' },
  { name: 'median_ae', higherIsBetter: false, description: 'median absolute error' },
  { name: 'explained_variance', higherIsBetter: true, description: 'explained variance score' },
  { name: 'max_error', higherIsBetter: false, description: 'largest absolute error' },
];

export const METRICS: Record<Task, MetricDef[]> = { binary: BINARY, multiclass: MULTICLASS, regression: REGRESSION };

/** Every metric name mlgate knows, for any task (suggestions for typos). */
export const ALL_METRIC_NAMES = [...new Set(Object.values(METRICS).flat().map((m) => m.name))];

export function metricDef(task: Task, name: string): MetricDef | undefined {
  return METRICS[task].find((m) => m.name === name);
}

/** Known direction of a metric by name, for metrics read from files. */
export function higherIsBetter(name: string): boolean | undefined {
  const base = name.split(/[./]/).pop()!.toLowerCase();
  const def = ALL_METRIC_NAMES.includes(base) ? Object.values(METRICS).flat().find((m) => m.name === base) : undefined;
  if (def) return def.higherIsBetter;
  if (/(loss|error|mae|mse|rmse|mape|brier|latency|perplexity)/.test(base)) return false;
  if (/(acc|auc|f1|precision|recall|r2|score|kappa|mcc|ndcg|map)/.test(base)) return true;
  return undefined;
}

function calibrationMetric(name: 'ece' | 'mce', c: Confidences, opts: CalibrationOptions, wts: Weights, cache: Map<string, unknown>): number {
  let bins = cache.get('calibration') as CalibrationBin[] | undefined;
  if (!bins) cache.set('calibration', (bins = calibrationBins(c, wts, opts)));
  return name === 'ece' ? ece(bins) : mce(bins);
}

function computeOne(task: Task, d: TaskData, name: string, wts: Weights, cache: Map<string, unknown>): number {
  if (task === 'binary') {
    const b = d as BinaryData;
    if (name in binaryFromConfusion) {
      let c = cache.get('confusion') as ReturnType<typeof confusion> | undefined;
      if (!c) cache.set('confusion', (c = confusion(b, wts)));
      return binaryFromConfusion[name as keyof typeof binaryFromConfusion](c);
    }
    if (name === 'roc_auc') return rocAuc(b, wts);
    if (name === 'pr_auc') return averagePrecision(b, wts);
    if (name === 'log_loss') return logLoss(b, wts);
    if (name === 'brier') return brier(b, wts);
    if (name === 'ece' || name === 'mce') return calibrationMetric(name, binaryConfidences(b), b.calibration, wts, cache);
  } else if (task === 'multiclass') {
    const m = d as MulticlassData;
    if (name in multiclassFromMatrix) {
      let cm = cache.get('cm') as Float64Array | undefined;
      if (!cm) cache.set('cm', (cm = confusionMatrix(m, wts)));
      return multiclassFromMatrix[name as keyof typeof multiclassFromMatrix](cm, m.k);
    }
    if (name === 'log_loss') return multiclassLogLoss(m, wts);
    if (name === 'roc_auc_ovr_macro') return rocAucOvrMacro(m, wts);
    if (name === 'ece' || name === 'mce') {
      const c = topLabelConfidences(m);
      return c ? calibrationMetric(name, c, m.calibration, wts, cache) : NaN;
    }
  } else {
    const r = d as RegressionData;
    if (name in regressionFromMoments) {
      let mo = cache.get('moments') as ReturnType<typeof moments> | undefined;
      if (!mo) cache.set('moments', (mo = moments(r, wts)));
      return regressionFromMoments[name as keyof typeof regressionFromMoments](mo);
    }
    if (name === 'median_ae') return medianAbsoluteError(r, wts);
  }
  throw new Error(`metric ${name} is not defined for task ${task}`);
}

/** Compute the named metrics (all of the task's by default) with optional bootstrap weights. */
export function computeMetrics(task: Task, d: TaskData, names: string[] = METRICS[task].map((m) => m.name), wts?: Weights): Record<string, number> {
  const cache = new Map<string, unknown>();
  const out: Record<string, number> = {};
  for (const n of names) out[n] = computeOne(task, d, n, wts, cache);
  return out;
}

