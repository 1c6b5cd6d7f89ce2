import { DDSketch } from '@datadog/sketches-js';

/** Quantile of sorted values with linear interpolation (NumPy's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * Quantiles in bounded memory: exact (kept values) up to `exactLimit` values, then a DDSketch with
 * 1% relative accuracy. Count, mean and max are always exact.
 */
export class Quantiles {
  count = 0;
  sum = 0;
  max = -Infinity;
  private values: number[] | undefined = [];
  private sketch = new DDSketch({ relativeAccuracy: 0.01 });
  constructor(private readonly exactLimit = 20_000) {}

  add(v: number): void {
    this.count++;
    this.sum += v;
    if (v > this.max) this.max = v;
    this.sketch.accept(Math.max(0, v));
    if (this.values) {
      this.values.push(v);
      if (this.values.length > this.exactLimit) this.values = undefined;
    }
  }

  get exact(): boolean {
    return this.values !== undefined;
  }

  get mean(): number {
    return this.count ? this.sum / this.count : NaN;
  }

  quantile(q: number): number {
    if (this.count === 0) return NaN;
    if (this.values) return quantileSorted(Float64Array.from(this.values).sort(), q);
    return this.sketch.getValueAtQuantile(q);
  }
}

/** A uniform sample of at most `size` items (Algorithm R), seeded so a run is reproducible. */
export class Reservoir<T> {
  readonly items: T[] = [];
  seen = 0;
  private state: number;
  constructor(private readonly size = 20_000, seed = 42) {
    this.state = seed >>> 0 || 1;
  }
  private random(): number {
    // xorshift32: enough for sampling, and the same on every machine
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 2 ** 32;
  }
  add(item: T): void {
    this.seen++;
    if (this.items.length < this.size) this.items.push(item);
    else {
      const j = Math.floor(this.random() * this.seen);
      if (j < this.size) this.items[j] = item;
    }
  }
}

export interface PsiResult {
  psi: number;
  edges: number[];
  reference: number[];
  current: number[];
}

/**
 * Population stability index of `current` against `reference`, as Evidently computes it: Sturges
 * bins over both samples together, shares per bin, empty bins set to 0.0001,
 * PSI = Σ (current − reference) · ln(current / reference).
 */
export function psi(reference: number[], current: number[]): PsiResult | undefined {
  if (reference.length === 0 || current.length === 0) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const xs of [reference, current]) {
    for (const v of xs) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const n = reference.length + current.length;
  const bins = lo === hi ? 1 : Math.ceil(Math.log2(n)) + 1;
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
  const count = (xs: number[]) => {
    const c = new Array<number>(bins).fill(0);
    for (const v of xs) {
      let b = Math.floor(((v - lo) / (hi - lo)) * bins);
      if (b >= bins) b = bins - 1; // the last bin is closed, as in numpy.histogram
      if (b < 0) b = 0;
      c[b]!++;
    }
    return c;
  };
  const ref = count(reference).map((c) => c / reference.length);
  const cur = count(current).map((c) => c / current.length);
  let total = 0;
  for (let i = 0; i < bins; i++) {
    const r = ref[i] || 0.0001;
    const c = cur[i] || 0.0001;
    total += (c - r) * Math.log(c / r);
  }
  return { psi: total, edges, reference: ref, current: cur };
}

/** Keeps the `size` items with the largest key. */
export class TopK<T> {
  private items: Array<{ key: number; item: T }> = [];
  constructor(private readonly size: number) {}
  /** Whether an item with this key would be kept (to skip building it otherwise). */
  accepts(key: number): boolean {
    return this.size > 0 && (this.items.length < this.size || key > this.items[this.items.length - 1]!.key);
  }
  add(key: number, item: T): void {
    if (!this.accepts(key)) return;
    let i = this.items.length;
    while (i > 0 && this.items[i - 1]!.key < key) i--;
    this.items.splice(i, 0, { key, item });
    if (this.items.length > this.size) this.items.pop();
  }
  sorted(): T[] {
    return this.items.map((x) => x.item);
  }
}
