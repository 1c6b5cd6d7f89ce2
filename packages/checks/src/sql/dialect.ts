/**
 * What differs between SQL engines, and nothing else: quoting, literals, casts, regular expressions,
 * order statistics and lists. The plan compiles to SQL only through these functions, so user text
 * (column and table names, values from a suite) is quoted or escaped here and nowhere else.
 */

export type ColumnKind = 'int' | 'float' | 'bool' | 'text' | 'time' | 'other';

export interface Dialect {
  name: 'postgresql' | 'duckdb' | 'bigquery' | 'snowflake' | 'spark' | 'trino';
  /** An identifier, quoted by the dialect's rules (a name with the quote character doubled or escaped). */
  ident(name: string): string;
  /** A string literal. */
  text(value: string): string;
  /** The type name for double precision and for text in CAST. */
  double: string;
  string: string;
  /** A regular-expression search (true when the pattern matches anywhere in the text). */
  regex(expr: string, pattern: string): string;
  /** Length in characters (code points). */
  length(expr: string): string;
  /** Whether a floating-point value is NaN (pandas reads NaN as missing). */
  isNaN(expr: string): string;
  /** A date or timestamp as milliseconds since the epoch (the streaming engine reads dates as numbers so). */
  epochMs(expr: string): string;
  /** A text literal as a timestamp. */
  timestamp(literal: string): string;
  /** Order statistics at these ranks (0 < r < 1 as percentile_disc takes them), as one list value. */
  orderStats(expr: string, ranks: string[]): string;
  /** Every value, sorted, as one list (for small columns). */
  sortedList(expr: string): string;
  /** A row number over the table as it is read (0-based). */
  rowNumber: string;
  /** `(k1, k2, …) IN (SELECT k1, k2, … rest)` where the engine takes it otherwise (two or more keys). */
  keysIn?(keys: string[], rest: string): string;
  /** Statements that open a read-only session with a timeout (ms); empty where the engine has none. */
  readOnly(timeoutMs: number): string[];
}

const doubled = (q: string) => (s: string) => q + s.split(q).join(q + q) + q;

function noNul(s: string): string {
  if (s.includes('\u0000')) throw new Error('SQL text cannot hold a NUL character');
  return s;
}

const ansiText = (v: string) => doubled("'")(noNul(v));

export const postgresql: Dialect = {
  name: 'postgresql',
  ident: (n) => doubled('"')(noNul(n)),
  text: ansiText,
  double: 'DOUBLE PRECISION',
  string: 'TEXT',
  regex: (e, p) => `(${e} ~ ${ansiText(p)})`,
  length: (e) => `char_length(${e})`,
  isNaN: (e) => `(${e} = 'NaN'::float8)`,
  epochMs: (e) => `(EXTRACT(EPOCH FROM ${e}) * 1000)`,
  timestamp: (l) => `CAST(${l} AS TIMESTAMPTZ)`,
  orderStats: (e, r) => `percentile_disc(ARRAY[${r.join(', ')}]::float8[]) WITHIN GROUP (ORDER BY ${e})`,
  sortedList: (e) => `array_agg(${e} ORDER BY ${e})`,
  rowNumber: 'row_number() OVER () - 1',
  readOnly: (ms) => ['SET standard_conforming_strings = on', `SET statement_timeout = ${Math.max(1, Math.round(ms))}`, 'BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY'],
};

export const duckdb: Dialect = {
  name: 'duckdb',
  ident: (n) => doubled('"')(noNul(n)),
  text: ansiText,
  double: 'DOUBLE',
  string: 'VARCHAR',
  regex: (e, p) => `regexp_matches(${e}, ${ansiText(p)})`,
  length: (e) => `length(${e})`,
  isNaN: (e) => `isnan(${e})`,
  epochMs: (e) => `epoch_ms(CAST(${e} AS TIMESTAMP))`,
  timestamp: (l) => `CAST(${l} AS TIMESTAMP)`,
  orderStats: (e, r) => `quantile_disc(${e}, [${r.join(', ')}])`,
  sortedList: (e) => `list(${e} ORDER BY ${e})`,
  rowNumber: 'row_number() OVER () - 1',
  readOnly: () => [],
};

/** BigQuery: backquoted identifiers, backslash escapes in strings, RE2 regexes. Compiled, not run here. */
// Quoted identifiers "have the same escape sequences as string literals", and a quoted string cannot
// hold a raw newline: https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical#quoted_identifiers
const bqEscape = (s: string) => noNul(s).replace(/[\\'`]/g, (c) => '\\' + c).replace(/\n/g, '\\n').replace(/\r/g, '\\r');

export const bigquery: Dialect = {
  name: 'bigquery',
  ident: (n) => '`' + bqEscape(n) + '`',
  text: (v) => "'" + bqEscape(v) + "'",
  double: 'FLOAT64',
  string: 'STRING',
  regex: (e, p) => `REGEXP_CONTAINS(${e}, ${bigquery.text(p)})`,
  length: (e) => `CHAR_LENGTH(${e})`,
  isNaN: (e) => `IS_NAN(${e})`,
  // the TIMESTAMP() function's documented forms take a STRING, DATE or DATETIME; CAST(… AS TIMESTAMP)
  // also takes a TIMESTAMP column as it is:
  // https://cloud.google.com/bigquery/docs/reference/standard-sql/conversion_functions#cast_as_timestamp
  epochMs: (e) => `UNIX_MILLIS(CAST(${e} AS TIMESTAMP))`,
  timestamp: (l) => `TIMESTAMP(${l})`,
  // One element per rank, in order, even where two ranks fall on the same one of the 1,001 boundaries
  // (a filter `o IN (…)` over UNNEST would return fewer elements than ranks and shift every later
  // one). APPROX_QUANTILES(x, n) returns n + 1 boundaries, min first, and an array is read with
  // [OFFSET(k)]: https://cloud.google.com/bigquery/docs/reference/standard-sql/approximate_aggregate_functions#approx_quantiles
  orderStats: (e, r) => `[${r.map((x) => `APPROX_QUANTILES(${e}, 1000)[OFFSET(${Math.min(1000, Math.max(0, Math.round(Number(x) * 1000)))})]`).join(', ')}]`,
  sortedList: (e) => `ARRAY_AGG(${e} IGNORE NULLS ORDER BY ${e})`,
  // "Subquery of type IN must have only one output column": a row of keys is one STRUCT, compared
  // with a subquery's SELECT AS STRUCT (STRUCT supports equality):
  // https://cloud.google.com/bigquery/docs/reference/standard-sql/operators#in_operators
  keysIn: (keys, rest) => `STRUCT(${keys.join(', ')}) IN (SELECT AS STRUCT ${keys.join(', ')} ${rest})`,
  rowNumber: 'ROW_NUMBER() OVER () - 1',
  // the timeout is the job's (the client sets jobTimeoutMs), not a statement
  readOnly: () => [],
};

export const snowflake: Dialect = {
  name: 'snowflake',
  ident: (n) => doubled('"')(noNul(n)),
  text: (v) => "'" + noNul(v).replace(/[\\']/g, (c) => '\\' + c) + "'",
  double: 'DOUBLE',
  string: 'VARCHAR',
  regex: (e, p) => `REGEXP_LIKE(${e}, ${snowflake.text('.*(' + p + ').*')}, 's')`,
  length: (e) => `LENGTH(${e})`,
  isNaN: (e) => `(${e} = 'NaN'::DOUBLE)`,
  epochMs: (e) => `DATE_PART(EPOCH_MILLISECOND, ${e})`,
  timestamp: (l) => `TO_TIMESTAMP(${l})`,
  orderStats: (e, r) => `ARRAY_CONSTRUCT(${r.map((x) => `PERCENTILE_DISC(${x}) WITHIN GROUP (ORDER BY ${e})`).join(', ')})`,
  sortedList: (e) => `ARRAY_AGG(${e}) WITHIN GROUP (ORDER BY ${e})`,
  rowNumber: 'ROW_NUMBER() OVER (ORDER BY NULL) - 1',
  readOnly: (ms) => [`ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = ${Math.max(1, Math.ceil(ms / 1000))}`],
};

export const spark: Dialect = {
  name: 'spark',
  ident: (n) => doubled('`')(noNul(n)),
  text: (v) => "'" + noNul(v).replace(/[\\']/g, (c) => '\\' + c) + "'",
  double: 'DOUBLE',
  string: 'STRING',
  regex: (e, p) => `(${e} RLIKE ${spark.text(p)})`,
  length: (e) => `char_length(${e})`,
  isNaN: (e) => `isnan(${e})`,
  epochMs: (e) => `(unix_micros(CAST(${e} AS TIMESTAMP)) / 1000)`,
  timestamp: (l) => `CAST(${l} AS TIMESTAMP)`,
  orderStats: (e, r) => `array(${r.map((q) => `percentile_disc(${q}) WITHIN GROUP (ORDER BY ${e})`).join(', ')})`,
  sortedList: (e) => `array_sort(collect_list(${e}))`,
  rowNumber: 'row_number() OVER (ORDER BY monotonically_increasing_id()) - 1',
  readOnly: () => [],
};

export const trino: Dialect = {
  name: 'trino',
  ident: (n) => doubled('"')(noNul(n)),
  text: ansiText,
  double: 'DOUBLE',
  string: 'VARCHAR',
  regex: (e, p) => `regexp_like(${e}, ${ansiText(p)})`,
  length: (e) => `length(${e})`,
  isNaN: (e) => `is_nan(${e})`,
  epochMs: (e) => `(to_unixtime(CAST(${e} AS TIMESTAMP)) * 1000)`,
  timestamp: (l) => `CAST(${l} AS TIMESTAMP)`,
  orderStats: (e, r) => `approx_percentile(${e}, ARRAY[${r.join(', ')}])`,
  sortedList: (e) => `array_sort(array_agg(${e}))`,
  rowNumber: 'row_number() OVER () - 1',
  readOnly: () => [],
};

export const DIALECTS = { postgresql, duckdb, bigquery, snowflake, spark, trino } as const;

/** Whether the dialect's order statistics are exact (else an approximate function with a stated error). */
export const EXACT_ORDER_STATS: Record<Dialect['name'], boolean> = { postgresql: true, duckdb: true, snowflake: true, spark: true, bigquery: false, trino: false };
