import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { asyncBufferFromFile, parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { ByteWriter } from 'hyparquet-writer/src/bytewriter.js';
import { writeRleBitPackedHybrid } from 'hyparquet-writer/src/encoding.js';
import { writeMetadata } from 'hyparquet-writer/src/metadata.js';
import { describe, expect, it } from 'vitest';
import { openTable, type Batch, type Cell } from '../src/index.js';
import { Hybrid, TextCells } from '../src/parquet-page.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-parquet-flat-'));

async function batches(path: string, columns?: string[], batchSize?: number): Promise<Batch[]> {
  const out: Batch[] = [];
  for await (const b of (await openTable(path, { columns, batchSize })).batches()) out.push(b);
  return out;
}

/** Each row's cells, numbers, missing-value flags and dictionary codes as a batch gives them (to compare reads in other batch sizes). */
function perRow(bs: Batch[]): unknown[] {
  const rows: unknown[] = [];
  for (const b of bs) {
    for (let r = 0; r < b.length; r++) {
      rows.push(
        b.columns.map((_, c) => {
          const n = b.numbers!(c);
          const d = b.codes!(c);
          return [b.values[c]![r], b.cell!(c, r), n && [n.x[r], n.nulls[r]], b.nulls!(c)?.[r], d && d.dict[d.codes[r]!]];
        }),
      );
    }
  }
  return rows;
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
      // exact as doubles on the first pages of the last row group, then past 2^53: the rows read as doubles become 64-bit words again
      { name: 'late_wide', type: 'INT64', data: Array.from({ length: N }, (_, i) => (i % 9 === 4 ? null : i < 2600 ? BigInt(i) - 1300n : 2n ** 60n + BigInt(i))) },
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
    // batches that start and end inside pages and their runs of levels and indices give the same rows
    expect(perRow(await batches(path, undefined, 97))).toEqual(perRow(bs));
    for (let r = 0; r < N; r++) for (const c of columnData) {
      const w = want[r]![c.name];
      // a NaN float is kept as NaN among the cells (the checks read it as missing, as pandas does)
      if (typeof w === 'number' && Number.isNaN(w)) expect(got[r]![c.name], `${c.name} row ${r}`).toBeNaN();
      else expect(got[r]![c.name], `${c.name} row ${r}`).toEqual(w ?? null);
    }
    // the numeric columns also come as numbers with a null mask, the same figures the cells give
    for (const b of bs) {
      for (const name of ['i32', 'i64', 'wide', 'late_wide', 'f64', 'f32', 'dense']) {
        const c = b.columns.indexOf(name);
        const { x, nulls } = b.numbers!(c)!;
        for (let r = 0; r < b.length; r++) {
          const v = b.values[c]![r];
          const missing = v === null || (typeof v === 'number' && Number.isNaN(v));
          expect(nulls[r], `${name} row ${b.rowStart + r}`).toBe(missing ? 1 : 0);
          if (!missing) expect(x[r]).toBe(Number(v));
        }
      }
      // text and booleans (read as bytes 1 and 0) are not numbers
      expect(b.numbers!(b.columns.indexOf('city'))).toBeUndefined();
      expect(b.numbers!(b.columns.indexOf('flag'))).toBeUndefined();
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

  it('reads files DuckDB wrote (snappy, dictionary pages; v1 and v2 data pages) as hyparquet does', async () => {
    const require = createRequire(join(resolve(import.meta.dirname, '../../checks'), 'package.json'));
    const { DuckDBInstance } = require('@duckdb/node-api') as { DuckDBInstance: { create(p: string): Promise<{ connect(): Promise<{ run(sql: string): Promise<unknown> }> }> } };
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    for (const version of ['V1', 'V2']) {
      const path = join(dir, `duck-${version}.parquet`);
      await con.run(`COPY (SELECT i AS id, CASE WHEN i % 10 = 0 THEN NULL ELSE i * 1.25 END AS x, (i % 4)::INTEGER AS k, CASE WHEN i % 3 = 0 THEN NULL ELSE ['DE','FR','NL'][1 + i % 3] END AS country, i % 2 = 0 AS even, CASE WHEN i % 7 = 0 THEN NULL ELSE ((i % 5) * 0.5)::DOUBLE END AS half,
        CASE WHEN i % 11 = 0 THEN NULL ELSE 'name ' || i || CASE WHEN i % 3 = 0 THEN ' Müller 東京' ELSE '' END END AS name,
        CASE WHEN i % 13 = 0 THEN NULL ELSE [4611686018427387905, -9223372036854775808, -1, 9007199254740993][1 + i % 4] END AS big,
        CASE WHEN i % 6 = 0 THEN NULL ELSE i % 4 = 1 END AS flag
        FROM range(20000) t(i)) TO '${path}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 8192, PARQUET_VERSION ${version})`);
      const bs = await batches(path);
      const got = rowsOf(bs);
      const want = await reference(path);
      expect(got).toEqual(want.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? null]))));
      expect(perRow(await batches(path, undefined, 1000))).toEqual(perRow(bs));
      // dictionary-encoded numbers (k, half, big) come as numbers too, the figures of their cells
      for (const b of bs) {
        for (const name of ['id', 'k', 'half', 'big']) {
          const c = b.columns.indexOf(name);
          const { x, nulls } = b.numbers!(c)!;
          for (let r = 0; r < b.length; r++) {
            const v = b.values[c]![r];
            expect(nulls[r], `${version} ${name} row ${b.rowStart + r}`).toBe(v === null ? 1 : 0);
            if (v !== null) expect(x[r]).toBe(Number(v));
          }
        }
      }
    }
  });

  it('reads every encoding and page kind a writer chooses as hyparquet does: plain and dictionary text, required columns, delta and byte-stream-split pages, no compression', async () => {
    const bom = '\uFEFF';
    const text = (i: number): string | null => (i % 9 === 0 ? null : pick(i, ['plain', `Zürich ${i}`, `${bom}leading mark ${i}`, '', `東京 ${i} 🚀`, `ascii-${i}-${'y'.repeat(i % 30)}`]));
    const columnData = [
      { name: 'text_plain', type: 'STRING', encoding: 'PLAIN', data: Array.from({ length: N }, (_, i) => text(i)) },
      { name: 'text_dict', type: 'STRING', encoding: 'RLE_DICTIONARY', data: Array.from({ length: N }, (_, i) => (i % 4 === 0 ? null : pick(i, ['Genève', 'Bern', 'Zürich', `${bom}x`]))) },
      { name: 'text_delta', type: 'STRING', encoding: 'DELTA_BYTE_ARRAY', data: Array.from({ length: N }, (_, i) => text(i + 1)) },
      { name: 'text_required', type: 'STRING', nullable: false, encoding: 'PLAIN', data: Array.from({ length: N }, (_, i) => `r${i}é`) },
      { name: 'i64_dict', type: 'INT64', encoding: 'RLE_DICTIONARY', data: Array.from({ length: N }, (_, i) => (i % 5 === 0 ? null : pick(i, [-1n, 2n ** 62n + 1n, 7n, -(2n ** 63n)]))) },
      { name: 'i64_required', type: 'INT64', nullable: false, encoding: 'PLAIN', data: Array.from({ length: N }, (_, i) => BigInt(i) * -3n) },
      { name: 'i64_delta', type: 'INT64', encoding: 'DELTA_BINARY_PACKED', data: Array.from({ length: N }, (_, i) => (i % 6 === 0 ? null : BigInt(i * i))) },
      { name: 'i32_dict', type: 'INT32', encoding: 'RLE_DICTIONARY', data: Array.from({ length: N }, (_, i) => (i % 3 === 0 ? null : i % 50)) },
      { name: 'f64_split', type: 'DOUBLE', encoding: 'BYTE_STREAM_SPLIT', data: Array.from({ length: N }, (_, i) => (i % 7 === 0 ? null : i / 3)) },
      { name: 'f64_required', type: 'DOUBLE', nullable: false, data: Array.from({ length: N }, (_, i) => (i % 17 === 0 ? NaN : -i / 8)) },
      { name: 'flag_plain', type: 'BOOLEAN', encoding: 'PLAIN', data: Array.from({ length: N }, (_, i) => (i % 4 === 1 ? null : i % 3 === 0)) },
      { name: 'flag_required', type: 'BOOLEAN', nullable: false, encoding: 'PLAIN', data: Array.from({ length: N }, (_, i) => i % 5 < 2) },
      { name: 'all_null', type: 'STRING', data: Array.from({ length: N }, () => null) },
      // one dictionary entry: indices of bit width 0
      { name: 'one_text', type: 'STRING', encoding: 'RLE_DICTIONARY', data: Array.from({ length: N }, (_, i) => (i % 8 === 0 ? null : 'same')) },
      { name: 'one_num', type: 'INT32', encoding: 'RLE_DICTIONARY', data: Array.from({ length: N }, (_, i) => (i % 6 === 0 ? null : 42)) },
    ];
    for (const codec of ['SNAPPY', 'UNCOMPRESSED'] as const) {
      const path = join(dir, `encodings-${codec}.parquet`);
      writeFileSync(path, new Uint8Array(parquetWriteBuffer({ columnData: columnData as never, rowGroupSize: 1300, pageSize: 1500, codec })));
      const bs = await batches(path);
      const got = rowsOf(bs);
      const want = await reference(path);
      expect(perRow(await batches(path, undefined, 61))).toEqual(perRow(bs));
      // one cell read alone (as a sample of unexpected values reads it) is the cell the column gives
      for (const b of bs) for (let c = 0; c < b.columns.length; c++) for (let r = 0; r < b.length; r += 7) expect(b.cell!(c, r), `${codec} ${b.columns[c]} row ${b.rowStart + r}`).toEqual(b.values[c]![r]);
      expect(got).toHaveLength(N);
      for (let r = 0; r < N; r++) for (const c of columnData) {
        const w = want[r]![c.name];
        if (typeof w === 'number' && Number.isNaN(w)) expect(got[r]![c.name], `${codec} ${c.name} row ${r}`).toBeNaN();
        else expect(got[r]![c.name], `${codec} ${c.name} row ${r}`).toEqual(w ?? null);
      }
      // the leading mark is dropped as hyparquet's TextDecoder drops it
      expect(got[2]!.text_plain).toBe('leading mark 2');
    }
  });

  it('reuses a batch\'s arrays for the next one only when it was released, with the same cells, numbers, nulls and codes', async () => {
    const columnData = [
      { name: 'i64', type: 'INT64', data: Array.from({ length: N }, (_, i) => (i % 11 === 0 ? null : BigInt(i) * 7n)) },
      { name: 'f64', type: 'DOUBLE', data: Array.from({ length: N }, (_, i) => (i % 13 === 0 ? null : i % 17 === 0 ? NaN : i / 7)) },
      { name: 'i32_dict', type: 'INT32', encoding: 'RLE_DICTIONARY', data: Array.from({ length: N }, (_, i) => (i % 3 === 0 ? null : i % 50)) },
      { name: 'text_dict', type: 'STRING', encoding: 'RLE_DICTIONARY', data: Array.from({ length: N }, (_, i) => (i % 4 === 0 ? null : pick(i, ['Genève', 'Bern', 'Zürich']))) },
      { name: 'text_plain', type: 'STRING', encoding: 'PLAIN', data: Array.from({ length: N }, (_, i) => (i % 9 === 0 ? null : `v${i} ${'z'.repeat(i % 13)}`)) },
      { name: 'flag', type: 'BOOLEAN', data: Array.from({ length: N }, (_, i) => (i % 5 === 0 ? null : i % 2 === 0)) },
      // nulls in the first row group only: the pages after it have no definition levels to clear them
      { name: 'early_nulls', type: 'DOUBLE', data: Array.from({ length: N }, (_, i) => (i < 1100 && i % 2 === 0 ? null : i / 2)) },
    ];
    // what a consumer reads of a batch, copied
    const snapshot = (b: Batch): unknown => ({
      rowStart: b.rowStart,
      cells: b.values.map((v) => [...v]),
      numbers: b.columns.map((_, c) => {
        const n = b.numbers!(c);
        return n && { x: [...n.x], nulls: [...n.nulls] };
      }),
      nulls: b.columns.map((_, c) => [...(b.nulls!(c) ?? [])]),
      codes: b.columns.map((_, c) => {
        const d = b.codes!(c);
        return d && { codes: [...d.codes], dict: Array.from(d.dict) };
      }),
    });
    for (const codec of ['SNAPPY', 'UNCOMPRESSED'] as const) {
      const path = join(dir, `reuse-${codec}.parquet`);
      // row groups of 1100, 1100 and 800 rows, several pages each (an uncompressed page's values are views of the bytes read)
      writeFileSync(path, new Uint8Array(parquetWriteBuffer({ columnData: columnData as never, rowGroupSize: 1100, pageSize: 1500, codec })));
      const kept = await batches(path);
      const released: unknown[] = [];
      const buffers: ArrayBufferLike[] = [];
      for await (const b of (await openTable(path)).batches()) {
        released.push(snapshot(b));
        buffers.push(b.numbers!(0)!.x.buffer);
        b.release!();
      }
      expect(released, codec).toEqual(kept.map(snapshot));
      // each batch reads the arrays of the one before (released); kept batches each their own
      expect(new Set(buffers).size).toBe(1);
      expect(new Set(kept.map((b) => b.numbers!(0)!.x.buffer)).size).toBe(3);
    }
  });

  it('reads a column chunk whose pages turn from dictionary-encoded to plain part way (as parquet-mr writes one whose dictionary grew too large), in batches that straddle the turn', async () => {
    const n1 = 1200;
    const n = 3000;
    const text = (i: number): string | null => (i % 7 === 0 ? null : i < n1 ? pick(i, ['DE', 'FR', 'NL']) : `free text ${i}`);
    const num = (i: number): bigint | null => (i % 5 === 0 ? null : i < n1 ? BigInt(i % 4) - 1n : BigInt(i) * 3n);
    const part = (from: number, to: number, encoding: string): ArrayBuffer => {
      const rows = Array.from({ length: to - from }, (_, j) => from + j);
      return parquetWriteBuffer({ columnData: [{ name: 't', type: 'STRING', encoding, data: rows.map(text) }, { name: 'k', type: 'INT64', encoding, data: rows.map(num) }] as never, rowGroupSize: n, pageSize: 1500 });
    };
    const a = part(0, n1, 'RLE_DICTIONARY');
    const b = part(n1, n, 'PLAIN');
    const ma = parquetMetadata(a);
    const mb = parquetMetadata(b);
    // the file: for each column, the first file's chunk (its dictionary and pages), then the second's pages, under one footer
    const w = new ByteWriter();
    w.appendUint32(0x31524150);
    const columns = ma.row_groups[0]!.columns.map((ca, j) => {
      const da = ca.meta_data!;
      const db = mb.row_groups[0]!.columns[j]!.meta_data!;
      expect(db.dictionary_page_offset).toBeUndefined();
      const startA = Number(da.dictionary_page_offset);
      const offset = w.offset;
      w.appendBytes(new Uint8Array(a, startA, Number(da.total_compressed_size)));
      w.appendBytes(new Uint8Array(b, Number(db.data_page_offset), Number(db.total_compressed_size)));
      const meta_data = {
        ...da,
        encodings: [...new Set([...da.encodings, ...db.encodings])],
        num_values: da.num_values + db.num_values,
        total_compressed_size: da.total_compressed_size + db.total_compressed_size,
        total_uncompressed_size: da.total_uncompressed_size + db.total_uncompressed_size,
        dictionary_page_offset: BigInt(offset),
        data_page_offset: BigInt(offset + Number(da.data_page_offset) - startA),
        statistics: undefined,
        encoding_stats: undefined,
      };
      return { ...ca, file_offset: BigInt(offset), meta_data, offset_index_offset: undefined, offset_index_length: undefined, column_index_offset: undefined, column_index_length: undefined };
    });
    // (hyparquet-writer's metadata types are an older hyparquet's: the same shape)
    writeMetadata(w, { version: 2, schema: ma.schema, num_rows: BigInt(n), row_groups: [{ ...ma.row_groups[0]!, columns, num_rows: BigInt(n) }], created_by: 'mlgate test' } as never);
    w.appendUint32(0x31524150);
    const path = join(dir, 'dictionary-then-plain.parquet');
    writeFileSync(path, new Uint8Array(w.getBuffer()));
    const want = (await reference(path)).map((row) => ({ t: row.t ?? null, k: row.k ?? null }));
    expect(want[8]).toEqual({ t: 'NL', k: -1n });
    expect(want[n1 + 1]).toEqual({ t: `free text ${n1 + 1}`, k: BigInt(n1 + 1) * 3n });
    for (const size of [97, 1000, 8192]) {
      const bs = await batches(path, undefined, size);
      expect(rowsOf(bs), `batches of ${size}`).toEqual(want);
      for (const b of bs) {
        // codes only for a batch whose rows all come from the dictionary
        const codes = b.codes!(0);
        if (b.rowStart + b.length <= n1) expect(codes, `rows from ${b.rowStart}`).toBeDefined();
        else expect(codes).toBeUndefined();
        const { x, nulls } = b.numbers!(1)!;
        for (let r = 0; r < b.length; r++) {
          const v = want[b.rowStart + r]!.k;
          expect(nulls[r]).toBe(v === null ? 1 : 0);
          if (v !== null) expect(x[r]).toBe(Number(v));
        }
      }
    }
  });

  it('reads text that is not valid UTF-8 as hyparquet does (replacement characters), in a page of ASCII values', () => {
    const values = [Uint8Array.of(0x61, 0x62), Uint8Array.of(0xff, 0x41), Uint8Array.of(), Uint8Array.of(0xc3, 0xa9), Uint8Array.of(0xef, 0xbb, 0xbf, 0x7a)];
    const bytes = new Uint8Array(values.reduce((a, v) => a + 4 + v.length, 0));
    let pos = 0;
    for (const v of values) {
      new DataView(bytes.buffer).setUint32(pos, v.length, true);
      bytes.set(v, pos + 4);
      pos += 4 + v.length;
    }
    const cells = new TextCells(bytes, 0, values.length);
    expect(Array.from({ length: values.length }, (_, i) => cells.get(i))).toEqual(values.map((v) => new TextDecoder().decode(v)));
    expect(() => new TextCells(bytes.subarray(0, bytes.length - 1), 0, values.length)).toThrow(/runs past the end of its page/);
  });

  it('reads a page of text in blocks of about 64 KiB, in any order, from the page or from a copy that outlives it', () => {
    // 3,000 values of 1 to 200 characters (some not ASCII, one empty): several blocks a page
    const texts = Array.from({ length: 3000 }, (_, i) => (i === 17 ? '' : i % 97 === 5 ? `ünïcode ${i}` : `v${i}:${'abcdefghij'.repeat(i % 20)}`.slice(0, 1 + (i % 200))));
    const enc = texts.map((t) => new TextEncoder().encode(t));
    const page = new Uint8Array(7 + enc.reduce((a, v) => a + 4 + v.length, 0));
    let pos = 7; // the values start past other bytes of the page
    for (const v of enc) {
      new DataView(page.buffer).setUint32(pos, v.length, true);
      page.set(v, pos + 4);
      pos += 4 + v.length;
    }
    const order = Array.from({ length: texts.length }, (_, i) => (i * 7919) % texts.length);
    const plain = new TextCells(page, 7, texts.length);
    expect(order.map((i) => plain.get(i))).toEqual(order.map((i) => texts[i]));
    // through a store that copies the text: the page may then be overwritten
    const room = new Uint8Array(page.length);
    const ints = Object.assign((_: string, n: number) => new Int32Array(n), { text: (n: number) => room.subarray(3, 3 + n) });
    const src = page.slice();
    const copied = new TextCells(src, 7, texts.length, ints);
    src.fill(0x41);
    expect(Array.from({ length: texts.length }, (_, i) => copied.get(i))).toEqual(texts);
    expect(order.map((i) => copied.get(i))).toEqual(order.map((i) => texts[i]));
  });

  it('decodes the RLE/bit-packed hybrid as hyparquet does, at every bit width up to 24', () => {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let width = 1; width <= 24; width++) {
      const n = 1000 + width * 37;
      // runs (RLE) and noise (bit-packed) mixed
      const values = Array.from({ length: n }, (_, i) => (i % 200 < 60 ? Math.floor(i / 200) % 2 ** width : Math.floor(rand() * 2 ** width)));
      const w = new ByteWriter();
      writeRleBitPackedHybrid(w, values, width);
      const bytes = new Uint8Array(w.getBuffer());
      // read in pieces of uneven lengths: each resumes where the last stopped, inside a run
      const mine = new Int32Array(n);
      const hybrid = new Hybrid(bytes, 0, bytes.length, width);
      for (let at = 0, piece = 1; at < n; at += piece, piece = (piece * 7 + 3) % 97) hybrid.read(mine, at, Math.min(piece, n - at));
      const theirs = new Array<number>(n);
      readRleBitPackedHybrid({ view: new DataView(bytes.buffer), offset: 0 }, width, theirs, bytes.length);
      expect(Array.from(mine), `width ${width}`).toEqual(theirs);
      // width 1 (definition levels): as null flags, with how many rows hold a value
      if (width === 1) {
        const nulls = new Uint8Array(n);
        const ones = new Hybrid(bytes, 0, bytes.length, 1).nulls(nulls, 0, n);
        expect(ones).toBe(values.filter((v) => v === 1).length);
        expect(Array.from(nulls)).toEqual(values.map((v) => v ^ 1));
      }
      expect(() => new Hybrid(bytes, 0, bytes.length >> 1, width).read(new Int32Array(n), 0, n), `width ${width}`).toThrow();
    }
  });

  it('reports a damaged page as a data error naming the file, never a crash or a hang', async () => {
    const require = createRequire(join(resolve(import.meta.dirname, '../../checks'), 'package.json'));
    const { DuckDBInstance } = require('@duckdb/node-api') as { DuckDBInstance: { create(p: string): Promise<{ connect(): Promise<{ run(sql: string): Promise<unknown> }> }> } };
    const good = join(dir, 'to-damage.parquet');
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    for (const [version, codec] of [['V1', 'snappy'], ['V2', 'snappy']]) {
      await con.run(`COPY (SELECT i AS id, CASE WHEN i % 10 = 0 THEN NULL ELSE i * 1.25 END AS x, ['DE','FR','NL'][1 + i % 3] AS country, CASE WHEN i % 11 = 0 THEN NULL ELSE 'name ' || i END AS name, i % 2 = 0 AS even FROM range(3000) t(i)) TO '${good}' (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 1000, PARQUET_VERSION ${version})`);
      const bytes = readFileSync(good);
      // the column chunks lie between the leading magic and the footer (its length in the 4 bytes before the trailing magic)
      const footer = bytes.readUInt32LE(bytes.length - 8) + 8;
      let seed = version === 'V1' ? 11 : 23;
      const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
      let failed = 0;
      for (let k = 0; k < 60; k++) {
        const damaged = Buffer.from(bytes);
        for (let j = 0; j <= rand(24); j++) damaged[4 + rand(bytes.length - footer - 4)] = rand(256);
        const path = join(dir, `damaged-${version}-${k}.parquet`);
        writeFileSync(path, damaged);
        try {
          await batches(path);
        } catch (e) {
          failed++;
          expect((e as Error).constructor.name, String((e as Error).stack)).toBe('DataError');
          expect((e as { location?: { file?: string } }).location?.file).toBe(path);
          expect((e as Error).message).toMatch(/^cannot read the Parquet file/);
        }
      }
      // most damage is seen (some lands in text or numbers, which read as other text or numbers)
      expect(failed, version).toBeGreaterThan(10);
    }
  }, 60_000);
});
