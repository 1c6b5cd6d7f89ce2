import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CsvParser, openTable, type Batch } from '@mlgate/data';
import { describe, expect, it } from 'vitest';
import { compilePredicate, loadSuite, StreamEngine, type Metrics } from '../src/index.js';

/*
 * Parquet batches hand typed numbers and missing-value flags beside the cells (`Batch.numbers`,
 * `Batch.nulls`, `Batch.cell`): the engine counts, de-duplicates and compares from them without making
 * a cell per row. The reference is the same engine given the cells alone (`values`), as a JSON Lines
 * reader hands them: every figure, sample and sample value must be the same.
 */

const dir = mkdtempSync(join(tmpdir(), 'mlgate-typed-paths-'));

async function parquet(name: string, select: string): Promise<string> {
  const path = join(dir, name);
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  await con.run(`COPY (${select}) TO '${path}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 2048)`);
  return path;
}

/** The batch with its cells only: the engine's general path. */
function cellsOnly(b: Batch): Batch {
  return { columns: b.columns, values: b.columns.map((_, c) => [...b.values[c]!]), length: b.length, rowStart: b.rowStart, lines: b.lines };
}

async function scan(path: string, suite: string, distinctLimit: number, strip: boolean): Promise<Metrics> {
  const suiteFile = join(dir, `suite-${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(suiteFile, suite);
  const engine = new StreamEngine(loadSuite(suiteFile).plan, { textual: false, distinctLimit, sampleLimit: 50 });
  for await (const b of (await openTable(path)).batches()) engine.consume(strip ? cellsOnly(b) : b);
  return engine.finish();
}

// ids: repeats, nulls, and two BIGINTs past 2^53 that are one double apart from each other (distinct keys)
const SELECT = `SELECT
  CASE WHEN i % 97 = 0 THEN NULL WHEN i % 500 = 7 THEN i - 3 WHEN i = 4000 THEN 9007199254740993 WHEN i IN (4100, 4200) THEN 9007199254740992 ELSE i END::BIGINT AS id,
  CASE WHEN i % 13 = 0 THEN NULL ELSE i % 9 END::INTEGER AS k,
  CASE WHEN i % 11 = 0 THEN NULL WHEN i % 17 = 0 THEN 'NaN'::DOUBLE WHEN i % 19 = 0 THEN -0.0 WHEN i % 23 = 0 THEN 0.0 ELSE (i % 400) * 0.25 END::DOUBLE AS f,
  CASE WHEN i % 7 = 0 THEN NULL ELSE ['DE', 'FR', 'NL', 'XX'][1 + i % 4] END AS country
FROM range(6000) t(i)`;

const SUITE = `columns:
  id: { unique: true, nullable: false }
  k: { unique: true, min: 0, max: 7 }
  f: { unique: true }
  country: { in: [DE, FR, NL] }
`;

describe('Parquet: typed numbers and null flags give the figures the cells give', () => {
  for (const distinctLimit of [100_000, 300]) {
    it(`unique keys from numbers (bigint samples kept), counts from null flags, dictionary columns as numbers (exact keys up to ${distinctLimit})`, async () => {
      const path = await parquet(`t${distinctLimit}.parquet`, SELECT);
      const fast = await scan(path, SUITE, distinctLimit, false);
      const cells = await scan(path, SUITE, distinctLimit, true);
      expect(fast).toEqual(cells);
      const unique = fast.rowStats.find((r) => r.id === 1)!;
      expect(unique.unexpected).toBeGreaterThan(20);
      // the INT64 cells of the samples are bigints, as the reader gives them, 2^53 + 1 not mistaken for 2^53
      expect(unique.samples.map((s) => s.value)).toContain(9007199254740992n);
      expect(unique.samples.map((s) => s.value)).not.toContain(9007199254740993n);
      expect(unique.samples.every((s) => typeof s.value === 'bigint')).toBe(true);
      const id = fast.columnStats.find((c) => c.column === 'id')!;
      expect([id.rows, id.nulls]).toEqual([6000, 62]);
    });
  }
});

describe('Parquet: dictionary-encoded text judged once per distinct value', () => {
  it('gives the figures, samples and errors the cells give: sets, regexes, lengths, a row condition, a type error', async () => {
    const path = await parquet(
      'dict-text.parquet',
      `SELECT i::INTEGER AS k,
        CASE WHEN i % 7 = 0 THEN NULL ELSE ['DE', 'FR', 'NL', 'XX', ''][1 + i % 5] END AS country,
        CASE WHEN i % 5 = 0 THEN NULL ELSE ['basic', 'pro', 'enterprise', 'b'][1 + i % 4] END AS plan,
        ['x', 'y'][1 + i % 2] AS label
      FROM range(6000) t(i)`,
    );
    const ge = (type: string, kwargs: Record<string, unknown>): Record<string, unknown> => ({ expectation_type: type, kwargs });
    const suite = JSON.stringify({
      expectation_suite_name: 'dictionary text',
      expectations: [
        ge('expect_column_values_to_be_in_set', { column: 'country', value_set: ['DE', 'FR', 'NL'] }),
        ge('expect_column_values_to_be_in_set', { column: 'country', value_set: ['DE', 'FR'], row_condition: 'k > 3000', condition_parser: 'pandas', mostly: 0.5 }),
        ge('expect_column_values_to_match_regex', { column: 'plan', regex: '^b' }),
        ge('expect_column_values_to_not_be_in_set', { column: 'plan', value_set: ['pro'] }),
        ge('expect_column_value_lengths_to_be_between', { column: 'plan', min_value: 3, max_value: 5 }),
        ge('expect_column_values_to_be_between', { column: 'label', min_value: 0, max_value: 1 }),
      ],
    });
    const suiteFile = join(dir, 'dict-text.json');
    writeFileSync(suiteFile, suite);
    const run = async (strip: boolean): Promise<Metrics> => {
      const engine = new StreamEngine(loadSuite(suiteFile).plan, { textual: false, sampleLimit: 50 });
      for await (const b of (await openTable(path)).batches()) {
        // the fast path is there to be taken: every batch of this file comes from one dictionary per text column
        if (!strip) expect(b.codes!(b.columns.indexOf('plan'))).toBeDefined();
        engine.consume(strip ? cellsOnly(b) : b);
      }
      return engine.finish();
    };
    const fast = await run(false);
    expect(fast).toEqual(await run(true));
    expect(fast.rowStats.map((r) => r.unexpected).slice(0, 5).every((u) => u > 0)).toBe(true);
    expect(fast.rowStats[5]!.error).toMatch(/cannot compare text "x" with a number/);
  });
});

describe('CSV: texts judged once per distinct text, numbers read while scanning', () => {
  it('gives the figures, samples and errors the cells give', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const country = i % 7 === 0 ? 'NA' : i % 11 === 0 ? '"DE"' : i % 13 === 0 ? '"a""b"' : ['DE', 'FR', 'NL', 'XX', ''][i % 5];
      // few distinct plans at first, then one per row (the batches after give up their codes)
      const plan = i < 1000 ? ['basic', 'pro', 'enterprise', 'b'][i % 4] : `p${i}`;
      const x = i % 17 === 0 ? 'NA' : i % 19 === 0 ? '-0' : i % 23 === 0 ? 'x1' : i % 29 === 0 ? '"2.5"' : (((i * 37) % 400) / 8 - 10).toString();
      return `${i},${country},${plan},${x}`;
    });
    const text = `k,country,plan,x\n${rows.join('\n')}\n`;
    const ge = (type: string, kwargs: Record<string, unknown>): Record<string, unknown> => ({ expectation_type: type, kwargs });
    const suiteFile = join(dir, 'csv-paths.json');
    writeFileSync(
      suiteFile,
      JSON.stringify({
        expectation_suite_name: 'csv paths',
        expectations: [
          ge('expect_column_values_to_be_in_set', { column: 'country', value_set: ['DE', 'FR', 'NL'] }),
          ge('expect_column_values_to_be_in_set', { column: 'country', value_set: ['DE', 'FR'], row_condition: 'k > 1500', condition_parser: 'pandas', mostly: 0.5 }),
          ge('expect_column_values_to_match_regex', { column: 'plan', regex: '^b' }),
          ge('expect_column_value_lengths_to_be_between', { column: 'plan', min_value: 3, max_value: 5 }),
          ge('expect_column_values_to_be_between', { column: 'x', min_value: -5, max_value: 30 }),
          ge('expect_column_quantile_values_to_be_between', { column: 'x', quantile_ranges: { quantiles: [0.1, 0.5, 0.9], value_ranges: [[null, null], [null, null], [null, null]] } }),
          ge('expect_column_mean_to_be_between', { column: 'x', min_value: 0, max_value: 20 }),
        ],
      }),
    );
    const run = (strip: boolean): Metrics => {
      const engine = new StreamEngine(loadSuite(suiteFile).plan, { textual: true, sampleLimit: 50 });
      const parser = new CsvParser('t.csv', ',', 256);
      let coded = 0;
      // in chunks: the texts after the first are read with the numbers found while scanning
      for (let i = 0; i <= text.length; i += 4096) {
        for (const b of parser.push(text.slice(i, i + 4096), i + 4096 > text.length)) {
          if (!strip && b.codes!(1)) coded++;
          engine.consume(strip ? cellsOnly(b) : b);
        }
      }
      if (!strip) expect(coded).toBeGreaterThan(5);
      return engine.finish();
    };
    const fast = run(false);
    expect(fast).toEqual(run(true));
    expect(fast.rowStats.map((r) => r.unexpected).slice(0, 4).every((u) => u > 0)).toBe(true);
  });
});

describe('a set on typed cells', () => {
  it('finds text as that text only, and numbers, bigints and booleans by their value', () => {
    const test = compilePredicate({ op: 'in_set', values: ['DE', '1', 2, true] }, false);
    expect(['DE', '1', 2, 2n, true].map(test)).toEqual([true, true, true, true, true]);
    expect(['de', '2', 1, 1n, 'true', false, 'DE '].map(test)).toEqual([false, false, false, false, false, false, false]);
    const not = compilePredicate({ op: 'in_set', values: ['DE', 2], negate: true }, false);
    expect(['DE', 'FR', 2n, 3].map(not)).toEqual([false, true, false, true]);
  });
});
