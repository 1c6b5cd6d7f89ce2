/** The shapes expectations come in, each a factory taking an options object. */
import { ArgumentError } from '../errors.js';
import { pandasDtype } from '../dtype.js';
import { columnOf, type ColumnMetrics } from '../metrics.js';
import { addRow, need, type ColumnNeeds, type IgnoreMulti, type Predicate } from '../plan.js';
import { pythonTypeOfName } from '../predicates.js';
import { isTimeBound } from '../time.js';
import { bound, checkMinMax, inRange, list, mostly, nanToNull, num, str, timeBound } from './args.js';
import type { Args, ExpectationKind } from './types.js';
import { mapVerdict, withColumns } from './verdicts.js';

/** A map expectation: the predicate per value, `mostly` over the non-null values (or every value). */
export function mapKind(o: { args?: string[]; predicate: (a: Args) => Predicate; countNulls?: boolean; required?: string[] }): ExpectationKind {
  return {
    args: ['column', 'mostly', ...(o.args ?? [])],
    required: ['column', ...(o.required ?? [])],
    column: true,
    compile(a, plan, filter) {
      const p = o.predicate(a);
      const mo = mostly(a);
      const column = str(a, 'column');
      const id = addRow(plan, { kind: 'map', column, predicate: p, countNulls: o.countNulls ?? false }, filter);
      need(plan, column, filter, {});
      return (m) => mapVerdict(m, id, mo, column, filter);
    },
  };
}

/** An aggregate of one column, observed and judged from its metrics. */
export function columnAgg(o: { needs: ColumnNeeds | ((a: Args) => ColumnNeeds); observe: (c: ColumnMetrics, a: Args) => unknown; judge: (obs: unknown, a: Args, c: ColumnMetrics) => boolean; args?: string[]; check?: (a: Args) => void }): ExpectationKind {
  return {
    args: ['column', ...(o.args ?? [])],
    required: ['column'],
    column: true,
    compile(a, plan, filter) {
      o.check?.(a);
      const column = str(a, 'column');
      need(plan, column, filter, typeof o.needs === 'function' ? o.needs(a) : o.needs);
      return (m) => {
        const c = columnOf(m, column, filter)!;
        const observed = o.observe(c, a);
        return { success: o.judge(observed, a, c), observed, elementCount: c.rows, missingCount: c.nulls };
      };
    },
  };
}

const BETWEEN_ARGS = ['min_value', 'max_value', 'strict_min', 'strict_max', 'parse_strings_as_datetimes', 'output_strftime_format', 'allow_cross_type_comparisons'];

/** A column statistic between `min_value` and `max_value` (numbers). */
export function betweenAgg(o: { needs: ColumnNeeds; observe: (c: ColumnMetrics) => number | null; requireNumeric?: boolean; bothRequired?: boolean }): ExpectationKind {
  const requireNumeric = o.requireNumeric ?? true;
  return columnAgg({
    needs: o.needs,
    observe: (c) => {
      if (requireNumeric && c.nonNumeric > 0) throw new TypeError(`column "${c.column}" holds text (${JSON.stringify(c.firstNonNumeric?.value)}) where numbers are expected`);
      return o.observe(c);
    },
    judge: (obs, a) => (obs === null || obs === undefined ? false : inRange(obs as number, bound(a, 'min_value'), bound(a, 'max_value'), a.strict_min === true, a.strict_max === true)),
    args: BETWEEN_ARGS,
    check: (a) => {
      for (const k of ['min_value', 'max_value']) if (bound(a, k) !== undefined && typeof bound(a, k) !== 'number') throw new ArgumentError(`"${k}" must be a number, got ${JSON.stringify(a[k])}`, k);
      checkMinMax(bound(a, 'min_value'), bound(a, 'max_value'), o.bothRequired ?? false);
    },
  });
}

/**
 * The column's minimum or maximum against bounds: numbers, or dates (ISO 8601 text in the data,
 * dates or `now() ± timedelta(...)` in the bounds, as Great Expectations' freshness checks write them).
 */
export function extremeKind(which: 'min' | 'max'): ExpectationKind {
  const numeric = betweenAgg({ needs: { moments: true }, observe: (c) => nanToNull(which === 'min' ? c.min : c.max), bothRequired: which === 'min' });
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
        const c = columnOf(m, column, filter)!;
        if (c.nonTimestamp) throw new TypeError(`column "${c.column}" holds ${JSON.stringify(c.firstNonTimestamp?.value)} where ISO 8601 dates are expected`);
        const e = which === 'min' ? c.timeMin : c.timeMax;
        const success = e ? inRange(e.t, lo, hi, a.strict_min === true, a.strict_max === true) : false;
        return { success, observed: e ? e.value : null, elementCount: c.rows, missingCount: c.nulls };
      };
    },
  };
}

function ignoreRowIf<T extends string>(a: Args, allowed: readonly T[], fallback: T): T {
  const ignore = (a.ignore_row_if ?? fallback) as T;
  if (!allowed.includes(ignore)) throw new ArgumentError(`unknown ignore_row_if "${String(ignore)}"`, 'ignore_row_if');
  return ignore;
}

const IGNORE_MULTI = ['all_values_are_missing', 'any_value_is_missing', 'never'] as const;

/** A check over several columns of each record (compound keys, values unique within the record). */
export function multiKind(o: { kind: 'compound_unique' | 'unique_within_record'; defaultIgnore: IgnoreMulti }): ExpectationKind {
  return {
    args: ['column_list', 'mostly', 'ignore_row_if'],
    required: ['column_list'],
    compile(a, plan, filter) {
      const columns = list(a, 'column_list').map(String);
      const mo = mostly(a);
      const ignore = ignoreRowIf(a, IGNORE_MULTI, o.defaultIgnore);
      const id = addRow(plan, { kind: o.kind, columns, ignore }, filter);
      return (m) => withColumns(m, columns) ?? mapVerdict(m, id, mo, undefined, filter);
    },
  };
}

export function multicolumnSumKind(): ExpectationKind {
  return {
    args: ['column_list', 'sum_total', 'mostly', 'ignore_row_if'],
    required: ['column_list', 'sum_total'],
    compile(a, plan, filter) {
      const columns = list(a, 'column_list').map(String);
      const total = num(a, 'sum_total')!;
      const mo = mostly(a);
      const ignore = ignoreRowIf(a, IGNORE_MULTI, 'all_values_are_missing');
      const id = addRow(plan, { kind: 'multicolumn_sum', columns, total, ignore }, filter);
      return (m) => withColumns(m, columns) ?? mapVerdict(m, id, mo, undefined, filter);
    },
  };
}

export function monotonicKind(direction: 'increasing' | 'decreasing'): ExpectationKind {
  return {
    args: ['column', 'mostly', 'strictly', 'parse_strings_as_datetimes'],
    required: ['column'],
    column: true,
    compile(a, plan, filter) {
      const mo = mostly(a);
      const column = str(a, 'column');
      const id = addRow(plan, { kind: 'monotonic', column, direction, strict: a.strictly === true }, filter);
      need(plan, column, filter, {});
      return (m) => mapVerdict(m, id, mo, column, filter);
    },
  };
}

const IGNORE_PAIR = ['both_values_are_missing', 'either_value_is_missing', 'neither'] as const;

export function pairKind(op: 'equal' | 'greater'): ExpectationKind {
  return {
    args: ['column_A', 'column_B', 'mostly', 'ignore_row_if', 'or_equal', 'parse_strings_as_datetimes', 'allow_cross_type_comparisons'],
    required: ['column_A', 'column_B'],
    compile(a, plan, filter) {
      const mo = mostly(a);
      const ignore = ignoreRowIf(a, IGNORE_PAIR, 'both_values_are_missing');
      const A = str(a, 'column_A');
      const B = str(a, 'column_B');
      const id = addRow(plan, { kind: 'pair', a: A, b: B, op, orEqual: a.or_equal === true, ignore }, filter);
      return (m) => withColumns(m, [A, B]) ?? mapVerdict(m, id, mo, undefined, filter);
    },
  };
}

const DTYPE_VALUE: Record<string, string> = { int64: 'int', float64: 'float', bool: 'bool', datetime64: 'datetime' };

/** The column's type as pandas infers it, else each value's Python type. */
export function typeKind(arg: 'type_' | 'type_list'): ExpectationKind {
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
        const c = columnOf(m, column, filter)!;
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
