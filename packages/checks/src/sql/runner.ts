/** The SQL runner: a plan pushed down to the engine where the table lives, in a bounded number of statements. */
import { ConfigurationError } from '@mlgate/core';
import type { ColumnMetrics, Metrics, RowMetrics, Sample } from '../metrics.js';
import { mergeNeeds, type ColumnNeeds, type Plan } from '../plan.js';
import type { PlanRunner, RunnerOptions } from '../plan-runner.js';
import { sqlRank } from './rank.js';
import { parseTimestamp } from '../time.js';
import { readColumns, rowColumns, SqlCompiler, type ScanLayout } from './compile.js';
import { EXACT_ORDER_STATS, type ColumnKind, type Dialect } from './dialect.js';
import { Exprs, type Schema } from './exprs.js';
import { orderStatsQuery, samplesQuery, SAMPLE_POINTS, valuesQuery } from './queries.js';

/** An open connection to one engine: the runner's only way to the data. */
export interface SqlConnection {
  readonly dialect: Dialect;
  /** The columns of the FROM item, with the kind of each. */
  describe(from: string): Promise<Schema>;
  /** Run one statement; rows as plain objects keyed by the generated aliases. */
  query(sql: string): Promise<Array<Record<string, unknown>>>;
  /**
   * A second connection that reads the same snapshot of the data, for statements run side by side
   * where the engine runs each statement on one core (PostgreSQL's sorts); undefined where the
   * engine cannot share a snapshot or parallelises a statement itself (DuckDB).
   */
  second?(): Promise<SqlConnection | undefined>;
  close(): Promise<void>;
}

/** A statement and what to do with its rows. */
interface Task {
  sql: string;
  use(rows: Array<Record<string, unknown>>): void;
}

/** Run the tasks in order on the connections, each taking the next task when it is free; after a failure none starts. */
async function inLanes(lanes: SqlConnection[], tasks: Task[]): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async (conn: SqlConnection): Promise<void> => {
    while (!failed && next < tasks.length) {
      const t = tasks[next++]!;
      try {
        t.use(await conn.query(t.sql));
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  const settled = await Promise.allSettled(lanes.map(lane));
  const error = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (error) throw error.reason;
}

export class SqlRunner implements PlanRunner {
  readonly kind: string;
  readonly files: string[];
  readonly format: string;
  constructor(
    private readonly conn: SqlConnection,
    /** The FROM item (a quoted table name, or `(query) AS q`). */
    private readonly from: string,
    /** The table as it is printed: a URL without credentials. */
    label: string,
    private readonly opts: RunnerOptions = {},
  ) {
    this.kind = conn.dialect.name;
    this.files = [label];
    this.format = conn.dialect.name;
  }

  async run(plan: Plan): Promise<Metrics> {
    // the statements after the scan that sort (order statistics) are split between two connections
    // on one snapshot where the engine offers it; opened while the first one scans
    const sorts = plan.columns.filter((c) => c.needs.quantiles?.length || c.needs.sample).length;
    const wantsSecond = !!plan.everyColumn || sorts >= 2 || (sorts === 1 && plan.columns.some((c) => c.needs.values));
    const second = wantsSecond && this.conn.second ? this.conn.second() : Promise.resolve(undefined);
    try {
      const text = plan.columns.find((c) => c.needs.tokens);
      if (text) throw new ConfigurationError(`the text checks on "${text.column}" (most common words, stopword share) run on files only: the ${this.conn.dialect.name} runner does not count words; check an export of the column as CSV or Parquet`, { field: text.column });
      return await this.runPlan(plan, second);
    } finally {
      await Promise.all([this.conn.close(), second.then((c) => c?.close(), () => undefined)]);
    }
  }

  private async runPlan(plan: Plan, second: Promise<SqlConnection | undefined>): Promise<Metrics> {
    const schema = await this.conn.describe(this.from);
    const columns = withEveryColumn(plan, schema.columns);
    const x = new Exprs(this.conn.dialect, schema);
    const c = new SqlCompiler(x, plan, this.from);
    const { sql, layout } = c.scan(columns);
    const row = (await this.conn.query(sql))[0] ?? {};
    const n = (alias: string | undefined) => (alias === undefined ? 0 : toNumber(row[alias]));
    const stats: ColumnMetrics[] = columns.map((col) => emptyColumn(col.column, col.filter));
    for (const { index, aliases } of layout.columns) fillColumn(stats[index]!, columns[index]!.needs, x.kind(columns[index]!.column)!, aliases, row);
    const rowStats: RowMetrics[] = layout.rowAggs.map((r) => ({ id: r.id, total: n(r.total), unexpected: n(r.unexpected), samples: [], ...(r.error ? { error: r.error } : {}) }));

    columns.forEach((col, i) => {
      const m = stats[i]!;
      if (m.nonNull > 0 || !x.has(col.column)) return;
      if (col.needs.quantiles) m.quantiles = col.needs.quantiles.map(({ method, qs }) => ({ method, qs, values: qs.map(() => NaN) }));
      if (col.needs.sample) m.sample = { values: [] };
      m.quantilesExact = true;
    });
    const lanes = [this.conn, ...[await second].filter((l): l is SqlConnection => !!l)];
    const tasks: Task[] = [];
    const exact = EXACT_ORDER_STATS[this.conn.dialect.name];
    for (const part of orderStatsQuery(c, columns.map((col, index) => ({ index, ...col, n: stats[index]!.nonNull })), lanes.length)) {
      tasks.push({ sql: part.sql, use: (rows) => part.layout.columns.forEach((e) => fillOrderStats(stats[e.index]!, columns[e.index]!.needs, e, rows[0] ?? {}, exact)) });
    }
    const limit = this.opts.distinctLimit ?? 100_000;
    const wantValues = columns.map((col, index) => ({ index, ...col })).filter((col) => col.needs.values && x.has(col.column));
    const vq = valuesQuery(c, wantValues, limit);
    if (vq) tasks.push({ sql: vq, use: (rows) => fillValues(stats, rows, x, limit) });

    const sampleLimit = this.opts.sampleLimit ?? plan.samples ?? 20;
    const sampled = plan.rows.filter((agg) => rowStats[agg.id]!.unexpected > 0 && !rowStats[agg.id]!.error).map((agg) => ({ agg, cond: c.rowCondition(agg, c.filterSql(agg.filter))! }));
    const sq = samplesQuery(c, sampled.map(({ agg, cond }) => ({ id: agg.id, columns: rowColumns(agg), read: readColumns(agg, plan.filters[agg.filter], x), counted: cond.counted, unexpected: cond.unexpected, rows: cond.rows })), sampleLimit);
    if (sq) tasks.push({ sql: sq, use: (rows) => rows.forEach((r) => addSample(rowStats, plan, r, x)) });
    await inLanes(lanes, tasks);
    for (const r of rowStats) r.samples.sort((a, b) => a.row - b.row);
    return { textual: false, rows: n(layout.rows), columns: schema.columns, columnStats: stats, rowStats, filterRows: layout.filters.map((a) => n(a)) };
  }
}

/** The plan's column needs, with `everyColumn` merged into every column of the table (as the stream engine does). */
export function withEveryColumn(plan: Plan, tableColumns: string[]): Array<{ column: string; filter: number; needs: ColumnNeeds }> {
  const out = plan.columns.map((c) => ({ ...c, needs: mergeNeeds({}, c.needs) }));
  const every = plan.everyColumn;
  if (!every) return out;
  for (const name of tableColumns) {
    const hit = out.find((c) => c.filter === -1 && c.column === name);
    const extra = { ...every, histograms: undefined, timestamps: undefined };
    if (hit) mergeNeeds(hit.needs, extra);
    else out.push({ column: name, filter: -1, needs: mergeNeeds({}, extra) });
  }
  return out;
}

function emptyColumn(column: string, filter: number): ColumnMetrics {
  return { column, filter, rows: 0, nulls: 0, nonNull: 0, numeric: 0, nonNumeric: 0, min: NaN, max: NaN, sum: 0, mean: NaN, m2: 0, valuesExact: true, distinct: 0 };
}

export function toNumber(v: unknown): number {
  if (v === null || v === undefined) return NaN;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return Number(v);
}

function fillColumn(m: ColumnMetrics, needs: ColumnNeeds, kind: ColumnKind, a: Record<string, string>, row: Record<string, unknown>): void {
  const get = (k: string) => toNumber(row[a[k]!]);
  m.rows = get('rows');
  m.nonNull = get('nonNull');
  m.nulls = m.rows - m.nonNull;
  if (a.min !== undefined) {
    m.numeric = m.nonNull;
    if (m.numeric > 0) {
      m.min = get('min');
      m.max = get('max');
      m.sum = get('sum');
      m.mean = get('mean');
      m.m2 = get('varPop') * m.numeric;
    }
  } else {
    m.nonNumeric = m.nonNull;
    if (m.nonNull > 0) m.firstNonNumeric = { value: row[a.firstText!], row: -1 };
  }
  if (a.distinct !== undefined) m.distinct = get('distinct');
  if (needs.kinds) {
    const integral = a.integral !== undefined ? get('integral') : 0;
    const k: Record<string, number> = {};
    const put = (name: string, count: number): void => {
      if (count > 0) k[name] = count;
    };
    if (kind === 'int') put('integer', m.nonNull);
    else if (kind === 'float') {
      put('integer', integral);
      put('number', m.nonNull - integral);
    }
    else if (kind === 'bool') put('boolean', m.nonNull);
    else if (kind === 'time') put('datetime', m.nonNull);
    else put('string', m.nonNull);
    m.kinds = k;
  }
  if (needs.timestamps) {
    if (a.timeMin !== undefined) {
      for (const side of ['timeMin', 'timeMax'] as const) {
        const text = row[a[side]!];
        const t = typeof text === 'string' ? parseTimestamp(text.includes(' ') && !text.includes('T') ? text.replace(' ', 'T') : text) : undefined;
        if (t !== undefined) m[side] = { t, value: kind === 'time' ? new Date(t) : text };
      }
      m.nonTimestamp = a.nonTimestamp !== undefined ? get('nonTimestamp') : 0;
    } else if (m.nonNull > 0) {
      m.nonTimestamp = m.nonNull;
      m.firstNonTimestamp = { value: m.min, row: -1 };
    }
  }
  if (needs.histograms) {
    m.histograms = needs.histograms.map((bins, i) => ({
      bins,
      below: a[`h${i}_below`] ? get(`h${i}_below`) : 0,
      above: a[`h${i}_above`] ? get(`h${i}_above`) : 0,
      counts: bins.slice(1).map((_, b) => (a[`h${i}_${b}`] ? get(`h${i}_${b}`) : 0)),
    }));
  }
}

function fillOrderStats(m: ColumnMetrics, needs: ColumnNeeds, e: { n: number; indices: number[]; stats?: string; list?: string }, row: Record<string, unknown>, exact: boolean): void {
  const values = e.stats ? (row[e.stats] as unknown[]).map(toNumber) : [];
  const at = new Map(e.indices.map((i, k) => [i, values[k]!]));
  m.quantilesExact = exact;
  if (needs.quantiles) {
    m.quantiles = needs.quantiles.map(({ method, qs }) => ({
      method,
      qs,
      values: qs.map((q) => {
        const [lo, hi, w] = sqlRank(q, e.n, method);
        return w === 0 ? at.get(lo)! : at.get(lo)! + (at.get(hi)! - at.get(lo)!) * w;
      }),
    }));
  }
  if (needs.sample) {
    if (e.list) m.sample = { values: (row[e.list] as unknown[]).filter((v) => v !== null).map(toNumber) };
    else {
      const pts = Array.from({ length: SAMPLE_POINTS }, (_, k) => at.get(Math.min(e.n - 1, Math.floor(((k + 0.5) * e.n) / SAMPLE_POINTS)))!);
      m.sample = { values: pts, weights: pts.map(() => e.n / SAMPLE_POINTS) };
    }
  }
}

/** A value sent as text, back to what a typed reader would have given. */
export function decode(text: unknown, kind: ColumnKind | undefined): unknown {
  if (text === null || text === undefined) return null;
  const s = String(text);
  switch (kind) {
    case 'int':
    case 'float':
      return Number(s);
    case 'bool':
      return s === 'true' || s === 't' || s === '1';
    case 'time': {
      const t = parseTimestamp(s.includes(' ') && !s.includes('T') ? s.replace(' ', 'T') : s);
      return t === undefined ? s : new Date(t);
    }
    default:
      return s;
  }
}

function fillValues(stats: ColumnMetrics[], rows: Array<Record<string, unknown>>, x: Exprs, limit: number): void {
  const lists = new Map<number, Array<{ value: unknown; count: number }>>();
  for (const r of rows) {
    const k = toNumber(r.k);
    const list = lists.get(k) ?? [];
    list.push({ value: decode(r.v, x.kind(stats[k]!.column)), count: toNumber(r.n) });
    lists.set(k, list);
  }
  stats.forEach((m, k) => {
    const list = lists.get(k);
    if (!list && !x.has(m.column)) return;
    m.values = (list ?? []).slice(0, limit);
    m.valuesExact = (list ?? []).length <= limit;
  });
}

function addSample(rowStats: RowMetrics[], plan: Plan, r: Record<string, unknown>, x: Exprs): void {
  const id = toNumber(r.k);
  const agg = plan.rows[id]!;
  const cols = rowColumns(agg);
  const vals = cols.map((c, i) => decode(r[`v${i}`], x.kind(c)));
  let value: unknown = vals[0];
  if (agg.kind === 'pair') value = vals;
  else if (cols.length > 1 || agg.kind === 'compound_unique' || agg.kind === 'multicolumn_sum' || agg.kind === 'unique_within_record') value = Object.fromEntries(cols.map((c, i) => [c, vals[i]]));
  const s: Sample = { value, row: toNumber(r.r) };
  rowStats[id]!.samples.push(s);
}

export type { ScanLayout };
