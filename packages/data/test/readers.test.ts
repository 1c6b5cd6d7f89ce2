import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { DataError } from '@mlgate/core';
import { CsvParser, openTable, parseNumber, readColumnNames, type Batch } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-data-'));
function file(name: string, content: string | Buffer | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** All rows of a table as objects, with the line each started on. */
async function rows(path: string, columns?: string[]): Promise<{ columns: string[]; rows: Array<Record<string, unknown>>; lines: number[] }> {
  const t = await openTable(path, { batchSize: 3, columns });
  const out: Array<Record<string, unknown>> = [];
  const lines: number[] = [];
  let names: string[] = [];
  for await (const b of t.batches()) {
    names = b.columns;
    for (let r = 0; r < b.length; r++) {
      out.push(Object.fromEntries(b.columns.map((c, i) => [c, b.values[i]![r]])));
      if (b.lines) lines.push(b.lines[r]!);
    }
  }
  return { columns: names, rows: out, lines };
}

async function error(path: string): Promise<DataError> {
  try {
    await rows(path);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a DataError');
}

describe('CSV', () => {
  it('reads quotes, doubled quotes, CRLF, newlines inside quotes, pandas nulls, and keeps line numbers', async () => {
    const p = file('a.csv', 'id,name,note\r\n1,"Smith, J","said ""hi"""\r\n2,NA,"two\nlines"\r\n\r\n3,,x\r\n');
    const r = await rows(p);
    expect(r.columns).toEqual(['id', 'name', 'note']);
    expect(r.rows).toEqual([
      { id: '1', name: 'Smith, J', note: 'said "hi"' },
      { id: '2', name: null, note: 'two\nlines' },
      { id: '3', name: null, note: 'x' },
    ]);
    expect(r.lines).toEqual([2, 3, 6]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'a,b\n"x\n""y""",1\n2,"3"\r\n4,5';
    const whole = new CsvParser('f', ',', 100).push(text, true);
    const parser = new CsvParser('f', ',', 100);
    const parts: Batch[] = [];
    for (const ch of text) parts.push(...parser.push(ch));
    parts.push(...parser.push('', true));
    const flat = (bs: Batch[]) => bs.flatMap((b) => Array.from({ length: b.length }, (_, r) => [b.values[0]![r], b.values[1]![r], b.lines![r]]));
    expect(flat(parts)).toEqual(flat(whole));
    expect(flat(whole)).toEqual([['x\n"y"', '1', 2], ['2', '3', 4], ['4', '5', 5]]);
  });

  it('reads only the columns asked for, still naming every column, checking every record and counting lines', async () => {
    const p = file('some.csv', 'a,b,c\n1,"x\ny",3\n4,,6\n\n7,"q""",9\n');
    const r = await rows(p, ['c']);
    expect(r.columns).toEqual(['a', 'b', 'c']);
    expect(r.rows).toEqual([{ a: undefined, b: undefined, c: '3' }, { a: undefined, b: undefined, c: '6' }, { a: undefined, b: undefined, c: '9' }]);
    expect(r.lines).toEqual([2, 4, 6]);
    const e = await rows(file('ragged-some.csv', 'a,b,c\n1,2,3\n4,5\n'), ['a']).catch((x: unknown) => x as DataError);
    expect((e as DataError).oneLine()).toMatch(/ragged-some\.csv:3: expected 3 fields as in the header, found 2/);
    expect(await readColumnNames(file('names.csv', '"x\ny",b\n1,2\n1\n'))).toEqual(['x\ny', 'b']);
  });

  it('reads TSV and gzip', async () => {
    const r = await rows(file('t.tsv.gz', gzipSync('a\tb\n1\t2\n')));
    expect(r.rows).toEqual([{ a: '1', b: '2' }]);
  });

  it('names the line of a ragged row', async () => {
    const e = await error(file('ragged.csv', 'a,b,c\n1,2,3\n4,5\n'));
    expect(e.oneLine()).toMatch(/ragged\.csv:3: expected 3 fields as in the header, found 2/);
  });

  it('names the line where an unterminated quote opens', async () => {
    const e = await error(file('quote.csv', 'a,b\n1,2\n3,"open\n4,5\n'));
    expect(e.oneLine()).toMatch(/quote\.csv:3: a quoted field is never closed/);
  });

  it('names the line of invalid UTF-8', async () => {
    const e = await error(file('latin1.csv', Buffer.concat([Buffer.from('a,b\n1,ok\n2,caf'), Buffer.from([0xe9]), Buffer.from('\n')])));
    expect(e.oneLine()).toMatch(/latin1\.csv:3: invalid UTF-8 \(byte 0xe9\)/);
  });

  it('calls an empty file empty', async () => {
    expect((await error(file('empty.csv', ''))).oneLine()).toMatch(/empty\.csv:1: the file is empty/);
  });

  it('reads a header-only file as zero rows', async () => {
    const r = await rows(file('header.csv', 'a,b\n'));
    expect(r.columns).toEqual(['a', 'b']);
    expect(r.rows).toEqual([]);
  });

  it('reads a glob of files with one header as one table', async () => {
    file('part-1.csv', 'a\n1\n2\n');
    file('part-2.csv', 'a\n3\n');
    const t = await openTable(join(dir, 'part-*.csv'));
    const starts: number[] = [];
    for await (const b of t.batches()) starts.push(b.rowStart);
    expect(t.files).toHaveLength(2);
    expect(starts).toEqual([0, 2]);
  });
});

describe('JSON Lines and Parquet', () => {
  it('reads JSON Lines with typed values and keys that appear later', async () => {
    const r = await rows(file('a.jsonl', '{"a":1,"b":"x"}\n\n{"a":2.5,"c":true}\n'));
    expect(r.columns).toEqual(['a', 'b', 'c']);
    expect(r.rows).toEqual([{ a: 1, b: 'x', c: null }, { a: 2.5, b: null, c: true }]);
    expect(r.lines).toEqual([1, 3]);
  });

  it('names the line of invalid JSON', async () => {
    expect((await error(file('bad.jsonl', '{"a":1}\n{"a":\n'))).oneLine()).toMatch(/bad\.jsonl:2: invalid JSON/);
  });

  it('reads Parquet column by column', async () => {
    const buf = parquetWriteBuffer({ columnData: [{ name: 'id', data: [1, 2, 3], type: 'INT32' }, { name: 'name', data: ['a', null, 'c'], type: 'STRING' }] });
    const r = await rows(file('a.parquet', new Uint8Array(buf)));
    expect(r.rows).toEqual([{ id: 1, name: 'a' }, { id: 2, name: null }, { id: 3, name: 'c' }]);
    const some = await rows(file('b.parquet', new Uint8Array(buf)), ['name']);
    expect(some.columns).toEqual(['id', 'name']);
    expect(some.rows.map((x) => x.name)).toEqual(['a', null, 'c']);
    expect(some.rows.map((x) => x.id)).toEqual([undefined, undefined, undefined]);
    expect(await readColumnNames(file('c.parquet', new Uint8Array(buf)))).toEqual(['id', 'name']);
  });

  it('reports a truncated Parquet file as a data error', async () => {
    const buf = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'id', data: [1, 2, 3], type: 'INT32' }] }));
    const e = await error(file('cut.parquet', buf.subarray(0, buf.length - 10)));
    expect(e.oneLine()).toMatch(/cut\.parquet: cannot read the Parquet file/);
  });
});

describe('typing', () => {
  it('reads numbers strictly', () => {
    expect(['1', '-2.5', '1e3', '.5', 'inf', '-inf'].map(parseNumber)).toEqual([1, -2.5, 1000, 0.5, Infinity, -Infinity]);
    expect(['', ' 1', '0x10', '1,5', 'abc', '1a'].map(parseNumber).every(Number.isNaN)).toBe(true);
  });
});
