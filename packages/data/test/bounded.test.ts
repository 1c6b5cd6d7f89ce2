import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '@mlgate/core';
import { CsvParser, openTable, type Batch } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-bounded-'));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function readAll(path: string, maxRecordSize?: number): Promise<Batch[]> {
  const out: Batch[] = [];
  for await (const b of (await openTable(path, { maxRecordSize })).batches()) out.push(b);
  return out;
}

async function failure(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a DataError');
}

function pushInChunks(parser: CsvParser, text: string, size: number): Batch[] {
  const out: Batch[] = [];
  for (let k = 0; k < text.length; k += size) out.push(...parser.push(text.slice(k, k + size)));
  out.push(...parser.push('', true));
  return out;
}

function cells(batches: Batch[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const b of batches) for (let r = 0; r < b.length; r++) rows.push([b.lines![r], ...b.values.map((v) => v[r])]);
  return rows;
}

describe('CSV on hostile input', () => {
  it('scans a 20 MB single-line record once, however many chunks it spans', () => {
    const big = 'x'.repeat(20_000_000);
    const text = `a,b\n${big},"${big.slice(0, 1000)}""q"\n1,2\n`;
    const parser = new CsvParser('f.csv', ',', 2048);
    const batches = pushInChunks(parser, text, 1 << 16);
    // before, a cut record was re-scanned from its start with each chunk: ~305 chunks × 10 MB on average
    expect(parser.scanned).toBe(text.length);
    const rows = cells(batches);
    expect(rows).toHaveLength(2);
    expect((rows[0]![1] as string).length).toBe(20_000_000);
    expect(rows[0]![2]).toBe(`${big.slice(0, 1000)}"q`);
    expect(rows[1]).toEqual([3, '1', '2']);
  });

  it('gives the same records, lines and nulls for every chunk size from 1 character up', () => {
    const text = '\ufeffid,name,note\r\n1,"Smith, J","said ""hi"""\r\n2,NA,"two\nlines"\r\r\n\n3,,x\r4,"""","a\r\nb"\n5,"",\n6,y,"z"';
    const whole = cells(new CsvParser('f', ',', 2).push(text, true));
    expect(whole).toEqual([
      [2, '1', 'Smith, J', 'said "hi"'],
      [3, '2', null, 'two\nlines'],
      [7, '3', null, 'x'],
      [8, '4', '"', 'a\r\nb'],
      [10, '5', '', null],
      [11, '6', 'y', 'z'],
    ]);
    for (let size = 1; size <= text.length; size++) {
      const parser = new CsvParser('f', ',', 2);
      expect(cells(pushInChunks(parser, text, size)), `chunks of ${size}`).toEqual(whole);
      expect(parser.scanned).toBe(text.length);
    }
  });

  it('refuses a record longer than the cap, naming the line it starts on and the cap', async () => {
    const p = file('long.csv', `a,b\n1,2\n3,"${'y'.repeat(5000)}\n"\n`);
    const e = await failure(readAll(p, 4096));
    expect(e.location).toMatchObject({ file: p, line: 3 });
    expect(e.message).toContain('longer than 4 KiB');
    // the same record split across chunks
    const parser = new CsvParser('f.csv', ',', 10, undefined, 4096);
    expect(() => pushInChunks(parser, `a,b\n1,2\n3,${'y'.repeat(5000)}\n`, 1000)).toThrow(/longer than 4 KiB/);
    // within the cap it is read
    expect(cells(await readAll(p, 6000))[1]![2]).toHaveLength(5001);
  });

  it('refuses NUL bytes early as binary input, and gzip bytes in a file not named .gz', async () => {
    const nul = file('zeros.csv', Buffer.concat([Buffer.from('a,b\n1,2\n'), Buffer.alloc(1 << 20)]));
    const e = await failure(readAll(nul));
    expect(e.message).toBe('the file looks binary (NUL byte at offset 8); expected CSV text');
    expect(e.location.file).toBe(nul);
    const gz = file('packed.csv', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));
    expect((await failure(readAll(gz))).message).toMatch(/gzip-compressed but not named \.gz/);
    const jl = file('zeros.jsonl', Buffer.alloc(100));
    expect((await failure(readAll(jl))).message).toBe('the file looks binary (NUL byte at offset 0); expected JSON Lines text');
  });
});

describe('JSON Lines on hostile input', () => {
  it('reads a line spread over many chunks and caps a line', async () => {
    const long = 'v'.repeat(3_000_000);
    const p = file('long.jsonl', `{"a":1}\n{"a":"${long}"}\n{"a":3}`);
    const rows = cells(await readAll(p));
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3]);
    expect((rows[1]![1] as string).length).toBe(3_000_000);
    const e = await failure(readAll(p, 1_000_000));
    expect(e.location).toMatchObject({ file: p, line: 2 });
    expect(e.message).toContain('longer than 1000000 characters');
  });
});
