import type { QuantileMethod } from '../plan.js';
import { addTallies, concat, countedRange, countInto, pickInTally, QuantileSketch, selectQuantiles, type NumArray, type SketchState } from '../sketch.js';

/** Rows a projection of a part's numbers waits for. */
const PROJECT_AFTER = 1 << 16;

/** The most decimal places a column's numbers are kept as scaled integers with. */
const MAX_SCALE = 9;
const POW10 = Array.from({ length: MAX_SCALE + 1 }, (_, k) => 10 ** k);

const I16 = 0;
const I32 = 1;
const F64 = 2;
const RANGE = [
  [-32768, 32767],
  [-2147483648, 2147483647],
];

/**
 * A column's numbers kept exactly, in the order added: `kept[i] / 10^scale` is the i-th number
 * (`scale` is 0 for a Float64Array). Each integer m stands for the double nearest to m / 10^scale,
 * which is the number itself (checked when it was added), and integers are in the order of the numbers
 * they stand for, so order statistics are selected among them as they are.
 */
export interface Kept {
  kept: NumArray;
  scale: number;
  /** How many of the zeros kept as integers were -0 (a double keeps its own sign): in sorted order they come first among the zeros. */
  negZeros?: number;
}

/**
 * A column's 16-bit integers past the exact limit, counted by value instead of sketched (exact at any
 * count, in 256 KB): `tally[m + 32768]` of the numbers stood for by m / 10^scale, `negZeros` of the
 * zeros -0. Order statistics are read off the running count; the order they came in is not kept.
 */
export interface Tallied {
  tally: Uint32Array;
  n: number;
  scale: number;
  negZeros: number;
}

/** What a column's numbers are handed over as: kept, tallied, or a sketch's state. */
export type Handed = Kept | Tallied | SketchState;

export function isKept(x: Handed | undefined): x is Kept {
  return x !== undefined && 'kept' in x;
}

export function isTallied(x: Handed | undefined): x is Tallied {
  return x !== undefined && 'tally' in x;
}

/** About how many values a handed-over column's finishing reads (to share the finishing among threads): a tally's counters. */
export function sizeOf(x: Handed): number {
  return isKept(x) ? x.kept.length : isTallied(x) ? x.tally.length : x.levels.reduce((a, l) => a + l.length, 0);
}

/** Each number a tally stands for, in sorted order (the -0s first among the zeros), with how many times it occurs. */
function eachCount(t: Tallied, visit: (x: number, count: number) => void): void {
  const pow = POW10[t.scale]!;
  for (let i = 0; i < 65536; i++) {
    const c = t.tally[i]!;
    if (c === 0) continue;
    const m = i - 32768;
    if (m === 0 && t.negZeros > 0) {
      visit(-0, t.negZeros);
      if (c > t.negZeros) visit(0, c - t.negZeros);
    } else visit(m / pow, c);
  }
}

/** The integers a tally counts, in sorted order, in an array of `size` (at least the tally's count). */
function untally(t: Tallied, size: number): Int16Array {
  const out = new Int16Array(size);
  let at = 0;
  for (let i = 0; i < 65536; i++) {
    const c = t.tally[i]!;
    if (c === 0) continue;
    out.fill(i - 32768, at, at + c);
    at += c;
  }
  return out;
}

/** The numbers of kept parts (a column read by several threads, in file order) in one representation: their own when they share it, else doubles. */
export function unify(parts: Kept[]): Kept[] {
  const first = parts[0];
  if (!first || parts.every((p) => p.scale === first.scale && p.kept.constructor === first.kept.constructor)) return parts;
  return parts.map((p) => ({ kept: toDoubles(p), scale: 0 }));
}

/** Each number the kept values stand for, in order (the -0s back on the first zeros, which is where they sort). */
function eachNumber(p: Kept, visit: (x: number, i: number) => void): void {
  const pow = POW10[p.scale]!;
  let neg = p.negZeros ?? 0;
  for (let i = 0; i < p.kept.length; i++) {
    const x = p.kept[i]! / pow;
    if (x === 0 && neg > 0) {
      neg--;
      visit(-0, i);
    } else visit(x, i);
  }
}

/** The numbers as doubles. */
function toDoubles(p: Kept): Float64Array {
  if (p.kept instanceof Float64Array) return p.kept;
  const out = new Float64Array(p.kept.length);
  eachNumber(p, (x, i) => (out[i] = x));
  return out;
}

/**
 * The order statistic at sorted position `i` of the parts, whose integer is `v` (times 10^scale): the
 * number it stands for, a zero signed as it sorts (the parts' -0s come first among the zeros).
 */
function signedAt(parts: Kept[]): (i: number, v: number) => number {
  return signedBy(
    parts.reduce((a, p) => a + (p.negZeros ?? 0), 0),
    () => {
      let negatives = 0;
      for (const p of parts) for (let k = 0; k < p.kept.length; k++) if (p.kept[k]! < 0) negatives++;
      return negatives;
    },
  );
}

/** `signedAt` given the count of -0s and how to count the negative numbers (only when a zero is read). */
function signedBy(negZeros: number, countNegatives: () => number): (i: number, v: number) => number {
  let negatives = -1;
  return (i, v) => {
    if (v !== 0 || negZeros === 0) return v;
    if (negatives < 0) negatives = countNegatives();
    return i < negatives + negZeros ? -0 : 0;
  };
}

/** `read` for exactQuantiles from order statistics picked among the parts' integers. */
export function pickedNumbers(picked: Map<number, number>, parts: Kept[]): (i: number) => number {
  const pow = POW10[parts[0]?.scale ?? 0]!;
  const signed = signedAt(parts);
  return (i) => signed(i, picked.get(i)! / pow);
}

/**
 * A column's numeric values: exact up to a limit, then a quantile sketch. Kept as 16-bit, then 32-bit
 * integers with a decimal scale while every number is one (`Kept`): a column of ages, counts, prices
 * or rates holds 2 or 4 bytes a row instead of 8; the first number that is not turns them to doubles.
 * A -0 (as rounding writes small negatives: `-0.0`) is kept as a zero and counted: order statistics
 * only need to know that the -0s sort first among the zeros.
 */
export class Numbers {
  private kind = I16;
  private i16: Int16Array = new Int16Array(1024);
  private i32: Int32Array = new Int32Array(0);
  private f64: Float64Array = new Float64Array(0);
  private scale = 0;
  private pow = 1;
  private n = 0;
  // -0s kept as integer zeros
  private negZeros = 0;
  private sketch?: QuantileSketch;
  // past the limit, 16-bit integers counted by value (`Tallied`)
  private tallied?: Uint32Array;
  private sorted?: NumArray;
  // how many numbers the column is projected to hold in all (`aim`): the array grows to it at once
  private aimed = 0;
  /**
   * `counted`: the column's numbers are wanted for their quantiles only (not a sample of them, nor
   * their order), so 16-bit integers are counted by value from the first (`Tallied`, 256 KiB) instead
   * of kept (2 bytes a row); the first number that is not one turns the count back into numbers kept,
   * in sorted order, and goes on from there as a column kept from the first.
   */
  constructor(
    private readonly limit: number,
    counted = false,
  ) {
    if (counted) {
      this.tallied = new Uint32Array(65536);
      this.i16 = new Int16Array(0);
    }
  }

  private get buf(): NumArray {
    return this.kind === I16 ? this.i16 : this.kind === I32 ? this.i32 : this.f64;
  }

  add(x: number): void {
    const n = this.n;
    const kind = this.kind;
    if (kind === F64) {
      if (n < this.f64.length) {
        this.f64[n] = x;
        this.n = n + 1;
        return;
      }
    } else {
      const pow = this.pow;
      const m = Math.round(x * pow);
      // the integer stands for x (a -0 goes the slow way, to be counted)
      if ((pow === 1 ? m === x : m / pow === x) && (m !== 0 || 1 / x > 0)) {
        if (kind === I16) {
          if (m >= -32768 && m <= 32767) {
            if (n < this.i16.length) {
              this.i16[n] = m;
              this.n = n + 1;
              return;
            }
            if (this.tallied) {
              this.tallied[m + 32768]!++;
              this.n = n + 1;
              return;
            }
          }
        } else if (m >= -2147483648 && m <= 2147483647 && n < this.i32.length) {
          this.i32[n] = m;
          this.n = n + 1;
          return;
        }
      }
    }
    this.addSlow(x);
  }

  /** A number that needs more room, another scale, a wider kind, or the sketch. */
  private addSlow(x: number): void {
    if (this.sketch) return this.sketch.add(x);
    if (this.tallied) return this.addTallied(x);
    if (this.n >= this.limit) {
      this.toSketch();
      return this.addSlow(x);
    }
    if (this.kind !== F64 && x === 0 && 1 / x < 0) {
      // a -0 is kept as a zero and counted
      this.negZeros++;
      x = 0;
    }
    if (this.kind !== F64 && !this.fits(x)) this.fit(x);
    if (this.n === this.buf.length) this.grow();
    if (this.kind === F64) this.f64[this.n++] = x;
    else {
      const m = Math.round(x * this.pow);
      if (this.kind === I16) this.i16[this.n++] = m;
      else this.i32[this.n++] = m;
    }
  }

  /** Whether x (not -0) is kept as an integer of the kind and scale of the numbers so far. */
  private fits(x: number): boolean {
    const m = Math.round(x * this.pow);
    const [lo, hi] = RANGE[this.kind]!;
    return m / this.pow === x && m >= lo! && m <= hi!;
  }

  /** The scale and kind that keep x (not -0) and every number so far as integers, or doubles when none does. */
  private fit(x: number): void {
    let scale = -1;
    if (x === x) {
      for (let k = this.scale; k <= MAX_SCALE; k++) {
        const m = Math.round(x * POW10[k]!);
        if (m / POW10[k]! === x && Math.abs(m) <= 2147483647) {
          scale = k;
          break;
        }
      }
    }
    if (scale >= 0) {
      const up = POW10[scale - this.scale]!;
      const m = Math.round(x * POW10[scale]!);
      // the range of the integers so far, scaled up
      let lo = m;
      let hi = m;
      const buf = this.buf;
      for (let i = 0; i < this.n; i++) {
        const v = buf[i]! * up;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      const kind = lo >= RANGE[I16]![0]! && hi <= RANGE[I16]![1]! ? I16 : lo >= RANGE[I32]![0]! && hi <= RANGE[I32]![1]! ? I32 : F64;
      if (kind !== F64) {
        this.rescale(kind, scale, up);
        return;
      }
    }
    const f = new Float64Array(Math.max(this.buf.length, 1024));
    f.set(toDoubles(this.handOver() as Kept));
    this.negZeros = 0;
    this.f64 = f;
    this.i16 = new Int16Array(0);
    this.i32 = new Int32Array(0);
    this.kind = F64;
    this.scale = 0;
    this.pow = 1;
  }

  /** The integers so far times `up`, as `kind`, at `scale`. */
  private rescale(kind: number, scale: number, up: number): void {
    const old = this.buf;
    const len = Math.max(old.length, 1024);
    if (kind !== this.kind || up !== 1) {
      const next = kind === I16 ? (this.kind === I16 ? this.i16 : new Int16Array(len)) : kind === this.kind ? this.i32 : new Int32Array(len);
      for (let i = 0; i < this.n; i++) next[i] = old[i]! * up;
      if (kind === I16) this.i16 = next as Int16Array;
      else {
        this.i32 = next as Int32Array;
        this.i16 = new Int16Array(0);
      }
    }
    this.kind = kind;
    this.scale = scale;
    this.pow = POW10[scale]!;
  }

  /**
   * The array's next size: twice its size, or at once the numbers the column is projected to hold
   * (`aim`), or a quarter more once past that projection. Each doubling left its last array as garbage
   * outside V8's heap, freed by a full collection only: about as much again as the column's numbers.
   */
  private grow(): void {
    const len = this.buf.length;
    const size = Math.min(this.limit, this.aimed > len ? this.aimed : this.aimed > 0 ? len + (len >> 2) : len * 2);
    if (this.kind === I16) {
      const next = new Int16Array(size);
      next.set(this.i16);
      this.i16 = next;
    } else if (this.kind === I32) {
      const next = new Int32Array(size);
      next.set(this.i32);
      this.i32 = next;
    } else {
      const next = new Float64Array(size);
      next.set(this.f64);
      this.f64 = next;
    }
  }

  /** A number past the limit of a tallied column: counted when it is a 16-bit integer at the column's scale, else the tally goes to a sketch. */
  private addTallied(x: number): void {
    const t = this.tallied!;
    const m = Math.round(x * this.pow);
    if (m / this.pow === x && m >= -32768 && m <= 32767) {
      if (x === 0 && 1 / x < 0) this.negZeros++;
      t[m + 32768]!++;
      this.n++;
      return;
    }
    if (this.n < this.limit) {
      // counted from the first, within the limit: counted at a finer scale where every number is still
      // a 16-bit integer there, else kept from here on, as though kept from the first
      if (this.retally(x)) return this.addTallied(x);
      this.i16 = untally(this.handOver() as Tallied, Math.max(this.n + (this.n >> 2), 1024));
      this.tallied = undefined;
      return this.addSlow(x);
    }
    // another scale or a wider number: the tallied numbers (in sorted order) and those after go to a sketch
    const sketch = new QuantileSketch();
    eachCount(this.handOver() as Tallied, (v, c) => {
      for (let k = 0; k < c; k++) sketch.add(v);
    });
    this.sketch = sketch;
    this.tallied = undefined;
    sketch.add(x);
  }

  /** The tally at the finest scale x needs, when x and every number counted are 16-bit integers there (as `fit` rescales kept integers); false if not. */
  private retally(x: number): boolean {
    let scale = -1;
    for (let k = this.scale + 1; k <= MAX_SCALE && x === x; k++) {
      const m = Math.round(x * POW10[k]!);
      if (m / POW10[k]! === x) {
        if (m >= -32768 && m <= 32767) scale = k;
        break;
      }
    }
    if (scale < 0) return false;
    const t = this.tallied!;
    const up = POW10[scale - this.scale]!;
    const [lo, hi] = countedRange(t);
    if (lo < 65536 && ((lo - 32768) * up < -32768 || (hi - 32768) * up > 32767)) return false;
    const next = new Uint32Array(65536);
    for (let i = lo; i <= hi; i++) if (t[i] !== 0) next[(i - 32768) * up + 32768] = t[i]!;
    this.tallied = next;
    this.scale = scale;
    this.pow = POW10[scale]!;
    return true;
  }

  /** Past the limit (or projected past it): 16-bit integers are tallied (exact at any count), other numbers sketched in the order they came. */
  private toSketch(): void {
    if (this.kind === I16) {
      const t = new Uint32Array(65536);
      countInto(t, this.i16.subarray(0, this.n));
      this.tallied = t;
      this.i16 = new Int16Array(0);
      return;
    }
    const kept = this.handOver() as Kept;
    const sketch = (this.sketch = new QuantileSketch());
    eachNumber(kept, (x) => sketch.add(x));
    this.i16 = new Int16Array(0);
    this.i32 = new Int32Array(0);
    this.f64 = new Float64Array(0);
  }

  /**
   * After `rows` of the `expected` rows of a part of a file: where the values so far, at the same rate,
   * come to more than twice the limit, the sketch takes them over now rather than at the limit, so the
   * part holds no array of them meanwhile (a part whose later rows hold fewer numbers than projected
   * ends with a sketch though within the limit; the merge then reads the file by columns).
   */
  project(rows: number, expected: number): void {
    if (!this.sketch && !this.tallied && rows >= PROJECT_AFTER && (this.n / rows) * expected > 2 * this.limit) this.toSketch();
  }

  /** After `rows` of the `expected` rows of a scan: the numbers the column will hold at the same rate, for its array to grow to at once. */
  aim(rows: number, expected: number): void {
    if (rows >= PROJECT_AFTER) this.aimed = Math.min(this.limit, Math.ceil((this.n / rows) * expected * 1.02) + 1024);
  }

  /** What a part of a file split by rows hands to the merge: the values kept, in the order added, or the sketch that took them over (as plain data). */
  handOver(): Handed {
    if (this.tallied) return { tally: this.tallied, n: this.n, scale: this.scale, negZeros: this.negZeros };
    return this.sketch ? this.sketch.state() : { kept: this.buf.subarray(0, this.n), scale: this.scale, negZeros: this.negZeros };
  }

  /**
   * Parts of one column read by different threads, in file order: exact parts are added value by
   * value (so parts that are all exact give what one scan gives), a part that is a sketch is merged.
   */
  static ofParts(parts: Handed[], limit: number): Numbers {
    if (parts.every(isKept)) {
      const xs = unify(parts);
      return Numbers.of(xs.length === 1 ? xs[0]! : { kept: concat(xs.map((p) => p.kept)), scale: xs[0]!.scale, negZeros: xs.reduce((a, p) => a + (p.negZeros ?? 0), 0) }, limit);
    }
    const nums = new Numbers(limit);
    nums.i16 = new Int16Array(0);
    // tallies and 16-bit integers kept, at one scale: one tally (what one scan past the limit holds)
    const scale = parts.find(isTallied)?.scale;
    const tallies = parts.filter(isTallied);
    const small = parts.filter((x): x is Kept => isKept(x) && x.kept instanceof Int16Array);
    if (tallies.length + small.length === parts.length && [...tallies, ...small].every((x) => x.scale === scale)) {
      // (a part is tallied here: `scale` is a tally's)
      const t = (nums.tallied = addTallies(tallies.map((x) => ({ lo: -32768, counts: x.tally }))).counts);
      for (const x of tallies) {
        nums.n += x.n;
        nums.negZeros += x.negZeros;
      }
      for (const x of small) {
        countInto(t, x.kept as Int16Array);
        nums.n += x.kept.length;
        nums.negZeros += x.negZeros ?? 0;
      }
      nums.scale = scale!;
      nums.pow = POW10[scale!]!;
      return nums;
    }
    // kept and tallied parts within the limit, of other kinds or scales: the tallies as the numbers they count, in sorted order
    if (parts.every((x) => isKept(x) || isTallied(x)) && parts.reduce((a, x) => a + (isKept(x) ? x.kept.length : (x as Tallied).n), 0) <= limit) {
      return Numbers.ofParts(parts.map((x) => (isTallied(x) ? { kept: untally(x, x.n), scale: x.scale, negZeros: x.negZeros } : x)), limit);
    }
    nums.sketch = new QuantileSketch();
    for (const x of parts) {
      if (isKept(x)) eachNumber(x, (v) => nums.sketch!.add(v));
      else if (isTallied(x)) eachCount(x, (v, c) => {
        for (let k = 0; k < c; k++) nums.sketch!.add(v);
      });
      else nums.sketch.merge(x);
    }
    return nums;
  }

  /** The numbers of `values` added in order: what one scan adding them would hold. */
  static of(values: Kept, limit: number): Numbers {
    const nums = new Numbers(limit);
    if (values.kept.length <= limit) {
      const k = values.kept;
      if (k instanceof Int16Array) nums.i16 = k;
      else {
        nums.i16 = new Int16Array(0);
        if (k instanceof Int32Array) {
          nums.kind = I32;
          nums.i32 = k;
        } else {
          nums.kind = F64;
          nums.f64 = k;
        }
      }
      nums.scale = values.scale;
      nums.pow = POW10[values.scale]!;
      nums.n = k.length;
      nums.negZeros = values.negZeros ?? 0;
    } else eachNumber(values, (x) => nums.add(x));
    return nums;
  }

  get exact(): boolean {
    return !this.sketch;
  }

  private sortedValues(): NumArray {
    if (!this.sorted) this.sorted = this.buf.subarray(0, this.n).sort();
    return this.sorted;
  }

  /** numpy's quantile with `method` (exact), or the sketch's estimate. */
  quantiles(qs: number[], method: QuantileMethod = 'linear'): number[] {
    if (this.sketch) return this.sketch.quantiles(qs);
    if (this.tallied) return tallyQuantiles(this.handOver() as Tallied, qs, method);
    const s = this.sorted;
    const kept = this.handOver() as Kept;
    const signed = signedAt([kept]);
    const pow = this.pow;
    return exactQuantiles(this.n, qs, method, s ? () => (i) => signed(i, s[i]! / pow) : (positions) => pickedNumbers(selectQuantiles(kept.kept, positions), [kept]));
  }

  /**
   * numpy's quantiles of values kept exactly in parts (in file order), as `quantiles` gives them for
   * the parts added one after the other: the parts are read where they are, not copied into one array.
   */
  static quantilesOfParts(parts: Kept[], qs: number[], method: QuantileMethod = 'linear'): number[] {
    const xs = unify(parts);
    const n = xs.reduce((a, p) => a + p.kept.length, 0);
    return exactQuantiles(n, qs, method, (positions) => pickedNumbers(selectQuantiles(xs.map((p) => p.kept), positions), xs));
  }

  /** Every value (sorted), or the sketch's weighted sample. */
  sample(): { values: number[]; weights?: number[] } {
    if (this.sketch) return this.sketch.sample();
    if (this.tallied) {
      // every distinct number, weighted by how many times it occurs (exact)
      const values: number[] = [];
      const weights: number[] = [];
      eachCount(this.handOver() as Tallied, (v, c) => {
        values.push(v);
        weights.push(c);
      });
      return { values, weights };
    }
    const signed = signedAt([this.handOver() as Kept]);
    const pow = this.pow;
    return { values: Array.from(this.sortedValues(), (v, i) => signed(i, v / pow)) };
  }
}

/** numpy's quantiles of a tally's numbers (exact; a zero signed as it sorts, the -0s first). */
function tallyQuantiles(t: Tallied, qs: number[], method: QuantileMethod): number[] {
  const pow = POW10[t.scale]!;
  return exactQuantiles(t.n, qs, method, (positions) => {
    const picked = pickInTally({ lo: -32768, counts: t.tally }, [...new Set(positions)].sort((a, b) => a - b));
    const signed = signedBy(t.negZeros, () => t.tally.subarray(0, 32768).reduce((a, c) => a + c, 0));
    return (i) => signed(i, picked.get(i)! / pow);
  });
}

/** numpy's quantiles of n values, from a reader of the order statistics at the positions they need. */
export function exactQuantiles(n: number, qs: number[], method: QuantileMethod, read: (positions: number[]) => (i: number) => number): number[] {
  if (n === 0) return qs.map(() => NaN);
  const idx = qs.map((q) => rankIndex(q, n, method));
  const at = read(idx.flatMap(([a, b]) => [a, b]));
  return idx.map(([a, b, w]) => (w === 0 ? at(a) : at(a) + (at(b) - at(a)) * w));
}

/** The two order statistics a quantile reads and the weight between them (numpy's definitions). */
export function rankIndex(q: number, n: number, method: QuantileMethod): [number, number, number] {
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
}
