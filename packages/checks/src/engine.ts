import type { Batch, Cell } from '@mlgate/data';
import { cellKind } from '@mlgate/data';
import type { Condition, Plan, RowAggregate } from './plan.js';
import { compilePredicate } from './predicates.js';
import { HashSeen, HyperLogLog, IntRuns, QuantileSketch, selectQuantiles } from './sketch.js';
import { compare, isNull, numeric, sameValue, TypeMismatch, valueKey } from './values.js';
import { parseTimestamp } from './time.js';

export interface EngineOptions {
  /** Cells are text to be read as numbers where a number is needed (CSV/TSV). */
  textual: boolean;
  /** Unexpected values kept per check (default 20). */
  sampleLimit?: number;
  /** Numbers kept exactly per column for quantiles before switching to a sketch (default 1,000,000). */
  exactLimit?: number;
  /** Distinct values counted exactly per column before switching to HyperLogLog (default 100,000). */
  distinctLimit?: number;
}

export interface Sample {
  value: unknown;
  /** 0-based row index in the table. */
  row: number;
  /** 1-based line in the source file (CSV, JSON Lines). */
  line?: number;
}

export interface ColumnMetrics {
  column: string;
  rows: number;
  nulls: number;
  nonNull: number;
  numeric: number;
  nonNumeric: number;
  firstNonNumeric?: Sample;
  min: number;
  max: number;
  sum: number;
  mean: number;
  m2: number;
  values?: Map<string, { value: unknown; count: number }>;
  /** false once the value map stopped taking new values (counts of later values are not in it). */
  valuesExact: boolean;
  distinct: number;
  numbers?: { exact: boolean; quantiles(qs: number[], method?: 'nearest' | 'linear' | 'lower'): number[]; sample(): { values: number[]; weights: number[] } };
  kinds?: Record<string, number>;
  histograms?: Array<{ bins: number[]; counts: number[]; below: number; above: number }>;
  /** Earliest and latest ISO 8601 dates (with `timestamps`): the time and the cell as written. */
  timeMin?: { t: number; value: unknown };
  timeMax?: { t: number; value: unknown };
  /** Non-null cells that are not ISO 8601 dates (with `timestamps`). */
  nonTimestamp?: number;
  firstNonTimestamp?: Sample;
}

export interface RowMetrics {
  id: number;
  /** Rows the check looked at (the denominator of `mostly`). */
  total: number;
  unexpected: number;
  samples: Sample[];
  /** A type error like GE's (text compared with a number in a typed source). */
  error?: string;
  /** Unique checks past the exact limit compare 53-bit hashes. */
  approximate?: boolean;
}

export interface Metrics {
  rows: number;
  columns: string[];
  column(name: string, filter?: number): ColumnMetrics | undefined;
  row(id: number): RowMetrics;
  filterRows(filter: number): number;
}

class Numbers {
  private buf = new Float64Array(1024);
  private n = 0;
  private sketch?: QuantileSketch;
  private sorted?: Float64Array;
  constructor(private readonly limit: number) {}
  add(x: number): void {
    if (this.n < this.buf.length) {
      this.buf[this.n++] = x;
      return;
    }
    if (this.sketch) return this.sketch.add(x);
    if (this.n === this.buf.length) {
      if (this.n >= this.limit) {
        this.sketch = new QuantileSketch();
        for (let i = 0; i < this.n; i++) this.sketch.add(this.buf[i]!);
        this.buf = new Float64Array(0);
        this.sketch.add(x);
        return;
      }
      const next = new Float64Array(Math.min(this.limit, this.buf.length * 2));
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = x;
  }
  get exact(): boolean {
    return !this.sketch;
  }
  private sortedValues(): Float64Array {
    if (!this.sorted) this.sorted = this.buf.subarray(0, this.n).sort();
    return this.sorted;
  }
  quantiles(qs: number[], method: 'nearest' | 'linear' | 'lower' = 'linear'): number[] {
    if (this.sketch) return this.sketch.quantiles(qs);
    const n = this.n;
    if (n === 0) return qs.map(() => NaN);
    const index = (q: number): [number, number, number] => {
      const pos = q * (n - 1);
      const f = Math.floor(pos);
      if (method === 'lower') return [f, f, 0];
      if (method === 'nearest') {
        // numpy 'nearest' rounds half to even
        const frac = pos - f;
        const idx = Math.min(frac > 0.5 ? f + 1 : frac < 0.5 ? f : f % 2 === 0 ? f : f + 1, n - 1);
        return [idx, idx, 0];
      }
      return [f, Math.min(f + 1, n - 1), pos - f];
    };
    const idx = qs.map(index);
    let at: (i: number) => number;
    if (this.sorted) {
      const s = this.sorted;
      at = (i) => s[i]!;
    } else {
      const picked = selectQuantiles(this.buf.subarray(0, n), idx.flatMap(([a, b]) => [a, b]));
      at = (i) => picked.get(i)!;
    }
    return idx.map(([a, b, w]) => (w === 0 ? at(a) : at(a) + (at(b) - at(a)) * w));
  }
  sample(): { values: number[]; weights: number[] } {
    if (this.sketch) return this.sketch.sample();
    const s = this.sortedValues();
    return { values: Array.from(s), weights: new Array(s.length).fill(1) };
  }
}

interface ColumnState {
  m: ColumnMetrics;
  needs: Plan['columns'][number]['needs'];
  filter: number;
  nums?: Numbers;
  hll?: HyperLogLog;
  /** shifted sums for mean and variance (shift = first value keeps them stable) */
  shift: number;
  s1: number;
  s2: number;
}

interface RowState {
  agg: Plan['rows'][number];
  m: RowMetrics;
  test?: (v: unknown) => boolean;
  /** key → first row (−row−1 once reported as a duplicate) */
  seen?: Map<string, number>;
  /** first lines that are not row + 2 (CSV with multi-line fields) */
  lines?: Map<string, number>;
  hashed?: HashSeen;
  runs?: IntRuns;
  dupKeys?: Set<number>;
  lineDelta?: number;
  prev?: unknown;
}

/** Runs a plan over batches in one pass, then hands out the metrics the judges read. */
export class Engine {
  private rows = 0;
  private columns: string[] | undefined;
  private readonly cols: ColumnState[];
  private readonly aggs: RowState[];
  private readonly filterCounts: number[];
  private readonly sampleLimit: number;
  private readonly exactLimit: number;
  private readonly distinctLimit: number;

  constructor(
    private readonly plan: Plan,
    private readonly opts: EngineOptions,
  ) {
    this.sampleLimit = opts.sampleLimit ?? 20;
    this.exactLimit = opts.exactLimit ?? 1_000_000;
    this.distinctLimit = opts.distinctLimit ?? 100_000;
    this.filterCounts = plan.filters.map(() => 0);
    this.cols = plan.columns.map((c) => this.addColumnState(c.column, c.needs, c.filter));
    this.aggs = plan.rows.map((agg) => {
      const s: RowState = { agg, m: { id: agg.id, total: 0, unexpected: 0, samples: [] } };
      if (agg.kind === 'map') s.test = compilePredicate(agg.predicate, opts.textual);
      if (agg.kind === 'unique' || agg.kind === 'compound_unique') s.seen = new Map();
      return s;
    });
  }

  private addColumnState(column: string, needs: Plan['columns'][number]['needs'], filter: number): ColumnState {
    return {
      needs,
      filter,
      m: { column, rows: 0, nulls: 0, nonNull: 0, numeric: 0, nonNumeric: 0, min: Infinity, max: -Infinity, sum: 0, mean: 0, m2: 0, valuesExact: true, distinct: 0, values: needs.values ? new Map() : undefined, kinds: needs.kinds ? {} : undefined, histograms: needs.histograms?.map((bins) => ({ bins, counts: new Array(Math.max(0, bins.length - 1)).fill(0), below: 0, above: 0 })) },
      nums: needs.numbers ? new Numbers(this.exactLimit) : undefined,
      shift: 0,
      s1: 0,
      s2: 0,
    };
  }

  /** Profiles: every column of the table gets the `everyColumn` needs (merged into the suite's own). */
  private coverColumns(columns: string[]): void {
    const every = this.plan.everyColumn;
    if (!every) return;
    for (const c of columns) {
      const i = this.cols.findIndex((s) => s.filter === -1 && s.m.column === c);
      if (i >= 0 && this.rows > 0) continue;
      const needs = { ...(i >= 0 ? this.cols[i]!.needs : {}) };
      for (const k of ['moments', 'values', 'numbers', 'kinds'] as const) if (every[k]) needs[k] = true;
      const st = this.addColumnState(c, needs, -1);
      if (i >= 0) this.cols[i] = st;
      else this.cols.push(st);
    }
  }

  consume(batch: Batch): void {
    if (!this.columns || (this.plan.everyColumn && batch.columns.some((c) => !this.columns!.includes(c)))) this.coverColumns(batch.columns);
    if (!this.columns) this.columns = [...batch.columns];
    else if (batch.columns.length > this.columns.length) for (const c of batch.columns) if (!this.columns.includes(c)) this.columns.push(c);
    const index = new Map(batch.columns.map((c, i) => [c, i]));
    const get = (name: string): Cell[] | undefined => {
      const i = index.get(name);
      return i === undefined ? undefined : batch.values[i];
    };
    const masks = this.plan.filters.map((f, k) => {
      const mask = new Uint8Array(batch.length);
      for (let r = 0; r < batch.length; r++) if (evalCondition(f, (c) => get(c)?.[r] ?? null, this.opts.textual)) mask[r] = 1;
      this.filterCounts[k] += mask.reduce((a, b) => a + b, 0);
      return mask;
    });
    const cache = new Map<string, Float64Array>();
    const textual = this.opts.textual;
    const nums = (name: string): Float64Array | undefined => {
      let a = cache.get(name);
      if (!a) {
        const v = get(name);
        if (!v) return undefined;
        a = new Float64Array(batch.length);
        for (let r = 0; r < batch.length; r++) a[r] = numeric(v[r], textual);
        cache.set(name, a);
      }
      return a;
    };
    for (const s of this.cols) this.columnPass(s, get(s.m.column), batch, s.filter >= 0 ? masks[s.filter] : undefined, s.needs.moments || s.needs.numbers || s.m.histograms ? nums(s.m.column) : undefined);
    for (const s of this.aggs) {
      if (s.m.error) continue;
      try {
        this.rowPass(s, get, batch, s.agg.filter >= 0 ? masks[s.agg.filter] : undefined, nums);
      } catch (e) {
        if (e instanceof TypeMismatch) s.m.error = e.message;
        else throw e;
      }
    }
    this.rows += batch.length;
  }

  private columnPass(s: ColumnState, values: Cell[] | undefined, batch: Batch, mask: Uint8Array | undefined, parsed: Float64Array | undefined): void {
    const m = s.m;
    const n = batch.length;
    const { moments, numbers, kinds, timestamps } = s.needs;
    const counts = m.values;
    for (let r = 0; r < n; r++) {
      if (mask && !mask[r]) continue;
      m.rows++;
      const v = values ? values[r] : null;
      if (v === null || v === undefined || (typeof v === 'number' && v !== v)) {
        m.nulls++;
        continue;
      }
      m.nonNull++;
      if (parsed) {
        const x = parsed[r]!;
        if (x === x) {
          if (moments) {
            if (m.numeric === 0) s.shift = x;
            m.numeric++;
            if (x < m.min) m.min = x;
            if (x > m.max) m.max = x;
            m.sum += x;
            const d = x - s.shift;
            s.s1 += d;
            s.s2 += d * d;
          }
          if (numbers) s.nums!.add(x);
          if (m.histograms) for (const h of m.histograms) histAdd(h, x);
        } else {
          m.nonNumeric++;
          if (!m.firstNonNumeric) m.firstNonNumeric = { value: v, row: batch.rowStart + r, line: batch.lines?.[r] };
        }
      }
      if (counts) {
        const key = valueKey(v);
        const e = counts.get(key);
        if (e) e.count++;
        else if (counts.size < this.distinctLimit) counts.set(key, { value: v, count: 1 });
        else {
          if (!s.hll) {
            s.hll = new HyperLogLog();
            for (const k of counts.keys()) s.hll.add(k);
          }
          m.valuesExact = false;
        }
        if (s.hll) s.hll.add(key);
      }
      if (timestamps) {
        const t = typeof v === 'string' ? parseTimestamp(v) : v instanceof Date ? v.getTime() : undefined;
        if (t === undefined) {
          m.nonTimestamp = (m.nonTimestamp ?? 0) + 1;
          if (!m.firstNonTimestamp) m.firstNonTimestamp = { value: v, row: batch.rowStart + r, line: batch.lines?.[r] };
        } else {
          if (!m.timeMin || t < m.timeMin.t) m.timeMin = { t, value: v };
          if (!m.timeMax || t > m.timeMax.t) m.timeMax = { t, value: v };
        }
      }
      if (kinds) {
        const k = cellKind(v);
        m.kinds![k] = (m.kinds![k] ?? 0) + 1;
      }
    }
  }

  private sample(s: RowState, value: unknown, batch: Batch, r: number): void {
    s.m.unexpected++;
    if (s.m.samples.length < this.sampleLimit) s.m.samples.push({ value, row: batch.rowStart + r, line: batch.lines?.[r] });
  }

  private rowPass(s: RowState, get: (c: string) => Cell[] | undefined, batch: Batch, mask: Uint8Array | undefined, nums: (c: string) => Float64Array | undefined): void {
    const agg = s.agg as RowAggregate;
    const n = batch.length;
    const textual = this.opts.textual;
    switch (agg.kind) {
      case 'map': {
        const values = get(agg.column);
        const p = agg.predicate;
        if (textual && values && p.op === 'between' && (p.min === undefined || typeof p.min === 'number') && (p.max === undefined || typeof p.max === 'number')) {
          // fast path for CSV: the batch's parsed numbers, shared with the column aggregates
          const x = nums(agg.column)!;
          const lo = p.min === undefined ? -Infinity : (p.min as number);
          const hi = p.max === undefined ? Infinity : (p.max as number);
          const sMin = !!p.strictMin;
          const sMax = !!p.strictMax;
          for (let r = 0; r < n; r++) {
            if (mask && !mask[r]) continue;
            const v = values[r];
            if (v === null || v === undefined) continue;
            s.m.total++;
            const xr = x[r]!;
            if (!(sMin ? xr > lo : xr >= lo) || !(sMax ? xr < hi : xr <= hi)) this.sample(s, v, batch, r);
          }
          return;
        }
        const test = s.test!;
        for (let r = 0; r < n; r++) {
          if (mask && !mask[r]) continue;
          const v = values ? values[r] : null;
          const nul = isNull(v);
          if (nul && !agg.countNulls) continue;
          s.m.total++;
          const ok = agg.predicate.op === 'not_null' || agg.predicate.op === 'null' ? test(v) : !nul && test(v);
          if (!ok) this.sample(s, nul ? null : v, batch, r);
        }
        return;
      }
      case 'unique': {
        const values = get(agg.column);
        for (let r = 0; r < n; r++) {
          if (mask && !mask[r]) continue;
          const v = values ? values[r] : null;
          if (isNull(v)) continue;
          s.m.total++;
          this.dedup(s, s.hashed && typeof v === 'string' ? 's' : valueKey(v), v, batch, r);
        }
        return;
      }
      case 'compound_unique': {
        const cols = agg.columns.map((c) => get(c));
        for (let r = 0; r < n; r++) {
          if (mask && !mask[r]) continue;
          const vals = cols.map((c) => (c ? c[r] : null));
          if (ignoreMulti(agg.ignore, vals)) continue;
          s.m.total++;
          this.dedup(s, vals.map((v) => (isNull(v) ? 'null' : valueKey(v))).join('\u0001'), record(agg.columns, vals), batch, r);
        }
        return;
      }
      case 'monotonic': {
        const values = get(agg.column);
        for (let r = 0; r < n; r++) {
          if (mask && !mask[r]) continue;
          const v = values ? values[r] : null;
          if (isNull(v)) continue;
          s.m.total++;
          if (s.prev !== undefined) {
            const c = compare(v, s.prev, textual);
            const bad = agg.direction === 'increasing' ? (agg.strict ? c <= 0 : c < 0) : agg.strict ? c >= 0 : c > 0;
            if (bad) this.sample(s, v, batch, r);
          }
          s.prev = v;
        }
        return;
      }
      case 'pair': {
        const a = get(agg.a);
        const b = get(agg.b);
        for (let r = 0; r < n; r++) {
          if (mask && !mask[r]) continue;
          const va = a ? a[r] : null;
          const vb = b ? b[r] : null;
          const na = isNull(va);
          const nb = isNull(vb);
          if (agg.ignore === 'both_values_are_missing' ? na && nb : agg.ignore === 'either_value_is_missing' ? na || nb : false) continue;
          s.m.total++;
          let ok: boolean;
          if (agg.op === 'equal') ok = (na && nb) || sameValue(va, vb, textual);
          else if (na || nb) ok = false;
          else {
            const c = compare(va, vb, textual);
            ok = agg.orEqual ? c >= 0 : c > 0;
          }
          if (!ok) this.sample(s, [na ? null : va, nb ? null : vb], batch, r);
        }
        return;
      }
      case 'multicolumn_sum': {
        const cols = agg.columns.map((c) => get(c));
        for (let r = 0; r < n; r++) {
          if (mask && !mask[r]) continue;
          const vals = cols.map((c) => (c ? c[r] : null));
          if (ignoreMulti(agg.ignore, vals)) continue;
          s.m.total++;
          let sum = 0;
          for (const v of vals) if (!isNull(v)) sum += numeric(v, textual);
          if (!(Math.abs(sum - agg.total) <= 1e-9 * Math.max(1, Math.abs(agg.total)))) this.sample(s, record(agg.columns, vals), batch, r);
        }
        return;
      }
      case 'unique_within_record': {
        const cols = agg.columns.map((c) => get(c));
        for (let r = 0; r < n; r++) {
          if (mask && !mask[r]) continue;
          const vals = cols.map((c) => (c ? c[r] : null));
          if (ignoreMulti(agg.ignore, vals)) continue;
          s.m.total++;
          const keys = vals.filter((v) => !isNull(v)).map(valueKey);
          if (new Set(keys).size !== keys.length) this.sample(s, record(agg.columns, vals), batch, r);
        }
        return;
      }
    }
  }

  /**
   * Duplicates: every occurrence of a repeated key is unexpected, the first one included. Exact
   * (key → first row) up to `distinctLimit` keys; past it, integer keys go to runs (an id column costs
   * almost nothing) and other keys to a table of 53-bit hashes with the first row.
   */
  private dedup(s: RowState, key: string, value: unknown, batch: Batch, r: number): void {
    const row = batch.rowStart + r;
    if (s.hashed) {
      const k = intKey(value, this.opts.textual);
      const h = key === 's' && typeof value === 'string' ? HashSeen.hashText(value) : HashSeen.hash(key === 's' ? valueKey(value) : key);
      if (k !== undefined) {
        const runs = s.runs!;
        if (runs.has(k)) return this.dupeInt(s, k, runs.add(k, row)!, value, batch, r);
        if (!s.hashed.has(h)) {
          if (runs.add(k, row) !== undefined) return;
        }
      }
      const first = s.hashed.add(h, row);
      if (first === -1) return;
      if (first >= 0) this.firstDupe(s, value, first, s.lineDelta !== undefined ? first + s.lineDelta : undefined);
      this.sample(s, value, batch, r);
      return;
    }
    const seen = s.seen!;
    const e = seen.get(key);
    if (e === undefined) {
      if (seen.size >= this.distinctLimit) {
        this.toHashed(s);
        return this.dedup(s, key, value, batch, r);
      }
      seen.set(key, row);
      const line = batch.lines?.[r];
      if (line !== undefined) {
        s.lineDelta ??= line - row;
        if (line !== row + s.lineDelta) (s.lines ??= new Map()).set(key, line);
      }
      return;
    }
    if (e >= 0) {
      seen.set(key, -e - 1);
      const line = s.lines?.get(key) ?? (s.lineDelta !== undefined ? e + s.lineDelta : undefined);
      this.firstDupe(s, value, e, line);
    }
    this.sample(s, value, batch, r);
  }

  /** Past the exact limit: move the exact keys into runs (integers) and hashes (the rest). */
  private toHashed(s: RowState): void {
    s.m.approximate = true;
    s.hashed = new HashSeen(1 << 18);
    s.runs = new IntRuns();
    for (const [key, v] of s.seen!) {
      const row = v >= 0 ? v : -v - 1;
      const k = key[0] === 'n' ? Number(key.slice(1)) : key[0] === 's' ? intKey(key.slice(1), this.opts.textual) : undefined;
      if (k !== undefined && Number.isSafeInteger(k) && s.runs.add(k, row) !== undefined) {
        if (v < 0) (s.dupKeys ??= new Set()).add(k);
        continue;
      }
      s.hashed.add(HashSeen.hash(key), row);
      if (v < 0) s.hashed.add(HashSeen.hash(key), row); // already reported
    }
    s.seen = undefined;
    s.lines = undefined;
  }

  /** An integer key found again in the runs. */
  private dupeInt(s: RowState, k: number, first: number, value: unknown, batch: Batch, r: number): void {
    if (!(s.dupKeys ??= new Set()).has(k)) {
      s.dupKeys.add(k);
      if (first >= 0) this.firstDupe(s, value, first, s.lineDelta !== undefined ? first + s.lineDelta : undefined);
      else s.m.unexpected++;
    }
    this.sample(s, value, batch, r);
  }

  /** The first occurrence of a key found again later (same key, so the same value). */
  private firstDupe(s: RowState, value: unknown, row: number, line: number | undefined): void {
    s.m.unexpected++;
    if (s.m.samples.length < this.sampleLimit) s.m.samples.push({ value, row, line });
  }

  finish(): Metrics {
    for (const s of this.cols) {
      const m = s.m;
      if (s.nums) {
        const nums = s.nums;
        m.numbers = { exact: nums.exact, quantiles: (qs, method) => nums.quantiles(qs, method), sample: () => nums.sample() };
      }
      if (m.numeric > 0) {
        m.mean = s.shift + s.s1 / m.numeric;
        m.m2 = Math.max(0, s.s2 - (s.s1 * s.s1) / m.numeric);
      }
      if (m.values) m.distinct = s.hll ? Math.max(s.hll.estimate(), m.values.size) : m.values.size;
      if (m.numeric === 0) {
        m.min = NaN;
        m.max = NaN;
        m.mean = NaN;
      }
    }
    for (const s of this.aggs) s.m.samples.sort((a, b) => a.row - b.row);
    const byKey = new Map(this.cols.map((s) => [`${s.filter}\u0000${s.m.column}`, s.m]));
    return {
      rows: this.rows,
      columns: this.columns ?? [],
      column: (name, filter = -1) => byKey.get(`${filter}\u0000${name}`),
      row: (id) => this.aggs[id]!.m,
      filterRows: (f) => (f < 0 ? this.rows : this.filterCounts[f]!),
    };
  }
}

/** An integer key whose text form is canonical (so "007" and "7" stay different keys), else undefined. */
function intKey(v: unknown, textual: boolean): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : undefined;
  if (typeof v === 'string' && textual) {
    const n = v.length;
    if (n === 0 || n > 15) return undefined;
    let i = v.charCodeAt(0) === 45 ? 1 : 0;
    if (i === n || (v.charCodeAt(i) === 48 && n > i + 1)) return undefined;
    let x = 0;
    for (; i < n; i++) {
      const d = v.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return undefined;
      x = x * 10 + d;
    }
    return v.charCodeAt(0) === 45 ? (x === 0 ? undefined : -x) : x;
  }
  return undefined;
}

function histAdd(h: { bins: number[]; counts: number[]; below: number; above: number }, x: number): void {
  const b = h.bins;
  const last = b.length - 1;
  if (x < b[0]!) {
    h.below++;
    return;
  }
  if (x > b[last]!) {
    h.above++;
    return;
  }
  if (x === b[last]) {
    h.counts[last - 1]!++;
    return;
  }
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x >= b[mid]!) lo = mid;
    else hi = mid;
  }
  h.counts[lo]!++;
}

function ignoreMulti(mode: string, vals: unknown[]): boolean {
  if (mode === 'all_values_are_missing') return vals.every(isNull);
  if (mode === 'any_value_is_missing') return vals.some(isNull);
  return false;
}

function record(columns: string[], vals: unknown[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  columns.forEach((c, i) => (o[c] = isNull(vals[i]) ? null : vals[i]));
  return o;
}

export function evalCondition(c: Condition, get: (column: string) => unknown, textual: boolean): boolean {
  switch (c.op) {
    case 'and':
      return c.args.every((a) => evalCondition(a, get, textual));
    case 'or':
      return c.args.some((a) => evalCondition(a, get, textual));
    default: {
      const v = get(c.column);
      if (c.op === '==') return c.value === null ? isNull(v) : sameValue(v, c.value, textual);
      if (c.op === '!=') return c.value === null ? !isNull(v) : !sameValue(v, c.value, textual);
      if (isNull(v) || c.value === null) return false;
      let k: number;
      try {
        k = compare(v, c.value, textual);
      } catch {
        return false;
      }
      return c.op === '<' ? k < 0 : c.op === '<=' ? k <= 0 : c.op === '>' ? k > 0 : k >= 0;
    }
  }
}
