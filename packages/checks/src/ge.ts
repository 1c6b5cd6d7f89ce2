import { closest } from '@mlgate/core';
import type { ColumnMetrics, Metrics, Sample } from './engine.js';
import { addFilter, addRow, need, type Condition, type IgnoreMulti, type Plan, type Predicate } from './plan.js';
import { likeToRegex, pythonRegex, pythonTypeOfName } from './predicates.js';
import { parseRowCondition } from './condition.js';
import { isNull, plain, sameValue, valueKey } from './values.js';
import { entropy } from './stats.js';
import { evalTimeParameter, isParameter, isTimeBound, parseTimestamp } from './time.js';

/** An expectation's arguments are wrong (GE raises at configuration time). */
export class ArgumentError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The outcome of one expectation, in GE's vocabulary. */
export interface Verdict {
  success: boolean;
  observed?: unknown;
  elementCount?: number;
  missingCount?: number;
  /** Map checks: rows looked at, unexpected ones and samples of them. */
  total?: number;
  unexpectedCount?: number;
  unexpectedPercent?: number;
  samples?: Sample[];
  /** The check could not be evaluated (type error, missing column). */
  error?: string;
  details?: Record<string, unknown>;
  approximate?: boolean;
}

export type Judge = (m: Metrics) => Verdict;

interface Spec {
  args: string[];
  required?: string[];
  column?: boolean;
  compile(a: Args, plan: Plan, filter: number): Judge;
}
type Args = Record<string, unknown>;

/** Arguments every expectation accepts (GE's standard arguments and metadata). */
const COMMON = ['result_format', 'catch_exceptions', 'meta', 'include_config', 'row_condition', 'condition_parser', 'notes', 'severity', 'description', 'id', 'rendered_content', 'batch_id', 'windows'];
const CONDITION_PARSERS = ['pandas', 'great_expectations', 'great_expectations__experimental__', 'spark', 'spark_sql'];

function num(a: Args, k: string, opts: { integer?: boolean } = {}): number | undefined {
  const v = a[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ArgumentError(`"${k}" must be a number, got ${JSON.stringify(v)}`, k);
  if (opts.integer && !Number.isInteger(v)) throw new ArgumentError(`"${k}" must be integers`, k);
  return v;
}
function bound(a: Args, k: string): unknown {
  const v = a[k];
  return v === null ? undefined : v;
}
function str(a: Args, k: string): string {
  const v = a[k];
  if (typeof v !== 'string') throw new ArgumentError(`"${k}" must be text, got ${JSON.stringify(v)}`, k);
  return v;
}
function list(a: Args, k: string): unknown[] {
  const v = a[k];
  if (!Array.isArray(v)) throw new ArgumentError(`"${k}" must be a list, got ${JSON.stringify(v)}`, k);
  return v;
}
function mostly(a: Args): number {
  const m = a.mostly ?? 1;
  if (typeof m !== 'number' || m < 0 || m > 1) throw new ArgumentError(`"mostly" must be a number greater than or equal to 0 and less than or equal to 1, got ${JSON.stringify(m)}`, 'mostly');
  return m;
}
function checkMinMax(lo: unknown, hi: unknown, bothRequired = true): void {
  if (bothRequired && lo === undefined && hi === undefined) throw new ArgumentError('min_value and max_value cannot both be None', 'min_value');
  if (typeof lo === 'number' && typeof hi === 'number' && lo > hi) throw new ArgumentError('min_value cannot be greater than max_value', 'min_value');
}
function inRange(x: number, lo: unknown, hi: unknown, strictMin = false, strictMax = false): boolean {
  if (x === undefined || x === null || Number.isNaN(x)) return false;
  if (typeof lo === 'number' && (strictMin ? !(x > lo) : !(x >= lo))) return false;
  if (typeof hi === 'number' && (strictMax ? !(x < hi) : !(x <= hi))) return false;
  return true;
}

/** A map expectation: the predicate per value, `mostly` over the non-null values. */
function mapSpec(args: string[], predicate: (a: Args) => Predicate, countNulls = false, required: string[] = []): Spec {
  return {
    args: ['column', 'mostly', ...args],
    required: ['column', ...required],
    column: true,
    compile(a, plan, filter) {
      const p = predicate(a);
      const mo = mostly(a);
      const id = addRow(plan, { kind: 'map', column: str(a, 'column'), predicate: p, countNulls }, filter);
      need(plan, str(a, 'column'), filter, {});
      return (m) => mapVerdict(m, id, mo, str(a, 'column'), filter);
    },
  };
}

function mapVerdict(m: Metrics, id: number, mo: number, column: string | undefined, filter: number): Verdict {
  const r = m.row(id);
  const c = column ? m.column(column, filter) : undefined;
  const elementCount = m.filterRows(filter);
  if (r.error) return { success: false, error: r.error, elementCount };
  const pct = r.total === 0 ? 0 : (100 * r.unexpected) / r.total;
  const success = r.total === 0 || (r.total - r.unexpected) / r.total >= mo - 1e-12;
  return { success, elementCount, missingCount: c ? c.nulls : elementCount - r.total, total: r.total, unexpectedCount: r.unexpected, unexpectedPercent: pct, samples: r.samples, approximate: r.approximate };
}

function columnAgg(needs: Parameters<typeof need>[3], observe: (c: ColumnMetrics, a: Args) => unknown, judge: (obs: unknown, a: Args, c: ColumnMetrics) => boolean, args: string[] = [], check?: (a: Args) => void): Spec {
  return {
    args: ['column', ...args],
    required: ['column'],
    column: true,
    compile(a, plan, filter) {
      check?.(a);
      const column = str(a, 'column');
      need(plan, column, filter, needs);
      return (m) => {
        const c = m.column(column, filter)!;
        const observed = observe(c, a);
        return { success: judge(observed, a, c), observed, elementCount: c.rows, missingCount: c.nulls };
      };
    },
  };
}

function betweenAgg(needs: Parameters<typeof need>[3], observe: (c: ColumnMetrics) => number | null, requireNumeric = true, bothRequired = false): Spec {
  return columnAgg(
    needs,
    (c) => {
      if (requireNumeric && c.nonNumeric > 0) throw new TypeError(`column "${c.column}" holds text (${JSON.stringify(c.firstNonNumeric?.value)}) where numbers are expected`);
      return observe(c);
    },
    (obs, a) => (obs === null || obs === undefined ? false : inRange(obs as number, bound(a, 'min_value'), bound(a, 'max_value'), a.strict_min === true, a.strict_max === true)),
    ['min_value', 'max_value', 'strict_min', 'strict_max', 'parse_strings_as_datetimes', 'output_strftime_format', 'allow_cross_type_comparisons'],
    (a) => {
      for (const k of ['min_value', 'max_value']) if (bound(a, k) !== undefined && typeof bound(a, k) !== 'number') throw new ArgumentError(`"${k}" must be a number, got ${JSON.stringify(a[k])}`, k);
      checkMinMax(bound(a, 'min_value'), bound(a, 'max_value'), bothRequired);
    },
  );
}

const nanToNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** A date bound as milliseconds: ISO text, or an evaluation parameter relative to `now`. */
function timeBound(a: Args, k: string, now: number): number | undefined {
  const v = bound(a, k);
  if (v === undefined) return undefined;
  if (isParameter(v)) {
    try {
      return evalTimeParameter(v.$PARAMETER, now);
    } catch (e) {
      throw new ArgumentError(`"${k}": ${(e as Error).message}`, k);
    }
  }
  const t = typeof v === 'string' ? parseTimestamp(v) : undefined;
  if (t === undefined) throw new ArgumentError(`"${k}" must be a date like "2024-01-31T00:00:00" or {"$PARAMETER": "now() - timedelta(days=1)"} when the other bound is one, got ${JSON.stringify(v)}`, k);
  return t;
}

/**
 * The column's minimum or maximum against bounds: numbers, or dates (ISO 8601 text in the data,
 * dates or `now() ± timedelta(...)` in the bounds, as Great Expectations' freshness checks write them).
 */
function extremeSpec(which: 'min' | 'max'): Spec {
  const numeric = betweenAgg({ moments: true }, (c) => nanToNull(which === 'min' ? c.min : c.max), true, which === 'min');
  return {
    ...numeric,
    compile(a, plan, filter) {
      if (!isTimeBound(bound(a, 'min_value')) && !isTimeBound(bound(a, 'max_value'))) return numeric.compile(a, plan, filter);
      const now = Date.now();
      const lo = timeBound(a, 'min_value', now);
      const hi = timeBound(a, 'max_value', now);
      checkMinMax(lo, hi, which === 'min');
      const column = str(a, 'column');
      need(plan, column, filter, { timestamps: true });
      return (m) => {
        const c = m.column(column, filter)!;
        if (c.nonTimestamp) throw new TypeError(`column "${c.column}" holds ${JSON.stringify(c.firstNonTimestamp?.value)} where ISO 8601 dates are expected`);
        const e = which === 'min' ? c.timeMin : c.timeMax;
        const success = e ? inRange(e.t, lo, hi, a.strict_min === true, a.strict_max === true) : false;
        return { success, observed: e ? e.value : null, elementCount: c.rows, missingCount: c.nulls };
      };
    },
  };
}

function distinctValues(c: ColumnMetrics): unknown[] {
  const vals = [...c.values!.values()].map((e) => e.value);
  return vals.sort((x, y) => (typeof x === typeof y ? ((x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0) : typeof x < typeof y ? -1 : 1)).map(plain);
}

function setKeys(values: unknown[], textual: boolean): Set<string> {
  void textual;
  return new Set(values.map(valueKey));
}

function hasValue(set: unknown[], v: unknown, textual: boolean): boolean {
  return set.some((s) => sameValue(s, v, textual) || valueKey(s) === valueKey(v));
}

function multiSpec(kind: 'compound_unique' | 'unique_within_record', defaultIgnore: IgnoreMulti): Spec {
  return {
    args: ['column_list', 'mostly', 'ignore_row_if'],
    required: ['column_list'],
    compile(a, plan, filter) {
      const columns = list(a, 'column_list').map(String);
      const mo = mostly(a);
      const ignore = (a.ignore_row_if ?? defaultIgnore) as IgnoreMulti;
      if (!['all_values_are_missing', 'any_value_is_missing', 'never'].includes(ignore)) throw new ArgumentError(`unknown ignore_row_if "${String(ignore)}"`, 'ignore_row_if');
      const id = addRow(plan, { kind, columns, ignore }, filter);
      return (m) => withColumns(m, columns) ?? mapVerdict(m, id, mo, undefined, filter);
    },
  };
}

function withColumns(m: Metrics, columns: string[]): Verdict | undefined {
  const missing = columns.filter((c) => !m.columns.includes(c));
  if (missing.length) return { success: false, error: `column ${missing.map((c) => `"${c}"`).join(', ')} not found${suggestColumn(missing[0]!, m.columns)}` };
  return undefined;
}

export function suggestColumn(name: string, columns: string[]): string {
  const c = closest(name, columns);
  return c ? `; did you mean "${c}"?` : `; the data has ${columns.slice(0, 12).map((x) => `"${x}"`).join(', ')}${columns.length > 12 ? ', …' : ''}`;
}

export const EXPECTATIONS: Record<string, Spec> = {
  expect_column_to_exist: {
    args: ['column', 'column_index'],
    required: ['column'],
    compile(a) {
      const column = str(a, 'column');
      const index = num(a, 'column_index', { integer: true });
      return (m) => {
        const i = m.columns.indexOf(column);
        return { success: i >= 0 && (index === undefined || i === index), observed: i >= 0 ? i : null };
      };
    },
  },
  expect_table_row_count_to_be_between: {
    args: ['min_value', 'max_value', 'strict_min', 'strict_max'],
    compile(a, _plan, filter) {
      const lo = num(a, 'min_value', { integer: true });
      const hi = num(a, 'max_value', { integer: true });
      if (lo !== undefined && hi !== undefined && lo > hi) throw new ArgumentError('Minimum Threshold cannot be larger than Maximum Threshold', 'min_value');
      return (m) => {
        const n = m.filterRows(filter);
        return { success: inRange(n, lo, hi, a.strict_min === true, a.strict_max === true), observed: n };
      };
    },
  },
  expect_table_row_count_to_equal: {
    args: ['value'],
    required: ['value'],
    compile(a, _plan, filter) {
      const v = num(a, 'value', { integer: true });
      return (m) => ({ success: m.filterRows(filter) === v, observed: m.filterRows(filter) });
    },
  },
  expect_table_column_count_to_be_between: {
    args: ['min_value', 'max_value', 'strict_min', 'strict_max'],
    compile(a) {
      const lo = num(a, 'min_value', { integer: true });
      const hi = num(a, 'max_value', { integer: true });
      if (lo !== undefined && hi !== undefined && lo > hi) throw new ArgumentError('min_value cannot be greater than max_value', 'min_value');
      return (m) => ({ success: inRange(m.columns.length, lo, hi, a.strict_min === true, a.strict_max === true), observed: m.columns.length });
    },
  },
  expect_table_column_count_to_equal: {
    args: ['value'],
    required: ['value'],
    compile(a) {
      const v = num(a, 'value', { integer: true });
      return (m) => ({ success: m.columns.length === v, observed: m.columns.length });
    },
  },
  expect_table_columns_to_match_ordered_list: {
    args: ['column_list'],
    required: ['column_list'],
    compile(a) {
      const want = a.column_list === null ? null : list(a, 'column_list').map(String);
      return (m) => {
        if (want === null) return { success: true, observed: m.columns };
        const ok = want.length === m.columns.length && want.every((c, i) => m.columns[i] === c);
        const mismatched = ok ? undefined : Array.from({ length: Math.max(want.length, m.columns.length) }, (_, i) => ({ Expected_Column_Position: i, Expected: want[i] ?? null, Found: m.columns[i] ?? null })).filter((x) => x.Expected !== x.Found);
        return { success: ok, observed: m.columns, details: mismatched ? { mismatched } : undefined };
      };
    },
  },
  expect_table_columns_to_match_set: {
    args: ['column_set', 'exact_match'],
    required: ['column_set'],
    compile(a) {
      const want = a.column_set === null || a.column_set === undefined ? null : list(a, 'column_set').map(String);
      const exact = a.exact_match === undefined || a.exact_match === null ? true : a.exact_match === true;
      return (m) => {
        if (want === null) return { success: !exact, observed: [...m.columns].sort(), details: { mismatched: { unexpected: m.columns } } };
        const have = new Set(m.columns);
        const missing = want.filter((c) => !have.has(c));
        const extra = m.columns.filter((c) => !want.includes(c));
        const ok = exact ? missing.length === 0 && extra.length === 0 : missing.length === 0;
        return { success: ok, observed: [...m.columns].sort(), details: { mismatched: { unexpected: extra, missing } } };
      };
    },
  },
  expect_column_values_to_not_be_null: mapSpec([], () => ({ op: 'not_null' }), true),
  expect_column_values_to_be_null: mapSpec([], () => ({ op: 'null' }), true),
  expect_column_values_to_be_between: mapSpec(['min_value', 'max_value', 'strict_min', 'strict_max', 'parse_strings_as_datetimes', 'output_strftime_format', 'allow_cross_type_comparisons'], (a) => {
    const min = bound(a, 'min_value');
    const max = bound(a, 'max_value');
    checkMinMax(min, max);
    return { op: 'between', min, max, strictMin: a.strict_min === true, strictMax: a.strict_max === true };
  }),
  expect_column_values_to_be_in_set: mapSpec(['value_set', 'parse_strings_as_datetimes'], (a) => ({ op: 'in_set', values: list(a, 'value_set') }), false, ['value_set']),
  expect_column_values_to_not_be_in_set: mapSpec(['value_set', 'parse_strings_as_datetimes'], (a) => {
    if (a.value_set === null || a.value_set === undefined) throw new ArgumentError("argument of type 'NoneType' is not iterable: value_set is required", 'value_set');
    return { op: 'in_set', values: list(a, 'value_set'), negate: true };
  }, false, ['value_set']),
  expect_column_values_to_be_unique: {
    args: ['column', 'mostly'],
    required: ['column'],
    column: true,
    compile(a, plan, filter) {
      const mo = mostly(a);
      const id = addRow(plan, { kind: 'unique', column: str(a, 'column') }, filter);
      need(plan, str(a, 'column'), filter, {});
      return (m) => mapVerdict(m, id, mo, str(a, 'column'), filter);
    },
  },
  expect_column_values_to_match_regex: mapSpec(['regex'], (a) => ({ op: 'regex', patterns: [regexArg(a, 'regex')], match: 'any' }), false, ['regex']),
  expect_column_values_to_not_match_regex: mapSpec(['regex'], (a) => ({ op: 'regex', patterns: [regexArg(a, 'regex')], match: 'any', negate: true }), false, ['regex']),
  expect_column_values_to_match_regex_list: mapSpec(['regex_list', 'match_on'], (a) => ({ op: 'regex', patterns: regexList(a, 'regex_list'), match: matchOn(a) }), false, ['regex_list']),
  expect_column_values_to_not_match_regex_list: mapSpec(['regex_list'], (a) => ({ op: 'regex', patterns: regexList(a, 'regex_list'), match: 'any', negate: true }), false, ['regex_list']),
  expect_column_values_to_match_like_pattern: mapSpec(['like_pattern'], (a) => ({ op: 'regex', patterns: [likeToRegex(str(a, 'like_pattern'))], match: 'any' }), false, ['like_pattern']),
  expect_column_values_to_not_match_like_pattern: mapSpec(['like_pattern'], (a) => ({ op: 'regex', patterns: [likeToRegex(str(a, 'like_pattern'))], match: 'any', negate: true }), false, ['like_pattern']),
  expect_column_values_to_match_like_pattern_list: mapSpec(['like_pattern_list', 'match_on'], (a) => ({ op: 'regex', patterns: list(a, 'like_pattern_list').map((p) => likeToRegex(String(p))), match: matchOn(a) }), false, ['like_pattern_list']),
  expect_column_values_to_not_match_like_pattern_list: mapSpec(['like_pattern_list'], (a) => ({ op: 'regex', patterns: list(a, 'like_pattern_list').map((p) => likeToRegex(String(p))), match: 'any', negate: true }), false, ['like_pattern_list']),
  expect_column_value_lengths_to_be_between: mapSpec(['min_value', 'max_value', 'strict_min', 'strict_max'], (a) => {
    const min = num(a, 'min_value', { integer: true });
    const max = num(a, 'max_value', { integer: true });
    if (min === undefined && max === undefined) throw new ArgumentError('min_value and max_value cannot both be None', 'min_value');
    return { op: 'length', min, max, strictMin: a.strict_min === true, strictMax: a.strict_max === true };
  }),
  expect_column_value_lengths_to_equal: mapSpec(['value'], (a) => {
    const v = num(a, 'value', { integer: true });
    return { op: 'length', min: v, max: v };
  }, false, ['value']),
  expect_column_values_to_be_of_type: typeSpec('type_'),
  expect_column_values_to_be_in_type_list: typeSpec('type_list'),
  expect_column_values_to_be_increasing: monotonicSpec('increasing'),
  expect_column_values_to_be_decreasing: monotonicSpec('decreasing'),
  expect_column_values_to_be_json_parseable: mapSpec(['json_schema'], () => ({ op: 'json' })),
  expect_column_values_to_match_strftime_format: mapSpec(['strftime_format'], (a) => {
    const f = str(a, 'strftime_format');
    if (/%[^YymdHIMSfjbBaApzZwUW%]/.test(f)) throw new ArgumentError(`unsupported directive in strftime_format "${f}"`, 'strftime_format');
    return { op: 'strftime', format: f };
  }, false, ['strftime_format']),
  expect_column_values_to_be_dateutil_parseable: mapSpec([], () => ({ op: 'dateutil' })),
  expect_column_min_to_be_between: extremeSpec('min'),
  expect_column_max_to_be_between: extremeSpec('max'),
  expect_column_mean_to_be_between: betweenAgg({ moments: true }, (c) => nanToNull(c.mean)),
  expect_column_sum_to_be_between: betweenAgg({ moments: true }, (c) => c.sum, true, true),
  expect_column_stdev_to_be_between: betweenAgg({ moments: true }, (c) => nanToNull(c.numeric > 1 ? Math.sqrt(c.m2 / (c.numeric - 1)) : NaN)),
  expect_column_median_to_be_between: betweenAgg({ moments: true, numbers: true }, (c) => nanToNull(c.numbers!.quantiles([0.5], 'linear')[0]!)),
  expect_column_unique_value_count_to_be_between: betweenAgg({ values: true }, (c) => c.distinct, false),
  expect_column_proportion_of_unique_values_to_be_between: betweenAgg({ values: true }, (c) => (c.nonNull ? c.distinct / c.nonNull : null), false),
  expect_column_distinct_values_to_be_in_set: columnAgg(
    { values: true },
    (c) => distinctValues(c),
    (obs, a) => {
      if (a.value_set === null || a.value_set === undefined) return true;
      const set = list(a, 'value_set');
      return (obs as unknown[]).every((v) => hasValue(set, v, false));
    },
    ['value_set', 'parse_strings_as_datetimes'],
  ),
  expect_column_distinct_values_to_contain_set: columnAgg(
    { values: true },
    (c) => distinctValues(c),
    (obs, a) => list(a, 'value_set').every((s) => (obs as unknown[]).some((v) => hasValue([s], v, false))),
    ['value_set', 'parse_strings_as_datetimes'],
    (a) => void list(a, 'value_set'),
  ),
  expect_column_distinct_values_to_equal_set: columnAgg(
    { values: true },
    (c) => distinctValues(c),
    (obs, a) => {
      const set = list(a, 'value_set');
      const o = obs as unknown[];
      return set.every((s) => o.some((v) => hasValue([s], v, false))) && o.every((v) => hasValue(set, v, false));
    },
    ['value_set', 'parse_strings_as_datetimes'],
    (a) => void list(a, 'value_set'),
  ),
  expect_column_most_common_value_to_be_in_set: columnAgg(
    { values: true },
    (c) => {
      let best = 0;
      for (const e of c.values!.values()) best = Math.max(best, e.count);
      return [...c.values!.values()].filter((e) => e.count === best && best > 0).map((e) => e.value).sort((x, y) => ((x as number) < (y as number) ? -1 : 1)).map(plain);
    },
    (obs, a) => {
      const set = list(a, 'value_set');
      const o = obs as unknown[];
      if (a.ties_okay === true) return o.some((v) => hasValue(set, v, false));
      return o.length === 1 && hasValue(set, o[0], false);
    },
    ['value_set', 'ties_okay'],
  ),
  expect_column_quantile_values_to_be_between: {
    args: ['column', 'quantile_ranges', 'allow_relative_error'],
    required: ['column', 'quantile_ranges'],
    column: true,
    compile(a, plan, filter) {
      const qr = a.quantile_ranges as { quantiles?: unknown; value_ranges?: unknown };
      if (!qr || !Array.isArray(qr.quantiles) || !Array.isArray(qr.value_ranges)) throw new ArgumentError('quantile_ranges must hold "quantiles" and "value_ranges" lists', 'quantile_ranges');
      const qs = qr.quantiles as number[];
      const ranges = qr.value_ranges as Array<[number | null, number | null]>;
      if (qs.length !== ranges.length) throw new ArgumentError('quantile_ranges: "quantiles" and "value_ranges" must have the same length', 'quantile_ranges');
      for (const [lo, hi] of ranges) if (lo !== null && hi !== null && lo > hi) throw new ArgumentError('quantile_ranges: a value range has its minimum above its maximum', 'quantile_ranges');
      const column = str(a, 'column');
      need(plan, column, filter, { numbers: true, moments: true });
      return (m) => {
        const c = m.column(column, filter)!;
        if (c.nonNumeric > 0) throw new TypeError(`column "${column}" holds text where numbers are expected`);
        const values = c.numbers!.quantiles(qs, 'nearest');
        const ok = values.map((v, i) => inRange(v, ranges[i]![0], ranges[i]![1]));
        return { success: ok.every(Boolean), observed: { quantiles: qs, values }, details: { success_details: ok }, approximate: !c.numbers!.exact };
      };
    },
  },
  expect_column_kl_divergence_to_be_less_than: {
    args: ['column', 'partition_object', 'threshold', 'internal_weight_holdout', 'tail_weight_holdout', 'bucketize_data', 'min_value', 'max_value'],
    required: ['column'],
    column: true,
    compile(a, plan, filter) {
      const column = str(a, 'column');
      const po = a.partition_object as { bins?: number[]; values?: unknown[]; weights?: number[]; tail_weights?: number[] } | null | undefined;
      if (po === null || po === undefined) {
        // GE builds the partition from the same data, so the divergence is 0 by construction
        need(plan, column, filter, { moments: true });
        return () => ({ success: true, observed: 0 });
      }
      if (Array.isArray(po.bins)) po.bins = po.bins.map((b) => (b === ('-Infinity' as unknown) ? -Infinity : b === ('Infinity' as unknown) ? Infinity : Number(b)));
      if (!po || !Array.isArray(po.weights)) throw new ArgumentError('Invalid partition object: partition_object with "weights" and "bins" or "values" is required', 'partition_object');
      const sum = po.weights.reduce((x, y) => x + y, 0) + (po.tail_weights ?? []).reduce((x, y) => x + y, 0);
      if (Math.abs(sum - 1) > 1e-6) throw new ArgumentError('Invalid partition object: weights must sum to 1', 'partition_object');
      const threshold = a.threshold;
      if (threshold !== undefined && threshold !== null && (typeof threshold !== 'number' || threshold < 0)) throw new ArgumentError('Threshold must be specified, greater than or equal to zero.', 'threshold');
      const tail = (a.tail_weight_holdout ?? 0) as number;
      const internal = (a.internal_weight_holdout ?? 0) as number;
      if (typeof tail !== 'number' || tail < 0 || tail > 1) throw new ArgumentError('tail_weight_holdout must be between zero and one.', 'tail_weight_holdout');
      if (typeof internal !== 'number' || internal < 0 || internal > 1) throw new ArgumentError('internal_weight_holdout must be between zero and one.', 'internal_weight_holdout');
      if (tail !== 0 && po.tail_weights) throw new ArgumentError('tail_weight_holdout must be 0 when using tail_weights in partition object', 'tail_weight_holdout');
      const categorical = Array.isArray(po.values);
      if (categorical) {
        if (internal > 0) throw new ArgumentError('Internal weight holdout cannot be used for discrete data.', 'internal_weight_holdout');
        if (po.values!.length !== po.weights.length) throw new ArgumentError('Invalid partition object: values and weights differ in length', 'partition_object');
        need(plan, column, filter, { values: true });
      } else {
        const bins = po.bins;
        if (!Array.isArray(bins) || bins.length !== po.weights.length + 1 || bins.some((b, i) => i > 0 && b < bins[i - 1]!)) throw new ArgumentError('Invalid partition object: bins must be sorted and one longer than weights', 'partition_object');
        if (a.bucketize_data === false) throw new ArgumentError('KL Divergence cannot be computed with a continuous partition object and the bucketize_data parameter set to false.', 'bucketize_data');
        if ((bins[0] === -Infinity || bins[bins.length - 1] === Infinity) && po.tail_weights) throw new ArgumentError('There can be no tail weights for partitions with one or both endpoints at infinity', 'partition_object');
        if (bins[0] === -Infinity && bins[bins.length - 1] === Infinity && tail > 0) throw new ArgumentError('tail_weight_holdout cannot be used for partitions with infinite endpoints.', 'tail_weight_holdout');
        need(plan, column, filter, { histograms: [bins], moments: true });
      }
      return (m) => {
        const c = m.column(column, filter)!;
        const kl = categorical ? klCategorical(c, po as { values: unknown[]; weights: number[] }, tail) : klContinuous(c, po as { bins: number[]; weights: number[]; tail_weights?: number[] }, tail, internal);
        const observed = Number.isFinite(kl) ? kl : null;
        const success = threshold === undefined || threshold === null ? true : kl <= (threshold as number);
        return { success, observed };
      };
    },
  },
  expect_column_pair_values_to_be_equal: pairSpec('equal'),
  expect_column_pair_values_a_to_be_greater_than_b: pairSpec('greater'),
  expect_compound_columns_to_be_unique: multiSpec('compound_unique', 'all_values_are_missing'),
  expect_select_column_values_to_be_unique_within_record: multiSpec('unique_within_record', 'all_values_are_missing'),
  expect_multicolumn_sum_to_equal: {
    args: ['column_list', 'sum_total', 'mostly', 'ignore_row_if'],
    required: ['column_list', 'sum_total'],
    compile(a, plan, filter) {
      const columns = list(a, 'column_list').map(String);
      const total = num(a, 'sum_total')!;
      const mo = mostly(a);
      const ignore = (a.ignore_row_if ?? 'all_values_are_missing') as IgnoreMulti;
      const id = addRow(plan, { kind: 'multicolumn_sum', columns, total, ignore }, filter);
      return (m) => withColumns(m, columns) ?? mapVerdict(m, id, mo, undefined, filter);
    },
  },
};

function regexArg(a: Args, k: string): string {
  const r = str(a, k);
  try {
    pythonRegex(r);
  } catch (e) {
    throw new ArgumentError(`"${k}" is not a valid regular expression: ${(e as Error).message}`, k);
  }
  return r;
}
function regexList(a: Args, k: string): string[] {
  const l = list(a, k).map(String);
  if (l.length === 0) throw new ArgumentError(`"${k}" must not be empty`, k);
  for (const r of l) regexArg({ [k]: r }, k);
  return l;
}
function matchOn(a: Args): 'any' | 'all' {
  const m = a.match_on ?? 'any';
  if (m !== 'any' && m !== 'all') throw new ArgumentError(`"match_on" must be "any" or "all", got ${JSON.stringify(m)}`, 'match_on');
  return m;
}

function monotonicSpec(direction: 'increasing' | 'decreasing'): Spec {
  return {
    args: ['column', 'mostly', 'strictly', 'parse_strings_as_datetimes'],
    required: ['column'],
    column: true,
    compile(a, plan, filter) {
      const mo = mostly(a);
      const id = addRow(plan, { kind: 'monotonic', column: str(a, 'column'), direction, strict: a.strictly === true }, filter);
      need(plan, str(a, 'column'), filter, {});
      return (m) => mapVerdict(m, id, mo, str(a, 'column'), filter);
    },
  };
}

function pairSpec(op: 'equal' | 'greater'): Spec {
  return {
    args: ['column_A', 'column_B', 'mostly', 'ignore_row_if', 'or_equal', 'parse_strings_as_datetimes', 'allow_cross_type_comparisons'],
    required: ['column_A', 'column_B'],
    compile(a, plan, filter) {
      const mo = mostly(a);
      const ignore = (a.ignore_row_if ?? 'both_values_are_missing') as 'both_values_are_missing';
      if (!['both_values_are_missing', 'either_value_is_missing', 'neither'].includes(ignore)) throw new ArgumentError(`unknown ignore_row_if "${String(ignore)}"`, 'ignore_row_if');
      const A = str(a, 'column_A');
      const B = str(a, 'column_B');
      const id = addRow(plan, { kind: 'pair', a: A, b: B, op, orEqual: a.or_equal === true, ignore }, filter);
      return (m) => withColumns(m, [A, B]) ?? mapVerdict(m, id, mo, undefined, filter);
    },
  };
}

/** Column dtype as pandas would infer it from the values (int64, float64, bool, object). */
export function pandasDtype(c: ColumnMetrics): string {
  const k = c.kinds ?? {};
  const total = c.nonNull;
  if (total === 0) return 'object';
  const ints = k.integer ?? 0;
  const nums = k.number ?? 0;
  const bools = k.boolean ?? 0;
  if (ints === total) return c.nulls > 0 ? 'float64' : 'int64';
  if (ints + nums === total) return 'float64';
  if (bools === total && c.nulls === 0) return 'bool';
  if ((k.datetime ?? 0) === total) return 'datetime64';
  return 'object';
}

const DTYPE_VALUE: Record<string, string> = { int64: 'int', float64: 'float', bool: 'bool', datetime64: 'datetime' };

function typeSpec(arg: 'type_' | 'type_list'): Spec {
  return {
    args: ['column', 'mostly', arg],
    required: ['column'],
    column: true,
    compile(a, plan, filter) {
      if (a[arg] === null) return () => ({ success: true });
      const names = arg === 'type_' ? [str(a, 'type_')] : list(a, 'type_list').map(String);
      const mo = mostly(a);
      const column = str(a, 'column');
      for (const n of names) if (!pythonTypeOfName(n)) throw new ArgumentError(`unknown type "${n}"; expected a Python, NumPy or pandas type name such as int, float, str, bool`, arg);
      const id = addRow(plan, { kind: 'map', column, predicate: { op: 'type', types: names }, countNulls: false }, filter);
      need(plan, column, filter, { kinds: true });
      return (m) => {
        const c = m.column(column, filter)!;
        const dtype = pandasDtype(c);
        if (dtype !== 'object') {
          const ok = names.some((n) => pythonTypeOfName(n) === DTYPE_VALUE[dtype] || (dtype === 'int64' && pythonTypeOfName(n) === 'float' && /^float/i.test(n) === false && n.toLowerCase() === 'number'));
          return { success: ok, observed: dtype };
        }
        if (names.some((n) => /^(object|object_|o)$/i.test(n))) return { success: true, observed: 'object_' };
        return { ...mapVerdict(m, id, mo, column, filter), observed: 'object_' };
      };
    },
  };
}

function klCategorical(c: ColumnMetrics, po: { values: unknown[]; weights: number[] }, tail: number): number {
  const observed = new Map<string, number>();
  for (const [k, e] of c.values!) observed.set(k, e.count / c.nonNull);
  const keys = po.values.map(valueKey);
  const expected = new Map<string, number>(keys.map((k, i) => [k, po.weights[i]!]));
  const all = [...new Set([...keys, ...observed.keys()])];
  const missingExpected = all.filter((k) => !expected.has(k)).length;
  const pk = all.map((k) => observed.get(k) ?? 0);
  const qk = all.map((k) => (expected.has(k) ? expected.get(k)! * (missingExpected > 0 ? 1 - tail : 1) : tail / missingExpected));
  return entropy(pk, qk);
}

function klContinuous(c: ColumnMetrics, po: { bins: number[]; weights: number[]; tail_weights?: number[] }, tail: number, internal: number): number {
  const h = c.histograms!.find((x) => x.bins === po.bins) ?? c.histograms![0]!;
  const n = c.nonNull;
  const obs = h.counts.map((x) => x / n);
  let exp = po.weights.map((w) => w * (1 - tail - internal));
  if (internal > 0) {
    const zeros = exp.filter((w) => w === 0).length;
    if (zeros > 0) exp = exp.map((w) => (w === 0 ? internal / zeros : w));
  }
  const below = h.below / n;
  const above = h.above / n;
  const lowInf = po.bins[0] === -Infinity;
  const highInf = po.bins[po.bins.length - 1] === Infinity;
  let ce: number[];
  let co: number[];
  if (lowInf && highInf) {
    ce = exp;
    co = obs;
  } else if (lowInf) {
    ce = [...exp, tail];
    co = [...obs, above];
  } else if (highInf) {
    ce = [tail, ...exp];
    co = [below, ...obs];
  } else {
    ce = po.tail_weights ? [po.tail_weights[0]!, ...exp, po.tail_weights[1]!] : [tail / 2, ...exp, tail / 2];
    co = [below, ...obs, above];
  }
  return entropy(co, ce);
}

export interface CompiledExpectation {
  type: string;
  kwargs: Args;
  judge: Judge;
  filter: number;
}

/** Check a GE expectation's name and arguments and add what it needs to the plan. */
export function compileExpectation(type: string, kwargs: Args, plan: Plan): CompiledExpectation {
  const spec = EXPECTATIONS[type];
  if (!spec) {
    const hint = closest(type, Object.keys(EXPECTATIONS));
    throw new ArgumentError(`unknown expectation "${type}"${hint ? `; did you mean "${hint}"?` : ''}`, 'expectation_type');
  }
  const allowed = [...spec.args, ...COMMON];
  for (const k of Object.keys(kwargs)) {
    if (!allowed.includes(k)) {
      const hint = closest(k, spec.args);
      throw new ArgumentError(`${type}: unknown argument "${k}"${hint ? `; did you mean "${hint}"?` : `; it takes ${spec.args.join(', ')}`}`, k);
    }
  }
  for (const k of spec.required ?? []) if (kwargs[k] === undefined) throw new ArgumentError(`${type}: argument "${k}" is required`, k);
  let cond: Condition | undefined;
  if (kwargs.row_condition !== undefined && kwargs.row_condition !== null && kwargs.row_condition !== '') {
    const parser = kwargs.condition_parser ?? 'pandas';
    if (!CONDITION_PARSERS.includes(String(parser))) throw new ArgumentError(`condition_parser: "${String(parser)}" is not a valid enumeration member; expected one of ${CONDITION_PARSERS.join(', ')}`, 'condition_parser');
    cond = parseRowCondition(String(kwargs.row_condition));
  }
  const filter = addFilter(plan, cond);
  const judge = spec.compile(kwargs, plan, filter);
  const column = spec.column ? (kwargs.column as string) : undefined;
  const wrapped: Judge = (m) => {
    if (column !== undefined && !m.columns.includes(column)) return { success: false, error: `column "${column}" not found${suggestColumn(column, m.columns)}` };
    try {
      return judge(m);
    } catch (e) {
      return { success: false, error: (e as Error).message };
    }
  };
  return { type, kwargs, judge: wrapped, filter };
}

export { isNull, setKeys };
