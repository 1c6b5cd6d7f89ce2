import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '@mlgate/core';
import { cutPoints } from '@mlgate/data';
import { generate, HEADER } from '../../../bench/data-check/gen.js';
import { loadSuite, runDataCheck, type DataCheckResult } from '../src/index.js';
import { workerScript } from '../src/stream/threads.js';
import { rowSplittable, scanRanges } from '../src/stream/ranges.js';
import { PROFILE_NEEDS } from '../src/profile.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-ranges-'));
const BENCH_SUITE = join(import.meta.dirname, '../../../bench/data-check/suite.yml');
const kw = (type: string, kwargs: Record<string, unknown>) => ({ type, kwargs });

/** Every kind of aggregate the merge of parts takes, with filters, on the bench table's columns. */
const MERGEABLE = join(dir, 'mergeable.json');
writeFileSync(
  MERGEABLE,
  JSON.stringify({
    name: 'mergeable',
    expectations: [
      kw('expect_column_values_to_be_between', { column: 'age', min_value: 18, max_value: 90, row_condition: 'country=="DE"', condition_parser: 'pandas' }),
      kw('expect_column_mean_to_be_between', { column: 'income', min_value: 0, max_value: 5000, row_condition: 'segment=="A"', condition_parser: 'pandas' }),
      kw('expect_column_pair_values_a_to_be_greater_than_b', { column_A: 'income', column_B: 'balance', or_equal: true }),
      kw('expect_column_pair_values_to_be_equal', { column_A: 'segment', column_B: 'plan', ignore_row_if: 'either_value_is_missing' }),
      kw('expect_multicolumn_sum_to_equal', { column_list: ['age', 'tenure'], sum_total: 100 }),
      kw('expect_select_column_values_to_be_unique_within_record', { column_list: ['country', 'segment'] }),
      kw('expect_column_values_to_be_increasing', { column: 'id' }),
      kw('expect_column_values_to_be_decreasing', { column: 'tenure' }),
      kw('expect_column_values_to_be_unique', { column: 'id' }),
      kw('expect_column_median_to_be_between', { column: 'income', min_value: 1000, max_value: 5000 }),
      kw('expect_column_quantile_values_to_be_between', { column: 'score', quantile_ranges: { quantiles: [0.05, 0.5, 0.95], value_ranges: [[0, 0.1], [0.4, 0.6], [0.9, 1]] } }),
      kw('expect_column_stdev_to_be_between', { column: 'temp', min_value: 1, max_value: 20 }),
      kw('expect_column_values_to_match_regex', { column: 'email', regex: '^[^@]+@[^@]+$' }),
      kw('expect_column_values_to_be_in_type_list', { column: 'active', type_list: ['bool', 'str'] }),
      kw('expect_column_kl_divergence_to_be_less_than', { column: 'ratio', partition_object: { bins: [0, 0.5, 1, 1.5, 2], weights: [0.25, 0.25, 0.25, 0.25] }, threshold: 0.1 }),
    ],
  }),
);

let csv: string;
beforeAll(async () => {
  csv = join(dir, 'table.csv');
  await generate(csv, 6000);
});

/** A result without what differs between two runs by design; sums and what is made of them (mean, standard deviation) to 12 digits. */
function comparable(r: DataCheckResult): unknown {
  const round = (_k: string, v: unknown): unknown => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v);
  return JSON.parse(JSON.stringify({ ...r, profile: undefined, results: r.results.map((x) => ({ title: x.check.title, verdict: x.verdict, samples: x.samples })) }, round));
}

async function byRows(data: string, suiteFile: string, workers: number) {
  return scanRanges(data, loadSuite(suiteFile).plan, workers, { textual: true }, workerScript());
}

describe('a scan split by rows', () => {
  it('takes the plans whose parts it merges exactly, and no other', () => {
    expect(rowSplittable(loadSuite(BENCH_SUITE).plan)).toBe(true);
    expect(rowSplittable(loadSuite(MERGEABLE).plan)).toBe(true);
    // distinct values (profiles) and compound keys are not merged
    expect(rowSplittable({ ...loadSuite(BENCH_SUITE).plan, everyColumn: PROFILE_NEEDS })).toBe(false);
    expect(rowSplittable({ filters: [], columns: [], rows: [{ kind: 'compound_unique', columns: ['a', 'b'], ignore: 'never', id: 0, filter: -1 }] })).toBe(false);
  });

  it('cuts a file at line starts, after the header', () => {
    const cut = cutPoints(csv, 3)!;
    const bytes = readFileSync(csv);
    expect(cut.header).toEqual(HEADER);
    expect(cut.firstLine).toBe(2);
    expect(cut.starts).toHaveLength(3);
    expect(cut.starts[0]).toBe(bytes.indexOf(10) + 1);
    for (const s of cut.starts.slice(1)) expect(bytes[s - 1]).toBe(10);
    // a larger first part (the main thread's), the rest in equal shares
    const uneven = cutPoints(csv, 3, 0.6)!;
    const records = bytes.length - uneven.starts[0]!;
    const shares = [...uneven.starts.slice(1), bytes.length].map((s, k) => (s - uneven.starts[k]!) / records);
    expect(shares[0]).toBeCloseTo(0.6, 2);
    expect(shares[1]).toBeCloseTo(0.2, 2);
    for (const s of uneven.starts.slice(1)) expect(bytes[s - 1]).toBe(10);
  });

  for (const [name, suiteFile] of [
    ['the bench suite', BENCH_SUITE],
    ['every kind of aggregate it merges, with filters', MERGEABLE],
  ] as const) {
    it(`gives the single-threaded result: ${name}`, async () => {
      const suite = loadSuite(suiteFile);
      const one = await runDataCheck({ suite, data: csv, threads: 1 });
      for (const threads of [2, 3]) {
        expect(await byRows(csv, suiteFile, threads)).toBeDefined();
        const many = await runDataCheck({ suite, data: csv, threads });
        expect(comparable(many)).toEqual(comparable(one));
      }
      expect(one.results.some((r) => !r.verdict.success)).toBe(true);
    }, 60_000);
  }

  it('selects the quantiles of large columns where the parts are (each worker counts its own part), with the single-threaded result', async () => {
    const big = join(dir, 'big.csv');
    await generate(big, 120_000);
    const suite = loadSuite(BENCH_SUITE);
    const one = await runDataCheck({ suite, data: big, threads: 1 });
    for (const threads of [2, 3]) {
      const many = await runDataCheck({ suite, data: big, threads });
      expect(comparable(many)).toEqual(comparable(one));
    }
    expect(one.results.filter((r) => r.check.id.endsWith('.quantiles'))).toHaveLength(10);
  }, 60_000);

  it('merges parts whose numbers are kept at different scales and kinds (decimals that change along the file), with the single-threaded result', async () => {
    const file = join(dir, 'scales.csv');
    const rows = ['id,a,b,c'];
    // a: one decimal in the first half, three in the second; b: small integers, then large ones; c: the same kind throughout
    for (let i = 0; i < 140_000; i++) rows.push(`${i},${i < 70_000 ? ((i * 37) % 1000) / 10 : ((i * 37) % 100_000) / 1000},${i < 70_000 ? i % 300 : (i * 7919) % 10_000_000},${((i * 13) % 5000) / 100}`);
    writeFileSync(file, rows.join('\n') + '\n');
    writeFileSync(
      join(dir, 'scales.json'),
      JSON.stringify({
        name: 'scales',
        expectations: ['a', 'b', 'c'].flatMap((column) => [
          kw('expect_column_quantile_values_to_be_between', { column, quantile_ranges: { quantiles: [0.05, 0.25, 0.5, 0.75, 0.95], value_ranges: [[0, 1], [0, 1], [0, 1], [0, 1], [0, 1]] } }),
          kw('expect_column_median_to_be_between', { column, min_value: 0, max_value: 1 }),
        ]),
      }),
    );
    const suite = loadSuite(join(dir, 'scales.json'));
    expect(await byRows(file, join(dir, 'scales.json'), 2)).toBeDefined();
    const one = await runDataCheck({ suite, data: file, threads: 1 });
    const many = await runDataCheck({ suite, data: file, threads: 2 });
    expect(comparable(many)).toEqual(comparable(one));
    // the quantiles read the decimals of both halves (4.981: three decimals, from the second half)
    expect(one.results[0]!.verdict.observed).toEqual({ quantiles: [0.05, 0.25, 0.5, 0.75, 0.95], values: [4.981, 24.904, 49.9, 74.81, 95] });
  }, 60_000);

  it('a part that will hold many more numbers than its share goes to its sketch early; one that then holds few is read by columns, exactly', async () => {
    // 300k rows cut in two, a 100k limit (62.5k per part): x has a number in every row (each part
    // projects 150k numbers, more than twice its share), y only in the first 60k rows — within the
    // part's share, but projected like x after 65,536 rows, so the first part hands over a sketch of
    // 60k numbers and the file is read by columns (without the projection it would stay exact by rows)
    const file = join(dir, 'projected.csv');
    // (a note per row, so the first 64 KiB chunk, from which a part estimates its rows, holds about 1,100 of them)
    const rows = ['id,x,y,note'];
    // (y wider than 16 bits: 16-bit integers are counted by value, never sketched — below)
    for (let i = 0; i < 300_000; i++) rows.push(`${i},${(i * 7919) % 100_003},${i < 60_000 ? (i * 31) % 100_019 : ''},${'n'.repeat(40)}`);
    writeFileSync(file, rows.join('\n') + '\n');
    writeFileSync(join(dir, 'projected.json'), JSON.stringify({ columns: { x: { quantiles: { p50: [0, 1e6] } }, y: { quantiles: { p10: [0, 2e5], p90: [0, 2e5] } } } }));
    const suite = loadSuite(join(dir, 'projected.json'));
    expect(await scanRanges(file, suite.plan, 2, { textual: true, exactLimit: 100_000 }, workerScript())).toBeUndefined();
    const one = await runDataCheck({ suite, data: file, threads: 1, exactLimit: 100_000 });
    const two = await runDataCheck({ suite, data: file, threads: 2, exactLimit: 100_000 });
    expect(comparable(two)).toEqual(comparable(one));
    // without y, the early sketches are merged: approximate, within the sketch's error
    writeFileSync(join(dir, 'projected-x.json'), JSON.stringify({ columns: { x: { quantiles: { p50: [0, 1e6] } } } }));
    const merged = await scanRanges(file, loadSuite(join(dir, 'projected-x.json')).plan, 2, { textual: true, exactLimit: 100_000 }, workerScript());
    expect(merged).toBeDefined();
    const x = merged!.columnStats.find((c) => c.column === 'x')!;
    expect(x.quantilesExact).toBe(false);
    expect(Math.abs(x.quantiles![0]!.values[0]! - 50_001) / 100_003).toBeLessThan(0.02);
    // y as 16-bit integers: each part counts them by value from the first (no projection to a sketch), merged exactly by rows
    const small = join(dir, 'projected-small.csv');
    writeFileSync(small, rows.map((r, i) => (i === 0 ? r : r.replace(/^(\d+),(\d+),(\d*),/, (_, a: string, b: string, c: string) => `${a},${b},${c === '' ? '' : Number(c) % 1009},`))).join('\n') + '\n');
    const bySmall = await scanRanges(small, suite.plan, 2, { textual: true, exactLimit: 100_000 }, workerScript());
    expect(bySmall).toBeDefined();
    const y = bySmall!.columnStats.find((c) => c.column === 'y')!;
    expect(y.quantilesExact).toBe(true);
    const oneSmall = await runDataCheck({ suite, data: small, threads: 1, exactLimit: 100_000 });
    expect(y.quantiles![0]!.values).toEqual((oneSmall.results.find((r) => r.check.id === 'columns.y.quantiles')!.verdict.observed as { values: number[] }).values);
  }, 60_000);

  it('merges the parts\' sketches past the exact limit: approximate quantiles within the sketch\'s error; 16-bit integers tallied, exactly', async () => {
    const suite = loadSuite(BENCH_SUITE);
    const exact = await runDataCheck({ suite, data: csv, threads: 1 });
    const merged = await scanRanges(csv, suite.plan, 2, { textual: true, exactLimit: 1000 }, workerScript());
    expect(merged).toBeDefined();
    // past the limit on one thread too: the same tallies, the same sketched columns
    const one = await runDataCheck({ suite, data: csv, threads: 1, exactLimit: 1000 });
    const sorted = new Map<string, number[]>();
    const tallied: string[] = [];
    for (const c of merged!.columnStats.filter((x) => x.quantiles)) {
      const want = exact.results.find((r) => r.check.id === `columns.${c.column}.quantiles`)!.verdict.observed as { values: number[] };
      const past = one.results.find((r) => r.check.id === `columns.${c.column}.quantiles`)!.verdict;
      if (c.quantilesExact) {
        // the bench's 16-bit columns (ages, scores with 4 decimals, …): counted by value, exact at any count
        tallied.push(c.column);
        expect(c.quantiles![0]!.values, c.column).toEqual(want.values);
        expect((past.observed as { values: number[] }).values, c.column).toEqual(want.values);
        expect(past.approximate, c.column).toBeFalsy();
        continue;
      }
      expect(past.approximate, c.column).toBe(true);
      // the ranks of each estimate in the column (ties: from below it to through it) hold the rank asked for, within 2% of the rows
      const all = sorted.get(c.column) ?? readFileSync(csv, 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split(',')[HEADER.indexOf(c.column)]!).filter((v) => v !== '').map(Number).sort((a, b) => a - b);
      sorted.set(c.column, all);
      c.quantiles![0]!.values.forEach((v, q) => {
        const below = all.filter((x) => x < v).length / all.length;
        const through = all.filter((x) => x <= v).length / all.length;
        expect(below).toBeLessThanOrEqual(c.quantiles![0]!.qs[q]! + 0.02);
        expect(through).toBeGreaterThanOrEqual(c.quantiles![0]!.qs[q]! - 0.02);
      });
      expect(want.values).toHaveLength(c.quantiles![0]!.values.length);
    }
    expect(tallied.sort()).toEqual(['age', 'height', 'ratio', 'score', 'temp', 'tenure', 'visits', 'weight']);
  }, 60_000);

  it('reads by columns when a part went to its sketch though the column fits the exact limit', async () => {
    // long rows first: the first half of the bytes holds few rows, the second most of them
    const uneven = join(dir, 'uneven.csv');
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
    const pad = (l: string) => l.split(',').map((v, k) => (HEADER[k] === 'city' ? v + 'x'.repeat(600) : v)).join(',');
    writeFileSync(uneven, `${[lines[0]!, ...lines.slice(1, 1001).map(pad), ...lines.slice(1001)].join('\n')}\n`);
    const suite = loadSuite(BENCH_SUITE);
    expect(await scanRanges(uneven, suite.plan, 2, { textual: true, exactLimit: 6001 }, workerScript())).toBeUndefined();
    const one = await runDataCheck({ suite, data: uneven, threads: 1, exactLimit: 6001 });
    const two = await runDataCheck({ suite, data: uneven, threads: 2, exactLimit: 6001 });
    expect(comparable(two)).toEqual(comparable(one));
    expect(one.approximate).toEqual([]);
  }, 60_000);

  it('finds duplicates across parts, with the samples and lines one scan reports', async () => {
    const dupes = join(dir, 'dupes.csv');
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
    // ids of the first rows again near the end (the other part), one of them three times
    const again = [lines[1]!, lines[5]!, lines[1]!, lines[3000]!].join('\n');
    writeFileSync(dupes, `${lines.slice(0, 4000).join('\n')}\n${again}\n${lines.slice(4000).join('\n')}\n`);
    const suite = loadSuite(MERGEABLE);
    const one = await runDataCheck({ suite, data: dupes, threads: 1 });
    const two = await runDataCheck({ suite, data: dupes, threads: 2 });
    expect(await byRows(dupes, MERGEABLE, 2)).toBeDefined();
    expect(comparable(two)).toEqual(comparable(one));
    const unique = two.results.find((r) => r.check.title.includes('unique') && r.check.title.includes('id'))!;
    expect(unique.verdict.success).toBe(false);
    expect(unique.verdict.unexpectedCount).toBe(7);
  }, 60_000);

  it('reads the file by columns when a cut falls inside a quoted field, with the same result', async () => {
    const quoted = join(dir, 'quoted.csv');
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
    // a code cell that spans the middle of the file: 3000 lines inside quotes
    const long = `"${Array.from({ length: 3000 }, (_, i) => `line ${i}, with a comma`).join('\n')}"`;
    const mid = lines[3000]!.split(',');
    mid[18] = long;
    writeFileSync(quoted, `${[...lines.slice(0, 3000), mid.join(','), ...lines.slice(3001)].join('\n')}\n`);
    expect(await byRows(quoted, BENCH_SUITE, 2)).toBeUndefined();
    const suite = loadSuite(BENCH_SUITE);
    const one = await runDataCheck({ suite, data: quoted, threads: 1 });
    const two = await runDataCheck({ suite, data: quoted, threads: 2 });
    expect(comparable(two)).toEqual(comparable(one));
  }, 60_000);

  it('reads the file by columns when a unique column has keys that are not integers', async () => {
    const suite = join(dir, 'cities.json');
    writeFileSync(suite, JSON.stringify({ name: 'cities', expectations: [kw('expect_column_values_to_be_unique', { column: 'city' })] }));
    expect(await byRows(csv, suite, 2)).toBeUndefined();
    const one = await runDataCheck({ suite: loadSuite(suite), data: csv, threads: 1 });
    const two = await runDataCheck({ suite: loadSuite(suite), data: csv, threads: 2 });
    expect(comparable(two)).toEqual(comparable(one));
  }, 60_000);

  it('reports invalid UTF-8 in a later part at the line one scan names', async () => {
    const bad = join(dir, 'latin1.csv');
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
    writeFileSync(bad, Buffer.concat([Buffer.from(lines.slice(0, 5000).join('\n') + '\n'), Buffer.from([0xc4, 0x45]), Buffer.from(lines[5000]!.slice(2) + '\n' + lines.slice(5001).join('\n') + '\n')]));
    const suite = loadSuite(BENCH_SUITE);
    const one = await runDataCheck({ suite, data: bad, threads: 1 }).catch((e: unknown) => e);
    const two = await runDataCheck({ suite, data: bad, threads: 2 }).catch((e: unknown) => e);
    expect((one as DataError).oneLine()).toBe(`${bad}:5001: invalid UTF-8 (byte 0xc4); save the file as UTF-8`);
    expect((two as DataError).oneLine()).toBe((one as DataError).oneLine());
  }, 60_000);

  it('reports bad data in a later part at the line one scan names', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, readFileSync(csv));
    appendFileSync(bad, '1,2\n');
    const suite = loadSuite(BENCH_SUITE);
    const one = await runDataCheck({ suite, data: bad, threads: 1 }).catch((e: unknown) => e);
    const two = await runDataCheck({ suite, data: bad, threads: 2 }).catch((e: unknown) => e);
    expect(one).toBeInstanceOf(DataError);
    expect(two).toBeInstanceOf(DataError);
    expect((two as DataError).oneLine()).toBe((one as DataError).oneLine());
    expect((two as DataError).oneLine()).toBe(`${bad}:6002: expected 20 fields as in the header, found 2`);
  }, 60_000);

  it('reports bad data in the first part (read on the main thread) at the line one scan names', async () => {
    const bad = join(dir, 'bad-first.csv');
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
    writeFileSync(bad, [...lines.slice(0, 100), '1,2', ...lines.slice(100)].join('\n') + '\n');
    const suite = loadSuite(BENCH_SUITE);
    const one = await runDataCheck({ suite, data: bad, threads: 1 }).catch((e: unknown) => e);
    const two = await runDataCheck({ suite, data: bad, threads: 2 }).catch((e: unknown) => e);
    expect((one as DataError).oneLine()).toBe(`${bad}:101: expected 20 fields as in the header, found 2`);
    expect((two as DataError).oneLine()).toBe((one as DataError).oneLine());
  }, 60_000);
});
