/** Statements 2–4 of a SQL plan: order statistics, value counts and unexpected samples. */
import type { ColumnNeeds } from '../plan.js';
import { sqlRank } from './rank.js';
import { and, type Exprs } from './exprs.js';
import { SelectList, type SqlCompiler } from './compile.js';

/** Columns up to this many values send them all for drift; larger ones send 1,000 order statistics. */
export const EXACT_SAMPLE = 5000;
export const SAMPLE_POINTS = 1000;

export interface OrderStatsLayout {
  columns: Array<{ index: number; n: number; indices: number[]; stats?: string; list?: string }>;
}

/** The 0-based order statistics a column's quantiles (numpy's methods) and drift sample read. */
export function neededIndices(needs: ColumnNeeds, n: number): { indices: number[]; list: boolean } {
  const set = new Set<number>();
  for (const q of needs.quantiles ?? []) for (const x of q.qs) for (const i of sqlRank(x, n, q.method).slice(0, 2)) set.add(i);
  const list = !!needs.sample && n <= EXACT_SAMPLE;
  if (needs.sample && !list) for (let k = 0; k < SAMPLE_POINTS; k++) set.add(Math.min(n - 1, Math.floor(((k + 0.5) * n) / SAMPLE_POINTS)));
  return { indices: [...set].sort((a, b) => a - b), list };
}

/**
 * The order statistics in up to `parts` statements, columns shared out by size (a sort costs about
 * n log n, so the largest column goes to the part with the least so far), so that two connections
 * sort at once.
 */
export function orderStatsQuery(c: SqlCompiler, columns: Array<{ index: number; column: string; filter: number; needs: ColumnNeeds; n: number }>, parts = 1): Array<{ sql: string; layout: OrderStatsLayout }> {
  const wanted = columns.filter((col) => c.x.num(col.column) && col.n > 0 && (col.needs.quantiles?.length || col.needs.sample));
  const groups = Array.from({ length: Math.max(1, Math.min(parts, wanted.length)) }, () => ({ cost: 0, columns: [] as typeof columns }));
  for (const col of [...wanted].sort((a, b) => b.n - a.n)) {
    const g = groups.reduce((a, b) => (b.cost < a.cost ? b : a));
    g.cost += col.n * Math.log2(col.n + 1);
    g.columns.push(col);
  }
  return groups
    .map((g) => orderStatsPart(c, g.columns.sort((a, b) => a.index - b.index)))
    .filter((q): q is { sql: string; layout: OrderStatsLayout } => q !== undefined);
}

function orderStatsPart(c: SqlCompiler, columns: Array<{ index: number; column: string; filter: number; needs: ColumnNeeds; n: number }>): { sql: string; layout: OrderStatsLayout } | undefined {
  const { x } = c;
  const s = new SelectList();
  const layout: OrderStatsLayout = { columns: [] };
  for (const col of columns) {
    const num = x.num(col.column);
    if (!num || col.n === 0 || !(col.needs.quantiles?.length || col.needs.sample)) continue;
    const { indices, list } = neededIndices(col.needs, col.n);
    const v = `CASE WHEN ${and(c.filterSql(col.filter), x.notNull(col.column))} THEN ${num} END`;
    const entry: OrderStatsLayout['columns'][number] = { index: col.index, n: col.n, indices };
    // percentile_disc(r) is the value at 0-based position ceil(r·n) − 1: r = (i + ½)/n reads position i
    if (indices.length) entry.stats = s.add(x.d.orderStats(v, indices.map((i) => String((i + 0.5) / col.n))));
    if (list) entry.list = s.add(x.d.sortedList(v));
    layout.columns.push(entry);
  }
  return s.items.length ? { sql: s.sql(c.from), layout } : undefined;
}

/** Value counts, most frequent first, at most `limit + 1` per column (one more says the list is cut). */
export function valuesQuery(c: SqlCompiler, columns: Array<{ index: number; column: string; filter: number }>, limit: number): string | undefined {
  const { x } = c;
  const branches = columns.map((col) => {
    const v = x.col(col.column);
    const t = `CAST(${v} AS ${x.d.string})`;
    return `(SELECT ${col.index} AS k, ${t} AS v, COUNT(*) AS n FROM ${c.from} WHERE ${and(c.filterSql(col.filter), x.notNull(col.column))} GROUP BY ${v} ORDER BY COUNT(*) DESC, ${t} LIMIT ${limit + 1})`;
  });
  return branches.length ? branches.join(' UNION ALL ') : undefined;
}

/**
 * Unexpected rows of the checks that have any, with their row numbers, at most `limit` per check.
 * Each branch numbers only the columns it reads (`read`: the check's and its filter's) and stops at
 * its `limit`th unexpected row: no ORDER BY, so the engine reads the table only as far as that row
 * (PostgreSQL and DuckDB number and filter rows in the order they read them, so these are the first
 * rows, as the streaming engine reports; the runner sorts them by row number).
 */
export function samplesQuery(c: SqlCompiler, checks: Array<{ id: number; columns: string[]; read: string[]; counted: string; unexpected: string; rows?: string }>, limit: number): string | undefined {
  if (!checks.length) return undefined;
  const { x } = c;
  const width = Math.max(...checks.map((k) => k.columns.length));
  return checks
    .map((k) => {
      const numbered = `(SELECT ${k.read.map((name) => `${x.col(name)}, `).join('')}${x.d.rowNumber} AS mlgate_row FROM ${c.from}) AS mlgate_rows`;
      const vals = Array.from({ length: width }, (_, i) => (k.columns[i] !== undefined ? `CAST(${x.col(k.columns[i]!)} AS ${x.d.string})` : `CAST(NULL AS ${x.d.string})`));
      return `(SELECT ${k.id} AS k, mlgate_row AS r, ${vals.map((v, i) => `${v} AS v${i}`).join(', ')} FROM ${k.rows ?? numbered} WHERE ${k.rows ? k.unexpected : and(k.counted, k.unexpected)} LIMIT ${limit})`;
    })
    .join(' UNION ALL ');
}

export type { Exprs };
