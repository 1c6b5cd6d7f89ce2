/** The expectation table, grouped as Great Expectations groups its expectations. */
import { ArgumentError } from '../errors.js';
import { columnOf, quantilesOf, rowsIn } from '../metrics.js';
import { addRow, need } from '../plan.js';
import { likeToRegex } from '../predicates.js';
import { plain } from '../values.js';
import { checkMinMax, inRange, list, matchOn, mostly, nanToNull, num, regexArg, regexList, str, bound } from './args.js';
import { betweenAgg, columnAgg, extremeKind, mapKind, monotonicKind, multicolumnSumKind, multiKind, pairKind, typeKind } from './factories.js';
import { klDivergenceKind } from './kl.js';
import { mostCommonWordsKind, stopwordShareKind } from './words.js';
import type { ExpectationKind } from './types.js';
import { distinctValues, hasValue, mapVerdict } from './verdicts.js';

/** Table expectations: the table's shape. */
const TABLE: Record<string, ExpectationKind> = {
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
        const n = rowsIn(m, filter);
        return { success: inRange(n, lo, hi, a.strict_min === true, a.strict_max === true), observed: n };
      };
    },
  },
  expect_table_row_count_to_equal: {
    args: ['value'],
    required: ['value'],
    compile(a, _plan, filter) {
      const v = num(a, 'value', { integer: true });
      return (m) => ({ success: rowsIn(m, filter) === v, observed: rowsIn(m, filter) });
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
};

/** Column map expectations: a test per value, judged with `mostly`. */
const COLUMN_MAP: Record<string, ExpectationKind> = {
  expect_column_values_to_not_be_null: mapKind({ predicate: () => ({ op: 'not_null' }), countNulls: true }),
  expect_column_values_to_be_null: mapKind({ predicate: () => ({ op: 'null' }), countNulls: true }),
  expect_column_values_to_be_between: mapKind({ args: ['min_value', 'max_value', 'strict_min', 'strict_max', 'parse_strings_as_datetimes', 'output_strftime_format', 'allow_cross_type_comparisons'], predicate: (a) => {
    const min = bound(a, 'min_value');
    const max = bound(a, 'max_value');
    checkMinMax(min, max);
    return { op: 'between', min, max, strictMin: a.strict_min === true, strictMax: a.strict_max === true };
  } }),
  expect_column_values_to_be_in_set: mapKind({ args: ['value_set', 'parse_strings_as_datetimes'], predicate: (a) => ({ op: 'in_set', values: list(a, 'value_set') }), required: ['value_set'] }),
  expect_column_values_to_not_be_in_set: mapKind({ args: ['value_set', 'parse_strings_as_datetimes'], predicate: (a) => {
    if (a.value_set === null || a.value_set === undefined) throw new ArgumentError("argument of type 'NoneType' is not iterable: value_set is required", 'value_set');
    return { op: 'in_set', values: list(a, 'value_set'), negate: true };
  }, required: ['value_set'] }),
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
  expect_column_values_to_match_regex: mapKind({ args: ['regex'], predicate: (a) => ({ op: 'regex', patterns: [regexArg(a, 'regex')], match: 'any' }), required: ['regex'] }),
  expect_column_values_to_not_match_regex: mapKind({ args: ['regex'], predicate: (a) => ({ op: 'regex', patterns: [regexArg(a, 'regex')], match: 'any', negate: true }), required: ['regex'] }),
  expect_column_values_to_match_regex_list: mapKind({ args: ['regex_list', 'match_on'], predicate: (a) => ({ op: 'regex', patterns: regexList(a, 'regex_list'), match: matchOn(a) }), required: ['regex_list'] }),
  expect_column_values_to_not_match_regex_list: mapKind({ args: ['regex_list'], predicate: (a) => ({ op: 'regex', patterns: regexList(a, 'regex_list'), match: 'any', negate: true }), required: ['regex_list'] }),
  expect_column_values_to_match_like_pattern: mapKind({ args: ['like_pattern'], predicate: (a) => ({ op: 'regex', patterns: [likeToRegex(str(a, 'like_pattern'))], match: 'any' }), required: ['like_pattern'] }),
  expect_column_values_to_not_match_like_pattern: mapKind({ args: ['like_pattern'], predicate: (a) => ({ op: 'regex', patterns: [likeToRegex(str(a, 'like_pattern'))], match: 'any', negate: true }), required: ['like_pattern'] }),
  expect_column_values_to_match_like_pattern_list: mapKind({ args: ['like_pattern_list', 'match_on'], predicate: (a) => ({ op: 'regex', patterns: list(a, 'like_pattern_list').map((p) => likeToRegex(String(p))), match: matchOn(a) }), required: ['like_pattern_list'] }),
  expect_column_values_to_not_match_like_pattern_list: mapKind({ args: ['like_pattern_list'], predicate: (a) => ({ op: 'regex', patterns: list(a, 'like_pattern_list').map((p) => likeToRegex(String(p))), match: 'any', negate: true }), required: ['like_pattern_list'] }),
  expect_column_value_lengths_to_be_between: mapKind({ args: ['min_value', 'max_value', 'strict_min', 'strict_max'], predicate: (a) => {
    const min = num(a, 'min_value', { integer: true });
    const max = num(a, 'max_value', { integer: true });
    if (min === undefined && max === undefined) throw new ArgumentError('min_value and max_value cannot both be None', 'min_value');
    return { op: 'length', min, max, strictMin: a.strict_min === true, strictMax: a.strict_max === true };
  } }),
  expect_column_value_lengths_to_equal: mapKind({ args: ['value'], predicate: (a) => {
    const v = num(a, 'value', { integer: true });
    return { op: 'length', min: v, max: v };
  }, required: ['value'] }),
  expect_column_values_to_be_of_type: typeKind('type_'),
  expect_column_values_to_be_in_type_list: typeKind('type_list'),
  expect_column_values_to_be_increasing: monotonicKind('increasing'),
  expect_column_values_to_be_decreasing: monotonicKind('decreasing'),
  expect_column_values_to_be_json_parseable: mapKind({ args: ['json_schema'], predicate: () => ({ op: 'json' }) }),
  expect_column_values_to_match_strftime_format: mapKind({ args: ['strftime_format'], predicate: (a) => {
    const f = str(a, 'strftime_format');
    if (/%[^YymdHIMSfjbBaApzZwUW%]/.test(f)) throw new ArgumentError(`unsupported directive in strftime_format "${f}"`, 'strftime_format');
    return { op: 'strftime', format: f };
  }, required: ['strftime_format'] }),
  expect_column_values_to_be_dateutil_parseable: mapKind({ predicate: () => ({ op: 'dateutil' }) }),
};

/** Column aggregate expectations: a statistic of the whole column. */
const COLUMN_AGGREGATE: Record<string, ExpectationKind> = {
  expect_column_min_to_be_between: extremeKind('min'),
  expect_column_max_to_be_between: extremeKind('max'),
  expect_column_mean_to_be_between: betweenAgg({ needs: { moments: true }, observe: (c) => nanToNull(c.mean) }),
  expect_column_sum_to_be_between: betweenAgg({ needs: { moments: true }, observe: (c) => c.sum, bothRequired: true }),
  expect_column_stdev_to_be_between: betweenAgg({ needs: { moments: true }, observe: (c) => nanToNull(c.numeric > 1 ? Math.sqrt(c.m2 / (c.numeric - 1)) : NaN) }),
  expect_column_median_to_be_between: betweenAgg({ needs: { moments: true, quantiles: [{ method: 'linear', qs: [0.5] }] }, observe: (c) => nanToNull(quantilesOf(c, [0.5], 'linear')[0]!) }),
  expect_column_unique_value_count_to_be_between: betweenAgg({ needs: { values: true }, observe: (c) => c.distinct, requireNumeric: false }),
  expect_column_proportion_of_unique_values_to_be_between: betweenAgg({ needs: { values: true }, observe: (c) => (c.nonNull ? c.distinct / c.nonNull : null), requireNumeric: false }),
  expect_column_distinct_values_to_be_in_set: columnAgg({
    needs: { values: true },
    observe: (c) => distinctValues(c),
    judge: (obs, a) => {
      if (a.value_set === null || a.value_set === undefined) return true;
      const set = list(a, 'value_set');
      return (obs as unknown[]).every((v) => hasValue(set, v));
    },
    args: ['value_set', 'parse_strings_as_datetimes'],
  }),
  expect_column_distinct_values_to_contain_set: columnAgg({
    needs: { values: true },
    observe: (c) => distinctValues(c),
    judge: (obs, a) => list(a, 'value_set').every((s) => (obs as unknown[]).some((v) => hasValue([s], v))),
    args: ['value_set', 'parse_strings_as_datetimes'],
    check: (a) => void list(a, 'value_set'),
  }),
  expect_column_distinct_values_to_equal_set: columnAgg({
    needs: { values: true },
    observe: (c) => distinctValues(c),
    judge: (obs, a) => {
      const set = list(a, 'value_set');
      const o = obs as unknown[];
      return set.every((s) => o.some((v) => hasValue([s], v))) && o.every((v) => hasValue(set, v));
    },
    args: ['value_set', 'parse_strings_as_datetimes'],
    check: (a) => void list(a, 'value_set'),
  }),
  expect_column_most_common_value_to_be_in_set: columnAgg({
    needs: { values: true },
    observe: (c) => {
      let best = 0;
      for (const e of c.values!) best = Math.max(best, e.count);
      return [...c.values!].filter((e) => e.count === best && best > 0).map((e) => e.value).sort((x, y) => ((x as number) < (y as number) ? -1 : 1)).map(plain);
    },
    judge: (obs, a) => {
      const set = list(a, 'value_set');
      const o = obs as unknown[];
      if (a.ties_okay === true) return o.some((v) => hasValue(set, v));
      return o.length === 1 && hasValue(set, o[0]);
    },
    args: ['value_set', 'ties_okay'],
  }),
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
      need(plan, column, filter, { quantiles: [{ method: 'nearest', qs }], moments: true });
      return (m) => {
        const c = columnOf(m, column, filter)!;
        if (c.nonNumeric > 0) throw new TypeError(`column "${column}" holds text where numbers are expected`);
        const values = quantilesOf(c, qs, 'nearest');
        const ok = values.map((v, i) => inRange(v, ranges[i]![0], ranges[i]![1]));
        return { success: ok.every(Boolean), observed: { quantiles: qs, values }, details: { success_details: ok }, approximate: c.quantilesExact === false };
      };
    },
  },
  expect_column_kl_divergence_to_be_less_than: klDivergenceKind(),
  // mlgate's own (not in GE): the language of a text column
  expect_column_most_common_words_to_include: mostCommonWordsKind,
  expect_column_stopword_share_to_be_between: stopwordShareKind,
};

/** Column pair and multicolumn map expectations: a test per record of several columns. */
const MULTI_COLUMN: Record<string, ExpectationKind> = {
  expect_column_pair_values_to_be_equal: pairKind('equal'),
  expect_column_pair_values_a_to_be_greater_than_b: pairKind('greater'),
  expect_compound_columns_to_be_unique: multiKind({ kind: 'compound_unique', defaultIgnore: 'all_values_are_missing' }),
  expect_select_column_values_to_be_unique_within_record: multiKind({ kind: 'unique_within_record', defaultIgnore: 'all_values_are_missing' }),
  expect_multicolumn_sum_to_equal: multicolumnSumKind(),
};

/** Every expectation mlgate runs, by GE's name. */
export const EXPECTATIONS: Record<string, ExpectationKind> = { ...TABLE, ...COLUMN_MAP, ...COLUMN_AGGREGATE, ...MULTI_COLUMN };
