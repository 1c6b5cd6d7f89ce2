import { closeSync, openSync, readSync } from 'node:fs';
import type { FileMetaData, SchemaTree } from 'hyparquet';
import { lazyColumns } from './lazy.js';
import type { Batch, Cell, NumericCells } from './types.js';

/*
 * Parquet's flat columns (no lists, maps or structs: every column of a table a data team writes) read
 * page by page into one array per column and row group: typed numbers where the column holds plain
 * numbers, with a null mask from the definition levels. hyparquet's own reader assembles each page
 * through its general list assembly into an array of boxed values, which on 1M × 20 cost most of the
 * scan and its garbage (docs/benchmarks.md). The page decoding itself is hyparquet's.
 */

type Hy = {
  parquetHeader: typeof import('hyparquet/src/column.js').parquetHeader;
  readPage: typeof import('hyparquet/src/column.js').readPage;
  decompressPage: typeof import('hyparquet/src/datapage.js').decompressPage;
  readDataPage: typeof import('hyparquet/src/datapage.js').readDataPage;
  readDataPageV2: typeof import('hyparquet/src/datapage.js').readDataPageV2;
  convert: typeof import('hyparquet/src/convert.js').convert;
  DEFAULT_PARSERS: typeof import('hyparquet/src/convert.js').DEFAULT_PARSERS;
};

async function loadHy(): Promise<Hy> {
  const [column, datapage, convert] = await Promise.all([import('hyparquet/src/column.js'), import('hyparquet/src/datapage.js'), import('hyparquet/src/convert.js')]);
  return { ...column, ...datapage, ...convert } as Hy;
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

function decodeColumn(hy: Hy, bytes: Uint8Array, rows: number, decoder: Record<string, unknown> & { schemaPath: SchemaTree[] }): FlatColumn {
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const nulls = new Uint8Array(rows);
  const maxDef = decoder.schemaPath[1]!.element.repetition_type === 'REQUIRED' ? 0 : 1;
  let dictionary: ArrayLike<unknown> | undefined;
  // the column's cells: a typed array like the first page's values, or a plain array (a later page of another kind turns it into one)
  let out: { [i: number]: unknown; length: number } | undefined;
  let typed = false;
  let row = 0;
  // `values` are the page's cells, or with `dict` the indices of its cells in the dictionary
  const place = (values: { [i: number]: unknown; length: number }, defs: number[], dict?: ArrayLike<unknown>): void => {
    const like = dict ?? values;
    if (!out) {
      const Typed = TYPED.find((T) => like instanceof T);
      typed = !!Typed;
      out = Typed ? new (Typed as unknown as new (n: number) => { [i: number]: unknown; length: number })(rows) : new Array<unknown>(rows).fill(null);
    } else if (typed && like.constructor !== out.constructor) {
      out = Array.from(out as ArrayLike<unknown>, (v, i) => (nulls[i] ? null : v));
      typed = false;
    }
    const o = out;
    if (defs.length === 0) {
      const n = values.length;
      if (dict) for (let k = 0; k < n; k++) o[row + k] = dict[values[k] as number];
      else if (typed) (o as unknown as Float64Array).set(values as Float64Array, row);
      else for (let k = 0; k < n; k++) o[row + k] = values[k];
      row += n;
      return;
    }
    let vi = 0;
    for (let k = 0; k < defs.length; k++) {
      if (defs[k] === maxDef) o[row + k] = dict ? dict[values[vi++] as number] : values[vi++];
      else nulls[row + k] = 1;
    }
    row += defs.length;
  };
  // a dictionary-encoded page's cells are placed straight from the dictionary: a dictionary of numbers gives a typed column
  const placePage = (dataPage: unknown, encoding: string, defs: number[]): void => {
    if (dictionary && encoding.endsWith('_DICTIONARY')) place(dataPage as never, defs, dictionary);
    else place(hy.convert(dataPage as never, decoder as never) as never, defs);
  };
  while (row < rows) {
    if (reader.offset >= reader.view.byteLength - 1) throw new Error(`the column chunk ends after ${row} of ${rows} rows`);
    const header = hy.parquetHeader(reader as never);
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = hy.readPage(reader as never, header, decoder as never, undefined, undefined, 0);
      dictionary = data ? (hy.convert(data, decoder as never) as ArrayLike<unknown>) : undefined;
    } else if (header.type === 'DATA_PAGE') {
      const daph = header.data_page_header!;
      const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
      reader.offset += header.compressed_page_size;
      const page = hy.decompressPage(compressed, Number(header.uncompressed_page_size), decoder.codec as never, decoder.compressors as never);
      const { definitionLevels, dataPage } = hy.readDataPage(page, daph, decoder as never);
      placePage(dataPage, daph.encoding, definitionLevels as number[]);
    } else if (header.type === 'DATA_PAGE_V2') {
      const daph2 = header.data_page_header_v2!;
      const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
      reader.offset += header.compressed_page_size;
      const { definitionLevels, dataPage } = hy.readDataPageV2(compressed, header, decoder as never);
      // a v2 page may leave out the definition levels when nothing is null
      placePage(dataPage, daph2.encoding, (definitionLevels as number[]).length === 0 && (dataPage as ArrayLike<unknown>).length < daph2.num_values ? [] : (definitionLevels as number[]));
    } else reader.offset += header.compressed_page_size; // an index page: not data
  }
  const values: ArrayLike<unknown> = out ?? new Array(rows).fill(null);
  let numbers: NumericCells | undefined;
  if (TYPED.some((T) => values instanceof T)) {
    const big = values instanceof BigInt64Array || values instanceof BigUint64Array;
    const x = new Float64Array(rows);
    if (big) for (let i = 0; i < rows; i++) x[i] = Number((values as BigInt64Array)[i]!);
    else x.set(values as Float64Array);
    const missing = Uint8Array.from(nulls);
    for (let i = 0; i < rows; i++) {
      if (missing[i]) x[i] = NaN;
      else if (x[i] !== x[i]) missing[i] = 1; // a NaN float is a missing value, as in pandas
    }
    numbers = { x, nulls: missing };
    return { values, nulls, missing, numbers };
  }
  return { values, nulls, missing: withNaN(values, nulls) };
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
      for (let s = 0; s < rows; s += step) yield flatBatch(columns, cols, s, Math.min(rows, s + step), groupStart + s);
      groupStart += rows;
    }
  } finally {
    closeSync(fd);
  }
}
