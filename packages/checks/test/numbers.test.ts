import { describe, expect, it } from 'vitest';
import { rng } from './rng.js';
import { isKept, isTallied, Numbers, rankIndex, unify, type Handed, type Kept } from '../src/stream/numbers.js';
import type { QuantileMethod } from '../src/plan.js';

/** numpy's quantiles from every value as a double, sorted: what the kept numbers must give. */
function reference(xs: number[], qs: number[], method: QuantileMethod): number[] {
  const s = Float64Array.from(xs).sort();
  return qs.map((q) => {
    const [a, b, w] = rankIndex(q, s.length, method);
    return w === 0 ? s[a]! : s[a]! + (s[b]! - s[a]!) * w;
  });
}

const QS = [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1];
const n = 70_000; // past the size where order statistics are selected by sampling

// columns as data has them, each with the kind it should be kept as
const COLUMNS: Array<[string, (i: number, r: () => number) => number, string]> = [
  ['ages (small integers)', (_, r) => Math.floor(r() * 120), 'Int16Array'],
  ['rates with 4 decimals', (_, r) => Math.round(r() * 10_000) / 10_000, 'Int16Array'],
  ['prices with 2 decimals', (_, r) => Math.round(r() * 1e7) / 100, 'Int32Array'],
  ['signed amounts, decimals growing along the column (1, then 2, then 3)', (i, r) => Math.round((r() - 0.5) * 2e4 * 10 ** Math.floor((3 * i) / n)) / 10 ** Math.floor((3 * i) / n) + 0, 'Int32Array'],
  ['small integers, then one past 32 bits', (i, r) => (i === n - 5 ? 2 ** 40 : Math.floor(r() * 50)), 'Float64Array'],
  ['thirds (no decimal scale holds them)', (_, r) => Math.floor(r() * 300) / 3, 'Float64Array'],
  ['a negative zero among integers', (i, r) => (i === 40_000 ? -0 : Math.floor(r() * 9) - 4), 'Int16Array'],
  ['zeros of both signs where the quantiles fall', (_, r) => [-1, -0, 0, 1, -0, 0.5][Math.floor(r() * 6)]!, 'Int16Array'],
  ['-0.0 among decimals (as rounding writes it)', (_, r) => Math.round((r() - 0.5) * 20) / 10, 'Int16Array'],
  ['infinities among decimals', (i, r) => (i % 10_000 === 3 ? (i % 20_000 === 3 ? Infinity : -Infinity) : Math.round(r() * 100) / 10), 'Float64Array'],
  ['tiny and huge magnitudes', (_, r) => (r() < 0.5 ? r() * 1e-12 : r() * 1e300), 'Float64Array'],
];

describe('Numbers: kept as scaled integers where they are, exactly what doubles give', () => {
  for (const [name, make, kind] of COLUMNS) {
    it(`${name}: kept as ${kind}, the same quantiles and sample as the doubles`, () => {
      const r = rng(name.length * 7919);
      const xs = Array.from({ length: n }, (_, i) => make(i, r));
      const nums = new Numbers(1_000_000);
      for (const x of xs) nums.add(x);
      const kept = nums.handOver();
      expect(isKept(kept)).toBe(true);
      expect((kept as Kept).kept.constructor.name).toBe(kind);
      // the kept integers stand for the numbers, in order
      const k = kept as Kept;
      const back = Array.from(k.kept, (v) => v / 10 ** k.scale);
      // (a -0 is kept as a zero and counted: in sorted order the -0s come first among the zeros)
      expect(back.findIndex((v, i) => !Object.is(v, xs[i]) && !(v === 0 && xs[i] === 0))).toBe(-1);
      if (k.kept instanceof Float64Array) expect(k.negZeros ?? 0).toBe(0);
      else expect(k.negZeros ?? 0).toBe(xs.filter((x) => Object.is(x, -0)).length);
      for (const method of ['linear', 'lower', 'higher', 'midpoint', 'nearest'] as QuantileMethod[]) {
        expect(Numbers.of(k, 1_000_000).quantiles(QS, method), method).toEqual(reference(xs, QS, method));
      }
      expect(Numbers.of(k, 1_000_000).sample().values).toEqual(Array.from(Float64Array.from(xs).sort()));
    });
  }

  it('parts kept in different kinds and scales (threads that read a file by rows) give the quantiles of the whole', () => {
    const r = rng(5);
    const a = Array.from({ length: 40_000 }, () => Math.floor(r() * 100)); // Int16, scale 0
    const b = Array.from({ length: 40_000 }, () => Math.round(r() * 1e5) / 1000); // Int32, scale 3
    const c = Array.from({ length: 40_000 }, (_, i) => (i % 7 === 0 ? -0 : i % 11 === 0 ? 0 : r() * 50)); // doubles, and zeros of both signs
    a[5] = -0;
    b[9] = -0;
    const parts = [a, b, c].map((xs) => {
      const nums = new Numbers(1_000_000);
      for (const x of xs) nums.add(x);
      return nums.handOver() as Kept;
    });
    expect(parts.map((p) => p.kept.constructor.name)).toEqual(['Int16Array', 'Int32Array', 'Float64Array']);
    expect(unify(parts).every((p) => p.kept instanceof Float64Array && p.scale === 0)).toBe(true);
    expect(unify(parts.slice(0, 1))).toEqual(parts.slice(0, 1));
    const all = [...a, ...b, ...c];
    // doubles are selected without regard to a zero's sign (quickselect: -0 == 0), so zeros are compared unsigned here
    const unsigned = (xs: number[]): number[] => xs.map((x) => x + 0);
    expect(unsigned(Numbers.quantilesOfParts(parts, QS, 'linear'))).toEqual(unsigned(reference(all, QS, 'linear')));
    expect(unsigned(Numbers.ofParts(parts, 1_000_000).quantiles(QS, 'nearest'))).toEqual(unsigned(reference(all, QS, 'nearest')));
    // parts of one kind and scale keep their -0s counted: signed as they sort
    const ints = [a, a.map((x) => x + 0)].map((xs) => {
      const nums = new Numbers(1_000_000);
      for (const x of xs) nums.add(x);
      return nums.handOver() as Kept;
    });
    expect(ints.map((p) => p.negZeros)).toEqual([1, 0]);
    expect(Numbers.quantilesOfParts(ints, [0, 0.001, 0.01, 0.02, 0.5], 'lower')).toEqual(reference([...a, ...a.map((x) => x + 0)], [0, 0.001, 0.01, 0.02, 0.5], 'lower'));
    // past the exact limit the parts feed one sketch, as one scan's numbers would
    const sketched = Numbers.ofParts(parts, 50_000);
    expect(sketched.exact).toBe(false);
    const one = new Numbers(50_000);
    for (const x of all) one.add(x);
    expect(sketched.quantiles(QS)).toEqual(one.quantiles(QS));
  });

  it('16-bit integers past the exact limit are tallied: exact at any count, as kept numbers give', () => {
    for (const [name, make, kind] of COLUMNS) {
      if (kind !== 'Int16Array') continue;
      const r = rng(name.length * 104_729);
      const xs = Array.from({ length: n }, (_, i) => make(i, r));
      const nums = new Numbers(1000);
      for (const x of xs) nums.add(x);
      expect(nums.exact, name).toBe(true);
      expect(isTallied(nums.handOver()), name).toBe(true);
      for (const method of ['linear', 'lower', 'higher', 'midpoint', 'nearest'] as QuantileMethod[]) expect(nums.quantiles(QS, method), `${name} ${method}`).toEqual(reference(xs, QS, method));
      // the sample: every distinct number weighted by its count, the -0s apart (first among the zeros)
      const { values, weights } = nums.sample();
      expect(values.flatMap((v, i) => Array<number>(weights![i]!).fill(v)), name).toEqual(Array.from(Float64Array.from(xs).sort()));
    }
  });

  it('a tally that meets a number of another scale or kind goes to a sketch; parts tallied or kept at one scale add up to one tally', () => {
    const r = rng(11);
    const ages = Array.from({ length: 30_000 }, () => Math.floor(r() * 100));
    const widened = new Numbers(1000);
    for (const x of ages) widened.add(x);
    widened.add(0.5);
    widened.add(1e9);
    expect(widened.exact).toBe(false);
    expect(Math.abs(widened.quantiles([0.5])[0]! - 50)).toBeLessThan(3);
    // parts as threads that read a file by rows hand them over: tallied (past their share) and kept
    const hand = (xs: number[], limit: number): Handed => {
      const p = new Numbers(limit);
      for (const x of xs) p.add(x);
      return p.handOver();
    };
    const parts = [hand(ages.slice(0, 20_000), 5000), hand(ages.slice(20_000, 25_000), 1_000_000), hand([...ages.slice(25_000), -0], 1000)];
    expect(parts.map((p) => (isTallied(p) ? 'tally' : isKept(p) ? p.kept.constructor.name : 'sketch'))).toEqual(['tally', 'Int16Array', 'tally']);
    const merged = Numbers.ofParts(parts, 1000);
    expect(merged.exact).toBe(true);
    expect(isTallied(merged.handOver())).toBe(true);
    expect(merged.quantiles(QS, 'lower')).toEqual(reference([...ages, -0], QS, 'lower'));
    // another scale in one part: one sketch of them all
    const other = Numbers.ofParts([parts[0]!, hand(ages.map((x) => x / 10), 1000)], 1000);
    expect(other.exact).toBe(false);
  });

  it('an array aimed at the numbers a column will hold grows to them at once, and by a quarter past them; the numbers are the same', () => {
    const r = rng(5);
    const xs = Array.from({ length: 300_000 }, (_, i) => (i < 150_000 ? Math.floor(r() * 1000) : Math.floor(r() * 1e6)));
    const sizes = (aim: boolean): number[] => {
      const nums = new Numbers(1_000_000);
      const seen: number[] = [];
      // a column with a value in 3 rows of 4 (the others null), aimed at a table of 360,000 rows (270,000 numbers)
      for (let row = 0, i = 0; i < xs.length; row++) {
        if (row % 4 !== 3) nums.add(xs[i++]!);
        if (aim && row % 8192 === 8191) nums.aim(row + 1, 360_000);
        const size = (nums as unknown as { buf: ArrayLike<number> }).buf.length;
        if (seen.at(-1) !== size) seen.push(size);
      }
      expect(Array.from((nums.handOver() as Kept).kept)).toEqual(xs);
      return seen;
    };
    // doubling from 1,024: 2^10 .. 2^19 (each step's last array left as garbage)
    expect(sizes(false)).toEqual([1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288]);
    // aimed after 65,536 rows: 3/4 of 360,000 and 2 % (with 1,024 to spare) at once, then a quarter more when the aim falls short
    const aimed = sizes(true);
    expect(aimed.slice(0, 7)).toEqual([1024, 2048, 4096, 8192, 16384, 32768, 65536]);
    expect(aimed[7]).toBe(Math.ceil(0.75 * 360_000 * 1.02) + 1024);
    expect(aimed.slice(8)).toEqual([aimed[7]! + (aimed[7]! >> 2)]);
  });

  it('counted from the first (quantiles only): 16-bit integers at a decimal scale tallied until a number that is not one, then kept; the same quantiles for every kind of column', () => {
    for (const [name, make, kind] of COLUMNS) {
      const r = rng(name.length * 7919);
      const xs = Array.from({ length: n }, (_, i) => make(i, r));
      const nums = new Numbers(1_000_000, true);
      for (const x of xs) nums.add(x);
      const h = nums.handOver();
      // a column of 16-bit integers at its decimal scale stays a tally (counted again at a finer scale as decimals come); one that meets a wider number is kept from then on
      if (kind === 'Int16Array') expect(isTallied(h), name).toBe(true);
      else expect(isKept(h) && h.kept.constructor.name, name).toBe(kind);
      for (const method of ['linear', 'lower', 'higher', 'midpoint', 'nearest'] as QuantileMethod[]) expect(nums.quantiles(QS, method), `${name} ${method}`).toEqual(reference(xs, QS, method));
    }
  });

  it('parts counted and kept of other kinds or scales, within the limit, merge exactly (the tallies as the numbers they count)', () => {
    const r = rng(3);
    const a = Array.from({ length: 20_000 }, () => Math.floor(r() * 300) - 150);
    const b = Array.from({ length: 20_000 }, () => Math.round(r() * 1e7) / 100);
    const c = Array.from({ length: 5_000 }, () => Math.round(r() * 1000) / 10);
    const hand = (xs: number[], counted: boolean): Handed => {
      const p = new Numbers(100_000, counted);
      for (const x of xs) p.add(x);
      return p.handOver();
    };
    const parts = [hand(a, true), hand(b, true), hand([...c, -0], true)];
    expect(parts.map((p) => (isTallied(p) ? `tally ${p.scale}` : isKept(p) ? p.kept.constructor.name : 'sketch'))).toEqual(['tally 0', 'Int32Array', 'tally 1']);
    const merged = Numbers.ofParts(parts, 100_000);
    expect(merged.exact).toBe(true);
    for (const method of ['linear', 'lower', 'nearest'] as QuantileMethod[]) expect(merged.quantiles(QS, method)).toEqual(reference([...a, ...b, ...c, -0], QS, method));
    // past the limit: a sketch, as before
    expect(Numbers.ofParts(parts, 40_000).exact).toBe(false);
  });
});
