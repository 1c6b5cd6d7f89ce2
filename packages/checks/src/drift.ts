import { columnOf, type Metrics } from './metrics.js';
import { columnType, type ColumnProfile, type Profile } from './profile.js';
import { chi2Contingency, gammaQ, jensenShannon, ks2samp, ksPvalue, psi, shares, wasserstein } from './stats.js';
import type { DriftConfig, DriftMethod } from './suite.js';
import { parseNumber } from '@mlgate/data';
import { plain, valueKey } from './values.js';

/** One side of a comparison: what drift needs to know about a column. */
export interface Distribution {
  type: string;
  count: number;
  /** Numeric values (exact, or a weighted sample from a sketch or a profile's percentiles). */
  values?: number[];
  weights?: number[];
  /** Category → count (complete, or the top values of a profile with the rest as "other"). */
  categories?: Map<string, { value: unknown; count: number }>;
  distinct: number;
  /** A profile's view of a numeric column: p0…p100 (linear) and the sample standard deviation. */
  percentiles?: number[];
  std?: number;
}

export interface ColumnDrift {
  column: string;
  method: Exclude<DriftMethod, 'auto'> | 'z';
  statistic: number;
  pvalue?: number;
  threshold: number;
  /** warn: PSI between 0.1 and 0.2. */
  status: 'pass' | 'warn' | 'fail';
  chart: { labels: string[]; reference: number[]; current: number[] };
  note?: string;
}

export interface DriftResult {
  columns: ColumnDrift[];
  drifted: number;
  share: number;
  /** Dataset drift: at least `share` of the compared columns drifted. */
  datasetDrift: boolean;
  skipped: Array<{ column: string; reason: string }>;
}

/**
 * A column's distributions in the data and in the reference, or why the two cannot be compared; `skip`
 * adds a reason of the caller's own, asked once both sides have values.
 */
export function driftPair(cur: Distribution | undefined, ref: Distribution | undefined, skip?: (ref: Distribution, cur: Distribution) => string | undefined): { cur: Distribution; ref: Distribution } | { reason: string } {
  if (!cur) return { reason: 'not in the data' };
  if (!ref) return { reason: 'not in the reference' };
  if (ref.count === 0 || cur.count === 0) return { reason: 'no non-null values on one side' };
  const own = skip?.(ref, cur);
  if (own) return { reason: own };
  if (!ref.categories && !ref.values) return { reason: 'the reference profile holds no distribution for it (high-cardinality text)' };
  return { cur, ref };
}

/** Defaults (docs/data-check.md): Evidently's automatic choice, PSI 0.1 warn / 0.2 drift, p < 0.05. */
export const DEFAULT_THRESHOLDS = { ks: 0.05, chi2: 0.05, z: 0.05, wasserstein: 0.1, 'jensen-shannon': 0.1, psi: 0.2 } as const;
export const PSI_WARN = 0.1;
export const SMALL_REFERENCE = 1000;

export function fromMetrics(m: Metrics, column: string): Distribution | undefined {
  const c = columnOf(m, column);
  if (!c) return undefined;
  const type = columnType(c, m.textual);
  const d: Distribution = { type, count: c.nonNull, distinct: c.distinct };
  if ((type === 'integer' || type === 'number') && c.sample) {
    d.values = c.sample.values;
    d.weights = c.sample.weights;
  }
  if (c.values) d.categories = categories(c.values);
  return d;
}

export function fromProfile(p: ColumnProfile): Distribution {
  const d: Distribution = { type: p.type, count: p.count, distinct: p.distinct };
  const exact = exactCounts(p);
  if (exact) {
    // every value with its count: the reference is exact, as against the data the profile came from
    d.values = exact.values;
    d.weights = exact.weights;
  } else if (p.percentiles) {
    d.values = p.percentiles;
    d.percentiles = p.percentiles;
    d.std = p.std;
  }
  if (p.top) {
    d.categories = categories(p.top);
    const rest = p.count - p.top.reduce((s, t) => s + t.count, 0);
    if (rest > 0) d.categories.set('\u0000other', { value: '(other)', count: rest });
  }
  return d;
}

/**
 * Categories keyed so that the same category matches whatever the source: a CSV's text "1" and a
 * typed source's 1 (or a profile written from either) are one category, as pandas would read them.
 */
function categories(values: Array<{ value: unknown; count: number }>): Map<string, { value: unknown; count: number }> {
  const out = new Map<string, { value: unknown; count: number }>();
  for (const e of values) {
    const key = categoryKey(e.value);
    const have = out.get(key);
    if (have) out.set(key, { value: have.value, count: have.count + e.count });
    else out.set(key, { value: e.value, count: e.count });
  }
  return out;
}

function categoryKey(v: unknown): string {
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n === n) return valueKey(n);
    if (v === 'true' || v === 'True' || v === 'TRUE') return valueKey(true);
    if (v === 'false' || v === 'False' || v === 'FALSE') return valueKey(false);
  }
  if (typeof v === 'bigint') return valueKey(Number(v));
  return valueKey(v);
}

/**
 * A numeric column whose `top` list holds every value (low cardinality): its values and counts. Such a
 * column is known exactly; its percentiles, linear between integers, would smear each value's mass
 * over the gap to the next one.
 */
function exactCounts(p: ColumnProfile): { values: number[]; weights: number[] } | undefined {
  if (!numericType(p.type) || !p.top?.length) return undefined;
  if (p.top.reduce((s, t) => s + t.count, 0) !== p.count) return undefined;
  const pairs = p.top.map((t) => [typeof t.value === 'number' ? t.value : typeof t.value === 'string' && t.value.trim() !== '' ? Number(t.value) : NaN, t.count] as const);
  if (pairs.some(([v]) => !Number.isFinite(v))) return undefined;
  pairs.sort((a, b) => a[0] - b[0]);
  return { values: pairs.map((x) => x[0]), weights: pairs.map((x) => x[1]) };
}

function numericType(t: string): boolean {
  return t === 'integer' || t === 'number';
}

function std(values: number[], weights?: number[]): number {
  let n = 0;
  let mean = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights ? weights[i]! : 1;
    n += w;
    mean += w * values[i]!;
  }
  mean /= n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (weights ? weights[i]! : 1) * (values[i]! - mean) ** 2;
  return Math.sqrt(ss / n);
}

/** CDF of a distribution known by its percentiles p0…p100 (linear between them). */
function percentileCdf(p: number[]): (x: number) => number {
  const k = p.length - 1;
  return (x) => {
    if (x < p[0]!) return 0;
    if (x >= p[k]!) return 1;
    let lo = 0;
    let hi = k;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (p[mid]! <= x) lo = mid;
      else hi = mid;
    }
    const w = p[lo + 1]! > p[lo]! ? (x - p[lo]!) / (p[lo + 1]! - p[lo]!) : 1;
    return (lo + w) / k;
  };
}

/** Quantile function (linear) of exact values or of percentiles, at u in [0, 1]. */
function quantileFn(d: Distribution): (u: number) => number {
  const p = d.percentiles;
  if (p) {
    const k = p.length - 1;
    return (u) => {
      const pos = u * k;
      const i = Math.min(Math.floor(pos), k - 1);
      return p[i]! + (p[i + 1]! - p[i]!) * (pos - i);
    };
  }
  if (d.weights) {
    // a sketch's weighted sample (values sorted): the step quantile function
    const vals = d.values!;
    const cum: number[] = [];
    let acc = 0;
    for (const w of d.weights) cum.push((acc += w));
    return (u) => {
      const target = u * acc;
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (cum[m]! < target) lo = m + 1;
        else hi = m;
      }
      return vals[lo]!;
    };
  }
  const s = Float64Array.from(d.values!).sort();
  const n = s.length;
  return (u) => {
    const pos = u * (n - 1);
    const i = Math.min(Math.floor(pos), Math.max(0, n - 2));
    return n === 1 ? s[0]! : s[i]! + (s[i + 1]! - s[i]!) * (pos - i);
  };
}

/** Shares per bin; a percentile-known side uses its CDF. */
function binShares(d: Distribution, edges: number[]): number[] {
  if (!d.percentiles) return shares(d.values!, edges, d.weights);
  const F = percentileCdf(d.percentiles);
  return edges.slice(0, -1).map((e, i) => (i === edges.length - 2 ? 1 : F(edges[i + 1]!)) - (i === 0 ? 0 : F(e)));
}

/**
 * Drift against a profile: the reference is its percentiles (the profile keeps no rows). KS compares
 * the percentile CDF with the data's ECDF (p-value for the true sample sizes); Wasserstein integrates
 * the difference of the quantile functions over 1,000 steps.
 */
function percentileKs(ref: Distribution, cur: Distribution): { statistic: number; pvalue: number } {
  const F = percentileCdf(ref.percentiles!);
  if (cur.weights) {
    // a sketch's weighted sample: compare the CDFs at the sample's points
    let acc = 0;
    const total = cur.weights.reduce((a, b) => a + b, 0);
    let d = 0;
    cur.values!.forEach((x, i) => {
      const before = acc / total;
      acc += cur.weights![i]!;
      d = Math.max(d, Math.abs(acc / total - F(x)), Math.abs(before - F(x)));
    });
    return { statistic: d, pvalue: ksPvalue(d, ref.count, cur.count).pvalue };
  }
  const s = Float64Array.from(cur.values!).sort();
  const n = s.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && s[i + 1] === s[i]) continue;
    const f = F(s[i]!);
    d = Math.max(d, Math.abs((i + 1) / n - f), Math.abs(i / n - F(s[i]! - 1e-12 * Math.max(1, Math.abs(s[i]!)))));
  }
  for (const x of ref.percentiles!) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (s[m]! <= x) lo = m + 1;
      else hi = m;
    }
    d = Math.max(d, Math.abs(lo / n - F(x)));
  }
  const r = ksPvalue(d, ref.count, cur.count);
  return { statistic: d, pvalue: r.pvalue };
}

/** KS on weighted samples (a profile's value counts, a sketch's sample): the statistic of the rows they stand for. */
function ks2sampWeighted(ref: Distribution, cur: Distribution): { statistic: number; pvalue: number } {
  const cdf = (d: Distribution) => {
    const idx = d.values!.map((_, i) => i).sort((a, b) => d.values![a]! - d.values![b]!);
    const xs = idx.map((i) => d.values![i]!);
    const cw: number[] = [0];
    for (const i of idx) cw.push(cw[cw.length - 1]! + (d.weights ? d.weights[i]! : 1));
    const total = cw[cw.length - 1]!;
    return (x: number) => {
      let lo = 0;
      let hi = xs.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (xs[m]! <= x) lo = m + 1;
        else hi = m;
      }
      return cw[lo]! / total;
    };
  };
  const F = cdf(ref);
  const G = cdf(cur);
  let d = 0;
  for (const x of [...ref.values!, ...cur.values!]) d = Math.max(d, Math.abs(F(x) - G(x)));
  return { statistic: d, pvalue: ksPvalue(d, ref.count, cur.count).pvalue };
}

function quantileWasserstein(ref: Distribution, cur: Distribution): number {
  const qr = quantileFn(ref);
  const qc = quantileFn(cur);
  const steps = 1000;
  let w = 0;
  for (let i = 0; i < steps; i++) {
    const u = (i + 0.5) / steps;
    w += Math.abs(qr(u) - qc(u));
  }
  return w / steps;
}

function sturgesEdges(a: number[], b: number[], n: number): number[] {
  const lo = Math.min(Math.min(...a), Math.min(...b));
  const hi = Math.max(Math.max(...a), Math.max(...b));
  const k = Math.ceil(Math.log2(Math.max(n, 1))) + 1;
  const top = hi === lo ? lo + 1 : hi;
  return Array.from({ length: k + 1 }, (_, i) => lo + ((top - lo) * i) / k);
}

function counts(ref: Distribution, cur: Distribution): { labels: string[]; r: number[]; c: number[] } {
  const keys = new Map<string, unknown>();
  for (const [k, e] of ref.categories ?? []) keys.set(k, e.value);
  for (const [k, e] of cur.categories ?? []) keys.set(k, e.value);
  const labels: string[] = [];
  const r: number[] = [];
  const c: number[] = [];
  for (const [k, v] of keys) {
    labels.push(String(plain(v)));
    r.push(ref.categories?.get(k)?.count ?? 0);
    c.push(cur.categories?.get(k)?.count ?? 0);
  }
  return { labels, r, c };
}

function normalSf2(z: number): number {
  // two-sided p-value of a standard normal: erfc(|z|/√2) = Q(1/2, z²/2)
  return gammaQ(0.5, (z * z) / 2);
}

/** Compare one column; `method` 'auto' follows Evidently's choice by reference size and cardinality. */
export function columnDrift(column: string, ref: Distribution, cur: Distribution, method: DriftMethod, threshold?: number): ColumnDrift {
  const numeric = numericType(ref.type) && numericType(cur.type) && !!ref.values?.length && !!cur.values?.length;
  const distinct = Math.max(ref.distinct, cur.distinct, ref.categories && cur.categories ? counts(ref, cur).labels.length : 0);
  let m: ColumnDrift['method'];
  if (method === 'auto') {
    const continuous = numeric && distinct > 5;
    if (ref.count <= SMALL_REFERENCE) m = continuous ? 'ks' : distinct > 2 ? 'chi2' : 'z';
    else m = continuous ? 'wasserstein' : 'jensen-shannon';
  } else m = method;
  if ((m === 'ks' || m === 'wasserstein') && !numeric) m = method === 'auto' ? 'jensen-shannon' : m;
  const t = threshold ?? DEFAULT_THRESHOLDS[m];
  const numericChart = (): ColumnDrift['chart'] => {
    const edges = sturgesEdges(ref.values!, cur.values!, 10);
    const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));
    return { labels: edges.slice(0, -1).map((e) => `≥${fmt(e)}`), reference: binShares(ref, edges), current: binShares(cur, edges) };
  };
  const catChart = (): ColumnDrift['chart'] => {
    const { labels, r, c } = counts(ref, cur);
    const rs = r.reduce((a, b) => a + b, 0) || 1;
    const cs = c.reduce((a, b) => a + b, 0) || 1;
    const order = labels.map((_, i) => i).sort((a, b) => r[b]! + c[b]! - (r[a]! + c[a]!)).slice(0, 12);
    return { labels: order.map((i) => labels[i]!), reference: order.map((i) => r[i]! / rs), current: order.map((i) => c[i]! / cs) };
  };
  switch (m) {
    case 'ks': {
      if (!numeric) throw new Error(`KS needs a numeric column; "${column}" is ${ref.type}/${cur.type}`);
      const r = ref.percentiles || cur.percentiles ? percentileKs(ref.percentiles ? ref : cur, ref.percentiles ? cur : ref) : ref.weights || cur.weights ? ks2sampWeighted(ref, cur) : ks2samp(ref.values!, cur.values!);
      return { column, method: 'ks', statistic: r.statistic, pvalue: r.pvalue, threshold: t, status: r.pvalue < t ? 'fail' : 'pass', chart: numericChart() };
    }
    case 'wasserstein': {
      const s = ref.std !== undefined ? ref.std * Math.sqrt(Math.max(0, ref.count - 1) / Math.max(1, ref.count)) : std(ref.values!, ref.weights);
      const w = ref.percentiles || cur.percentiles ? quantileWasserstein(ref, cur) : wasserstein(ref.values!, cur.values!, ref.weights, cur.weights);
      const stat = s > 0 ? w / s : w === 0 ? 0 : Infinity;
      return { column, method: 'wasserstein', statistic: stat, threshold: t, status: stat >= t ? 'fail' : 'pass', chart: numericChart(), note: 'Wasserstein distance / reference std' };
    }
    case 'psi': {
      let rs: number[];
      let cs: number[];
      let chart: ColumnDrift['chart'];
      if (numeric && distinct > 20) {
        const edges = sturgesEdges(ref.values!, cur.values!, ref.count + cur.count);
        rs = binShares(ref, edges);
        cs = binShares(cur, edges);
        chart = numericChart();
      } else {
        const { r, c } = counts(ref, cur);
        const a = r.reduce((x, y) => x + y, 0) || 1;
        const b = c.reduce((x, y) => x + y, 0) || 1;
        rs = r.map((x) => x / a);
        cs = c.map((x) => x / b);
        chart = catChart();
      }
      const v = psi(rs, cs);
      return { column, method: 'psi', statistic: v, threshold: t, status: v >= t ? 'fail' : v >= PSI_WARN && threshold === undefined ? 'warn' : 'pass', chart };
    }
    case 'chi2':
    case 'z': {
      const { r, c } = counts(ref, cur);
      if (m === 'z' && r.length === 2) {
        const n1 = r[0]! + r[1]!;
        const n2 = c[0]! + c[1]!;
        const p1 = r[0]! / n1;
        const p2 = c[0]! / n2;
        const p = (r[0]! + c[0]!) / (n1 + n2);
        const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
        const z = se > 0 ? (p1 - p2) / se : 0;
        const pv = normalSf2(z);
        return { column, method: 'z', statistic: z, pvalue: pv, threshold: t, status: pv < t ? 'fail' : 'pass', chart: catChart(), note: 'Z-test on proportions' };
      }
      const x = chi2Contingency(r, c);
      return { column, method: 'chi2', statistic: x.statistic, pvalue: x.pvalue, threshold: t, status: x.pvalue < t ? 'fail' : 'pass', chart: catChart() };
    }
    case 'jensen-shannon': {
      let rs: number[];
      let cs: number[];
      let chart: ColumnDrift['chart'];
      if (numeric) {
        chart = numericChart();
        const edges = sturgesEdges(ref.values!, cur.values!, ref.count + cur.count);
        rs = binShares(ref, edges);
        cs = binShares(cur, edges);
      } else {
        const { r, c } = counts(ref, cur);
        rs = r;
        cs = c;
        chart = catChart();
      }
      const v = jensenShannon(rs, cs);
      return { column, method: 'jensen-shannon', statistic: v, threshold: t, status: v >= t ? 'fail' : 'pass', chart };
    }
  }
}

/** Drift of every configured column present on both sides. */
export function computeDrift(cfg: DriftConfig, current: Metrics, reference: { metrics: Metrics } | { profile: Profile }): DriftResult {
  const refColumns = 'profile' in reference ? Object.keys(reference.profile.columns) : reference.metrics.columns;
  const wanted = cfg.columns === 'all' ? current.columns.filter((c) => refColumns.includes(c)) : cfg.columns;
  const out: ColumnDrift[] = [];
  const skipped: DriftResult['skipped'] = [];
  for (const column of wanted) {
    const profiled = 'profile' in reference ? reference.profile.columns[column] : undefined;
    const pair = driftPair(fromMetrics(current, column), 'profile' in reference ? profiled && fromProfile(profiled) : fromMetrics(reference.metrics, column));
    if ('reason' in pair) {
      skipped.push({ column, reason: pair.reason });
      continue;
    }
    const { cur, ref } = pair;
    try {
      out.push(columnDrift(column, ref, cur, cfg.method, cfg.threshold));
    } catch (e) {
      skipped.push({ column, reason: (e as Error).message });
    }
  }
  const drifted = out.filter((d) => d.status === 'fail').length;
  return { columns: out, drifted, share: cfg.share, datasetDrift: out.length > 0 && drifted / out.length >= cfg.share, skipped };
}
