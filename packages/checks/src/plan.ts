/**
 * The plan: a plain description of the column aggregates one pass must compute. It holds no code, so
 * the same plan can run in-process over file readers (engine.ts) or, later, as SQL in a warehouse.
 */

/** A row filter (GE `row_condition`): comparisons joined by and/or. */
export type Condition =
  | { op: '==' | '!=' | '<' | '<=' | '>' | '>='; column: string; value: string | number | boolean | null }
  | { op: 'and' | 'or'; args: Condition[] };

/** A per-value test; a value failing it is "unexpected". */
export type Predicate =
  | { op: 'not_null' }
  | { op: 'null' }
  | { op: 'between'; min?: unknown; max?: unknown; strictMin?: boolean; strictMax?: boolean }
  | { op: 'in_set'; values: unknown[]; negate?: boolean }
  | { op: 'regex'; patterns: string[]; match: 'any' | 'all'; negate?: boolean }
  | { op: 'length'; min?: number; max?: number; strictMin?: boolean; strictMax?: boolean }
  | { op: 'type'; types: string[] }
  | { op: 'json' }
  | { op: 'strftime'; format: string }
  | { op: 'dateutil' };

export type QuantileMethod = 'nearest' | 'linear' | 'lower';

/** What to compute for one column (within one filter). */
export interface ColumnNeeds {
  /** count, nulls, numeric count, min, max, sum, mean, M2 */
  moments?: boolean;
  /** value → count (exact up to a limit, then a distinct-count sketch) */
  values?: boolean;
  /** quantiles at these ranks, with numpy's interpolation method (exact up to a limit, then a sketch) */
  quantiles?: Array<{ method: QuantileMethod; qs: number[] }>;
  /** the numeric values themselves (or a weighted sample of them), for drift and profile histograms */
  sample?: boolean;
  /** counts of cell kinds (integer, number, string, boolean, …) for typing */
  kinds?: boolean;
  /** histograms over given bin edges (numpy semantics: last bin closed) */
  histograms?: number[][];
  /** earliest and latest ISO 8601 date/time text, for date bounds */
  timestamps?: boolean;
  /** word counts of text cells (text.ts), and how many of the words are stopwords of these languages */
  tokens?: { languages: string[] };
}

export type RowAggregate =
  | { kind: 'map'; column: string; predicate: Predicate; countNulls: boolean }
  | { kind: 'unique'; column: string }
  | { kind: 'monotonic'; column: string; direction: 'increasing' | 'decreasing'; strict: boolean }
  | { kind: 'pair'; a: string; b: string; op: 'equal' | 'greater'; orEqual: boolean; ignore: 'both_values_are_missing' | 'either_value_is_missing' | 'neither' }
  | { kind: 'compound_unique'; columns: string[]; ignore: IgnoreMulti }
  | { kind: 'multicolumn_sum'; columns: string[]; total: number; ignore: IgnoreMulti }
  | { kind: 'unique_within_record'; columns: string[]; ignore: IgnoreMulti };

export type IgnoreMulti = 'all_values_are_missing' | 'any_value_is_missing' | 'never';

export interface Plan {
  /** Unexpected values kept per row aggregate (GE's partial_unexpected_list: 20). */
  samples?: number;
  /** Row filters, referenced by index. */
  filters: Condition[];
  /** Column aggregates keyed by `filter index or -1` and column name. */
  columns: Array<{ column: string; filter: number; needs: ColumnNeeds }>;
  /** Aggregates that look at each row (unexpected counts and samples). */
  rows: Array<RowAggregate & { id: number; filter: number }>;
  /** Needs applied to every column of the table (profiles and drift). */
  everyColumn?: ColumnNeeds;
}

export function emptyPlan(): Plan {
  return { filters: [], columns: [], rows: [] };
}

/** Add (or merge) the needs of a column; returns nothing, the plan dedups by (filter, column). */
export function need(plan: Plan, column: string, filter: number, needs: ColumnNeeds): void {
  let entry = plan.columns.find((c) => c.column === column && c.filter === filter);
  if (!entry) {
    entry = { column, filter, needs: {} };
    plan.columns.push(entry);
  }
  mergeNeeds(entry.needs, needs);
}

/** Add `needs` into `into` (flags or'ed, quantile ranks and histograms appended without repeats). */
export function mergeNeeds(into: ColumnNeeds, needs: ColumnNeeds): ColumnNeeds {
  if (needs.moments) into.moments = true;
  if (needs.values) into.values = true;
  if (needs.sample) into.sample = true;
  if (needs.kinds) into.kinds = true;
  if (needs.timestamps) into.timestamps = true;
  for (const q of needs.quantiles ?? []) {
    const have = (into.quantiles ??= []).find((x) => x.method === q.method);
    if (have) have.qs = [...new Set([...have.qs, ...q.qs])];
    else into.quantiles.push({ method: q.method, qs: [...q.qs] });
  }
  if (needs.histograms) into.histograms = [...(into.histograms ?? []), ...needs.histograms];
  if (needs.tokens) into.tokens = { languages: [...new Set([...(into.tokens?.languages ?? []), ...needs.tokens.languages])] };
  return into;
}

/** Whether a column's numeric values must be kept (quantiles or a sample). */
export function wantsNumbers(n: ColumnNeeds): boolean {
  return !!(n.quantiles?.length || n.sample);
}

export function addFilter(plan: Plan, c: Condition | undefined): number {
  if (!c) return -1;
  const key = JSON.stringify(c);
  const i = plan.filters.findIndex((f) => JSON.stringify(f) === key);
  if (i >= 0) return i;
  plan.filters.push(c);
  return plan.filters.length - 1;
}

export function addRow(plan: Plan, agg: RowAggregate, filter: number): number {
  const id = plan.rows.length;
  plan.rows.push({ ...agg, id, filter } as Plan['rows'][number]);
  return id;
}
