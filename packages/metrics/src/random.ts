/** sfc32: a small, fast, seedable PRNG, so a bootstrap is reproducible from its seed. */
export function rng(seed: number): () => number {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** Draw n rows with replacement, as counts per row (a multinomial resample). */
export function resampleCounts(n: number, random: () => number, into?: Int32Array): Int32Array {
  const counts = into ?? new Int32Array(n);
  counts.fill(0);
  for (let k = 0; k < n; k++) counts[(random() * n) | 0]!++;
  return counts;
}
