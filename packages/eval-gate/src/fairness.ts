import { closest, ConfigurationError, type SourceLocation } from '@mlgate/core';
import { bootstrapStatistics, byGroup, disparities, fairnessHigherIsBetter, fairnessMeasures, groupMetricsOf, splitByGroup, subsetData, type BootstrapOptions, type Task, type TaskData } from '@mlgate/metrics';
import type { FairnessConfig, Rule } from './config.js';
import { describeRule, metricRow, type MetricRow } from './evaluate.js';
import type { Columns } from './read.js';
import { cellText } from './slices.js';

/** The rules of a `fairness:` block by measure; unknown measures and wrong directions are errors at their line. */
export function fairnessRules(cfg: FairnessConfig, task: Task, locate: (path: string[], opts?: { key?: boolean }) => SourceLocation): Record<string, Rule> {
  const known = fairnessMeasures(task);
  const rules: Record<string, Rule> = {};
  for (const [name, rule] of Object.entries(cfg)) {
    if (name === 'group') continue;
    if (!known.includes(name)) {
      const hint = closest(name, known);
      throw new ConfigurationError(`unknown fairness measure "${name}" for a ${task} task${hint ? `; did you mean "${hint}"?` : ''} (a metric name + _difference or _ratio${task === 'binary' ? ', selection_rate_…, true_positive_rate_…, false_positive_rate_…, demographic_parity_…, equalized_odds_…' : ''})`, locate(['fairness', name], { key: true }));
    }
    const r = rule as Rule;
    const isRatio = fairnessHigherIsBetter(name);
    if (isRatio && (r['max-rise'] !== undefined || r['max-relative-rise'] !== undefined)) throw new ConfigurationError(`"${name}" is higher-is-better (1 = equal across groups): use max-drop / max-relative-drop, not a rise`, locate(['fairness', name]));
    if (!isRatio && (r['max-drop'] !== undefined || r['max-relative-drop'] !== undefined)) throw new ConfigurationError(`"${name}" is lower-is-better (0 = equal across groups): use max-rise / max-relative-rise, not a drop`, locate(['fairness', name]));
    rules[name] = r;
  }
  return rules;
}

export interface GroupRow {
  group: string;
  rows: number;
  /** Whether the group counts in the disparities (at least `min-slice-size` rows). */
  counted: boolean;
  candidate: Record<string, number>;
  baseline?: Record<string, number>;
}

export interface FairnessResult {
  feature: string;
  groups: GroupRow[];
  measures: MetricRow[];
}

/**
 * Disparities across the groups of a sensitive feature, for the candidate and production, with a
 * bootstrap interval of the candidate's value and of the change (whole rows resampled, the same
 * rows for both models; a group's metrics use its own drawn rows). Groups under the minimum size are
 * listed but left out of the disparities, which would otherwise swing on a few rows.
 */
export function evaluateFairness(cfg: FairnessConfig, rules: Record<string, Rule>, input: { task: Task; candidate: TaskData; baseline?: TaskData; columns: Columns; minSize: number; bootstrap: BootstrapOptions }): FairnessResult {
  const { task, minSize } = input;
  const measures = Object.keys(rules);
  const metricNames = [...new Set(measures.flatMap(groupMetricsOf))];
  const keys = input.columns.values[cfg.group]!.map(cellText);
  const all = splitByGroup(input.candidate, keys);
  const keep = all.groups.map((_, g) => all.rows[g]!.length >= minSize);
  const counted = { groups: all.groups.filter((_, g) => keep[g]), rows: all.rows.filter((_, g) => keep[g]), data: all.data.filter((_, g) => keep[g]) };
  const baseSplit = input.baseline && { ...counted, data: counted.rows.map((r) => subsetData(input.baseline!, r)) };
  const allBase = input.baseline && { ...all, data: all.rows.map((r) => subsetData(input.baseline!, r)) };
  const candGroups = byGroup(task, all, metricNames);
  const baseGroups = allBase && byGroup(task, allBase, metricNames);
  const groups: GroupRow[] = all.groups.map((group, g) => ({ group, rows: all.rows[g]!.length, counted: keep[g]!, candidate: candGroups[g]!, baseline: baseGroups?.[g] }));
  const enough = counted.groups.length >= 2;
  const cand = enough ? disparities(measures, candGroups.filter((_, g) => keep[g])) : {};
  const base = enough && baseGroups ? disparities(measures, baseGroups.filter((_, g) => keep[g])) : undefined;
  const intervals = enough
    ? bootstrapStatistics(input.candidate.n, measures, (w) => disparities(measures, byGroup(task, counted, metricNames, w)), baseSplit && ((w) => disparities(measures, byGroup(task, baseSplit, metricNames, w))), input.bootstrap)
    : {};
  const rows = measures.map((m) => {
    if (!enough) return { name: m, candidate: undefined, rule: describeRule(rules[m]!), status: 'skip' as const, message: `fewer than two groups of "${cfg.group}" have ${minSize} rows (min-slice-size): not gated` };
    const row = metricRow(m, cand[m], base?.[m], intervals[m]?.delta, fairnessHigherIsBetter(m), rules[m]);
    row.valueInterval = intervals[m]?.value;
    return row;
  });
  return { feature: cfg.group, groups, measures: rows };
}
