import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '@mlgate/core';
import { generate, HEADER } from '../../../bench/data-check/gen.js';
import { openTable } from '@mlgate/data';
import { loadSuite, openStreamRunner, runDataCheck, StreamRunner, type DataCheckResult } from '../src/index.js';
import { sharePlan } from '../src/stream/parallel.js';
import { PROFILE_NEEDS } from '../src/profile.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-parallel-'));
const BENCH_SUITE = join(import.meta.dirname, '../../../bench/data-check/suite.yml');

/** Every kind of row aggregate, filters (row conditions) and column aggregates, on the bench table's columns. */
const GE_SUITE = join(dir, 'suite.json');
const kw = (type: string, kwargs: Record<string, unknown>) => ({ type, kwargs });
writeFileSync(
  GE_SUITE,
  JSON.stringify({
    name: 'every kind',
    expectations: [
      kw('expect_column_values_to_be_between', { column: 'age', min_value: 18, max_value: 90, row_condition: 'country=="DE"', condition_parser: 'pandas' }),
      kw('expect_column_mean_to_be_between', { column: 'income', min_value: 0, max_value: 5000, row_condition: 'segment=="A"', condition_parser: 'pandas' }),
      kw('expect_column_pair_values_a_to_be_greater_than_b', { column_A: 'income', column_B: 'balance', or_equal: true }),
      kw('expect_column_pair_values_to_be_equal', { column_A: 'segment', column_B: 'plan', ignore_row_if: 'either_value_is_missing' }),
      kw('expect_compound_columns_to_be_unique', { column_list: ['country', 'segment', 'plan'] }),
      kw('expect_multicolumn_sum_to_equal', { column_list: ['age', 'tenure'], sum_total: 100 }),
      kw('expect_select_column_values_to_be_unique_within_record', { column_list: ['country', 'segment'] }),
      kw('expect_column_values_to_be_increasing', { column: 'id' }),
      kw('expect_column_values_to_be_unique', { column: 'city' }),
      kw('expect_column_median_to_be_between', { column: 'income', min_value: 1000, max_value: 5000 }),
      kw('expect_column_stdev_to_be_between', { column: 'temp', min_value: 1, max_value: 20 }),
      kw('expect_column_distinct_values_to_be_in_set', { column: 'channel', value_set: ['web', 'app'] }),
      kw('expect_column_values_to_match_strftime_format', { column: 'signup', strftime_format: '%Y-%m-%d' }),
      kw('expect_column_values_to_be_in_type_list', { column: 'active', type_list: ['bool', 'str'] }),
    ],
  }),
);

let csv: string;
let reference: string;
beforeAll(async () => {
  csv = join(dir, 'table.csv');
  reference = join(dir, 'reference.csv');
  await generate(csv, 6000);
  await generate(reference, 1500);
});

/** A result without what differs between two runs by design (the time a profile was made). */
function comparable(r: DataCheckResult): unknown {
  return JSON.parse(JSON.stringify({ ...r, profile: r.profile && { ...r.profile, createdAt: undefined }, results: r.results.map((x) => ({ title: x.check.title, verdict: x.verdict, samples: x.samples })) }, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));
}

describe('sharing a plan among threads', () => {
  it('gives every aggregate to exactly one worker, and each worker the columns its share reads', () => {
    for (const file of [BENCH_SUITE, GE_SUITE]) {
      const plan = { ...loadSuite(file).plan, everyColumn: PROFILE_NEEDS };
      for (const workers of [2, 3, 4]) {
        const shares = sharePlan(plan, HEADER, workers);
        expect(shares.length).toBeGreaterThanOrEqual(2);
        expect(shares.flatMap((s) => s.part.columns).sort((a, b) => a - b)).toEqual(plan.columns.map((_, i) => i));
        expect(shares.flatMap((s) => s.part.rows).sort((a, b) => a - b)).toEqual(plan.rows.map((r) => r.id));
        expect(shares.flatMap((s) => s.part.cover).sort()).toEqual([...HEADER].sort());
        for (const { part, keep } of shares) {
          for (const i of part.columns) expect(keep).toContain(plan.columns[i]!.column);
          for (const c of part.cover) expect(keep).toContain(c);
          // a column aggregate without a filter and the same column's profile go together
          for (const i of part.columns) if (plan.columns[i]!.filter < 0 && HEADER.includes(plan.columns[i]!.column)) expect(part.cover).toContain(plan.columns[i]!.column);
        }
      }
    }
  });
});

/** The bench table as Parquet (DuckDB: snappy, dictionary pages), written once. */
let parquetFile: Promise<string> | undefined;
function parquetTable(): Promise<string> {
  return (parquetFile ??= (async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const parquet = join(dir, 'table.parquet');
    await conn.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet, COMPRESSION snappy)`);
    conn.closeSync();
    return parquet;
  })());
}

describe('one thread on Parquet', () => {
  it('decodes only the columns the plan reads (checks, row checks, filters) with the metrics of decoding them all', async () => {
    const parquet = await parquetTable();
    const filtered = join(dir, 'filtered.json');
    // channel is read by a filter alone
    writeFileSync(filtered, JSON.stringify({ name: 'filtered', expectations: [kw('expect_column_values_to_be_between', { column: 'age', min_value: 18, max_value: 60, row_condition: 'channel=="web"', condition_parser: 'pandas' })] }));
    for (const file of [GE_SUITE, BENCH_SUITE, filtered]) {
      const all = await new StreamRunner(await openTable(parquet)).run(loadSuite(file).plan);
      const read = await (await openStreamRunner(parquet, { threads: 1 })).run(loadSuite(file).plan);
      expect(read).toEqual(all);
      expect(read.rows).toBe(6000);
    }
  }, 60_000);
});

describe('a scan on two threads', () => {
  for (const [name, suiteFile] of [
    ['the bench suite, with a profile and drift', BENCH_SUITE],
    ['every kind of aggregate, with filters', GE_SUITE],
  ] as const) {
    it(`gives exactly the single-threaded result: ${name} (CSV)`, async () => {
      const suite = loadSuite(suiteFile);
      const one = await runDataCheck({ suite, data: csv, reference, profile: true, threads: 1 });
      const two = await runDataCheck({ suite, data: csv, reference, profile: true, threads: 2 });
      expect(comparable(two)).toEqual(comparable(one));
      expect(one.results.some((r) => !r.verdict.success)).toBe(true);
    }, 60_000);
  }

  it('gives exactly the single-threaded result on Parquet (typed cells)', async () => {
    const parquet = await parquetTable();
    const suite = loadSuite(GE_SUITE);
    const one = await runDataCheck({ suite, data: parquet, profile: true, threads: 1 });
    const two = await runDataCheck({ suite, data: parquet, profile: true, threads: 3 });
    expect(comparable(two)).toEqual(comparable(one));
    expect(two.data.rows).toBe(6000);
  }, 60_000);

  it('reports bad data as one thread does: the same error, file and line', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${HEADER.join(',')}\n${'1,'.repeat(19)}1\n1,2\n`);
    const suite = loadSuite(BENCH_SUITE);
    const err = await runDataCheck({ suite, data: bad, threads: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).oneLine()).toBe(`${bad}:3: expected 20 fields as in the header, found 2`);
  }, 60_000);
});
