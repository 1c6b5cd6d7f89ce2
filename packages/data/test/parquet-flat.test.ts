import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { openTable, type Batch, type Cell } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-parquet-flat-'));

async function batches(path: string, columns?: string[]): Promise<Batch[]> {
  const out: Batch[] = [];
  for await (const b of (await openTable(path, { columns })).batches()) out.push(b);
  return out;
}

/** Rows as the typed reader gives them, through `values` (the cells a check reads). */
function rowsOf(bs: Batch[]): Array<Record<string, Cell>> {
  const rows: Array<Record<string, Cell>> = [];
  for (const b of bs) for (let r = 0; r < b.length; r++) rows.push(Object.fromEntries(b.columns.map((c, i) => [c, b.values[i]![r]!])));
  return rows;
}

/** hyparquet's own row reader, the reference: a missing value is null, and NaN stays NaN. */
async function reference(path: string): Promise<Array<Record<string, unknown>>> {
  return (await parquetReadObjects({ file: await asyncBufferFromFile(path), compressors })) as Array<Record<string, unknown>>;
}

const N = 3000;
const pick = <T>(i: number, xs: T[]): T => xs[i % xs.length]!;

describe('Parquet flat columns, read typed', () => {
  it('gives every cell hyparquet gives, for each column kind, nulls, dictionaries, several pages and row groups', async () => {
    const columnData = [
      { name: 'i32', type: 'INT32', data: Array.from({ length: N }, (_, i) => (i % 7 === 0 ? null : i - 1500)) },
      { name: 'i64', type: 'INT64', data: Array.from({ length: N }, (_, i) => (i % 11 === 0 ? null : BigInt(i) * 1_000_000_007n)) },
      // negative, past 2^53 (rounded to the nearest double as Number() does) and the extremes
      { name: 'wide', type: 'INT64', data: Array.from({ length: N }, (_, i) => (i % 10 === 3 ? null : pick(i, [-1n, -(2n ** 63n), 2n ** 63n - 1n, 2n ** 53n + 1n, -(2n ** 53n) - 3n, 2n ** 60n + 2n ** 8n + 1n, -(BigInt(i) << 40n) - 7n]))) },
      { name: 'f64', type: 'DOUBLE', data: Array.from({ length: N }, (_, i) => (i % 13 === 0 ? null : i % 17 === 0 ? NaN : i / 7)) },
      { name: 'f32', type: 'FLOAT', data: Array.from({ length: N }, (_, i) => (i % 5 === 0 ? null : i / 4)) },
      { name: 'flag', type: 'BOOLEAN', data: Array.from({ length: N }, (_, i) => (i % 9 === 0 ? null : i % 2 === 0)) },
      { name: 'city', type: 'STRING', data: Array.from({ length: N }, (_, i) => (i % 6 === 0 ? null : pick(i, ['Zürich', 'Genève', 'Bern', '東京']))) },
      { name: 'note', type: 'STRING', data: Array.from({ length: N }, (_, i) => `note ${i} ${'x'.repeat(i % 40)}`) },
      { name: 'at', type: 'TIMESTAMP', data: Array.from({ length: N }, (_, i) => (i % 8 === 0 ? null : new Date(Date.UTC(2026, 0, 1) + i * 60_000))) },
      { name: 'dense', type: 'DOUBLE', data: Array.from({ length: N }, (_, i) => i * 0.5) },
    ];
    const path = join(dir, 'kinds.parquet');
    writeFileSync(path, new Uint8Array(parquetWriteBuffer({ columnData: columnData as never, rowGroupSize: 1100, pageSize: 2000 })));
    const bs = await batches(path);
    expect(bs.map((b) => b.rowStart)).toEqual([0, 1100, 2200]);
    const got = rowsOf(bs);
    const want = await reference(path);
    expect(got).toHaveLength(N);
    for (let r = 0; r < N; r++) for (const c of columnData) {
      const w = want[r]![c.name];
      // a NaN float is kept as NaN among the cells (the checks read it as missing, as pandas does)
      if (typeof w === 'number' && Number.isNaN(w)) expect(got[r]![c.name], `${c.name} row ${r}`).toBeNaN();
      else expect(got[r]![c.name], `${c.name} row ${r}`).toEqual(w ?? null);
    }
    // the numeric columns also come as numbers with a null mask, the same figures the cells give
    for (const b of bs) {
      for (const name of ['i32', 'i64', 'wide', 'f64', 'f32', 'dense']) {
        const c = b.columns.indexOf(name);
        const { x, nulls } = b.numbers!(c)!;
        for (let r = 0; r < b.length; r++) {
          const v = b.values[c]![r];
          const missing = v === null || (typeof v === 'number' && Number.isNaN(v));
          expect(nulls[r], `${name} row ${b.rowStart + r}`).toBe(missing ? 1 : 0);
          if (!missing) expect(x[r]).toBe(Number(v));
        }
      }
      expect(b.numbers!(b.columns.indexOf('city'))).toBeUndefined();
      // which cells are missing, for every kind of column: null, or a NaN float
      for (const name of b.columns) {
        const c = b.columns.indexOf(name);
        const nulls = b.nulls!(c)!;
        for (let r = 0; r < b.length; r++) {
          const v = b.values[c]![r];
          expect(nulls[r], `${name} row ${b.rowStart + r}`).toBe(v === null || (typeof v === 'number' && Number.isNaN(v)) ? 1 : 0);
        }
      }
    }
  });

  it('reads only the columns asked for', async () => {
    const path = join(dir, 'some.parquet');
    writeFileSync(path, new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'a', type: 'INT32', data: [1, 2, 3] }, { name: 'b', type: 'STRING', data: ['x', null, 'z'] }] as never })));
    const [b] = await batches(path, ['b']);
    expect(b!.columns).toEqual(['a', 'b']);
    expect(b!.values[0]).toEqual([]);
    expect(b!.values[1]).toEqual(['x', null, 'z']);
  });

  it('reads a file DuckDB wrote (snappy, dictionary pages, v1 data pages) as hyparquet does', async () => {
    const require = createRequire(join(resolve(import.meta.dirname, '../../checks'), 'package.json'));
    const { DuckDBInstance } = require('@duckdb/node-api') as { DuckDBInstance: { create(p: string): Promise<{ connect(): Promise<{ run(sql: string): Promise<unknown> }> }> } };
    const path = join(dir, 'duck.parquet');
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    await con.run(`COPY (SELECT i AS id, CASE WHEN i % 10 = 0 THEN NULL ELSE i * 1.25 END AS x, (i % 4)::INTEGER AS k, CASE WHEN i % 3 = 0 THEN NULL ELSE ['DE','FR','NL'][1 + i % 3] END AS country, i % 2 = 0 AS even, CASE WHEN i % 7 = 0 THEN NULL ELSE ((i % 5) * 0.5)::DOUBLE END AS half FROM range(20000) t(i)) TO '${path}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 8192)`);
    const bs = await batches(path);
    const got = rowsOf(bs);
    const want = await reference(path);
    expect(got).toEqual(want.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? null]))));
    // dictionary-encoded numbers (k, half) come as numbers too, the figures of their cells
    for (const b of bs) {
      for (const name of ['id', 'k', 'half']) {
        const c = b.columns.indexOf(name);
        const { x, nulls } = b.numbers!(c)!;
        for (let r = 0; r < b.length; r++) {
          const v = b.values[c]![r];
          expect(nulls[r], `${name} row ${b.rowStart + r}`).toBe(v === null ? 1 : 0);
          if (v !== null) expect(x[r]).toBe(Number(v));
        }
      }
    }
  });

});
