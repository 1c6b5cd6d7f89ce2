import { ConfigurationError, type SourceLocation } from '@mlgate/core';
import { ArgumentError, evalCondition, parseRowCondition, type Condition } from '@mlgate/checks/condition';
import { computeMetrics, metricDef, pairedBootstrap, subsetData, type BootstrapOptions, type Task, type TaskData } from '@mlgate/metrics';
import type { Rule, Slice } from './config.js';
import { describeRule, metricRow, type MetricRow } from './evaluate.js';
import type { Columns } from './read.js';

/** A slice as configured: a column (one slice per value) or a named row condition. */
export type ParsedSlice = { column: string } | { name: string; condition: Condition; columns: string[] };

function conditionColumns(c: Condition): string[] {
  return 'args' in c ? c.args.flatMap(conditionColumns) : [c.column];
}

/** Parse the `slices:` list; a condition that does not parse is an error at its line. */
export function parseSlices(slices: Slice[] | undefined, locate: (path: string[]) => SourceLocation): ParsedSlice[] {
  return (slices ?? []).map((s, i) => {
    if (typeof s === 'string') return { column: s };
    try {
      const condition = parseRowCondition(s.where);
      return { name: s.name, condition, columns: [...new Set(conditionColumns(condition))] };
    } catch (e) {
      if (e instanceof ArgumentError) throw new ConfigurationError(`slice "${s.name}": ${e.message.replace(/^row_condition /, 'condition ')}`, locate(['slices', String(i), 'where']));
      throw e;
    }
  });
}

/** The columns slices read from the predictions file. */
export const sliceColumns = (slices: ParsedSlice[]): string[] => slices.flatMap((s) => ('column' in s ? [s.column] : s.columns));

export interface SliceRows {
  name: string;
  rows: Int32Array;
}

/** A cell as the text a slice is named by (an empty cell is its own slice, "(empty)"). */
export const cellText = (v: unknown): string => (v === null || v === undefined || v === '' ? '(empty)' : String(v));

/** The rows of every slice, in the candidate's row order: a column gives one slice per value (`country=DE`). */
export function sliceRows(slices: ParsedSlice[], cols: Columns): SliceRows[] {
  const out: SliceRows[] = [];
  for (const s of slices) {
    if ('column' in s) {
      const byValue = new Map<string, number[]>();
      cols.values[s.column]!.forEach((v, i) => {
        const k = cellText(v);
        (byValue.get(k) ?? byValue.set(k, []).get(k)!).push(i);
      });
      for (const [v, rows] of [...byValue].sort(([a], [b]) => a.localeCompare(b))) out.push({ name: `${s.column}=${v}`, rows: Int32Array.from(rows) });
    } else {
      const rows: number[] = [];
      for (let i = 0; i < cols.n; i++) if (evalCondition(s.condition, (c) => cols.values[c]![i], true)) rows.push(i);
      out.push({ name: s.name, rows: Int32Array.from(rows) });
    }
  }
  return out;
}

export interface SliceResult {
  name: string;
  rows: number;
  /** Whether the slice has enough rows to be gated (`min-slice-size`). */
  gated: boolean;
  metrics: MetricRow[];
}

export interface SliceInput {
  task: Task;
  candidate: TaskData;
  baseline?: TaskData;
  names: string[];
  rules: Record<string, Rule>;
  minSize: number;
  bootstrap: BootstrapOptions;
}

/**
 * Every named metric on every slice, candidate against production, with the paired bootstrap on the
 * slice's own rows (the same seed for each slice, so a rerun gives the same figures). A slice under
 * the minimum size is shown but its rules are not judged: a handful of rows would fail PRs on noise.
 */
export function evaluateSlices(slices: SliceRows[], input: SliceInput): SliceResult[] {
  const { task, names, rules, minSize } = input;
  return slices.map(({ name, rows }) => {
    const n = rows.length;
    if (n === 0) return { name, rows: 0, gated: false, metrics: names.map((m) => ({ name: m, candidate: undefined, status: rules[m] ? ('skip' as const) : undefined, message: 'no rows in this slice' })) };
    const c = subsetData(input.candidate, rows);
    const b = input.baseline && subsetData(input.baseline, rows);
    const cand = computeMetrics(task, c, names);
    const base = b && computeMetrics(task, b, names);
    const gated = n >= minSize;
    const intervals = b ? pairedBootstrap(task, c, b, names, input.bootstrap) : {};
    const metrics = names.map((m) => {
      const row = metricRow(m, cand[m], base?.[m], intervals[m], metricDef(task, m)?.higherIsBetter, gated ? rules[m] : undefined);
      if (!gated && rules[m]) Object.assign(row, { rule: describeRule(rules[m]), status: 'skip', message: `${n} rows, fewer than min-slice-size ${minSize}: shown, not gated` });
      return row;
    });
    return { name, rows: n, gated, metrics };
  });
}
