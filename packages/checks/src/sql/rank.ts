import { rankIndex } from '../stream/numbers.js';

/**
 * The 0-based order statistics a quantile reads, and the weight between them: numpy's definitions
 * (`nearest` rounds half to even, `linear` interpolates), the same on every runner.
 */
export function sqlRank(q: number, n: number, method: 'nearest' | 'linear' | 'lower'): [number, number, number] {
  return rankIndex(q, n, method);
}
