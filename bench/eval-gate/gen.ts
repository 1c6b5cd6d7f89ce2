import { rng } from '../../packages/metrics/src/index.js';

/** A binary task with two correlated models, the candidate slightly better; seeded. */
export function generate(n: number, seed = 1): { y: Uint8Array; a: Float64Array; b: Float64Array } {
  const r = rng(seed);
  const y = new Uint8Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = r() < 0.3 ? 1 : 0;
    const shared = r();
    a[i] = Math.round((0.55 * shared + 0.45 * r() + (y[i] ? 0.22 : 0)) * 1e6) / 1e6 / 1.22;
    b[i] = Math.round((0.55 * shared + 0.45 * r() + (y[i] ? 0.2 : 0)) * 1e6) / 1e6 / 1.2;
  }
  return { y, a, b };
}
