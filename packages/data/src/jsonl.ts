import { DataError } from '@mlgate/core/errors';
import { DEFAULT_MAX_RECORD_SIZE } from './csv.js';
import { textChunks } from './text.js';
import type { Batch, Cell, ReadOptions } from './types.js';

/**
 * JSON Lines: one object per line; the columns are the keys seen so far (a key that first appears
 * later is missing, i.e. null, in earlier rows). Blank lines are skipped.
 */
export async function* readJsonLines(file: string, gzip: boolean, opts: ReadOptions): AsyncGenerator<Batch> {
  const size = opts.batchSize ?? 2048;
  const columns: string[] = [];
  const index = new Map<string, number>();
  let batch: Batch | undefined;
  let rows = 0;
  let line = 0;
  const start = (): Batch => ({ columns: [...columns], values: columns.map(() => []), length: 0, rowStart: rows, lines: new Int32Array(size) });
  const add = (text: string, lineNo: number): Batch | undefined => {
    if (text.trim() === '') return undefined;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      throw new DataError(`invalid JSON: ${(e as Error).message}`, { file, line: lineNo });
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new DataError(`expected a JSON object per line, found ${Array.isArray(obj) ? 'an array' : JSON.stringify(obj)?.slice(0, 40)}`, { file, line: lineNo });
    if (!batch) batch = start();
    const b = batch;
    const r = b.length;
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
      let c = index.get(k);
      if (c === undefined) {
        c = columns.length;
        columns.push(k);
        index.set(k, c);
      }
      if (c >= b.columns.length) {
        for (let m = b.columns.length; m <= c; m++) {
          b.columns.push(columns[m]!);
          b.values.push(new Array(r).fill(null));
        }
      }
      b.values[c]![r] = v as Cell;
    }
    for (let c = 0; c < b.columns.length; c++) if (b.values[c]!.length <= r) b.values[c]![r] = null;
    b.lines![r] = lineNo;
    b.length++;
    rows++;
    if (b.length === size) {
      batch = undefined;
      return b;
    }
    return undefined;
  };
  // A line cut by chunk ends is kept as pieces and joined once: each chunk is searched for newlines once.
  const max = opts.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE;
  const pieces: string[] = [];
  let pending = 0;
  const tooLong = (): DataError => new DataError(`a line longer than ${max} characters starts here (the cap on one line; raise maxRecordSize if the file really has such lines)`, { file, line: line + 1 });
  for await (const text of textChunks(file, gzip, 'JSON Lines')) {
    let from = 0;
    let nl = text.indexOf('\n');
    if (nl >= 0 && pieces.length) {
      if (pending + nl > max) throw tooLong();
      pieces.push(text.slice(0, nl));
      const full = add(pieces.join(''), ++line);
      pieces.length = 0;
      pending = 0;
      if (full) yield full;
      from = nl + 1;
      nl = text.indexOf('\n', from);
    }
    while (nl >= 0) {
      if (nl - from > max) throw tooLong();
      const full = add(text.slice(from, nl), ++line);
      if (full) yield full;
      from = nl + 1;
      nl = text.indexOf('\n', from);
    }
    if (from < text.length) {
      pending += text.length - from;
      if (pending > max) throw tooLong();
      pieces.push(text.slice(from));
    }
  }
  if (pieces.length) {
    const full = add(pieces.join(''), ++line);
    if (full) yield full;
  }
  if (batch && (batch as Batch).length > 0) yield batch;
  else if (rows === 0) {
    if (line === 0) throw new DataError('the file is empty: expected one JSON object per line', { file, line: 1 });
    yield { columns: [], values: [], length: 0, rowStart: 0, lines: new Int32Array(0) };
  }
}
