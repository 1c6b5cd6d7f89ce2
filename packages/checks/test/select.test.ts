import { describe, expect, it } from 'vitest';
import { rng } from './rng.js';
import { addCounts, addTallies, bracketsFor, countBrackets, joinSamples, pickInBrackets, pickInTally, sampleOf, selectBySample, selectQuantiles, tally } from '../src/sketch.js';

const DATA: Record<string, (n: number, r: () => number) => Float64Array> = {
  uniform: (n, r) => Float64Array.from({ length: n }, r),
  'normal-ish with outliers': (n, r) => Float64Array.from({ length: n }, (_, i) => (i % 997 === 0 ? 1e12 * (r() - 0.5) : r() + r() + r() - 1.5)),
  'few distinct values (ties at every position)': (n, r) => Float64Array.from({ length: n }, () => Math.floor(r() * 7)),
  'one value': (n) => new Float64Array(n).fill(3.5),
  sorted: (n) => Float64Array.from({ length: n }, (_, i) => i),
  'sorted descending': (n) => Float64Array.from({ length: n }, (_, i) => n - i),
  'a heavy tie inside a spread': (n, r) => Float64Array.from({ length: n }, (_, i) => (i % 20 < 9 ? 1 : 2 * r())),
  'two clusters far apart': (n, r) => Float64Array.from({ length: n }, (_, i) => (i % 2 ? 1e9 + r() : -r())),
};

describe('selectQuantiles', () => {
  for (const [name, make] of Object.entries(DATA)) {
    for (const n of [70_000, 300_001]) {
      it(`gives exactly the sorted array's values at the wanted positions: ${name}, n = ${n}`, () => {
        const x = make(n, rng(n));
        const sorted = Float64Array.from(x).sort();
        const positions = [0, 1, Math.floor(0.05 * (n - 1)), Math.floor(0.05 * (n - 1)) + 1, Math.floor((n - 1) / 4), Math.floor((n - 1) / 2), Math.floor((n - 1) / 2) + 1, Math.floor(0.95 * (n - 1)), n - 2, n - 1];
        const picked = selectQuantiles(Float64Array.from(x), positions);
        for (const k of positions) expect(picked.get(k), `position ${k}`).toBe(sorted[k]);
        // the same values in parts (as threads that read a file by rows hand them over): the same answers, the parts unchanged
        const cuts = [0, Math.floor(n / 3), Math.floor(n / 3) + 1, Math.floor((3 * n) / 4), n];
        const parts = cuts.slice(1).map((c, i) => x.slice(cuts[i]!, c));
        const inParts = selectQuantiles(parts, positions);
        for (const k of positions) expect(inParts.get(k), `position ${k} in parts`).toBe(sorted[k]);
        expect(Float64Array.from(parts.flatMap((p) => [...p]))).toEqual(x);
        // each part sampled and counted on its own (as the threads that read them do), the counts added
        if (n >= 1 << 16) {
          // the positions a quantile check reads (the extremes are outside any sample's brackets: the single-array selection falls back for them)
          const want = [...new Set(positions.slice(2, -2))].sort((a, b) => a - b);
          const joined = joinSamples(parts.map((p) => sampleOf([p], 1 << 14).sort()), parts.map((p) => p.length), 1 << 15);
          const b = bracketsFor(joined, n, want);
          const counts = parts.map((p) => countBrackets([p], b, n));
          // a bracket too full for one pass is the caller's cue to select another way; so is a miss
          const picked = counts.every((c) => c !== undefined) ? pickInBrackets(b, addCounts(counts as NonNullable<(typeof counts)[number]>[]), want) : undefined;
          if (picked) for (const k of want) expect(picked.get(k), `position ${k} counted in parts`).toBe(sorted[k]);
          else expect(name).toMatch(/one value|few distinct|heavy tie/);
        }
      });
    }
  }

  it('reads large arrays in one sampled pass, ties at the bounds of a bracket counted rather than copied', () => {
    const x = DATA.uniform!(300_001, rng(7));
    expect(selectBySample([x], x.length, [15_000, 150_000, 285_000])).toBeDefined();
    // more brackets than the pass holds in locals (19 apart: one every 5%), each value placed by the loop over them
    const inOrder = Float64Array.from(x).sort();
    const many = Array.from({ length: 19 }, (_, i) => Math.round(((i + 1) / 20) * (x.length - 1)));
    const sample = sampleOf([x], 1 << 15).sort();
    expect(bracketsFor(sample, x.length, many).lows.length).toBe(19);
    const picked = selectBySample([x], x.length, many);
    for (const k of many) expect(picked?.get(k), `position ${k}`).toBe(inOrder[k]);
    expect(selectBySample([DATA['one value']!(300_001, rng(7))], 300_001, [150_000])?.get(150_000)).toBe(3.5);
    const tie = DATA['a heavy tie inside a spread']!(300_001, rng(7));
    const sorted = Float64Array.from(tie).sort();
    expect(selectBySample([Float64Array.from(tie)], tie.length, [82_000, 150_000])).toEqual(new Map([[82_000, sorted[82_000]], [150_000, sorted[150_000]]]));
  });

  it('tallies 16-bit integers: every position exact, from the extremes of the kind to ties, in parts tallied apart', () => {
    const r = rng(16);
    const columns: Record<string, Int16Array> = {
      'the whole range of the kind': Int16Array.from({ length: 50_000 }, (_, i) => (i === 7 ? -32768 : i === 9 ? 32767 : Math.floor(r() * 65536) - 32768)),
      'ages': Int16Array.from({ length: 50_000 }, () => Math.floor(r() * 120)),
      'one value': new Int16Array(50_000).fill(-3),
      'negatives and a heavy tie': Int16Array.from({ length: 50_000 }, (_, i) => (i % 3 ? 0 : -Math.floor(r() * 1000))),
    };
    for (const [name, x] of Object.entries(columns)) {
      const sorted = Int16Array.from(x).sort();
      const n = x.length;
      const positions = [0, 1, 2_499, 12_499, 24_999, 25_000, 37_499, 47_500, n - 2, n - 1];
      const picked = selectQuantiles(Int16Array.from(x), positions);
      for (const k of positions) expect(picked.get(k), `${name}: position ${k}`).toBe(sorted[k]);
      // parts tallied where they are (one empty, one of a narrower range) and the tallies added
      const parts = [x.subarray(0, 20_000), new Int16Array(0), x.subarray(20_000, 20_010), x.subarray(20_010)];
      const t = addTallies(parts.map((p) => tally([p])));
      expect(t.counts.reduce((a, c) => a + c, 0)).toBe(n);
      expect(t.lo).toBe(sorted[0]);
      expect(t.lo + t.counts.length - 1).toBe(sorted[n - 1]);
      const inParts = pickInTally(t, positions);
      for (const k of positions) expect(inParts.get(k), `${name}: position ${k} in parts`).toBe(sorted[k]);
      expect(selectQuantiles(parts, positions)).toEqual(picked);
    }
    expect(addTallies([tally([new Int16Array(0)])])).toEqual({ lo: 0, counts: new Uint32Array(0) });
  });
});
