import { closeSync, openSync, readSync } from 'node:fs';
import type { FileMetaData, SchemaTree } from 'hyparquet';
import { lazyColumns } from './lazy.js';
import { readPageV1, readPageV2, type FlatDecoder, type Hy as PageHy, type PageCells } from './parquet-page.js';
import type { Batch, Cell, NumericCells } from './types.js';

/*
 * Parquet's flat columns (no lists, maps or structs: every column of a table a data team writes) read
 * page by page into one array per column and row group: typed numbers where the column holds plain
 * numbers, with a null mask from the definition levels. hyparquet's own reader assembles each page
 * through its general list assembly into an array of boxed values, which on 1M × 20 cost most of the
 * scan and its garbage (docs/benchmarks.md). The page decoding itself is hyparquet's.
 */

type Hy = PageHy & {
  parquetHeader: typeof import('hyparquet/src/column.js').parquetHeader;
  readPage: typeof import('hyparquet/src/column.js').readPage;
  DEFAULT_PARSERS: typeof import('hyparquet/src/convert.js').DEFAULT_PARSERS;
};

async function loadHy(): Promise<Hy> {
  const [column, datapage, convert, plain] = await Promise.all([import('hyparquet/src/column.js'), import('hyparquet/src/datapage.js'), import('hyparquet/src/convert.js'), import('hyparquet/src/plain.js')]);
  return { ...column, ...datapage, ...convert, ...plain } as Hy;
}

/** A column of one row group: its cells as hyparquet gives them (`values`, a typed array when it holds plain numbers) and which are null. */
interface FlatColumn {
  values: ArrayLike<unknown>;
  nulls: Uint8Array;
  /** which cells are missing values: null, or a NaN float (as pandas reads it) */
  missing: Uint8Array;
  /** the cells as numbers (NaN where null), for columns of plain numbers, and which are missing (null, or a NaN float, as pandas reads it) */
  numbers?: NumericCells;
}

/** Whether every column named is flat (a leaf right under the root, not repeated): then `readFlatParquet` can read the file. */
export function allFlat(schema: SchemaTree, names: string[]): boolean {
  return names.every((n) => {
    const c = schema.children.find((x) => x.element.name === n);
    return !!c && c.children.length === 0 && c.element.repetition_type !== 'REPEATED';
  });
}

const TYPED = [Float64Array, Float32Array, Int32Array, Int16Array, Int8Array, Uint32Array, Uint16Array, Uint8Array, BigInt64Array, BigUint64Array];

function decodeColumn(hy: Hy, bytes: Uint8Array, rows: number, decoder: FlatDecoder & { schemaPath: SchemaTree[] }): FlatColumn {
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const nulls = new Uint8Array(rows);
  const optional = decoder.schemaPath[1]!.element.repetition_type !== 'REQUIRED';
  let dictionary: ArrayLike<unknown> | undefined;
  // the column's cells: a typed array like the first page's values, or a plain array (a later page of another kind turns it into one)
  let out: { [i: number]: unknown; length: number } | undefined;
  let typed = false;
  let row = 0;
  const place = ({ rows: n, present, values, dict }: PageCells): void => {
    if (row + n > rows) throw new Error(`the column chunk holds more than its ${rows} rows`);
    const from = dict ? dictionary : values;
    if (!from) throw new Error('a dictionary-encoded page comes before any dictionary page');
    if (!out) {
      const Typed = TYPED.find((T) => from instanceof T);
      typed = !!Typed;
      out = Typed ? new (Typed as unknown as new (n: number) => { [i: number]: unknown; length: number })(rows) : new Array<unknown>(rows).fill(null);
    } else if (typed && from.constructor !== out.constructor) {
      out = Array.from(out as ArrayLike<unknown>, (v, i) => (nulls[i] ? null : v));
      typed = false;
    }
    if (present) for (let k = 0; k < n; k++) nulls[row + k] = present[k]! ^ 1;
    if (out instanceof BigInt64Array || out instanceof BigUint64Array) placeWords(out, from as BigInt64Array, values, dict, present, row, n);
    else placeCells(out, from, values, dict, present, row, n, typed);
    row += n;
  };
  while (row < rows) {
    if (reader.offset >= reader.view.byteLength - 1) throw new Error(`the column chunk ends after ${row} of ${rows} rows`);
    const header = hy.parquetHeader(reader as never);
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = hy.readPage(reader as never, header, decoder as never, undefined, undefined, 0);
      dictionary = data ? (hy.convert(data, decoder as never) as ArrayLike<unknown>) : undefined;
    } else if (header.type === 'DATA_PAGE') {
      const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
      reader.offset += header.compressed_page_size;
      const page = hy.decompressPage(compressed, Number(header.uncompressed_page_size), decoder.codec as never, decoder.compressors as never);
      place(readPageV1(hy, page, header.data_page_header!, decoder, optional));
    } else if (header.type === 'DATA_PAGE_V2') {
      const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
      reader.offset += header.compressed_page_size;
      place(readPageV2(hy, compressed, header as never, decoder, optional));
    } else reader.offset += header.compressed_page_size; // an index page: not data
  }
  const values: ArrayLike<unknown> = out ?? new Array(rows).fill(null);
  let numbers: NumericCells | undefined;
  if (TYPED.some((T) => values instanceof T)) {
    // doubles serve as their own numbers (a null row's cell is never read: `nulls` says it is null)
    const x = values instanceof Float64Array ? values : new Float64Array(rows);
    if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
      // each 64-bit integer from its two 32-bit halves: one rounding, the double Number() gives
      const w = new Int32Array(values.buffer, values.byteOffset, 2 * rows);
      if (values instanceof BigInt64Array) for (let i = 0; i < rows; i++) x[i] = w[2 * i + 1]! * 4294967296 + (w[2 * i]! >>> 0);
      else for (let i = 0; i < rows; i++) x[i] = (w[2 * i + 1]! >>> 0) * 4294967296 + (w[2 * i]! >>> 0);
    } else if (x !== values) x.set(values as Float32Array);
    // a NaN float is a missing value too, as in pandas: the mask is copied only when there is one
    let missing = nulls;
    for (let i = 0; i < rows; i++) {
      if (nulls[i]) x[i] = NaN;
      else if (x[i] !== x[i]) (missing === nulls ? (missing = Uint8Array.from(nulls)) : missing)[i] = 1;
    }
    numbers = { x, nulls: missing };
    return { values, nulls, missing, numbers };
  }
  return { values, nulls, missing: withNaN(values, nulls) };
}

type Cells = { [i: number]: unknown; length: number };

/** A page's cells into the column from row `row` on: its values, or the dictionary's entries its indices name; a null row is left as it is. */
function placeCells(o: Cells, from: Cells, values: Cells, dict: boolean, present: Uint8Array | undefined, row: number, n: number, typed: boolean): void {
  if (!present) {
    if (dict) for (let k = 0; k < n; k++) o[row + k] = from[values[k] as number];
    else if (typed) (o as Float64Array).set(values as Float64Array, row);
    else for (let k = 0; k < n; k++) o[row + k] = values[k];
    return;
  }
  let vi = 0;
  if (dict) {
    for (let k = 0; k < n; k++) if (present[k]) o[row + k] = from[values[vi++] as number];
  } else for (let k = 0; k < n; k++) if (present[k]) o[row + k] = values[vi++];
}

/** `placeCells` for 64-bit integers, copied as pairs of 32-bit words: reading a BigInt64Array's element makes a BigInt. */
function placeWords(out: BigInt64Array | BigUint64Array, from: BigInt64Array, values: Cells, dict: boolean, present: Uint8Array | undefined, row: number, n: number): void {
  const o = new Int32Array(out.buffer, out.byteOffset, 2 * out.length);
  const s = new Int32Array(from.buffer, from.byteOffset, 2 * from.length);
  const idx = dict ? (values as Int32Array) : undefined;
  let vi = 0;
  for (let k = 0; k < n; k++) {
    if (present && !present[k]) continue;
    const j = idx ? idx[vi++]! : vi++;
    if (j >= from.length) throw new Error(`a page names dictionary entry ${j} of ${from.length}`);
    o[2 * (row + k)] = s[2 * j]!;
    o[2 * (row + k) + 1] = s[2 * j + 1]!;
  }
}

/** `nulls` with the cells that are NaN numbers marked too (a copy only when there is one). */
function withNaN(values: ArrayLike<unknown>, nulls: Uint8Array): Uint8Array {
  let out = nulls;
  let first = 0;
  while (first < values.length && nulls[first]) first++;
  if (typeof values[first] !== 'number') return out; // a column of text, booleans or dates (a column's cells are of one kind)
  for (let i = first; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number' && v !== v && !out[i]) (out === nulls ? (out = Uint8Array.from(nulls)) : out)[i] = 1;
  }
  return out;
}

/** A slice of a row group's columns as a batch: typed numbers through `numbers`, cells made when `values` is read. */
function flatBatch(columns: string[], cols: Array<FlatColumn | undefined>, start: number, end: number, rowStart: number): Batch {
  const length = end - start;
  const numbers = (c: number): NumericCells | undefined => {
    const n = cols[c]?.numbers;
    return n && { x: n.x.subarray(start, end), nulls: n.nulls.subarray(start, end) };
  };
  const cell = (c: number, r: number): Cell => {
    const col = cols[c];
    if (!col || col.nulls[start + r]) return null;
    return col.values[start + r] as Cell;
  };
  return {
    columns,
    length,
    rowStart,
    values: lazyColumns(columns.length, (c) => {
      const col = cols[c];
      if (!col) return [];
      const { values, nulls } = col;
      // a plain array holds null in its null rows already
      if (Array.isArray(values)) return start === 0 && end === values.length ? (values as Cell[]) : (values as Cell[]).slice(start, end);
      const out: Cell[] = new Array(length);
      for (let r = 0; r < length; r++) out[r] = nulls[start + r] ? null : (values[start + r] as Cell);
      return out;
    }),
    numbers,
    nulls: (c) => cols[c]?.missing.subarray(start, end),
    cell,
  };
}

/** Read the wanted (flat) columns of a Parquet file row group by row group, in batches of at most `step` rows. */
export async function* readFlatParquet(file: string, metadata: FileMetaData, schema: SchemaTree, columns: string[], wanted: string[], step: number, compressors: unknown): AsyncGenerator<Batch> {
  const hy = await loadHy();
  const fd = openSync(file, 'r');
  try {
    let groupStart = 0;
    for (const rg of metadata.row_groups) {
      const rows = Number(rg.num_rows);
      const cols: Array<FlatColumn | undefined> = columns.map(() => undefined);
      for (const chunk of rg.columns) {
        const meta = chunk.meta_data;
        if (chunk.file_path) throw new Error('parquet file_path not supported');
        if (!meta) throw new Error('parquet column metadata is undefined');
        const name = meta.path_in_schema[0]!;
        const c = columns.indexOf(name);
        if (c < 0 || !wanted.includes(name)) continue;
        const offset = Number(meta.dictionary_page_offset || meta.data_page_offset);
        const size = Number(meta.total_compressed_size);
        const bytes = Buffer.allocUnsafe(size);
        if (readSync(fd, bytes, 0, size, offset) !== size) throw new Error(`the column chunk of "${name}" is cut short (the file ends early)`);
        const child = schema.children.find((x) => x.element.name === name)!;
        const decoder = { pathInSchema: meta.path_in_schema, element: child.element, schemaPath: [schema, child], ...meta, compressors, parsers: hy.DEFAULT_PARSERS, utf8: true };
        cols[c] = decodeColumn(hy, bytes, rows, decoder);
      }
      // a row group is decoded whole: up to four steps it is one batch, whose text columns are the decoded arrays themselves
      const per = rows <= 4 * step ? rows : step;
      for (let s = 0; s < rows; s += per) yield flatBatch(columns, cols, s, Math.min(rows, s + per), groupStart + s);
      groupStart += rows;
    }
  } finally {
    closeSync(fd);
  }
}
