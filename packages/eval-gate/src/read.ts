import { statSync } from 'node:fs';
import { DataError, didYouMean } from '@mlgate/core';
import { openTable, type Cell } from '@mlgate/data';

/** The columns of a predictions file that a gate needs, with each row's line in the file. */
export interface Columns {
  file: string;
  header: string[];
  values: Record<string, Array<string | number | boolean | null>>;
  /** 1-based line of each row (for error messages). */
  lines: number[];
  n: number;
}

function missing(file: string, name: string, header: string[]): DataError {
  return new DataError(`column "${name}" not found${didYouMean(name, header)} (columns: ${header.slice(0, 20).join(', ')}${header.length > 20 ? ', …' : ''})`, { file, line: 1, field: name });
}

function plain(v: Cell): string | number | boolean | null {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return v instanceof Date ? v.toISOString() : JSON.stringify(v);
}

/**
 * Read only the wanted columns of a predictions file (CSV/TSV, JSON Lines or Parquet, gzip too) with
 * the product's streaming readers. `want` gets the header and returns the columns to keep (so a
 * prefix like `proba_*` can expand); a missing column is an error that names the columns there are.
 */
export async function readColumns(file: string, want: (header: string[]) => string[]): Promise<Columns> {
  try {
    if (statSync(file).size === 0) throw new DataError('file is empty', { file });
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError('file not found', { file });
  }
  let header: string[] | undefined;
  let names: string[] = [];
  let idx: number[] = [];
  const values: Columns['values'] = {};
  const lines: number[] = [];
  for await (const batch of (await openTable(file)).batches()) {
    if (!header) {
      header = batch.columns;
      names = want(header);
      for (const n of names) if (!header.includes(n)) throw missing(file, n, header);
      for (const n of names) values[n] = [];
    }
    // JSON Lines rows may carry their fields in any order, batch by batch
    idx = names.map((n) => batch.columns.indexOf(n));
    idx.forEach((c, j) => {
      if (c < 0) throw new DataError(`field "${names[j]}" is missing`, { file, line: batch.lines?.[0], field: names[j] });
    });
    for (let r = 0; r < batch.length; r++) {
      for (let j = 0; j < idx.length; j++) values[names[j]!]!.push(plain(batch.values[idx[j]!]![r]!));
      lines.push(batch.lines ? batch.lines[r]! : batch.rowStart + r + 1);
    }
  }
  if (!header) throw new DataError('file is empty', { file });
  if (lines.length === 0) throw new DataError('file has a header but no rows', { file, line: 2 });
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
