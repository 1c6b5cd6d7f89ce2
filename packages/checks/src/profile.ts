import { pandasDtype } from './dtype.js';
import { columnOf, quantilesOf, type ColumnMetrics, type Metrics } from './metrics.js';
import type { ColumnNeeds } from './plan.js';
import { plain } from './values.js';
import type { ColumnProfile, Profile } from './profile-file.js';

export * from './profile-file.js';

export const TOP_VALUES = 50;
const PCT = Array.from({ length: 101 }, (_, i) => i / 100);
/** What a profile (and drift) needs of every column. */
export const PROFILE_NEEDS: ColumnNeeds = { moments: true, values: true, kinds: true, quantiles: [{ method: 'linear', qs: PCT }], sample: true };

/** Type of a column for profiles and drift: numeric when every non-null value reads as a number. */
export function columnType(c: ColumnMetrics, textual: boolean): string {
  if (c.nonNull === 0) return 'null';
  if (c.numeric === c.nonNull && (c.kinds?.boolean ?? 0) === 0) return (c.kinds?.integer ?? 0) === c.nonNull ? 'integer' : 'number';
  const dtype = c.kinds ? pandasDtype(c) : 'object';
  if (dtype === 'bool' || (textual && (c.kinds?.boolean ?? 0) === c.nonNull)) return 'boolean';
  if (dtype === 'datetime64') return 'datetime';
  return 'string';
}

export function topValues(c: ColumnMetrics, n = TOP_VALUES): Array<{ value: unknown; count: number }> {
  return [...(c.values ?? [])]
    .sort((a, b) => b.count - a.count)
    .slice(0, n)
    .map((e) => ({ value: plain(e.value), count: e.count }));
}

export function buildProfile(m: Metrics, source?: Profile['source']): Profile {
  const columns: Record<string, ColumnProfile> = {};
  for (const name of m.columns) {
    const c = columnOf(m, name);
    if (!c) continue;
    const type = columnType(c, m.textual);
    const p: ColumnProfile = { type, count: c.nonNull, nulls: c.nulls, distinct: c.distinct, distinctExact: c.valuesExact };
    if ((type === 'integer' || type === 'number') && c.numeric > 0) {
      p.min = c.min;
      p.max = c.max;
      p.mean = c.mean;
      p.std = c.numeric > 1 ? Math.sqrt(c.m2 / (c.numeric - 1)) : 0;
      p.percentiles = quantilesOf(c, PCT, 'linear');
      p.histogram = histogram(c);
    }
    if (type !== 'integer' && type !== 'number' || c.distinct <= TOP_VALUES) {
      const top = topValues(c);
      p.top = top;
      p.topShare = c.nonNull ? top.reduce((s, t) => s + t.count, 0) / c.nonNull : 0;
    }
    columns[name] = p;
  }
  return { schema: 'mlgate/profile@1', rows: m.rows, columns, source, createdAt: new Date().toISOString() };
}

function histogram(c: ColumnMetrics): { edges: number[]; counts: number[] } {
  const bins = 20;
  const lo = c.min;
  const hi = c.max === c.min ? c.min + 1 : c.max;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
  const counts = new Array(bins).fill(0);
  const { values, weights } = c.sample!;
  for (let i = 0; i < values.length; i++) {
    const k = Math.min(bins - 1, Math.max(0, Math.floor(((values[i]! - lo) / (hi - lo)) * bins)));
    counts[k] += weights ? weights[i]! : 1;
  }
  return { edges, counts };
}
