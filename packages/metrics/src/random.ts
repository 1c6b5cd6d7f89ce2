/** sfc32: a small, fast, seedable PRNG, so a bootstrap is reproducible from its seed. */
export class Sfc32 {
  private a = 0x9e3779b9 | 0;
  private b = 0x243f6a88 | 0;
  private c = 0xb7e15162 | 0;
  private d: number;
  constructor(seed: number) {
    this.d = seed | 0;
    for (let i = 0; i < 15; i++) this.nextU32();
  }
  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }
  /**
   * `resampleCounts` into bytes: a quarter of the memory the draws and the metrics' weight lookups
   * jump around in, so more of it stays in cache (docs/benchmarks.md). A row drawn 256 times or more
   * (never seen in practice: the largest count of a million draws is about 10) does not fit a byte:
   * then it returns false with the generator as it was, and the caller draws into `Int32Array`s.
   */
  resampleCounts8(n: number, into: Uint8Array, draws = n): boolean {
    const saved = [this.a, this.b, this.c, this.d] as const;
    into.fill(0);
    let { a, b, c, d } = this;
    let full = false;
    for (let k = 0; k < draws; k++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      if (into[Math.floor((t >>> 0) * (n / 4294967296))]!++ === 255) full = true;
    }
    if (full) {
      [this.a, this.b, this.c, this.d] = saved;
      return false;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    return true;
  }

  /**
   * Draw n rows with replacement, as counts per row (a multinomial resample). The generator's state
   * lives in locals for the loop: this is the hot path of the bootstrap.
   */
  resampleCounts(n: number, into?: Int32Array): Int32Array {
    const counts = into ?? new Int32Array(n);
    counts.fill(0);
    let { a, b, c, d } = this;
    for (let k = 0; k < n; k++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      counts[Math.floor((t >>> 0) * (n / 4294967296))]!++;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    return counts;
  }
}

/** A seeded uniform [0, 1) generator function. */
export function rng(seed: number): () => number {
  const g = new Sfc32(seed);
  return () => g.next();
}
