import { BinaryData, confusion } from './binary.js';
import { computeMetrics, METRICS, type Task, type TaskData } from './catalog.js';
import { gatherWeights, subsetData } from './subset.js';

/** Rows split by a sensitive feature's value: one prepared subset per group, groups in sorted order. */
export interface GroupSplit {
  groups: string[];
  rows: Int32Array[];
  data: TaskData[];
}

export function splitByGroup(d: TaskData, keys: string[]): GroupSplit {
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(i));
  const groups = [...byKey.keys()].sort((a, b) => (isNaN(+a) || isNaN(+b) ? a.localeCompare(b) : +a - +b));
  const rows = groups.map((g) => Int32Array.from(byKey.get(g)!));
  return { groups, rows, data: rows.map((r) => subsetData(d, r)) };
}

/** Fairlearn's per-group rates for binary tasks: selection rate, true and false positive rates. */
const RATES = {
  selection_rate: (c: ReturnType<typeof confusion>) => (c.tp + c.fp) / (c.tp + c.fp + c.tn + c.fn),
  true_positive_rate: (c: ReturnType<typeof confusion>) => c.tp / (c.tp + c.fn),
  false_positive_rate: (c: ReturnType<typeof confusion>) => c.fp / (c.fp + c.tn),
};
type Rate = keyof typeof RATES;

/** Names a `fairness:` rule may use for a task, each lower-is-better (difference) or higher (ratio). */
export function fairnessMeasures(task: Task): string[] {
  const out = METRICS[task].flatMap((m) => [`${m.name}_difference`, `${m.name}_ratio`]);
  if (task === 'binary') {
    for (const r of Object.keys(RATES)) out.push(`${r}_difference`, `${r}_ratio`);
    out.push('demographic_parity_difference', 'demographic_parity_ratio', 'equalized_odds_difference', 'equalized_odds_ratio');
  }
  return out;
}

export const fairnessHigherIsBetter = (measure: string): boolean => measure.endsWith('_ratio');

/** The per-group values a measure needs (`roc_auc_difference` → roc_auc; equalized odds → TPR and FPR). */
export function groupMetricsOf(measure: string): string[] {
  const base = measure.replace(/_(difference|ratio)$/, '');
  if (base === 'demographic_parity') return ['selection_rate'];
  if (base === 'equalized_odds') return ['true_positive_rate', 'false_positive_rate'];
  return [base];
}

/** Each group's metrics (MetricFrame.by_group), under optional whole-data draw counts. */
export function byGroup(task: Task, split: GroupSplit, names: string[], counts?: Int32Array | Uint8Array): Array<Record<string, number>> {
  return split.data.map((d, g) => {
    const wts = gatherWeights(counts, split.rows[g]!);
    const metricNames = names.filter((n) => !(n in RATES));
    const out = computeMetrics(task, d, metricNames, wts);
    const rates = names.filter((n): n is Rate => n in RATES);
    if (rates.length) {
      const c = confusion(d as BinaryData, wts);
      for (const r of rates) out[r] = RATES[r](c);
    }
    return out;
  });
}

const diff = (v: number[]) => Math.max(...v) - Math.min(...v);
const ratio = (v: number[]) => Math.min(...v) / Math.max(...v);

/**
 * Disparities as Fairlearn's MetricFrame defines them between groups: difference = max − min,
 * ratio = min / max; equalized odds takes the worse of the TPR and FPR disparities (its default
 * `agg="worst_case"`). A group where a metric is undefined makes the disparity undefined (NaN).
 */
export function disparities(measures: string[], groups: Array<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  const col = (m: string) => groups.map((g) => g[m]!);
  for (const m of measures) {
    const isRatio = m.endsWith('_ratio');
    const parts = groupMetricsOf(m).map((x) => (isRatio ? ratio(col(x)) : diff(col(x))));
    out[m] = isRatio ? Math.min(...parts) : Math.max(...parts);
  }
  return out;
}
