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

/** A CSV text pushed in chunks of `size` characters (the last flushed). */
function pushAll(parser: CsvParser, text: string, size: number): Batch[] {
  const out: Batch[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...parser.push(text.slice(i, i + size)));
  out.push(...parser.push('', true));
  return out;
}

// fields a numeric column meets: plain decimals, signs, zeros, a trailing or leading dot, exponents, more digits than a double holds, missing values, quoted numbers, text
const ODD_NUMBERS = ['1', '-2.5', '-0', '0', '0.0', '1.', '.5', '-.5', '+3', '1e3', '-', '.', '1..2', '1-2', '12345678901234567', '123456789012345', '1234567890123456', '1234567890.123456', '-12345678901234.5', 'NA', '', 'nan', '"7"', '"-1.5"', 'abc', ' 1', '5.000', '-12.34', 'inf', '0x10'];

describe('CSV read as numbers and as codes', () => {
  it('gives the same numbers and missing values whether a column is read as numbers while it is scanned or after', () => {
    const body = ODD_NUMBERS.map((v, i) => `${i},${v},t${i % 3}`).join('\n');
    const text = `k,x,t\n${body}\n`;
    const read = (bs: Batch[]): Array<[number, number]> => bs.flatMap((b) => Array.from({ length: b.length }, (_, r) => [b.numbers!(1)!.x[r]!, b.numbers!(1)!.nulls[r]!] as [number, number]));
    const parser = new CsvParser('f', ',', 7);
    // the first text: the batches learn that column 1 is read as numbers
    const first = read(parser.push(text.slice(0, text.indexOf('\n') + 1) + body + '\n'));
    expect(first).toHaveLength(ODD_NUMBERS.length);
    // the same records again, now read as numbers while scanned: whole, and cut at every character (a field cut by a chunk's end is read as text)
    const again = read(parser.push(body + '\n'));
    const cut = read(pushAll(parser, body + '\n', 1));
    const fresh = new CsvParser('f', ',', 7);
    const byThree = read([...fresh.push(text), ...pushAll(fresh, body + '\n', 3)]).slice(ODD_NUMBERS.length);
    // a column asked for its missing values first: its numbers read the same, the flags found once (the same array)
    const flagsFirst = (bs: Batch[]): Array<[number, number]> =>
      bs.flatMap((b) => {
        const flags = b.nulls!(1)!;
        const { x, nulls } = b.numbers!(1)!;
        expect(nulls).toBe(flags);
        return Array.from({ length: b.length }, (_, r) => [x[r]!, nulls[r]!] as [number, number]);
      });
    const learning = new CsvParser('f', ',', 7);
    const askedFirst = flagsFirst(learning.push(text));
    // the next text is read as numbers while scanned
    const fusedFirst = flagsFirst(learning.push(body + '\n'));
    for (const other of [again, cut, byThree, askedFirst, fusedFirst]) {
      expect(other).toHaveLength(first.length);
      other.forEach(([x, n], r) => {
        expect(Object.is(x, first[r]![0]), `${ODD_NUMBERS[r]}: ${x} vs ${first[r]![0]}`).toBe(true);
        expect(n).toBe(first[r]![1]);
      });
    }
    const byField = Object.fromEntries(ODD_NUMBERS.map((v, r) => [v, first[r]![0]]));
    expect(Object.is(byField['-0'], -0)).toBe(true);
    expect([byField['-2.5'], byField['.5'], byField['1.'], byField['+3'], byField['1e3'], byField['"-1.5"'], byField['inf'], byField['12345678901234567']]).toEqual([-2.5, 0.5, 1, 3, 1000, -1.5, Infinity, 12345678901234568]);
    for (const v of ['-', '.', '1..2', '1-2', 'abc', ' 1', '0x10', 'nan', 'NA', '']) expect(byField[v], v).toBeNaN();
    expect(first.filter(([, n]) => n === 1)).toHaveLength(3); // NA, '' and nan are missing values
  });

  it('gives a column of few distinct texts as codes into the texts, the same cells as values', () => {
    const cells = ['DE', '"DE"', 'NA', '', '"a""b"', 'FR', '"a""b"', '"x,y"', 'DE', '"NA"', '""', 'FR'];
    const text = `k,c\n${cells.map((c, i) => `${i},${c}`).join('\n')}\n`;
    for (const b of new CsvParser('f', ',', 5).push(text, true)) {
      const coded = b.codes!(1)!;
      expect(coded).toBeDefined();
      const values = b.values[1]!;
      for (let r = 0; r < b.length; r++) expect(coded.codes[r]! < 0 ? null : coded.dict[coded.codes[r]!]).toBe(values[r]);
      expect(new Set(coded.codes).size).toBeLessThan(b.length + 1);
    }
    const all = new CsvParser('f', ',', 100).push(text, true)[0]!;
    const { codes, dict } = all.codes!(1)!;
    // quoted and unquoted DE are two entries of the same text; the missing value is -1; a quoted NA is text
    expect(Array.from(codes, (k) => (k < 0 ? null : dict[k]))).toEqual(['DE', 'DE', null, null, 'a"b', 'FR', 'a"b', 'x,y', 'DE', 'NA', '', 'FR']);
    expect(codes[0]).toBe(codes[8]);
    expect(codes[4]).toBe(codes[6]);
    // as many distinct texts as a batch keeps codes for (a quarter of its rows), alike but for one character: told apart, none lost
    const alike = Array.from({ length: 400 }, (_, i) => `${i},v${String((i * 7) % 100).padStart(2, '0')}`);
    const b = new CsvParser('f', ',', 400).push(`k,c\n${alike.join('\n')}\n`, true)[0]!;
    const many = b.codes!(1)!;
    expect(many.dict).toHaveLength(100);
    expect(Array.from(many.codes, (k) => many.dict[k])).toEqual(b.values[1]);
  });

  it('reuses the arrays of a released batch for the batches after it, and refuses a read after release', () => {
    // y: missing values in the first rows only (a reused batch's flags must not keep them)
    const text = `k,c,x,y\n${Array.from({ length: 500 }, (_, i) => `${i},${['a', 'b', '"c"'][i % 3]},${i % 7 === 0 ? 'NA' : i / 4},${i < 40 && i % 2 ? 'NA' : 'v'}`).join('\n')}\n`;
    const read = (b: Batch): unknown[] => Array.from({ length: b.length }, (_, r) => [b.values[0]![r], b.values[1]![r], b.numbers!(2)!.x[r], b.numbers!(2)!.nulls[r], b.codes!(1)!.dict[b.codes!(1)!.codes[r]!], b.nulls!(3)![r], b.lines![r]]);
    const kept = pushAll(new CsvParser('f', ',', 32), text, 700).flatMap(read);
    const parser = new CsvParser('f', ',', 32);
    const released: unknown[] = [];
    let last: Batch | undefined;
    for (let i = 0; i <= text.length; i += 700) {
      for (const b of parser.push(text.slice(i, i + 700), i + 700 > text.length)) {
        released.push(...read(b));
        b.release!();
        last = b;
      }
    }
    expect(released).toEqual(kept);
    expect(() => last!.numbers!(2)).toThrow(/after its release/);
  });

  it('gives no codes for a column with many distinct texts, nor for the batches after it', () => {
    const rows = Array.from({ length: 200 }, (_, i) => (i < 100 ? `${i},v${i}` : `${i},same`));
    const batches = new CsvParser('f', ',', 100).push(`k,c\n${rows.join('\n')}\n`, true);
    expect(batches).toHaveLength(2);
    expect(batches[0]!.codes!(1)).toBeUndefined();
    expect(batches[1]!.codes!(1)).toBeUndefined();
    // few distinct texts from the start: codes in every batch
    const few = new CsvParser('f', ',', 100).push(`k,c\n${rows.slice(100).join('\n')}\n`, true);
    expect(few[0]!.codes!(1)!.dict).toEqual(['same']);
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
