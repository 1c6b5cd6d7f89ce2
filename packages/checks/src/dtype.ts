import type { ColumnMetrics } from './metrics.js';

/** Column dtype as pandas would infer it from the values (int64, float64, bool, datetime64, object). */
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
