import { closeSync, openSync, readSync } from 'node:fs';
import type { FileMetaData, SchemaTree } from 'hyparquet';
import { lazyColumns } from './lazy.js';
import { readPageV1, readPageV2, TextCells, type FlatDecoder, type Hy as PageHy, type PageCells, type PageInts } from './parquet-page.js';
import type { Batch, Cell, NumericCells } from './types.js';

/*
 * Parquet's flat columns (no lists, maps or structs: every column of a table a data team writes) read a
 * row group at a time, page by page (parquet-page.ts): numeric columns (and booleans, as bytes) into one
 * typed array each with a null mask from the definition levels (64-bit integers as doubles while each
 * is exact: no second array of words); dictionary-encoded columns as each row's index in the
 * dictionary (what a batch's `codes` gives, no copy); other columns as where each row's cell is, the
 * cell made when a batch reads it. hyparquet's own reader assembles each page through its general list
 * assembly into an array of boxed values, which on 1M × 20 cost most of the scan and its garbage
 * (docs/benchmarks.md).
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

/**
 * Where a column's cells that are not plain numbers come from. While every page of the column chunk
 * is dictionary-encoded (one dictionary a chunk, as Parquet has it), row r's cell is
 * `coded.dict[coded.codes[r]]`: the codes are the pages' indices, placed at their rows. Else row r's
 * cell is `pages[page[r]](index[r])`, made when read.
 */
interface Sourced {
  coded?: { dict: ArrayLike<Cell>; codes: Int32Array };
  pages: Array<(i: number) => Cell>;
  page?: Int32Array;
  index?: Int32Array;
  /** per page: its dictionary and indices, for a dictionary-encoded page */
  dicts: Array<{ dict: ArrayLike<Cell>; codes: Int32Array } | undefined>;
}

/** Row r's cell in a sourced column (not null). */
function cellAt(s: Sourced, r: number): Cell {
  const c = s.coded;
  return c ? c.dict[c.codes[r]!]! : s.pages[s.page![r]!]!(s.index![r]!);
}

/** A column of one row group: typed numbers (`values`) or cells made when read (`sourced`), and which rows are null. */
interface FlatColumn {
  values?: ArrayLike<unknown>;
  /** `values` holds 64-bit integers as doubles (each exact): a row's cell is made a BigInt when read, as hyparquet gives it */
  bigints?: boolean;
  /** `values` holds booleans as bytes 1 and 0: a row's cell is made `true` or `false` when read */
  booleans?: boolean;
  sourced?: Sourced;
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

type Typed = Float64Array | Float32Array | Int32Array | Int16Array | Int8Array | Uint32Array | Uint16Array | Uint8Array | BigInt64Array | BigUint64Array;

/**
 * The arrays a row group's columns are decoded into, used again for the next row group once the
 * consumer has released every batch of this one (`Batch.release`); a consumer that does not release
 * gets new arrays for each row group. A row group's arrays live as long as its batches (tens of
 * megabytes on a table of 120k-row groups), long enough to be promoted out of the young generation:
 * new ones per row group piled up dead until a full collection (docs/benchmarks.md).
 */
export class GroupArrays {
  private used = new Map<string, Typed>();
  private spare = new Map<string, Typed>();

  /** An array of `n` elements for `key` (a column and a role): this row group's (the same for each call in a row group), its contents undefined. */
  take<T extends Typed>(key: string, Kind: new (n: number) => T, n: number): T {
    let base = this.used.get(key) ?? this.spare.get(key);
    // room for row groups a little larger than this one (a writer's row groups differ by a few rows)
    if (!(base instanceof Kind) || base.length < n) base = new Kind(n + (n >> 5));
    this.used.set(key, base);
    return base.subarray(0, n) as T;
  }

  /** A new row group: the last one's arrays are reused when `released` (nothing reads them any more). */
  next(released: boolean): void {
    this.spare = released ? this.used : new Map();
    this.used = new Map();
  }
}

const TYPED = [Float64Array, Float32Array, Int32Array, Int16Array, Int8Array, Uint32Array, Uint16Array, Uint8Array, BigInt64Array, BigUint64Array];

type Words = BigInt64Array | BigUint64Array;

function isWords(x: unknown): x is Words {
  return x instanceof BigInt64Array || x instanceof BigUint64Array;
}

/** 64-bit integers as doubles, read from their 32-bit halves (no BigInt made), or undefined when one is 2^53 or more in size (a double would round it). */
export function exactDoubles(from: Words): Float64Array | undefined {
  const w = new Int32Array(from.buffer, from.byteOffset, 2 * from.length);
  const out = new Float64Array(from.length);
  if (from instanceof BigInt64Array) {
    for (let i = 0; i < from.length; i++) {
      const hi = w[2 * i + 1]!;
      if (hi < -2097152 || hi >= 2097152) return undefined;
      out[i] = hi * 4294967296 + (w[2 * i]! >>> 0);
    }
  } else {
    for (let i = 0; i < from.length; i++) {
      const hi = w[2 * i + 1]! >>> 0;
      if (hi >= 2097152) return undefined;
      out[i] = hi * 4294967296 + (w[2 * i]! >>> 0);
    }
  }
  return out;
}

// a page's indices that are read once (into a column's typed array) before the next page is read: one array a thread
let scratch = new Int32Array(0);

function scratchInts(n: number): Int32Array {
  if (scratch.length < n) scratch = new Int32Array(n + (n >> 5));
  return scratch.subarray(0, n);
}

/** Row r's cell in a column of typed values (not null). */
function typedAt(col: FlatColumn, r: number): Cell {
  const v = col.values![r];
  return col.bigints ? BigInt(v as number) : col.booleans ? v === 1 : (v as Cell);
}

/** A column chunk of `rows` rows decoded, into arrays taken from `arrays` (by role). */
function decodeColumn(hy: Hy, bytes: Uint8Array, rows: number, decoder: FlatDecoder & { schemaPath: SchemaTree[] }, arrays: <T extends Typed>(role: string, Kind: new (n: number) => T, n: number) => T): FlatColumn {
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const nulls = arrays('nulls', Uint8Array, rows).fill(0);
  const optional = decoder.schemaPath[1]!.element.repetition_type !== 'REQUIRED';
  let dictionary: ArrayLike<unknown> | undefined;
  // a dictionary of 64-bit integers as doubles, when each entry is one exactly (null: one is not)
  let dictDoubles: Float64Array | null | undefined;
  // the column's cells: a typed array like the first page's numbers, or where each row's cell comes from (a page of another kind turns the typed array into a source)
  let typed: { [i: number]: unknown; length: number } | undefined;
  // `typed` holds 64-bit integers as doubles, each exact (a row's cell is made a BigInt when read)
  let bigints = false;
  // booleans are read as bytes 1 and 0 (parquet-page.ts)
  const booleans = decoder.type === 'BOOLEAN';
  let sourced: Sourced | undefined;
  let row = 0;
  // a source of the rows placed so far as page 0 read through `index`, for pages of more than one kind
  const spread = (s: Sourced): void => {
    if (s.page) return;
    s.page = arrays('page', Int32Array, rows).fill(0, 0, row);
    const index = (s.index = arrays('index', Int32Array, rows));
    for (let r = 0; r < row; r++) index[r] = r;
    const c = s.coded;
    if (c) {
      s.pages.push((i) => c.dict[c.codes[i]!]!);
      s.dicts.push(c);
      s.coded = undefined;
    }
  };
  const source = (): Sourced => {
    const s: Sourced = { pages: [], dicts: [] };
    if (typed) {
      // the rows placed so far, from the typed array (a BigInt for a 64-bit integer, as hyparquet gives it)
      const t = typed;
      s.pages.push(bigints ? (i) => BigInt(t[i] as number) : booleans ? (i) => t[i] === 1 : (i) => t[i] as Cell);
      s.dicts.push(undefined);
      spread(s);
      typed = undefined;
    }
    return s;
  };
  const place = ({ rows: n, present, values: pageValues, dict }: PageCells): void => {
    let values = pageValues;
    if (row + n > rows) throw new Error(`the column chunk holds more than its ${rows} rows`);
    let from = dict ? dictionary : values;
    if (!from) throw new Error('a dictionary-encoded page comes before any dictionary page');
    if (isWords(from) && !sourced && (!typed || bigints)) {
      // 64-bit integers as doubles while each is exact; else as 64-bit words, the rows so far made words again
      const doubles = dict ? (dictDoubles === undefined ? (dictDoubles = exactDoubles(from) ?? null) : dictDoubles) : exactDoubles(from);
      if (doubles) {
        from = doubles;
        if (!dict) values = doubles;
        bigints = true;
      } else if (typed) {
        const t = typed as Float64Array;
        const words = arrays('words', from.constructor as new (n: number) => Words, rows);
        for (let r = 0; r < row; r++) words[r] = BigInt(nulls[r] ? 0 : t[r]!);
        typed = words;
        bigints = false;
      }
    }
    const Typed = TYPED.find((T) => from instanceof T);
    if (!typed && !sourced && Typed) typed = arrays('values', Typed as new (n: number) => Typed, rows);
    if (typed && !(from instanceof (typed.constructor as typeof Float64Array))) sourced = source();
    if (present) for (let k = 0; k < n; k++) nulls[row + k] = present[k]! ^ 1;
    if (isWords(typed)) placeWords(typed, from as Words, values as Cells, dict, present, row, n);
    else if (typed) placeNumbers(typed, from as Cells, values as Cells, dict, present, row, n);
    else placeSourced((sourced ??= source()), from, values, dict, present, row, n, spread, arrays('indices', Int32Array, rows));
    row += n;
  };
  // a page's indices and text offsets: the part of the column's array from its first row (a page holds at most its rows' values);
  // the indices into a dictionary of numbers are read into the typed array at once, so they need not outlive their page
  const ints: PageInts = (role, n) => (role === 'indices' && TYPED.some((T) => dictionary instanceof T) ? scratchInts(n) : arrays(role, Int32Array, rows).subarray(row, row + n));
  // a text page's bytes, kept with the row group's arrays (in the room the chunk's size gives them; past it, a new array)
  const room = Number(decoder.total_uncompressed_size ?? 0);
  let textAt = 0;
  ints.text = (n) => {
    if (textAt + n > room) return new Uint8Array(n);
    textAt += n;
    return arrays('text', Uint8Array, room).subarray(textAt - n, textAt);
  };
  while (row < rows) {
    if (reader.offset >= reader.view.byteLength - 1) throw new Error(`the column chunk ends after ${row} of ${rows} rows`);
    const header = hy.parquetHeader(reader as never);
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = hy.readPage(reader as never, header, decoder as never, undefined, undefined, 0);
      dictionary = data ? (hy.convert(data, decoder as never) as ArrayLike<unknown>) : undefined;
      dictDoubles = undefined;
    } else if (header.type === 'DATA_PAGE') {
      const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
      reader.offset += header.compressed_page_size;
      const page = hy.decompressPage(compressed, Number(header.uncompressed_page_size), decoder.codec as never, decoder.compressors as never);
      place(readPageV1(hy, page, header.data_page_header!, decoder, optional, ints));
    } else if (header.type === 'DATA_PAGE_V2') {
      const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
      reader.offset += header.compressed_page_size;
      place(readPageV2(hy, compressed, header as never, decoder, optional, ints));
    } else reader.offset += header.compressed_page_size; // an index page: not data
  }
  if (!typed) {
    // cells that are not plain numbers (or no rows)
    const s = sourced ?? source();
    return { sourced: s, nulls, missing: withNaN(s, nulls) };
  }
  const values = typed;
  if (booleans) return { values, booleans, nulls, missing: nulls };
  // doubles serve as their own numbers (a null row's cell is never read: `nulls` says it is null)
  const x = values instanceof Float64Array ? values : arrays('x', Float64Array, rows);
  if (isWords(values)) {
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
  return { values, bigints, nulls, missing, numbers: { x, nulls: missing } };
}

type Cells = { [i: number]: unknown; length: number };

/** A page's numbers into the column's typed array from row `row` on: its values, or the dictionary's entries its indices name; a null row is left as it is. */
function placeNumbers(o: Cells, from: Cells, values: Cells, dict: boolean, present: Uint8Array | undefined, row: number, n: number): void {
  if (!present) {
    if (dict) for (let k = 0; k < n; k++) o[row + k] = from[values[k] as number];
    else (o as Float64Array).set(values as Float64Array, row);
    return;
  }
  let vi = 0;
  if (dict) {
    for (let k = 0; k < n; k++) if (present[k]) o[row + k] = from[values[vi++] as number];
  } else for (let k = 0; k < n; k++) if (present[k]) o[row + k] = values[vi++];
}

/**
 * A page's cells as a source of the column. A dictionary page's indices are placed at their rows in
 * `codes` (the column's array its pages' indices are read into: in place, from the last), -1 at a null
 * row; while every page is one, the column is its dictionary and these codes.
 */
function placeSourced(s: Sourced, from: ArrayLike<unknown> | TextCells, values: PageCells['values'], dict: boolean, present: Uint8Array | undefined, row: number, n: number, spread: (s: Sourced) => void, codes: Int32Array): void {
  if (dict) {
    const idx = values as ArrayLike<number>;
    if (present) {
      // backwards, so that an index read in place is read before its row is written
      let vi = idx.length;
      for (let k = n - 1; k >= 0; k--) codes[row + k] = present[k] ? idx[--vi]! : -1;
    } else if (!(idx instanceof Int32Array && idx.buffer === codes.buffer && idx.byteOffset === codes.byteOffset + 4 * row)) codes.set(idx, row);
    const d = from as ArrayLike<Cell>;
    if (!s.page && (s.pages.length === 0 || s.coded?.dict === d)) {
      s.coded = { dict: d, codes };
      return;
    }
    spread(s);
    s.pages.push((i) => d[codes[i]!]!);
    s.dicts.push({ dict: d, codes });
  } else {
    spread(s);
    if (values instanceof TextCells) s.pages.push((i) => values.get(i));
    else {
      const v = values as ArrayLike<Cell>;
      s.pages.push((i) => v[i]!);
    }
    s.dicts.push(undefined);
  }
  const p = s.pages.length - 1;
  s.page!.fill(p, row, row + n);
  const index = s.index!;
  if (dict) for (let k = 0; k < n; k++) index[row + k] = row + k;
  else {
    let vi = 0;
    for (let k = 0; k < n; k++) index[row + k] = !present || present[k] ? vi++ : -1;
  }
}

/** `placeNumbers` for 64-bit integers, copied as pairs of 32-bit words: reading a BigInt64Array's element makes a BigInt. */
function placeWords(out: Words, from: Words, values: Cells, dict: boolean, present: Uint8Array | undefined, row: number, n: number): void {
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
function withNaN(s: Sourced, nulls: Uint8Array): Uint8Array {
  let out = nulls;
  let first = 0;
  while (first < nulls.length && nulls[first]) first++;
  if (first === nulls.length || typeof cellAt(s, first) !== 'number') return out; // a column of text, booleans or dates (a column's cells are of one kind)
  for (let i = first; i < nulls.length; i++) {
    if (nulls[i]) continue;
    const v = cellAt(s, i);
    if (typeof v === 'number' && v !== v) (out === nulls ? (out = Uint8Array.from(nulls)) : out)[i] = 1;
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
    const s = col.sourced;
    return s ? cellAt(s, start + r) : typedAt(col, start + r);
  };
  return {
    columns,
    length,
    rowStart,
    values: lazyColumns(columns.length, (c) => {
      const col = cols[c];
      if (!col) return [];
      const { values, nulls, sourced: s } = col;
      const out: Cell[] = new Array(length);
      if (s) for (let r = 0; r < length; r++) out[r] = nulls[start + r] ? null : cellAt(s, start + r);
      else if (col.bigints || col.booleans) for (let r = 0; r < length; r++) out[r] = nulls[start + r] ? null : typedAt(col, start + r);
      else for (let r = 0; r < length; r++) out[r] = nulls[start + r] ? null : (values![start + r] as Cell);
      return out;
    }),
    numbers,
    nulls: (c) => cols[c]?.missing.subarray(start, end),
    cell,
    codes: (c) => {
      const col = cols[c];
      const s = col?.sourced;
      if (!s) return undefined;
      if (s.coded) return { codes: s.coded.codes.subarray(start, end), dict: s.coded.dict };
      const page = s.page!;
      const index = s.index!;
      // one dictionary for every row of the batch (null rows may lie on any page)
      let dict: ArrayLike<Cell> | undefined;
      for (let r = start; r < end; r++) {
        if (col.nulls[r]) continue;
        const d = s.dicts[page[r]!]?.dict;
        if (!d || (dict && d !== dict)) return undefined;
        dict = d;
      }
      if (!dict) return undefined;
      const codes = new Int32Array(length);
      for (let r = 0; r < length; r++) codes[r] = col.nulls[start + r] ? -1 : s.dicts[page[start + r]!]!.codes[index[start + r]!]!;
      return { codes, dict };
    },
  };
}

/** Read the wanted (flat) columns of a Parquet file row group by row group, in batches of at most `step` rows. */
export async function* readFlatParquet(file: string, metadata: FileMetaData, schema: SchemaTree, columns: string[], wanted: string[], step: number, compressors: unknown): AsyncGenerator<Batch> {
  const hy = await loadHy();
  const fd = openSync(file, 'r');
  const arrays = new GroupArrays();
  try {
    let groupStart = 0;
    // the batches of the last row group, and how many of them the consumer released
    let made = 0;
    let released = 0;
    for (const rg of metadata.row_groups) {
      const rows = Number(rg.num_rows);
      arrays.next(made === released);
      made = released = 0;
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
        const bytes = arrays.take(`${c} bytes`, Uint8Array, size);
        if (readSync(fd, bytes, 0, size, offset) !== size) throw new Error(`the column chunk of "${name}" is cut short (the file ends early)`);
        const child = schema.children.find((x) => x.element.name === name)!;
        const decoder = { pathInSchema: meta.path_in_schema, element: child.element, schemaPath: [schema, child], ...meta, compressors, parsers: hy.DEFAULT_PARSERS, utf8: true };
        cols[c] = decodeColumn(hy, bytes, rows, decoder, (role, Kind, n) => arrays.take(`${c} ${role}`, Kind, n));
      }
      for (let s = 0; s < rows; s += step) {
        const b = flatBatch(columns, cols, s, Math.min(rows, s + step), groupStart + s);
        b.tableRows = Number(metadata.num_rows);
        made++;
        let done = false;
        b.release = () => {
          if (!done) released++;
          done = true;
        };
        yield b;
      }
      groupStart += rows;
    }
  } finally {
    closeSync(fd);
  }
}
