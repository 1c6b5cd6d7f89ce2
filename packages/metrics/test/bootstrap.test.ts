import { describe, expect, it } from 'vitest';
import { BinaryData, computeMetrics, MulticlassData, pairedBootstrap, RegressionData, rng, Sfc32, type Task, type TaskData } from '../src/index.js';

/** Rows repeated by their counts: a resample written out, to check the weighted code path. */
function expand<T extends ArrayLike<number>>(a: T, counts: Int32Array, width = 1): number[] {
  const out: number[] = [];
  for (let i = 0; i < counts.length; i++) for (let c = 0; c < counts[i]!; c++) for (let j = 0; j < width; j++) out.push(a[i * width + j]!);
  return out;
}

function data(seed: number) {
  const r = rng(seed);
  const n = 300;
  const y = Uint8Array.from({ length: n }, () => (r() < 0.4 ? 1 : 0));
  // rounded scores make ties, which AUC and average precision must handle
  const score = Float64Array.from(y, (v) => Math.round(Math.min(0.999, Math.max(0.001, 0.3 * v + 0.7 * r())) * 50) / 50);
  const reg = Float64Array.from({ length: n }, () => r() * 10);
  const regp = Float64Array.from(reg, (v) => v + (r() - 0.5) * 3);
  const k = 3;
  const yc = Int32Array.from({ length: n }, () => Math.floor(r() * k));
  const proba = Float64Array.from({ length: n * k }, () => r() + 0.01);
  const pc = Int32Array.from(yc, (v) => (r() < 0.6 ? v : Math.floor(r() * k)));
  return { y, score, reg, regp, yc, proba, pc, k, n };
}

describe('weighted metrics equal the metrics of the expanded resample', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}`, () => {
      const d = data(seed);
      const counts = new Sfc32(seed * 7).resampleCounts(d.n);
      expect(counts.reduce((x, y) => x + y, 0)).toBe(d.n);
      const cases: Array<[Task, TaskData, TaskData]> = [
        ['binary', new BinaryData(d.y, d.score, 0.5), new BinaryData(Uint8Array.from(expand(d.y, counts)), Float64Array.from(expand(d.score, counts)), 0.5)],
        ['regression', new RegressionData(d.reg, d.regp), new RegressionData(Float64Array.from(expand(d.reg, counts)), Float64Array.from(expand(d.regp, counts)))],
        [
          'multiclass',
          new MulticlassData(d.yc, d.pc, ['a', 'b', 'c'], d.proba),
          new MulticlassData(Int32Array.from(expand(d.yc, counts)), Int32Array.from(expand(d.pc, counts)), ['a', 'b', 'c'], Float64Array.from(expand(d.proba, counts, d.k))),
        ],
      ];
      for (const [task, base, expanded] of cases) {
        const weighted = computeMetrics(task, base, undefined, counts);
        const plain = computeMetrics(task, expanded);
        for (const [name, v] of Object.entries(plain)) expect(weighted[name], `${task} ${name}`).toBeCloseTo(v, 10);
      }
    });
  }
});

describe('paired bootstrap', () => {
  const d = data(11);
  const better = new BinaryData(d.y, Float64Array.from(d.score, (s, i) => (d.y[i] ? Math.min(1, s + 0.1) : s)), 0.5);
  const base = new BinaryData(d.y, d.score, 0.5);

  it('is reproducible from its seed and moves with it', () => {
    const a = pairedBootstrap('binary', better, base, ['roc_auc'], { resamples: 200, seed: 5, confidence: 0.95 });
    const b = pairedBootstrap('binary', better, base, ['roc_auc'], { resamples: 200, seed: 5, confidence: 0.95 });
    const c = pairedBootstrap('binary', better, base, ['roc_auc'], { resamples: 200, seed: 6, confidence: 0.95 });
    expect(a).toEqual(b);
    expect(c.roc_auc!.lo).not.toBe(a.roc_auc!.lo);
  });

  it('puts a clearly better model wholly above zero, and a model against itself at zero', () => {
    const ci = pairedBootstrap('binary', better, base, ['roc_auc', 'f1'], { resamples: 300, seed: 1, confidence: 0.95 });
    const point = computeMetrics('binary', better, ['roc_auc']).roc_auc! - computeMetrics('binary', base, ['roc_auc']).roc_auc!;
    expect(ci.roc_auc!.lo).toBeGreaterThan(0);
    expect(ci.roc_auc!.lo).toBeLessThan(point);
    expect(ci.roc_auc!.hi).toBeGreaterThan(point);
    const self = pairedBootstrap('binary', base, base, ['roc_auc'], { resamples: 100, seed: 1, confidence: 0.95 });
    expect(self.roc_auc).toMatchObject({ lo: 0, hi: 0, valid: 100 });
  });
});

describe('draw counts in bytes', () => {
  it('are the counts of the 32-bit draws, and leave the generator where those leave it', () => {
    for (const [seed, n] of [[1, 10], [7, 1000], [20240601, 100_000]] as const) {
      const wide = new Sfc32(seed);
      const narrow = new Sfc32(seed);
      const a = wide.resampleCounts(n);
      const b = new Uint8Array(n);
      expect(narrow.resampleCounts8(n, b)).toBe(true);
      expect(Array.from(b)).toEqual(Array.from(a));
      expect(narrow.nextU32()).toBe(wide.nextU32());
    }
  });

  it('a row drawn 256 times does not fit: false, and the generator as it was', () => {
    const g = new Sfc32(3);
    const before = new Sfc32(3).nextU32();
    expect(g.resampleCounts8(1, new Uint8Array(1), 300)).toBe(false);
    expect(g.nextU32()).toBe(before);
  });

  it('the bootstrap gives the same interval whichever counts it drew into', () => {
    const d = data(5);
    const a = new BinaryData(d.y, d.score, 0.5);
    const b = new BinaryData(d.y, d.score.map((x, i) => (i % 3 === 0 ? 1 - x : x)), 0.5);
    const got = pairedBootstrap('binary', a, b, ['roc_auc'], { resamples: 50, seed: 9, confidence: 0.9 });
    // the same resamples drawn the 32-bit way, written out
    const g = new Sfc32(9);
    const deltas: number[] = [];
    for (let r = 0; r < 50; r++) {
      const counts = g.resampleCounts(d.n);
      deltas.push(computeMetrics('binary', a, ['roc_auc'], counts).roc_auc! - computeMetrics('binary', b, ['roc_auc'], counts).roc_auc!);
    }
    deltas.sort((x, y) => x - y);
    const pct = (q: number) => {
      const pos = (deltas.length - 1) * q;
      const lo = Math.floor(pos);
      return deltas[lo]! + (deltas[Math.ceil(pos)]! - deltas[lo]!) * (pos - lo);
    };
    expect(got.roc_auc!.lo).toBe(pct(0.05));
    expect(got.roc_auc!.hi).toBe(pct(0.95));
  });
});
