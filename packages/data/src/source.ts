import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { DataError } from '@mlgate/core';
import { CsvParser } from './csv.js';
import { readJsonLines } from './jsonl.js';
import { readParquet } from './parquet.js';
import type { Batch, Format, ReadOptions, TableSource } from './types.js';

/** Format from the file name: .csv .tsv .jsonl .ndjson .json(l) .parquet, each optionally .gz. */
export function detectFormat(file: string): { format: Format; gzip: boolean } {
  const lower = file.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  if (base.endsWith('.csv') || base.endsWith('.txt')) return { format: 'csv', gzip };
  if (base.endsWith('.tsv') || base.endsWith('.tab')) return { format: 'tsv', gzip };
  if (base.endsWith('.jsonl') || base.endsWith('.ndjson') || base.endsWith('.json')) return { format: 'jsonl', gzip };
  if (base.endsWith('.parquet') || base.endsWith('.pq')) {
    if (gzip) throw new DataError('gzip-compressed Parquet is not supported: Parquet compresses its pages itself', { file });
    return { format: 'parquet', gzip };
  }
  throw new DataError('cannot tell the data format from the file name: expected .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz)', { file });
}

/** Files named by a path or a glob, sorted; a pattern that matches nothing is an error. The glob matcher is loaded only for patterns. */
export async function expandFiles(pattern: string): Promise<string[]> {
  if (/[*?[\]{}]/.test(pattern) && !existsSync(pattern)) {
    const { globSync } = await import('tinyglobby');
    const files = globSync(pattern, { onlyFiles: true, absolute: false, expandDirectories: false }).sort();
    if (files.length === 0) throw new DataError(`no file matches the pattern "${pattern}"`, { field: 'data' });
    return files;
  }
  if (!existsSync(pattern)) throw new DataError('data file not found', { file: pattern });
  if (statSync(pattern).isDirectory()) throw new DataError('data path is a directory; give a file or a glob such as dir/*.csv', { file: pattern });
  return [pattern];
}

/** Open a file or glob as one table (all files must share the format and, for CSV, the header). */
export async function openTable(pattern: string, opts: ReadOptions = {}): Promise<TableSource> {
  const files = await expandFiles(pattern);
  const formats = files.map(detectFormat);
  const format = formats[0]!.format;
  for (let k = 1; k < files.length; k++) {
    if (formats[k]!.format !== format) throw new DataError(`all files of "${pattern}" must have one format: ${files[0]} is ${format}, ${files[k]} is ${formats[k]!.format}`, { file: files[k] });
  }
  return {
    files,
    format,
    async *batches() {
      let rowStart = 0;
      let header: string[] | undefined;
      for (let k = 0; k < files.length; k++) {
        const file = files[k]!;
        let fileRows = 0;
        const gen = format === 'parquet' ? readParquet(file, opts) : format === 'jsonl' ? readJsonLines(file, formats[k]!.gzip, opts) : readDelimited(file, format === 'tsv' ? '\t' : ',', formats[k]!.gzip, opts);
        for await (const b of gen) {
          if (format !== 'jsonl') {
            if (!header) header = b.columns;
            else if (b.columns.join('\u0000') !== header.join('\u0000')) throw new DataError(`the columns differ from those of ${files[0]}`, { file, line: 1 });
          }
          fileRows = b.rowStart + b.length;
          b.rowStart += rowStart;
          yield b;
        }
        rowStart += fileRows;
      }
    },
  };
}

/** Files up to this size are read in one call: a read stream costs more to set up than they take to read. */
const SMALL_FILE = 1 << 22;

/** Bytes of a file, gunzipped if asked (zlib is loaded only then: it costs start-up time). */
export async function* byteStream(file: string, gzip: boolean): AsyncGenerator<Buffer> {
  if (!gzip && statSync(file).size <= SMALL_FILE) {
    yield readFileSync(file);
    return;
  }
  const raw = createReadStream(file, { highWaterMark: 1 << 16 });
  if (!gzip) {
    yield* raw;
    return;
  }
  const { createGunzip } = await import('node:zlib');
  const gz = createGunzip();
  raw.on('error', (e) => gz.destroy(e));
  yield* raw.pipe(gz);
}

/** The first bytes looked at for signs of a binary file. */
const SNIFF = 1 << 16;

/** Refuse binary input before parsing it: gzip bytes in a file not named .gz, or a NUL byte (never in CSV or JSON text). */
function refuseBinary(file: string, chunk: Buffer, gzip: boolean, kind: string): void {
  if (!gzip && chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b) throw new DataError(`the file is gzip-compressed but not named .gz; rename it to ${file}.gz`, { file });
  const nul = chunk.subarray(0, SNIFF).indexOf(0);
  if (nul >= 0) throw new DataError(`the file looks binary (NUL byte at offset ${nul}); expected ${kind} text`, { file });
}

/**
 * Decode UTF-8 strictly: invalid bytes are an error that names the line, not replacement characters.
 * The first 64 KiB are checked for binary content (see `refuseBinary`) when `kind` names the expected text.
 */
export async function* textChunks(file: string, gzip: boolean, kind?: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  let first = kind !== undefined;
  try {
    for await (const chunk of byteStream(file, gzip)) {
      if (first && chunk.length > 0) {
        first = false;
        refuseBinary(file, chunk, gzip, kind!);
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const at = firstInvalidUtf8(chunk);
        const line = lines + countNewlines(chunk, at);
        throw new DataError(`invalid UTF-8 (byte 0x${(chunk[at] ?? 0).toString(16).padStart(2, '0')}); save the file as UTF-8`, { file, line });
      }
      lines += countNewlines(chunk, chunk.length);
      yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (e) {
    if (e instanceof DataError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new DataError('data file not found', { file });
    if (err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR' || /unexpected end of file|incorrect header/.test(err.message)) throw new DataError(`not a valid gzip file: ${err.message}`, { file });
    if (e instanceof TypeError && /encoded data was not valid|invalid/i.test(err.message)) throw new DataError('invalid UTF-8 at the end of the file', { file });
    throw new DataError(`cannot read the data: ${err.message}`, { file });
  }
}

function countNewlines(buf: Buffer, end: number): number {
  let n = 0;
  let i = buf.indexOf(10);
  while (i >= 0 && i < end) {
    n++;
    i = buf.indexOf(10, i + 1);
  }
  return n;
}

/** Offset of the first byte that is not valid UTF-8 in a chunk (a sequence cut at the chunk's start counts from 0). */
function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need = 0;
    if (c < 0x80) need = 0;
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return i + k >= b.length ? i : i + k;
      if ((b[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}

async function* readDelimited(file: string, delimiter: string, gzip: boolean, opts: ReadOptions): AsyncGenerator<Batch> {
  const parser = new CsvParser(file, delimiter, opts.batchSize, opts.nullValues, opts.maxRecordSize);
  let rows = 0;
  for await (const text of textChunks(file, gzip, delimiter === '\t' ? 'TSV' : 'CSV')) {
    for (const b of parser.push(text)) {
      rows += b.length;
      yield b;
    }
  }
  for (const b of parser.push('', true)) {
    rows += b.length;
    yield b;
  }
  if (!parser.header) throw new DataError('the file is empty: expected a header line with the column names', { file, line: 1 });
  if (rows === 0) yield { columns: parser.header, values: parser.header.map(() => []), length: 0, rowStart: 0, lines: new Int32Array(0) };
}
