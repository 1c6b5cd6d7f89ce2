/**
 * Bounded-memory summaries used past the exact limits.
 * - Quantiles: a KLL-style compactor stack (Karnin, Lang, Liberty 2016) with capacity k per level;
 *   rank error ≈ 1.7/k·n with high probability (k = 2048: 0.1 % of n), memory O(k·log(n/k)).
 * - Distinct counts: HyperLogLog with 2^14 registers (16 KiB), standard error 1.04/√16384 = 0.81 %.
 */

/** A quantile sketch as plain data (to merge into another): its items per level (weight 2^level), count and extremes. */
export interface SketchState {
  n: number;
  min: number;
  max: number;
  levels: Float64Array[];
}

export class QuantileSketch {
  /** levels[h] holds items of weight 2^h; each level is a typed buffer of capacity k (+1 for a carry). */
  private levels: Float64Array[] = [];
  private sizes: number[] = [];
  n = 0;
  min = Infinity;
  max = -Infinity;
  private coin = 0x9e3779b9;
  constructor(private readonly k = 2048) {
    this.addLevel();
  }

  private addLevel(): void {
    this.levels.push(new Float64Array(this.k + 1));
    this.sizes.push(0);
  }

  add(x: number): void {
    this.n++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    const l0 = this.levels[0]!;
    l0[this.sizes[0]!++] = x;
    if (this.sizes[0]! >= this.k) this.compact(0);
  }

  private compact(h: number): void {
    const size = this.sizes[h]!;
    const level = this.levels[h]!;
    const sorted = level.subarray(0, size).sort();
    // deterministic xorshift coin, so runs are reproducible
    this.coin ^= this.coin << 13;
    this.coin ^= this.coin >>> 17;
    this.coin ^= this.coin << 5;
    const offset = this.coin & 1;
    if (h + 1 === this.levels.length) this.addLevel();
    const up = this.levels[h + 1]!;
    const odd = size % 2 === 1;
    const even = odd ? size - 1 : size;
    let u = this.sizes[h + 1]!;
    for (let i = offset; i < even; i += 2) up[u++] = sorted[i]!;
    this.sizes[h + 1] = u;
    // an odd item out stays at this level
    if (odd) level[0] = sorted[size - 1]!;
    this.sizes[h] = odd ? 1 : 0;
    if (u >= this.k) this.compact(h + 1);
  }

  /** The sketch as plain data (to send to another thread). */
  state(): SketchState {
    return { n: this.n, min: this.min, max: this.max, levels: this.levels.map((l, h) => l.slice(0, this.sizes[h]!)) };
  }

  /**
   * Take in another sketch's items (a part of the same column read elsewhere): each item joins its
   * level with its weight, and full levels are compacted as when adding. The merged sketch has the
   * same rank-error bound; it is not the sketch one scan of both parts would have built.
   */
  merge(other: SketchState): void {
    this.n += other.n;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
    other.levels.forEach((items, h) => {
      for (let i = 0; i < items.length; i++) {
        while (this.levels.length <= h) this.addLevel();
        const level = this.levels[h]!;
        level[this.sizes[h]!++] = items[i]!;
        if (this.sizes[h]! >= this.k) this.compact(h);
      }
    });
  }

  /** Weighted items sorted by value (weight 2^level). */
  private items(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    this.levels.forEach((l, h) => {
      for (let i = 0; i < this.sizes[h]!; i++) out.push([l[i]!, 2 ** h]);
    });
    out.sort((a, b) => a[0] - b[0]);
    return out;
  }

  /** Value at quantile q (nearest rank on the weighted sample); exact at q = 0 and q = 1. */
  quantiles(qs: number[]): number[] {
    const items = this.items();
    const total = items.reduce((s, [, w]) => s + w, 0);
    return qs.map((q) => {
      if (q <= 0) return this.min;
      if (q >= 1) return this.max;
      const target = q * total;
      let acc = 0;
      for (const [v, w] of items) {
        acc += w;
        if (acc > target) return v;
      }
      return this.max;
    });
  }

  /** A weighted sample of the distribution (for KS and histograms against a profile). */
  sample(): { values: number[]; weights: number[] } {
    const items = this.items();
    return { values: items.map((i) => i[0]), weights: items.map((i) => i[1]) };
  }
}

/** 32-bit FNV-1a of a string with a seed (`prefix`: a character hashed before the string). */
export function hash32(s: string, seed = 0x811c9dc5, prefix = -1): number {
  let h = seed >>> 0;
  if (prefix >= 0) {
    h ^= prefix;
    h = Math.imul(h, 0x01000193);
  }
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32)
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class HyperLogLog {
  private readonly p = 14;
  private readonly m = 1 << 14;
  private readonly regs = new Uint8Array(1 << 14);

  addHash(h: number): void {
    const idx = h >>> (32 - this.p);
    const w = (h << this.p) >>> 0;
    const rank = w === 0 ? 32 - this.p + 1 : Math.clz32(w) + 1;
    if (rank > this.regs[idx]!) this.regs[idx] = rank;
  }

  add(key: string): void {
    this.addHash(hash32(key));
  }

  estimate(): number {
    const m = this.m;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < m; i++) {
      sum += 2 ** -this.regs[i]!;
      if (this.regs[i] === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / m);
    let e = (alpha * m * m) / sum;
    if (e <= 2.5 * m && zeros > 0) e = m * Math.log(m / zeros);
    return Math.round(e);
  }
}

/**
 * Seen-keys table for uniqueness past the exact limit: open addressing over 53-bit key hashes with the
 * first row of each key (12 bytes per slot, load ≤ 0.7). Two different values share a 53-bit hash with
 * probability ≈ n²/2⁵⁴ over the whole table (1M keys: 6·10⁻⁵), which would report one false duplicate.
 */
export class HashSeen {
  private keys: Float64Array;
  private rows: Int32Array;
  private size = 0;
  constructor(capacity = 1 << 16) {
    this.keys = new Float64Array(capacity).fill(-1);
    this.rows = new Int32Array(capacity);
  }

  static hash(key: string): number {
    return hash32(key) * 2097152 + (hash32(key, 0x2545f491) & 0x1fffff);
  }

  /** The hash of `valueKey(text)` ('s' + text) without building that string. */
  static hashText(text: string): number {
    return hash32(text, 0x811c9dc5, 115) * 2097152 + (hash32(text, 0x2545f491, 115) & 0x1fffff);
  }

  /** Slot of a hash: its high 32 bits are a well-mixed hash already. */
  private static slot(h: number, mask: number): number {
    return Math.floor(h / 2097152) & mask;
  }

  has(h: number): boolean {
    const mask = this.keys.length - 1;
    let i = HashSeen.slot(h, mask);
    for (;;) {
      const k = this.keys[i]!;
      if (k === -1) return false;
      if (k === h) return true;
      i = (i + 1) & mask;
    }
  }

  /** Insert; returns -1 when new, else the first row seen with that hash (negative-encoded once reported). */
  add(h: number, row: number): number {
    if (this.size * 10 >= this.keys.length * 7) this.grow();
    const mask = this.keys.length - 1;
    let i = HashSeen.slot(h, mask);
    for (;;) {
      const k = this.keys[i]!;
      if (k === -1) {
        this.keys[i] = h;
        this.rows[i] = row;
        this.size++;
        return -1;
      }
      if (k === h) {
        const r = this.rows[i]!;
        if (r >= 0) this.rows[i] = -r - 1; // first occurrence now reported
        return r;
      }
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const oldK = this.keys;
    const oldR = this.rows;
    this.keys = new Float64Array(oldK.length * 2).fill(-1);
    this.rows = new Int32Array(oldK.length * 2);
    const mask = this.keys.length - 1;
    for (let j = 0; j < oldK.length; j++) {
      const h = oldK[j]!;
      if (h === -1) continue;
      let i = HashSeen.slot(h, mask);
      while (this.keys[i] !== -1) i = (i + 1) & mask;
      this.keys[i] = h;
      this.rows[i] = oldR[j]!;
    }
  }
}

/**
 * Integer keys with the first row of each, in the order first seen: what a `Map` from each key's text
 * to its row held for uniqueness below the exact limit, in typed arrays (16 bytes a key and 8 a slot,
 * load ≤ 0.5) instead of a string and a map entry a key on the V8 heap. The 100k keys an id column
 * held below the limit lived long enough to be copied by each young-generation collection: the
 * thread's young generation grew to its largest for them (docs/benchmarks.md).
 */
export class IntFirsts {
  /** the keys in the order first seen, and each one's row (negative-encoded once reported: −row−1) */
  keys = new Float64Array(256);
  rows = new Float64Array(256);
  size = 0;
  /** open addressing: 1 + the index of a key in `keys`, 0 for an empty slot */
  private slots = new Int32Array(512);

  /** 32 − log2 of the slots: a slot is the top bits of the key's multiplicative hash */
  private shift = 23;

  private slot(k: number): number {
    // the key's low and high 32 bits (exact for a safe integer) mixed, then the top bits
    return Math.imul((k >>> 0) ^ Math.imul(Math.floor(k / 4294967296), 0x85ebca6b), 0x9e3779b1) >>> this.shift;
  }

  /** The index of `k` in `keys`, or -1. */
  find(k: number): number {
    const mask = this.slots.length - 1;
    for (let i = this.slot(k); ; i = (i + 1) & mask) {
      const at = this.slots[i]!;
      if (at === 0) return -1;
      if (this.keys[at - 1] === k) return at - 1;
    }
  }

  /** Adds `k` (not among the keys yet) first seen at `row`. */
  add(k: number, row: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const rows = new Float64Array(this.size * 2);
      rows.set(this.rows);
      this.rows = rows;
    }
    if (2 * (this.size + 1) > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      this.shift--;
      for (let j = 0; j < this.size; j++) this.place(this.keys[j]!, j);
    }
    this.keys[this.size] = k;
    this.rows[this.size] = row;
    this.place(k, this.size++);
  }

  private place(k: number, index: number): void {
    const mask = this.slots.length - 1;
    let i = this.slot(k);
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = index + 1;
  }
}

/** A column's numbers as kept: doubles, or integers that stand for them (stream/numbers.ts). */
export type NumArray = Float64Array | Int32Array | Int16Array;

/**
 * The values at sorted positions `positions` of `x` (order statistics), exact. 16-bit integers:
 * tallied (`tally`). Small arrays, or many positions: quickselect, recursing on both sides of each
 * found position (`x` is reordered). Large arrays: one pass that keeps only the values near each
 * wanted position (below).
 */
export function selectQuantiles(x: NumArray | NumArray[], positions: number[]): Map<number, number> {
  const want = [...new Set(positions)].sort((a, b) => a - b);
  const parts = Array.isArray(x) ? x : [x];
  const n = parts.reduce((a, p) => a + p.length, 0);
  if (n >= TALLIED_MIN && parts.every((p) => p instanceof Int16Array)) return pickInTally(tally(parts as Int16Array[]), want);
  if (n >= SAMPLED_MIN && want.length <= 64) {
    const picked = selectBySample(parts, n, want);
    if (picked) return picked;
  }
  return quickselectAll(Array.isArray(x) ? concat(x) : x, want);
}

/** Parts one after the other in one new array (the parts are not changed). */
export function concat<T extends NumArray>(parts: T[]): T {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const all = (parts[0] instanceof Int16Array ? new Int16Array(n) : parts[0] instanceof Int32Array ? new Int32Array(n) : new Float64Array(n)) as T;
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.length;
  }
  return all;
}

/** Quickselect for sorted positions `want`, recursing on both sides of each one found (`x` is reordered). */
function quickselectAll(x: NumArray, want: number[]): Map<number, number> {
  const out = new Map<number, number>();
  const go = (lo: number, hi: number, ks: number[]): void => {
    if (ks.length === 0 || lo > hi) return;
    const mid = ks[ks.length >> 1]!;
    select(x, lo, hi, mid);
    out.set(mid, x[mid]!);
    go(lo, mid - 1, ks.filter((k) => k < mid));
    go(mid + 1, hi, ks.filter((k) => k > mid));
  };
  go(0, x.length - 1, want);
  return out;
}

/** Below this many 16-bit integers quickselect is as fast as tallying them (65,536 counters to clear and walk). */
export const TALLIED_MIN = 1 << 12;

/** How many times each 16-bit integer occurs among some values: `counts[i]` times `lo + i`. */
export interface Tally {
  lo: number;
  counts: Uint32Array;
}

/**
 * The values of 16-bit integer parts tallied, one counter per possible value (65,536): one pass with a
 * store per value, no comparison, and every order statistic then read off the running count. Exact
 * for any data; a column of ages, counts, or rates with a few decimals is kept this way
 * (stream/numbers.ts). The counters kept run from the least to the greatest value seen.
 */
export function tally(parts: Int16Array[]): Tally {
  const all = new Uint32Array(65536);
  for (const x of parts) countInto(all, x);
  const [lo, hi] = countedRange(all);
  return { lo: lo - 32768, counts: all.subarray(lo, Math.max(lo, hi + 1)) };
}

/** The first and the last counter of `all` (a counter per 16-bit integer) that holds a count; the first is 65,536 when none does. */
export function countedRange(all: Uint32Array): [number, number] {
  let lo = 0;
  while (lo < 65536 && all[lo] === 0) lo++;
  let hi = 65535;
  while (hi > lo && all[hi] === 0) hi--;
  return [lo, hi];
}

/** The values of `x` counted into `all`, a counter per 16-bit integer (`all[v + 32768]`). */
export function countInto(all: Uint32Array, x: Int16Array): void {
  for (let i = 0, len = x.length; i < len; i++) all[x[i]! + 32768]++;
}

/** Tallies of parts as one. */
export function addTallies(list: Tally[]): Tally {
  const some = list.filter((t) => t.counts.length > 0);
  if (some.length === 0) return { lo: 0, counts: new Uint32Array(0) };
  const lo = Math.min(...some.map((t) => t.lo));
  const hi = Math.max(...some.map((t) => t.lo + t.counts.length));
  const counts = new Uint32Array(hi - lo);
  for (const t of some) for (let i = 0, o = t.lo - lo; i < t.counts.length; i++) counts[o + i]! += t.counts[i]!;
  return { lo, counts };
}

/** The values at sorted positions `want` (sorted, each below the tally's count) from the tally. */
export function pickInTally(t: Tally, want: number[]): Map<number, number> {
  const out = new Map<number, number>();
  let below = 0;
  let w = 0;
  for (let i = 0; i < t.counts.length && w < want.length; i++) {
    below += t.counts[i]!;
    while (w < want.length && want[w]! < below) out.set(want[w++]!, t.lo + i);
  }
  return out;
}

/** Below this many values quickselect is as fast as sampling. */
export const SAMPLED_MIN = 1 << 16;
/** The sample that brackets the wanted positions (shared among the parts of a column read by several threads). */
export const SAMPLE = 1 << 15;

/**
 * Order statistics by sampling (Floyd and Rivest's idea, for several positions at once): a sorted
 * sample of 32,768 values brackets each wanted position between two values that hold it with
 * overwhelming probability (±4.5 standard deviations of a sample rank); one pass over `x` counts the
 * values below each bracket and those equal to its bounds, and copies those strictly inside it; each
 * position is then selected within its bracket. Exact: a bracket that turns out not to hold its
 * position (or to be too large) makes the caller fall back to quickselect. One pass and a few
 * thousand values selected, instead of about 3 log2(k) partitioning passes over the whole array
 * (docs/benchmarks.md). The steps are apart so that parts held by different threads can each be
 * sampled and counted where they are (stream/ranges.ts).
 */
export function selectBySample(parts: NumArray[], n: number, want: number[]): Map<number, number> | undefined {
  const b = bracketsFor(sampleOf(parts, SAMPLE).sort(), n, want);
  const counts = countBrackets(parts, b, n);
  return counts && pickInBrackets(b, counts, want);
}

/** `size` values of the parts (one after the other) at fixed pseudo-random positions (xorshift32): the same data gives the same work, and sorted input is no worse than shuffled. */
export function sampleOf(parts: NumArray[], size: number): Float64Array {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const sample = new Float64Array(n === 0 ? 0 : size);
  // where each part starts among the n values (the parts of a column read by several threads, in file order)
  const starts = new Float64Array(parts.length);
  for (let p = 1; p < parts.length; p++) starts[p] = starts[p - 1]! + parts[p - 1]!.length;
  let seed = 0x9e3779b9;
  for (let i = 0; i < sample.length; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const g = (seed >>> 0) % n;
    let p = parts.length - 1;
    while (starts[p]! > g) p--;
    sample[i] = parts[p]![g - starts[p]!]!;
  }
  return sample;
}

/**
 * The parts' sorted samples as one sorted sample of the whole column: each part's thinned to its
 * share of `size` by its count of values (evenly through its sorted sample, which keeps its
 * distribution), so a short part weighs no more than its values do.
 */
export function joinSamples(samples: Float64Array[], counts: number[], size: number): Float64Array {
  const n = counts.reduce((a, c) => a + c, 0);
  const out: number[] = [];
  samples.forEach((x, k) => {
    const m = Math.min(x.length, Math.round((size * counts[k]!) / n));
    for (let i = 0; i < m; i++) out.push(x[Math.floor(((i + 0.5) * x.length) / m)]!);
  });
  return Float64Array.from(out).sort();
}

/** The value bounds of the brackets (overlapping ones merged), and which bracket holds each wanted position. */
export interface Brackets {
  lows: Float64Array;
  highs: Float64Array;
  /** per wanted position: its bracket */
  owner: number[];
}

/** Brackets for positions `want` (sorted) among n values, from a sorted sample of them. */
export function bracketsFor(sample: Float64Array, n: number, want: number[]): Brackets {
  const size = sample.length;
  const los: number[] = [];
  const his: number[] = [];
  const owner: number[] = [];
  for (const k of want) {
    const p = k / (n - 1);
    const r = p * (size - 1);
    const d = 4.5 * Math.sqrt(size * p * (1 - p)) + 8;
    const lo = sample[Math.max(0, Math.floor(r - d))]!;
    const hi = sample[Math.min(size - 1, Math.ceil(r + d))]!;
    const last = los.length - 1;
    if (last >= 0 && lo <= his[last]!) his[last] = Math.max(his[last]!, hi);
    else {
      los.push(lo);
      his.push(hi);
    }
    owner.push(los.length - 1);
  }
  return { lows: Float64Array.from(los), highs: Float64Array.from(his), owner };
}

/** Per bracket: the values below it (and above the one before; one more for above the last), those equal to its bounds, and those strictly inside. */
export interface BracketCounts {
  gaps: Float64Array;
  atLow: Float64Array;
  atHigh: Float64Array;
  inside: Float64Array[];
}

/** One pass over the parts; undefined when a bracket holds more values than a sample should ever leave in one (of n in all). */
export function countBrackets(parts: NumArray[], b: Brackets, n: number): BracketCounts | undefined {
  const { lows, highs } = b;
  const m = lows.length;
  const gaps = new Float64Array(m + 1);
  const expect = Math.ceil((n * 10 * Math.sqrt(SAMPLE)) / SAMPLE) + 64; // ≈ a bracket's size
  const inside: Float64Array[] = Array.from({ length: m }, () => new Float64Array(expect));
  const filled = new Int32Array(m);
  const atLow = new Float64Array(m);
  const atHigh = new Float64Array(m);
  const cap = Math.max(4096, n >> 3);
  for (const x of parts) {
    const count = x instanceof Int16Array ? COUNT_I16 : x instanceof Int32Array ? COUNT_I32 : COUNT_F64;
    if (!count(x, lows, highs, gaps, atLow, atHigh, inside, filled, cap)) return undefined;
  }
  return { gaps, atLow, atHigh, inside: inside.map((x, j) => x.subarray(0, filled[j])) };
}

/**
 * The counting pass of `countBrackets`, one copy per kind of array: each copy is optimised for the one
 * kind it reads (one function reading all three would be optimised, thrown away and optimised again at
 * each change of kind, and then read every value through a check of the kind). False when a bracket
 * holds more than `cap` values.
 */
function counter() {
  return function count(x: NumArray, lows: Float64Array, highs: Float64Array, gaps: Float64Array, atLow: Float64Array, atHigh: Float64Array, inside: Float64Array[], filled: Int32Array, cap: number): boolean {
    const m = lows.length;
    // up to 8 brackets' high bounds held in locals (missing ones +Infinity, never below a value)
    const h0 = m > 0 ? highs[0]! : Infinity;
    const h1 = m > 1 ? highs[1]! : Infinity;
    const h2 = m > 2 ? highs[2]! : Infinity;
    const h3 = m > 3 ? highs[3]! : Infinity;
    const h4 = m > 4 ? highs[4]! : Infinity;
    const h5 = m > 5 ? highs[5]! : Infinity;
    const h6 = m > 6 ? highs[6]! : Infinity;
    const h7 = m > 7 ? highs[7]! : Infinity;
    const few = m <= 8;
    for (let i = 0, len = x.length; i < len; i++) {
      const v = x[i]!;
      // the bracket or gap: how many brackets lie wholly below v (no early exit: a branch per bracket mispredicts on shuffled data)
      let j: number;
      if (few) j = ((v > h0) as unknown as number) + ((v > h1) as unknown as number) + ((v > h2) as unknown as number) + ((v > h3) as unknown as number) + ((v > h4) as unknown as number) + ((v > h5) as unknown as number) + ((v > h6) as unknown as number) + ((v > h7) as unknown as number);
      else {
        j = 0;
        for (let t = 0; t < m; t++) j += (v > highs[t]!) as unknown as number;
      }
      if (j === m || v < lows[j]!) {
        gaps[j]++;
        continue;
      }
      // a bracket's bounds are counted, not copied: on columns of few distinct values (small integers, rounded figures) most of a bracket is its bounds
      if (v === lows[j]) {
        atLow[j]++;
        continue;
      }
      if (v === highs[j]) {
        atHigh[j]++;
        continue;
      }
      let buf = inside[j]!;
      const f = filled[j]!;
      if (f === buf.length) {
        if (f >= cap) return false;
        const next = new Float64Array(f * 2);
        next.set(buf);
        inside[j] = buf = next;
      }
      buf[f] = v;
      filled[j] = f + 1;
    }
    return true;
  };
}
const COUNT_I16 = counter();
const COUNT_I32 = counter();
const COUNT_F64 = counter();

/** The counts of several parts' passes as one pass's (inside values in part order). */
export function addCounts(list: BracketCounts[]): BracketCounts {
  const sum = (pick: (c: BracketCounts) => Float64Array): Float64Array => {
    const out = new Float64Array(pick(list[0]!).length);
    for (const c of list) pick(c).forEach((v, i) => (out[i]! += v));
    return out;
  };
  const inside = list[0]!.inside.map((_, j) => concat(list.map((c) => c.inside[j]!)));
  return { gaps: sum((c) => c.gaps), atLow: sum((c) => c.atLow), atHigh: sum((c) => c.atHigh), inside };
}

/** The wanted positions from the counts; undefined when one is not in its bracket (the sample missed: select another way). The inside values are reordered. */
export function pickInBrackets(b: Brackets, counts: BracketCounts, want: number[]): Map<number, number> | undefined {
  const { gaps, atLow, atHigh, inside } = counts;
  const m = b.lows.length;
  const out = new Map<number, number>();
  let below = 0;
  const belowBracket: number[] = [];
  const size = (j: number): number => atLow[j]! + inside[j]!.length + atHigh[j]!;
  for (let j = 0; j < m; j++) {
    below += gaps[j]!;
    belowBracket.push(below);
    below += size(j);
  }
  // within a bracket, in order: its low bound (atLow times), the values strictly inside, its high bound (atHigh times)
  const wanted: number[][] = Array.from({ length: m }, () => []);
  for (let w = 0; w < want.length; w++) {
    const j = b.owner[w]!;
    const at = want[w]! - belowBracket[j]!;
    if (at < 0 || at >= size(j)) return undefined;
    if (at < atLow[j]!) out.set(want[w]!, b.lows[j]!);
    else if (at >= atLow[j]! + inside[j]!.length) out.set(want[w]!, b.highs[j]!);
    else wanted[j]!.push(at - atLow[j]!);
  }
  for (let j = 0; j < m; j++) {
    if (wanted[j]!.length === 0) continue;
    const local = quickselectAll(inside[j]!, wanted[j]!);
    for (const [at, v] of local) out.set(at + atLow[j]! + belowBracket[j]!, v);
  }
  return out;
}

function select(a: NumArray, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    // median of three pivot
    const m = (lo + hi) >>> 1;
    if (a[m]! < a[lo]!) swap(a, m, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[m]!) swap(a, hi, m);
    const pivot = a[m]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: NumArray, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * Seen integer keys as sorted disjoint runs [start, end]: an id column (1, 2, 3, …) costs one run
 * instead of a slot per key. A run filled in row order ("aligned") also knows the first row of each
 * of its values. Gives up (returns undefined) past `maxRuns`, and the caller falls back to hashes.
 */
export class IntRuns {
  private starts: number[] = [];
  private ends: number[] = [];
  private rows: number[] = [];
  private aligned: boolean[] = [];
  constructor(private readonly maxRuns = 4096) {}

  get runs(): number {
    return this.starts.length;
  }

  /** -1: new key; ≥ 0: first row of a duplicate; -2: duplicate, first row unknown; undefined: too many runs. */
  add(v: number, row: number): number | undefined {
    const n = this.starts.length;
    // the common case: the next id after the last run
    if (n > 0 && v === this.ends[n - 1]! + 1) {
      this.aligned[n - 1] = this.aligned[n - 1]! && row === this.rows[n - 1]! + (v - this.starts[n - 1]!);
      this.ends[n - 1] = v;
      return -1;
    }
    // last run whose start ≤ v
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (this.starts[m]! <= v) lo = m + 1;
      else hi = m;
    }
    const i = lo - 1;
    if (i >= 0 && v <= this.ends[i]!) return this.aligned[i] ? this.rows[i]! + (v - this.starts[i]!) : -2;
    const joinsLeft = i >= 0 && this.ends[i]! + 1 === v;
    const joinsRight = i + 1 < n && this.starts[i + 1]! - 1 === v;
    // adjacent runs are not merged: each keeps the row it started on
    if (joinsLeft) {
      this.aligned[i] = this.aligned[i]! && row === this.rows[i]! + (v - this.starts[i]!);
      this.ends[i] = v;
    } else if (joinsRight) {
      this.aligned[i + 1] = this.aligned[i + 1]! && row === this.rows[i + 1]! - 1;
      this.starts[i + 1] = v;
      this.rows[i + 1] = row;
    } else {
      if (n >= this.maxRuns) return undefined;
      this.starts.splice(i + 1, 0, v);
      this.ends.splice(i + 1, 0, v);
      this.rows.splice(i + 1, 0, row);
      this.aligned.splice(i + 1, 0, true);
    }
    return -1;
  }

  has(v: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (this.starts[m]! <= v) lo = m + 1;
      else hi = m;
    }
    return lo > 0 && v <= this.ends[lo - 1]!;
  }
}
