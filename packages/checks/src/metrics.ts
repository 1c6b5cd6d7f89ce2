/**
 * The results of a plan, as plain data: what every runner (the streaming engine over files, a SQL
 * runner inside a warehouse) fills and every judge reads. No closures and no Maps, so a runner that
 * gets its figures from a query result can build it, and it survives JSON.
 */
import type { QuantileMethod } from './plan.js';

export interface Sample {
  value: unknown;
  /** 0-based row index in the table. */
  row: number;
  /** 1-based line in the source file (CSV, JSON Lines). */
  line?: number;
}

export interface ValueCount {
  /** The value as the source holds it (text in CSV, typed in Parquet, JSON Lines and SQL). */
  value: unknown;
  count: number;
}

export interface QuantileValues {
  method: QuantileMethod;
  qs: number[];
  values: number[];
}

export interface Histogram {
  bins: number[];
  counts: number[];
  below: number;
  above: number;
}

export interface TokenCounts {
  total: number;
  distinct: number;
  top: Array<{ token: string; count: number }>;
  /** Stopword tokens per language code (en, de, …). */
  stopwords: Record<string, number>;
  /** false once the word list stopped taking new words (the runner's distinct limit): counts of later new words are not in it. */
  exact: boolean;
}

export interface ColumnMetrics {
  column: string;
  /** Index of the row filter these figures are under (−1: every row). */
  filter: number;
  rows: number;
  nulls: number;
  nonNull: number;
  numeric: number;
  nonNumeric: number;
  firstNonNumeric?: Sample;
  min: number;
  max: number;
  sum: number;
  mean: number;
  m2: number;
  /** Distinct values with counts (with `values`), exact up to the runner's limit. */
  values?: ValueCount[];
  /** false once the value list stopped taking new values (counts of later values are not in it). */
  valuesExact: boolean;
  distinct: number;
  /** The quantiles the plan asked for (with `quantiles`). */
  quantiles?: QuantileValues[];
  /** false when the quantiles come from a sketch or an approximate function. */
  quantilesExact?: boolean;
  /** Numeric values for drift (with `sample`), sorted; weights where they stand for more than one value. */
  sample?: { values: number[]; weights?: number[] };
  kinds?: Record<string, number>;
  histograms?: Histogram[];
  /** Earliest and latest ISO 8601 dates (with `timestamps`): the time and the cell as written. */
  timeMin?: { t: number; value: unknown };
  timeMax?: { t: number; value: unknown };
  /** Words of the text cells (with `tokens`): how many, the most frequent (up to 1,000, by count then word), stopwords per language asked for. */
  tokens?: TokenCounts;
  /** Non-null cells that are not ISO 8601 dates (with `timestamps`). */
  nonTimestamp?: number;
  firstNonTimestamp?: Sample;
}

export interface RowMetrics {
  id: number;
  /** Rows the check looked at (the denominator of `mostly`). */
  total: number;
  unexpected: number;
  samples: Sample[];
  /** A type error like GE's (text compared with a number in a typed source). */
  error?: string;
  /** Unique checks past the exact limit compare 53-bit hashes. */
  approximate?: boolean;
}

export interface Metrics {
  /** Cells are text to be read as numbers where a number is needed (CSV/TSV). */
  textual: boolean;
  rows: number;
  columns: string[];
  columnStats: ColumnMetrics[];
  /** Indexed by the plan's row aggregate id. */
  rowStats: RowMetrics[];
  /** Rows passing each filter of the plan, by filter index. */
  filterRows: number[];
}

export function columnOf(m: Metrics, name: string, filter = -1): ColumnMetrics | undefined {
  return m.columnStats.find((c) => c.column === name && c.filter === filter);
}

export function rowOf(m: Metrics, id: number): RowMetrics {
  const r = m.rowStats[id];
  if (!r) throw new Error(`no row aggregate ${id} in the metrics`);
  return r;
}

export function rowsIn(m: Metrics, filter: number): number {
  return filter < 0 ? m.rows : m.filterRows[filter]!;
}

/** The quantiles a plan asked for; asking for ones it did not declare is a bug in the compiler. */
export function quantilesOf(c: ColumnMetrics, qs: number[], method: QuantileMethod): number[] {
  const hit = c.quantiles?.find((q) => q.method === method && q.qs.length >= qs.length && qs.every((x) => q.qs.includes(x)));
  if (!hit) throw new Error(`quantiles ${qs.join(', ')} (${method}) of "${c.column}" were not planned`);
  return qs.map((x) => hit.values[hit.qs.indexOf(x)]!);
}
