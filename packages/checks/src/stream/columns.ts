import type { Batch, Cell, NumericCells } from '@mlgate/data';
import { cellKind } from '@mlgate/data';
import type { ColumnMetrics, Histogram } from '../metrics.js';
import { wantsNumbers, type ColumnNeeds } from '../plan.js';
import { HyperLogLog } from '../sketch.js';
import { parseTimestamp } from '../time.js';
import { valueKey } from '../values.js';
import { STOPWORDS, tokenize, TOP_TOKENS } from '../text.js';
import { Numbers } from './numbers.js';

/** One column aggregate's running state: plain figures in `m`, the rest beside it until `finish`. */
export interface ColumnState {
  m: ColumnMetrics;
  needs: ColumnNeeds;
  nums?: Numbers;
  counts?: Map<string, { value: unknown; count: number }>;
  hll?: HyperLogLog;
  words?: Words;
  /** shifted sums for mean and variance (shift = first value keeps them stable) */
  shift: number;
  s1: number;
  s2: number;
}

export interface ColumnLimits {
  exactLimit: number;
  distinctLimit: number;
}

export function newColumnState(column: string, filter: number, needs: ColumnNeeds, limits: ColumnLimits): ColumnState {
  const m: ColumnMetrics = { column, filter, rows: 0, nulls: 0, nonNull: 0, numeric: 0, nonNumeric: 0, min: Infinity, max: -Infinity, sum: 0, mean: 0, m2: 0, valuesExact: true, distinct: 0 };
  if (needs.kinds) m.kinds = {};
  if (needs.histograms) m.histograms = needs.histograms.map((bins) => ({ bins, counts: new Array(Math.max(0, bins.length - 1)).fill(0), below: 0, above: 0 }));
  return {
    m,
    needs,
    nums: wantsNumbers(needs) ? new Numbers(limits.exactLimit, !needs.sample) : undefined,
    counts: needs.values ? new Map() : undefined,
    words: needs.tokens ? new Words(limits.distinctLimit) : undefined,
    shift: 0,
    s1: 0,
    s2: 0,
  };
}

/** Whether the column pass needs the batch's cells read as numbers. */
export function needsParsed(s: ColumnState): boolean {
  return !!(s.needs.moments || s.nums || s.m.histograms);
}

/** Whether the column pass reads only the cells' numbers and nullness (no counts, kinds, times or words). */
export function numbersOnly(s: ColumnState): boolean {
  return needsParsed(s) && !s.counts && !s.words && !s.needs.kinds && !s.needs.timestamps;
}

/** Whether the column pass only counts rows and missing values (a column checked by row aggregates alone). */
export function countsOnly(s: ColumnState): boolean {
  return !needsParsed(s) && !s.counts && !s.words && !s.needs.kinds && !s.needs.timestamps;
}

/** `columnPass` for a column that only counts rows and missing values, from the batch's flags (`Batch.nulls`) without making its cells. */
export function columnPassNulls(s: ColumnState, nulls: Uint8Array, n: number, mask: Uint8Array | undefined): void {
  const m = s.m;
  let rows = 0;
  let missing = 0;
  for (let r = 0; r < n; r++) {
    if (mask && !mask[r]) continue;
    rows++;
    missing += nulls[r]!;
  }
  m.rows += rows;
  m.nulls += missing;
  m.nonNull += rows - missing;
}

/** `columnPass` for a column that needs only numbers, from cells read as numbers without strings (`Batch.numbers`); `cell(r)` makes one cell when a message names it. */
export function columnPassNumbers(s: ColumnState, cells: NumericCells, cell: (r: number) => Cell, batch: Batch, mask: Uint8Array | undefined): void {
  const m = s.m;
  const { x, nulls } = cells;
  const moments = s.needs.moments;
  const nums = s.nums;
  const hists = m.histograms;
  const n = batch.length;
  for (let r = 0; r < n; r++) {
    if (mask && !mask[r]) continue;
    m.rows++;
    if (nulls[r] === 1) {
      m.nulls++;
      continue;
    }
    m.nonNull++;
    const v = x[r]!;
    if (v !== v) {
      m.nonNumeric++;
      if (!m.firstNonNumeric) m.firstNonNumeric = { value: cell(r), row: batch.rowStart + r, line: batch.lines?.[r] };
      continue;
    }
    addNumber(s, v, moments, nums, hists);
  }
}

/** One numeric cell into the moments, the kept numbers and the histograms a column asks for. */
function addNumber(s: ColumnState, x: number, moments: boolean | undefined, nums: Numbers | undefined, hists: Histogram[] | undefined): void {
  const m = s.m;
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
  if (nums) nums.add(x);
  if (hists) for (const h of hists) histAdd(h, x);
}

/** One batch of one column into its aggregate (rows outside `mask` skipped). */
export function columnPass(s: ColumnState, values: Cell[] | undefined, batch: Batch, mask: Uint8Array | undefined, parsed: Float64Array | undefined, distinctLimit: number): void {
  const m = s.m;
  const n = batch.length;
  const { moments, kinds, timestamps } = s.needs;
  const nums = s.nums;
  const counts = s.counts;
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
      if (x === x) addNumber(s, x, moments, nums, m.histograms);
      else {
        m.nonNumeric++;
        if (!m.firstNonNumeric) m.firstNonNumeric = { value: v, row: batch.rowStart + r, line: batch.lines?.[r] };
      }
    }
    if (counts) {
      const key = valueKey(v);
      const e = counts.get(key);
      if (e) e.count++;
      else if (counts.size < distinctLimit) counts.set(key, { value: v, count: 1 });
      else {
        if (!s.hll) {
          s.hll = new HyperLogLog();
          for (const k of counts.keys()) s.hll.add(k);
        }
        m.valuesExact = false;
      }
      if (s.hll) s.hll.add(key);
    }
    if (timestamps) timestampAdd(m, v, batch, r);
    if (s.words && typeof v === 'string') s.words.add(v);
    if (kinds) {
      const k = cellKind(v);
      m.kinds![k] = (m.kinds![k] ?? 0) + 1;
    }
  }
}

function timestampAdd(m: ColumnMetrics, v: Cell, batch: Batch, r: number): void {
  const t = typeof v === 'string' ? parseTimestamp(v) : v instanceof Date ? v.getTime() : undefined;
  if (t === undefined) {
    m.nonTimestamp = (m.nonTimestamp ?? 0) + 1;
    if (!m.firstNonTimestamp) m.firstNonTimestamp = { value: v, row: batch.rowStart + r, line: batch.lines?.[r] };
  } else {
    if (!m.timeMin || t < m.timeMin.t) m.timeMin = { t, value: v };
    if (!m.timeMax || t > m.timeMax.t) m.timeMax = { t, value: v };
  }
}

/** The running state turned into the plain figures the judges read. */
export function finishColumn(s: ColumnState, numbers = true): ColumnMetrics {
  const m = s.m;
  if (s.nums && numbers) {
    m.quantilesExact = s.nums.exact;
    if (s.needs.quantiles) m.quantiles = s.needs.quantiles.map(({ method, qs }) => ({ method, qs, values: s.nums!.quantiles(qs, method) }));
    if (s.needs.sample) m.sample = s.nums.sample();
  }
  if (m.numeric > 0) {
    m.mean = s.shift + s.s1 / m.numeric;
    m.m2 = Math.max(0, s.s2 - (s.s1 * s.s1) / m.numeric);
  } else {
    m.min = NaN;
    m.max = NaN;
    m.mean = NaN;
  }
  if (s.words) m.tokens = s.words.finish(s.needs.tokens!.languages);
  if (s.counts) {
    m.values = [...s.counts.values()];
    m.distinct = s.hll ? Math.max(s.hll.estimate(), s.counts.size) : s.counts.size;
  }
  return m;
}

function histAdd(h: Histogram, x: number): void {
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

/** Word counts of one column's text cells, exact up to `limit` distinct words. */
class Words {
  private readonly counts = new Map<string, number>();
  private total = 0;
  private exact = true;
  private readonly count = (t: string): void => {
    this.total++;
    const n = this.counts.get(t);
    if (n !== undefined) this.counts.set(t, n + 1);
    else if (this.counts.size < this.limit) this.counts.set(t, 1);
    else this.exact = false;
  };
  constructor(private readonly limit: number) {}

  add(text: string): void {
    tokenize(text, this.count);
  }

  finish(languages: string[]): ColumnMetrics['tokens'] {
    const all = [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const stopwords: Record<string, number> = {};
    for (const lang of languages) {
      let n = 0;
      for (const w of STOPWORDS[lang] ?? []) n += this.counts.get(w) ?? 0;
      stopwords[lang] = n;
    }
    return { total: this.total, distinct: this.counts.size, top: all.slice(0, TOP_TOKENS).map(([token, count]) => ({ token, count })), stopwords, exact: this.exact };
  }
}
