/**
 * A plan as a bounded number of SQL statements, whatever the number of expectations:
 * 1. one aggregate scan (counts, nulls, moments, distinct counts, every row check's total and
 *    unexpected count, duplicates through grouped subqueries);
 * 2. order statistics (quantiles and the drift sample), once the counts are known;
 * 3. the value counts of the columns that need them, each bounded by the distinct limit;
 * 4. up to `samples` unexpected rows of each check that has any, with their row numbers.
 * Table rows never cross the wire except those samples.
 */
import type { ColumnNeeds, Condition, Plan, RowAggregate } from '../plan.js';
import { and, countIf, Exprs, numberLiteral, Unsupported } from './exprs.js';

export interface Column {
  alias: string;
  expr: string;
}

/**
 * A SELECT list with generated aliases, so no user text ever names an output column. An expression
 * added twice (every column's row count under the same filter, a check's total that is a column's
 * non-null count) is computed once and read under its first alias.
 */
export class SelectList {
  readonly items: Column[] = [];
  private readonly seen = new Map<string, string>();
  add(expr: string): string {
    const known = this.seen.get(expr);
    if (known) return known;
    const alias = `m${this.items.length}`;
    this.items.push({ alias, expr });
    this.seen.set(expr, alias);
    return alias;
  }
  sql(from: string): string {
    return `SELECT ${this.items.map((c) => `${c.expr} AS ${c.alias}`).join(', ')} FROM ${from}`;
  }
}

/** Where each figure of the aggregate scan is in its one result row. */
export interface ScanLayout {
  rows: string;
  filters: string[];
  columns: Array<{ index: number; aliases: Record<string, string> }>;
  rowAggs: Array<{ id: number; total?: string; unexpected?: string; error?: string }>;
}

export const ISO_DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}';

export class SqlCompiler {
  constructor(
    readonly x: Exprs,
    readonly plan: Plan,
    /** The table as a FROM item: a quoted name, or the user's query in parentheses with an alias. */
    readonly from: string,
  ) {}

  filterSql(f: number): string {
    return f < 0 ? 'TRUE' : this.x.condition(this.plan.filters[f]!);
  }

  /** Statement 1: the aggregate scan. */
  scan(columns: Array<{ column: string; filter: number; needs: ColumnNeeds }>): { sql: string; layout: ScanLayout } {
    const s = new SelectList();
    const layout: ScanLayout = { rows: s.add('COUNT(*)'), filters: this.plan.filters.map((_, k) => s.add(countIf(this.filterSql(k)))), columns: [], rowAggs: [] };
    columns.forEach((c, index) => {
      if (!this.x.has(c.column)) return;
      layout.columns.push({ index, aliases: this.columnAggregates(s, c.column, c.filter, c.needs) });
    });
    for (const agg of this.plan.rows) layout.rowAggs.push(this.rowAggregate(s, agg));
    return { sql: s.sql(this.from), layout };
  }

  private columnAggregates(s: SelectList, name: string, filter: number, needs: ColumnNeeds): Record<string, string> {
    const { x } = this;
    const f = this.filterSql(filter);
    const col = x.col(name);
    const present = and(f, x.notNull(name));
    const kind = x.kind(name);
    const v = this.presentValue(name, f);
    const a: Record<string, string> = { rows: s.add(countIf(f)), nonNull: s.add(`COUNT(${v.value})`) };
    if (v.numeric) {
      a.min = s.add(`MIN(${v.value})`);
      a.max = s.add(`MAX(${v.value})`);
      a.sum = s.add(`SUM(${v.value})`);
      // PostgreSQL and DuckDB share one running state between AVG and VAR_POP of one expression
      a.mean = s.add(`AVG(${v.value})`);
      a.varPop = s.add(`VAR_POP(${v.value})`);
    } else {
      a.firstText = s.add(kind === 'text' ? `MIN(${v.value})` : `MIN(CASE WHEN ${present} THEN CAST(${col} AS ${x.d.string}) END)`);
    }
    if (needs.values) a.distinct = s.add(`COUNT(DISTINCT CASE WHEN ${present} THEN ${col} END)`);
    if (needs.kinds && kind === 'float') a.integral = s.add(countIf(and(present, `${col} = FLOOR(${col})`)));
    if (needs.timestamps) {
      if (kind === 'time') {
        a.timeMin = s.add(`CAST(MIN(CASE WHEN ${present} THEN ${col} END) AS ${x.d.string})`);
        a.timeMax = s.add(`CAST(MAX(CASE WHEN ${present} THEN ${col} END) AS ${x.d.string})`);
      } else if (kind === 'text') {
        const iso = and(present, x.d.regex(col, ISO_DATE));
        a.timeMin = s.add(`MIN(CASE WHEN ${iso} THEN ${col} END)`);
        a.timeMax = s.add(`MAX(CASE WHEN ${iso} THEN ${col} END)`);
        a.nonTimestamp = s.add(countIf(and(present, `NOT ${x.d.regex(col, ISO_DATE)}`)));
      }
    }
    for (const [i, bins] of (needs.histograms ?? []).entries()) {
      if (!v.numeric) break;
      const last = bins.length - 1;
      // comparisons with an infinite edge are decided here (no literal for infinity is portable)
      const h = v.value;
      const ge = (e: number) => (e === -Infinity ? `${h} IS NOT NULL` : e === Infinity ? 'FALSE' : `${h} >= ${numberLiteral(e)}`);
      const le = (e: number) => (e === Infinity ? `${h} IS NOT NULL` : e === -Infinity ? 'FALSE' : `${h} <= ${numberLiteral(e)}`);
      const lt = (e: number) => (e === Infinity ? `${h} IS NOT NULL` : e === -Infinity ? 'FALSE' : `${h} < ${numberLiteral(e)}`);
      const lo = bins[0]!;
      const hi = bins[last]!;
      a[`h${i}_below`] = s.add(countIf(lo === -Infinity ? 'FALSE' : lo === Infinity ? `${h} IS NOT NULL` : `${h} < ${numberLiteral(lo)}`));
      a[`h${i}_above`] = s.add(countIf(hi === Infinity ? 'FALSE' : hi === -Infinity ? `${h} IS NOT NULL` : `${h} > ${numberLiteral(hi)}`));
      for (let b = 0; b < last; b++) a[`h${i}_${b}`] = s.add(countIf(`${ge(bins[b]!)} AND ${b === last - 1 ? le(bins[b + 1]!) : lt(bins[b + 1]!)}`));
    }
    return a;
  }

  /**
   * A column where a check counts it (the filter holds, the value is present), NULL elsewhere:
   * COUNT of it is the non-null count. Numbers as doubles (NaN as NULL), so the moments read it
   * as it is: no CASE per aggregate, which a server would evaluate again for each of them.
   */
  private presentValue(name: string, f: string): { value: string; numeric: boolean } {
    const num = this.x.value(name);
    const e = num ?? this.x.col(name);
    return { value: f === 'TRUE' ? e : `CASE WHEN ${f} THEN ${e} END`, numeric: num !== undefined };
  }

  private rowAggregate(s: SelectList, agg: Plan['rows'][number]): ScanLayout['rowAggs'][number] {
    const f = this.filterSql(agg.filter);
    try {
      const cond = this.rowCondition(agg, f);
      if (!cond) return { id: agg.id };
      // a check that counts a column's present values has the column's own count as its total
      const counted = cond.present !== undefined ? `COUNT(${this.presentValue(cond.present, f).value})` : countIf(cond.counted);
      return { id: agg.id, total: s.add(counted), unexpected: s.add(cond.dupes ?? countIf(and(cond.counted, cond.unexpected))) };
    } catch (e) {
      if (e instanceof Unsupported) return { id: agg.id, error: e.message };
      throw e;
    }
  }

  /** Which rows a row check counts (`present`: the rows where this column is present under the filter), which of them are unexpected (or a duplicates count). */
  rowCondition(agg: RowAggregate, f: string): { counted: string; present?: string; unexpected: string; dupes?: string; rows?: string } | undefined {
    const { x } = this;
    const missing = rowColumns(agg).filter((c) => !x.has(c));
    if (missing.length) return undefined; // the judge reports the missing column
    switch (agg.kind) {
      case 'map':
        if (agg.countNulls) return { counted: f, unexpected: x.unexpected(agg.column, agg.predicate) };
        return { counted: and(f, x.notNull(agg.column)), present: agg.column, unexpected: x.unexpected(agg.column, agg.predicate) };
      case 'unique':
      case 'compound_unique': {
        const cols = agg.kind === 'unique' ? [agg.column] : agg.columns;
        const counted = agg.kind === 'unique' ? and(f, x.notNull(agg.column)) : and(f, this.ignore(agg.columns, agg.ignore));
        const keys = cols.map((c) => x.col(c)).join(', ');
        const grouped = `(SELECT COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM ${this.from} WHERE ${counted} GROUP BY ${keys} HAVING COUNT(*) > 1) AS mlgate_dupes)`;
        // one key: a distinct count first (a sort that PostgreSQL runs in a third of the time of
        // grouping every key); the rows of repeated keys are only counted where there are any
        const dupes = cols.length === 1 ? `CASE WHEN (SELECT COUNT(*) - COUNT(DISTINCT ${keys}) FROM ${this.from} WHERE ${counted}) = 0 THEN 0 ELSE ${grouped} END` : grouped;
        return { counted, present: agg.kind === 'unique' ? agg.column : undefined, unexpected: this.duplicated(cols, counted), dupes };
      }
      case 'monotonic': {
        // rows in the order the engine reads the table (insertion order for a table loaded and not
        // changed since; SQL itself promises none), nulls skipped as in the streaming engine
        const counted = and(f, x.notNull(agg.column));
        const bad = agg.direction === 'increasing' ? (agg.strict ? '<=' : '<') : agg.strict ? '>=' : '>';
        const rows = this.monotonicRows(agg.column, counted, bad);
        return { counted, present: agg.column, unexpected: 'mlgate_bad = 1', dupes: `(SELECT COUNT(*) FROM ${rows} WHERE mlgate_bad = 1)`, rows };
      }
      case 'pair': {
        const na = x.isNull(agg.a);
        const nb = x.isNull(agg.b);
        const skip = agg.ignore === 'both_values_are_missing' ? `(${na} AND ${nb})` : agg.ignore === 'either_value_is_missing' ? `(${na} OR ${nb})` : 'FALSE';
        const counted = and(f, `NOT ${skip}`);
        const comparable = sameClass(x.kind(agg.a), x.kind(agg.b));
        if (agg.op === 'equal') {
          const eq = comparable ? `(NOT ${na} AND NOT ${nb} AND ${x.col(agg.a)} = ${x.col(agg.b)})` : 'FALSE';
          return { counted, unexpected: `NOT ((${na} AND ${nb}) OR ${eq})` };
        }
        if (!comparable) throw new Unsupported(`cannot compare ${x.typeOf(agg.a)} with ${x.typeOf(agg.b)}`);
        const gt = `${x.col(agg.a)} ${agg.orEqual ? '>=' : '>'} ${x.col(agg.b)}`;
        return { counted, unexpected: `(${na} OR ${nb} OR NOT (${gt}))` };
      }
      case 'multicolumn_sum': {
        const nums = agg.columns.map((c) => {
          const n = x.num(c);
          if (!n) throw new Unsupported(`a sum needs numbers; ${x.typeOf(c)} holds text`);
          return `COALESCE(CASE WHEN ${x.notNull(c)} THEN ${n} END, 0)`;
        });
        const tol = 1e-9 * Math.max(1, Math.abs(agg.total));
        return { counted: and(f, this.ignore(agg.columns, agg.ignore)), unexpected: `NOT (ABS((${nums.join(' + ')}) - ${agg.total}) <= ${tol})` };
      }
      case 'unique_within_record': {
        const eqs: string[] = [];
        agg.columns.forEach((a, i) =>
          agg.columns.slice(i + 1).forEach((b) => {
            if (sameClass(x.kind(a), x.kind(b))) eqs.push(`(${x.notNull(a)} AND ${x.notNull(b)} AND ${x.col(a)} = ${x.col(b)})`);
          }),
        );
        return { counted: and(f, this.ignore(agg.columns, agg.ignore)), unexpected: eqs.length ? `(${eqs.join(' OR ')})` : 'FALSE' };
      }
    }
  }

  /** Each counted row with its row number and whether it breaks the order against the previous counted row. */
  monotonicRows(column: string, counted: string, bad: string): string {
    const x = this.x.col(column);
    const numbered = `(SELECT ${x}, ${this.x.d.rowNumber} AS mlgate_row, CASE WHEN ${counted} THEN 1 ELSE 0 END AS mlgate_counted FROM ${this.from}) AS mlgate_all`;
    const lagged = `(SELECT ${x}, mlgate_row, LAG(${x}) OVER (ORDER BY mlgate_row) AS mlgate_prev FROM ${numbered} WHERE mlgate_counted = 1) AS mlgate_lag`;
    return `(SELECT ${x}, mlgate_row, CASE WHEN mlgate_prev IS NOT NULL AND ${x} ${bad} mlgate_prev THEN 1 ELSE 0 END AS mlgate_bad FROM ${lagged}) AS mlgate_mono`;
  }

  private ignore(columns: string[], mode: string): string {
    const nulls = columns.map((c) => this.x.isNull(c));
    if (mode === 'all_values_are_missing') return `NOT (${nulls.join(' AND ')})`;
    if (mode === 'any_value_is_missing') return `NOT (${nulls.join(' OR ')})`;
    return 'TRUE';
  }

  /** Rows whose key occurs more than once (for samples of a uniqueness check). */
  private duplicated(cols: string[], counted: string): string {
    const keys = cols.map((c) => this.x.col(c));
    const rest = `FROM ${this.from} WHERE ${counted} GROUP BY ${keys.join(', ')} HAVING COUNT(*) > 1`;
    if (keys.length > 1 && this.x.d.keysIn) return this.x.d.keysIn(keys, rest);
    const tuple = keys.length === 1 ? keys[0]! : `(${keys.join(', ')})`;
    return `${tuple} IN (SELECT ${keys.join(', ')} ${rest})`;
  }
}

/** The table's columns a row check reads: its own and its filter's. */
export function readColumns(agg: RowAggregate, filter: Condition | undefined, x: Exprs): string[] {
  const out = new Set(rowColumns(agg));
  const walk = (c: Condition): void => {
    if ('args' in c) c.args.forEach(walk);
    else out.add(c.column);
  };
  if (filter) walk(filter);
  return [...out].filter((name) => x.has(name));
}

export function rowColumns(agg: RowAggregate): string[] {
  switch (agg.kind) {
    case 'map':
    case 'unique':
    case 'monotonic':
      return [agg.column];
    case 'pair':
      return [agg.a, agg.b];
    default:
      return agg.columns;
  }
}

/** Whether the engine can find two values of these kinds equal (numbers with numbers, text with text). */
function sameClass(a: string | undefined, b: string | undefined): boolean {
  const cls = (k: string | undefined) => (k === 'int' || k === 'float' ? 'n' : k);
  return cls(a) === cls(b);
}
