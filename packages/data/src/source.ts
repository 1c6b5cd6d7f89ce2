import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { DataError } from '@mlgate/core/errors';
import { CsvParser } from './csv.js';
import { readJsonLines } from './jsonl.js';
import { readParquet } from './parquet.js';
import { textChunks } from './text.js';
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
          // one file's count is not the table's
          if (files.length > 1) b.tableRows = undefined;
          yield b;
        }
        rowStart += fileRows;
      }
    },
  };
}

async function* readDelimited(file: string, delimiter: string, gzip: boolean, opts: ReadOptions): AsyncGenerator<Batch> {
  const parser = new CsvParser(file, delimiter, opts.batchSize, opts.nullValues, opts.maxRecordSize, opts.columns);
  const range = opts.range;
  if (range) parser.useHeader(range.header);
  let rows = 0;
  for await (const text of textChunks(file, gzip, delimiter === '\t' ? 'TSV' : 'CSV', range)) {
    for (const b of parser.push(text)) {
      rows += b.length;
      yield b;
    }
  }
  if (range?.end !== undefined) {
    const last = parser.endPart();
    range.done?.({ line: parser.nextLine, clean: last !== undefined });
    for (const b of last ?? []) yield b;
    return;
  }
  for (const b of parser.push('', true)) {
    rows += b.length;
    yield b;
  }
  range?.done?.({ line: parser.nextLine, clean: true });
  if (!parser.header) throw new DataError('the file is empty: expected a header line with the column names', { file, line: 1 });
  if (rows === 0) yield { columns: parser.header, values: parser.header.map(() => []), length: 0, rowStart: 0, lines: new Int32Array(0) };
}

/** The column names of a CSV/TSV header or a Parquet schema (the first file of a glob), without reading the rows. */
export async function readColumnNames(file: string): Promise<string[]> {
  const { format, gzip } = detectFormat(file);
  if (format === 'jsonl') throw new DataError('JSON Lines has no header: its columns are known only after reading the rows', { file });
  if (format === 'parquet') {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } = await import('hyparquet');
    try {
      return parquetSchema(await parquetMetadataAsync(await asyncBufferFromFile(file))).children.map((c) => c.element.name);
    } catch (e) {
      throw new DataError(`cannot read the Parquet file (truncated or not Parquet?): ${(e as Error).message}`, { file });
    }
  }
  const parser = new CsvParser(file, format === 'tsv' ? '\t' : ',', 1);
  parser.headerOnly = true;
  const chunks = textChunks(file, gzip, format === 'tsv' ? 'TSV' : 'CSV');
  for await (const text of chunks) {
    parser.push(text);
    if (parser.header) {
      await chunks.return(undefined);
      return parser.header;
    }
  }
  parser.push('', true);
  if (!parser.header) throw new DataError('the file is empty: expected a header line with the column names', { file, line: 1 });
  return parser.header;
}

/**
 * Where a plain CSV/TSV file can be cut into `parts` parts, each starting on a line: the first about
 * `first` of the records' bytes, the others about equal shares of the rest (by default all equal) —
 * the header's names, and the byte offsets of each part's start (the first after the header). Fewer
 * parts when the file has fewer lines. A cut may still fall inside a quoted field that spans lines: the
 * part before it then does not end cleanly (`ReadOptions.range.done`), and the caller reads the file
 * another way.
 */
export function cutPoints(file: string, parts: number, first = 1 / parts): { header: string[]; starts: number[]; size: number; firstLine: number } | undefined {
  const { format, gzip } = detectFormat(file);
  if (gzip || (format !== 'csv' && format !== 'tsv')) return undefined;
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.allocUnsafe(Math.min(size, 1 << 20));
    const n = readSync(fd, head, 0, head.length, 0);
    const parser = new CsvParser(file, format === 'tsv' ? '\t' : ',', 1);
    parser.headerOnly = true;
    const text = head.subarray(0, n).toString('utf8');
    parser.push(text);
    if (!parser.header) return undefined;
    const starts = [Buffer.byteLength(text.slice(0, parser.position))];
    const found = { header: parser.header, starts, size, firstLine: parser.nextLine };
    const probe = Buffer.allocUnsafe(1 << 16);
    for (let k = 1; k < parts; k++) {
      // the first part `first` of the records' bytes, the others equal shares of the rest
      let at = starts[0]! + Math.floor((size - starts[0]!) * (first + ((1 - first) * (k - 1)) / (parts - 1)));
      if (at <= starts[starts.length - 1]!) continue;
      // the first line that starts at or after `at`
      for (;;) {
        const got = readSync(fd, probe, 0, probe.length, at - 1);
        if (got <= 0) return starts.length > 1 ? found : undefined;
        const lf = probe.subarray(0, got).indexOf(10);
        if (lf >= 0) {
          at += lf;
          break;
        }
        at += got;
      }
      if (at < size) starts.push(at);
    }
    return starts.length > 1 ? found : undefined;
  } finally {
    closeSync(fd);
  }
}
