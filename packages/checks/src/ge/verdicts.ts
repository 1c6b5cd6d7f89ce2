/** Verdicts built from metrics, shared by the expectation factories. */
import { closest } from '@mlgate/core';
import { columnOf, rowOf, rowsIn, type ColumnMetrics, type Metrics } from '../metrics.js';
import { plain, sameValue, valueKey } from '../values.js';
import type { Verdict } from './types.js';

/** A row aggregate's verdict: `mostly` over the rows it looked at. */
export function mapVerdict(m: Metrics, id: number, mo: number, column: string | undefined, filter: number): Verdict {
  const r = rowOf(m, id);
  const c = column ? columnOf(m, column, filter) : undefined;
  const elementCount = rowsIn(m, filter);
  if (r.error) return { success: false, error: r.error, elementCount };
  const pct = r.total === 0 ? 0 : (100 * r.unexpected) / r.total;
  const success = r.total === 0 || (r.total - r.unexpected) / r.total >= mo - 1e-12;
  return { success, elementCount, missingCount: c ? c.nulls : elementCount - r.total, total: r.total, unexpectedCount: r.unexpected, unexpectedPercent: pct, samples: r.samples, approximate: r.approximate };
}

/** An error verdict when one of `columns` is not in the table. */
export function withColumns(m: Metrics, columns: string[]): Verdict | undefined {
  const missing = columns.filter((c) => !m.columns.includes(c));
  if (missing.length) return { success: false, error: `column ${missing.map((c) => `"${c}"`).join(', ')} not found${suggestColumn(missing[0]!, m.columns)}` };
  return undefined;
}

export function suggestColumn(name: string, columns: string[]): string {
  const c = closest(name, columns);
  return c ? `; did you mean "${c}"?` : `; the data has ${columns.slice(0, 12).map((x) => `"${x}"`).join(', ')}${columns.length > 12 ? ', …' : ''}`;
}

/** A column's distinct values, sorted as GE lists them. */
export function distinctValues(c: ColumnMetrics): unknown[] {
  const vals = c.values!.map((e) => e.value);
  return vals.sort((x, y) => (typeof x === typeof y ? ((x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0) : typeof x < typeof y ? -1 : 1)).map(plain);
}

/** Whether a value set holds `v` (the same value, or the same canonical key). */
export function hasValue(set: unknown[], v: unknown): boolean {
  return set.some((s) => sameValue(s, v, false) || valueKey(s) === valueKey(v));
}
