import type { QuantileMethod } from '../plan.js';
import { concat, QuantileSketch, selectQuantiles, type SketchState } from '../sketch.js';

/** Rows a projection of a part's numbers waits for. */
const PROJECT_AFTER = 1 << 16;

/** A column's numeric values: exact in a growing Float64Array up to a limit, then a quantile sketch. */
export class Numbers {
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
        this.toSketch();
        this.sketch!.add(x);
        return;
      }
      const next = new Float64Array(Math.min(this.limit, this.buf.length * 2));
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = x;
  }

  private toSketch(): void {
    this.sketch = new QuantileSketch();
    for (let i = 0; i < this.n; i++) this.sketch.add(this.buf[i]!);
    this.buf = new Float64Array(0);
  }

  /**
   * After `rows` of the `expected` rows of a part of a file: where the values so far, at the same rate,
   * come to more than twice the limit, the sketch takes them over now rather than at the limit, so the
   * part holds no array of them meanwhile (a part whose later rows hold fewer numbers than projected
   * ends with a sketch though within the limit; the merge then reads the file by columns).
   */
  project(rows: number, expected: number): void {
    if (!this.sketch && rows >= PROJECT_AFTER && (this.n / rows) * expected > 2 * this.limit) this.toSketch();
  }

  /** What a part of a file split by rows hands to the merge: the values kept, in the order added, or the sketch that took them over (as plain data). */
  handOver(): Float64Array<ArrayBuffer> | SketchState {
    return this.sketch ? this.sketch.state() : (this.buf.subarray(0, this.n) as Float64Array<ArrayBuffer>);
  }

  /**
   * Parts of one column read by different threads, in file order: exact parts are added value by
   * value (so parts that are all exact give what one scan gives), a part that is a sketch is merged.
   */
  static ofParts(parts: Array<Float64Array<ArrayBuffer> | SketchState>, limit: number): Numbers {
    if (parts.every((x) => x instanceof Float64Array)) {
      const xs = parts as Float64Array<ArrayBuffer>[];
      return Numbers.of(xs.length === 1 ? xs[0]! : concat(xs), limit);
    }
    const nums = new Numbers(limit);
    nums.sketch = new QuantileSketch();
    nums.buf = new Float64Array(0);
    for (const x of parts) {
      if (x instanceof Float64Array) for (let i = 0; i < x.length; i++) nums.sketch.add(x[i]!);
      else nums.sketch.merge(x);
    }
    return nums;
  }

  /** The numbers of `values` added in order: what one scan adding them would hold. */
  static of(values: Float64Array<ArrayBuffer>, limit: number): Numbers {
    const nums = new Numbers(limit);
    if (values.length <= limit) {
      nums.buf = values;
      nums.n = values.length;
    } else for (let i = 0; i < values.length; i++) nums.add(values[i]!);
    return nums;
  }

  get exact(): boolean {
    return !this.sketch;
  }

  private sortedValues(): Float64Array {
    if (!this.sorted) this.sorted = this.buf.subarray(0, this.n).sort();
    return this.sorted;
  }

  /** numpy's quantile with `method` (exact), or the sketch's estimate. */
  quantiles(qs: number[], method: QuantileMethod = 'linear'): number[] {
    if (this.sketch) return this.sketch.quantiles(qs);
    const s = this.sorted;
    return exactQuantiles(this.n, qs, method, s ? () => (i) => s[i]! : (positions) => pickedAt(selectQuantiles(this.buf.subarray(0, this.n), positions)));
  }

  /**
   * numpy's quantiles of values kept exactly in parts (in file order), as `quantiles` gives them for
   * the parts added one after the other: the parts are read where they are, not copied into one array.
   */
  static quantilesOfParts(parts: Float64Array[], qs: number[], method: QuantileMethod = 'linear'): number[] {
    const n = parts.reduce((a, p) => a + p.length, 0);
    return exactQuantiles(n, qs, method, (positions) => pickedAt(selectQuantiles(parts, positions)));
  }

  /** Every value (sorted), or the sketch's weighted sample. */
  sample(): { values: number[]; weights?: number[] } {
    if (this.sketch) return this.sketch.sample();
    return { values: Array.from(this.sortedValues()) };
  }
}

/** numpy's quantiles of n values, from a reader of the order statistics at the positions they need. */
export function exactQuantiles(n: number, qs: number[], method: QuantileMethod, read: (positions: number[]) => (i: number) => number): number[] {
  if (n === 0) return qs.map(() => NaN);
  const idx = qs.map((q) => rankIndex(q, n, method));
  const at = read(idx.flatMap(([a, b]) => [a, b]));
  return idx.map(([a, b, w]) => (w === 0 ? at(a) : at(a) + (at(b) - at(a)) * w));
}

const pickedAt =
  (picked: Map<number, number>) =>
  (i: number): number =>
    picked.get(i)!;

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
