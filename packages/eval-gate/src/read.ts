import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { DataError, didYouMean } from '@mlgate/core';

/** The columns of a predictions file that a gate needs, with each row's line in the file. */
export interface Columns {
  file: string;
  header: string[];
  values: Record<string, Array<string | number | boolean | null>>;
  /** 1-based line of each row (for error messages). */
  lines: number[];
  n: number;
}

function open(file: string): Readable {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new DataError('is a directory, expected a CSV or JSON Lines file', { file });
    size = st.size;
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError('file not found', { file });
  }
  if (size === 0) throw new DataError('file is empty', { file });
  const s = createReadStream(file);
  return file.endsWith('.gz') ? s.pipe(createGunzip()) : s;
}

function format(file: string): 'csv' | 'tsv' | 'jsonl' {
  const f = file.replace(/\.gz$/, '').toLowerCase();
  if (f.endsWith('.jsonl') || f.endsWith('.ndjson') || f.endsWith('.json')) return 'jsonl';
  if (f.endsWith('.tsv') || f.endsWith('.tab')) return 'tsv';
  return 'csv';
}

/**
 * Read only the wanted columns of a CSV/TSV or JSON Lines file. `want` gets the header and returns the
 * columns to keep (so a prefix like `proba_*` can expand); a missing column is an error that names
 * the columns there are.
 */
export async function readColumns(file: string, want: (header: string[]) => string[]): Promise<Columns> {
  return format(file) === 'jsonl' ? readJsonl(file, want) : readCsv(file, want, format(file) === 'tsv' ? '\t' : ',');
}

function missing(file: string, name: string, header: string[]): DataError {
  return new DataError(`column "${name}" not found${didYouMean(name, header)} (columns: ${header.slice(0, 20).join(', ')}${header.length > 20 ? ', …' : ''})`, { file, line: 1, field: name });
}

async function readCsv(file: string, want: (h: string[]) => string[], delimiter: string): Promise<Columns> {
  const parser = open(file).pipe(parse({ delimiter, info: true, bom: true, skip_empty_lines: true, relax_column_count: false, trim: false }));
  let header: string[] | undefined;
  let idx: number[] = [];
  let names: string[] = [];
  const values: Columns['values'] = {};
  const lines: number[] = [];
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = rec.record.map((h) => h.trim());
        names = want(header);
        for (const n of names) if (!header.includes(n)) throw missing(file, n, header);
        idx = names.map((n) => header!.indexOf(n));
        for (const n of names) values[n] = [];
        continue;
      }
      for (let j = 0; j < idx.length; j++) {
        const v = rec.record[idx[j]!]!;
        values[names[j]!]!.push(v === '' ? null : v);
      }
      lines.push(rec.info.lines);
    }
  } catch (e) {
    if (e instanceof DataError) throw e;
    const err = e as Error & { lines?: number; code?: string };
    throw new DataError(`not valid CSV: ${err.message.replace(/^Invalid Record Length: /, '').replace(/,? ?on line \d+/, '')}`, { file, line: err.lines });
  }
  if (!header) throw new DataError('file is empty', { file });
  if (lines.length === 0) throw new DataError('file has a header but no rows', { file, line: 2 });
  return { file, header, values, lines, n: lines.length };
}

async function readJsonl(file: string, want: (h: string[]) => string[]): Promise<Columns> {
  const rl = createInterface({ input: open(file), crlfDelay: Infinity });
  let names: string[] | undefined;
  let header: string[] = [];
  const values: Columns['values'] = {};
  const lines: number[] = [];
  let line = 0;
  for await (const text of rl) {
    line++;
    if (text.trim() === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      throw new DataError(`not valid JSON: ${(e as Error).message}`, { file, line });
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new DataError('each line must be a JSON object', { file, line });
    const rec = obj as Record<string, unknown>;
    if (!names) {
      header = Object.keys(rec);
      names = want(header);
      for (const n of names) values[n] = [];
    }
    for (const n of names) {
      if (!(n in rec)) throw new DataError(`field "${n}" is missing${didYouMean(n, Object.keys(rec))}`, { file, line, field: n });
      const v = rec[n];
      values[n]!.push(v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean));
    }
    lines.push(line);
  }
  if (!names) throw new DataError('file is empty', { file });
  return { file, header, values, lines, n: lines.length };
}

/** A column as numbers; text or an empty cell is an error naming the line. */
export function numeric(cols: Columns, name: string, what: string): Float64Array {
  const src = cols.values[name]!;
  const out = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const v = src[i];
    const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(x)) {
      throw new DataError(`${what} column "${name}" must be numeric, found ${v === null ? 'an empty value' : JSON.stringify(String(v).slice(0, 40))}`, { file: cols.file, line: cols.lines[i], field: name });
    }
    out[i] = x;
  }
  return out;
}

/** A column as strings (labels, classes, ids); an empty cell is an error naming the line. */
export function text(cols: Columns, name: string, what: string): string[] {
  return cols.values[name]!.map((v, i) => {
    if (v === null) throw new DataError(`${what} column "${name}" has an empty value`, { file: cols.file, line: cols.lines[i], field: name });
    return typeof v === 'number' && Number.isInteger(v) ? String(v) : String(v);
  });
}
