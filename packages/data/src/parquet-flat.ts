import { closeSync, openSync, readSync } from 'node:fs';
import type { FileMetaData, SchemaTree } from 'hyparquet';
import { lazyColumns } from './lazy.js';
import { checkCount, DICT, Hybrid, isText, readPageV1, readPageV2, TextCells, u32, ZEROS, type FlatDecoder, type Hy as PageHy, type PageCells, type PageInts } from './parquet-page.js';
import type { Batch, Cell, NumericCells } from './types.js';

/*
 * Parquet's flat columns (no lists, maps or structs: every column of a table a data team writes) read
 * a batch at a time, straight from each column's current page: the definition levels and dictionary
 * indices read a batch's worth at a time from their RLE/bit-packed runs, plain values from where the
 * last batch stopped. What a thread holds is each column's compressed chunk and current page (about
 * what the file takes for a row group) and one batch's arrays, not a row group's decoded arrays: a
 * 123k-row group of the 1M × 20 bench file decoded whole took about 29 MB of arrays over both threads
 * (and a writer's 1M-row groups would take ten times that; docs/benchmarks.md).
 *
 * A batch's columns: numbers (a double a row, NaN at a null; 64-bit integers also as their two 32-bit
 * halves, a cell made a BigInt as hyparquet gives it), booleans (a byte a row), the dictionary and
 * each row's index while every row of the batch comes from one dictionary (what `codes` gives), else
 * the cells. Pages in an encoding not read here (delta, byte-stream split, RLE booleans, levels not
 * RLE) are read whole by parquet-page.ts (through hyparquet's page reader) and handed out a batch at
 * a time. hyparquet's own reader assembles each page through its general list assembly into an array
 * of boxed values, which on 1M × 20 cost most of the scan and its garbage (docs/benchmarks.md).
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

/** Whether every column named is flat (a leaf right under the root, not repeated): then `readFlatParquet` can read the file. */
export function allFlat(schema: SchemaTree, names: string[]): boolean {
  return names.every((n) => {
    const c = schema.children.find((x) => x.element.name === n);
    return !!c && c.children.length === 0 && c.element.repetition_type !== 'REPEATED';
  });
}

type Typed = Float64Array | Int32Array | Uint8Array;

/**
 * Arrays by name, used again once nothing reads them any more: a batch's arrays when the consumer
 * released every batch made with them (`Batch.release`; a consumer that does not release gets new
 * ones), a column's chunk and page bytes at its next chunk and page.
 */
class Arrays {
  private used = new Map<string, Typed>();
  private spare = new Map<string, Typed>();

  /** An array of `n` elements for `key`, its contents undefined. */
  take<T extends Typed>(key: string, Kind: new (n: number) => T, n: number): T {
    let base = this.used.get(key) ?? this.spare.get(key);
    // room for a little more next time (a writer's row groups and pages differ by a few rows)
    if (!(base instanceof Kind) || base.length < n) base = new Kind(n + (n >> 5));
    this.used.set(key, base);
    return base.subarray(0, n) as T;
  }

  /** A new round: the last round's arrays are taken again when `released` (nothing reads them any more). */
  next(released: boolean): void {
    this.spare = released ? this.used : new Map();
    this.used = new Map();
  }
}

/** How a column's numbers are stored (what hyparquet's `convert` makes of its physical type), or undefined: not numbers. */
type Storage = 'f64' | 'f32' | 'i32' | 'u32' | 'i64' | 'u64';

function storageOf(hy: Hy, decoder: FlatDecoder): Storage | undefined {
  const empty = { INT32: new Int32Array(0), INT64: new BigInt64Array(0), FLOAT: new Float32Array(0), DOUBLE: new Float64Array(0) }[decoder.type as 'INT32'];
  if (!empty) return undefined;
  // a type whose values convert turns into other cells (dates, decimals, timestamps) gives an array
  const probe = hy.convert(empty as never, decoder as never) as unknown;
  if (probe instanceof Float64Array) return 'f64';
  if (probe instanceof Float32Array) return 'f32';
  if (probe instanceof Int32Array) return 'i32';
  if (probe instanceof Uint32Array) return 'u32';
  if (probe instanceof BigInt64Array) return 'i64';
  if (probe instanceof BigUint64Array) return 'u64';
  return undefined;
}

/** A column chunk's dictionary: its cells, and as numbers (64-bit integers also as 32-bit halves) for a column of numbers. */
interface Dictionary {
  cells: ArrayLike<Cell>;
  x?: Float64Array;
  words?: Int32Array;
  /** every entry exact as a double (64-bit integers) */
  exact: boolean;
  /** entries that are NaN numbers (missing values, as pandas reads them), when there is one */
  nan?: Uint8Array;
}

/** A data page being read: its rows, where its levels and values are, how far it has been read. */
interface Page {
  rows: number;
  done: number;
  /** definition levels read here (undefined: levels not read here, or every row holds a value) */
  levels?: Hybrid;
  /** the rows holding a value so far, and how many the page's header says (a v2 page's) */
  values: number;
  expected?: number;
  /** a page read whole: which of its rows hold a value (undefined: all) */
  present?: Uint8Array;
  /** dictionary indices read here */
  indices?: Pick<Hybrid, 'read'>;
  /** plain values read here from `bytes` at `pos` (booleans: at bit `pos`) */
  plain: boolean;
  bytes: Uint8Array;
  view?: DataView;
  pos: number;
  /** a page read whole: its values (or with `dict` their dictionary indices), the next one at `vi` */
  whole?: PageCells;
  vi: number;
}

/** One batch's column: what flatBatch hands out. */
interface Column {
  nulls: Uint8Array;
  /** which cells are missing values: null, or a NaN float (as pandas reads it) */
  missing: Uint8Array;
  x?: Float64Array;
  /** 64-bit integers: each row's two 32-bit halves, and whether every one is exact as a double */
  words?: Int32Array;
  exact?: boolean;
  unsigned?: boolean;
  bytes?: Uint8Array;
  codes?: Int32Array;
  dict?: ArrayLike<Cell>;
  /** plain text: the pages' values, each row's index among its page's values (-1: null) and, past one page, which page */
  texts?: TextCells[];
  vi?: Int32Array;
  seg?: Int32Array;
  cells?: Cell[];
}

const WIDTH: Record<Storage, number> = { f64: 8, f32: 4, i32: 4, u32: 4, i64: 8, u64: 8 };

// per thread: indices and text positions read for one page segment at a time
let scratchIndices = new Int32Array(0);
function indices(n: number): Int32Array {
  if (scratchIndices.length < n) scratchIndices = new Int32Array(n + (n >> 5));
  return scratchIndices.subarray(0, n);
}
const textScratch = new Map<string, Int32Array>();
const textInts: PageInts = (role, n) => {
  let a = textScratch.get(role);
  if (!a || a.length < n) textScratch.set(role, (a = new Int32Array(n + (n >> 5))));
  return a.subarray(0, n);
};

/** 64-bit integers as their 32-bit halves (low first): a view of a typed array's. */
function wordsOf(values: ArrayLike<bigint>): Int32Array {
  if (values instanceof BigInt64Array || values instanceof BigUint64Array) return new Int32Array(values.buffer, values.byteOffset, 2 * values.length);
  const out = new Int32Array(2 * values.length);
  for (let i = 0; i < values.length; i++) {
    out[2 * i] = Number(BigInt.asIntN(32, values[i]!));
    out[2 * i + 1] = Number(BigInt.asIntN(32, values[i]! >> 32n));
  }
  return out;
}

/** The 64-bit integer whose halves are `lo`, `hi` as a double (one rounding, as Number() of it). */
function wordsToDouble(lo: number, hi: number, unsigned: boolean): number {
  return (unsigned ? hi >>> 0 : hi) * 4294967296 + (lo >>> 0);
}

function isExact(hi: number, unsigned: boolean): boolean {
  return unsigned ? hi >>> 0 < 2097152 : hi >= -2097152 && hi < 2097152;
}

function bigintOf(lo: number, hi: number, unsigned: boolean): bigint {
  const v = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  return unsigned ? v : BigInt.asIntN(64, v);
}

/** A column chunk of a row group, read a batch at a time. */
class ChunkReader {
  private reader: { view: DataView; offset: number };
  private readonly optional: boolean;
  private readonly storage: Storage | undefined;
  private readonly booleans: boolean;
  /**
   * Whether the page's bytes can go in the column's own array, used again for its next page: every
   * cell is made from the bytes (numbers, text, dates, decimals), none is a view into them as a
   * fixed-length byte array's raw cells are (hyparquet's `convert` makes text of other byte arrays).
   */
  private readonly reuse: boolean;
  private dict?: Dictionary;
  private page?: Page;
  private row = 0;

  constructor(
    private readonly hy: Hy,
    bytes: Uint8Array,
    private readonly rows: number,
    private readonly decoder: FlatDecoder & { schemaPath: SchemaTree[] },
    /** a column's arrays that live until its next page or chunk */
    private readonly own: <T extends Typed>(role: string, Kind: new (n: number) => T, n: number) => T,
  ) {
    this.reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    this.optional = decoder.schemaPath[1]!.element.repetition_type !== 'REQUIRED';
    this.storage = storageOf(hy, decoder);
    this.booleans = decoder.type === 'BOOLEAN';
    this.reuse = decoder.type !== 'FIXED_LEN_BYTE_ARRAY';
    // the chunk's bytes are the thread's (the next column's chunk is read into them): its dictionary and
    // first data page are read now, and the pages after it, if any, copied into the column's own array
    if (rows > 0) this.nextPage();
    const rest = this.reader.view.byteLength - this.reader.offset;
    const kept = own('rest', Uint8Array, rest);
    kept.set(new Uint8Array(this.reader.view.buffer, this.reader.view.byteOffset + this.reader.offset, rest));
    this.reader = { view: new DataView(kept.buffer, kept.byteOffset, kept.byteLength), offset: 0 };
  }

  /** The next `n` rows, into arrays from `take` (the batch's). */
  read(n: number, take: <T extends Typed>(role: string, Kind: new (n: number) => T, n: number) => T): Column {
    const nulls = take('nulls', Uint8Array, n);
    const storage = this.storage;
    const wide = storage === 'i64' || storage === 'u64';
    const out: Column = { nulls, missing: nulls };
    if (storage) {
      out.x = take('x', Float64Array, n);
      if (wide) {
        out.words = take('words', Int32Array, 2 * n);
        out.exact = true;
        out.unsigned = storage === 'u64';
      }
    } else if (this.booleans) out.bytes = take('bytes', Uint8Array, n);
    else out.codes = take('codes', Int32Array, n);
    for (let at = 0; at < n; ) {
      let page = this.page;
      if (!page || page.done === page.rows) page = this.nextPage();
      const k = Math.min(n - at, page.rows - page.done);
      const m = this.levels(page, nulls, at, k);
      page.values += m;
      if (page.done + k === page.rows && page.expected !== undefined) checkCount(page.values, page.expected);
      if (storage) this.numbers(page, out, storage, at, k, m);
      else if (this.booleans) this.bools(page, out.bytes!, nulls, at, k, m);
      else this.cells(page, out, n, at, k, m, take);
      page.done += k;
      this.row += k;
      at += k;
    }
    if (out.x) out.missing = nanMask(out.x, nulls);
    else if (out.cells) out.missing = missingCells(out.cells, nulls);
    else if (out.codes && out.dict && this.dict?.nan && out.dict === this.dict.cells) {
      const nan = this.dict.nan;
      const codes = out.codes;
      let missing = nulls;
      for (let r = 0; r < n; r++) if (codes[r]! >= 0 && nan[codes[r]!]) (missing === nulls ? (missing = Uint8Array.from(nulls)) : missing)[r] = 1;
      out.missing = missing;
    }
    return out;
  }

  /** Null flags of the page's next `k` rows into `nulls[at..)`; returns how many hold a value. */
  private levels(page: Page, nulls: Uint8Array, at: number, k: number): number {
    if (page.levels) return page.levels.nulls(nulls, at, k);
    const present = page.present;
    if (!present) {
      nulls.fill(0, at, at + k);
      return k;
    }
    let m = 0;
    for (let j = 0; j < k; j++) {
      const v = present[page.done + j]!;
      nulls[at + j] = v ^ 1;
      m += v;
    }
    return m;
  }

  /** The page's next `m` values as numbers at the rows of `at..at+k` that hold one (NaN at the others). */
  private numbers(page: Page, out: Column, storage: Storage, at: number, k: number, m: number): void {
    const x = out.x!;
    const nulls = out.nulls;
    const words = out.words;
    const dense = m === k;
    if (!dense) {
      for (let r = at; r < at + k; r++) {
        if (!nulls[r]) continue;
        x[r] = NaN;
        if (words) words[2 * r] = words[2 * r + 1] = 0;
      }
    }
    if (page.indices || page.whole?.dict) {
      const d = this.dict;
      if (!d) throw new Error('a dictionary-encoded page comes before any dictionary page');
      const idx = this.indexValues(page, m);
      const dx = d.x!;
      const dw = d.words;
      if (dw && !d.exact) out.exact = false;
      let vi = 0;
      for (let r = at; r < at + k; r++) {
        if (!dense && nulls[r]) continue;
        const i = idx[vi++]!;
        if (i >= dx.length) throw new Error(`a page names dictionary entry ${i} of ${dx.length}`);
        x[r] = dx[i]!;
        if (words) {
          words[2 * r] = dw![2 * i]!;
          words[2 * r + 1] = dw![2 * i + 1]!;
        }
      }
      return;
    }
    if (page.plain) {
      const size = WIDTH[storage];
      if (page.pos + m * size > page.bytes.length) throw new Error(`the page ends before its ${m} values`);
      const view = page.view!;
      let pos = page.pos;
      for (let r = at; r < at + k; r++) {
        if (!dense && nulls[r]) continue;
        if (storage === 'f64') x[r] = view.getFloat64(pos, true);
        else if (storage === 'f32') x[r] = view.getFloat32(pos, true);
        else if (storage === 'i32') x[r] = view.getInt32(pos, true);
        else if (storage === 'u32') x[r] = view.getUint32(pos, true);
        else put64(out, r, view.getInt32(pos, true), view.getInt32(pos + 4, true));
        pos += size;
      }
      page.pos = pos;
      return;
    }
    // a page read whole: typed numbers (or bigints) in order
    const values = page.whole!.values as ArrayLike<number | bigint>;
    for (let r = at; r < at + k; r++) {
      if (!dense && nulls[r]) continue;
      const v = values[page.vi++]!;
      if (typeof v === 'bigint') put64(out, r, Number(BigInt.asIntN(32, v)), Number(BigInt.asIntN(32, v >> 32n)));
      else x[r] = v;
    }
  }

  /** The page's next `m` booleans as bytes 1 and 0 at the rows of `at..at+k` that hold one. */
  private bools(page: Page, bytes: Uint8Array, nulls: Uint8Array, at: number, k: number, m: number): void {
    if (page.plain) {
      if ((page.pos + m + 7) >> 3 > page.bytes.length) throw new Error(`the page ends before its ${m} booleans`);
      const b = page.bytes;
      let bit = page.pos;
      for (let j = 0; j < k; j++) {
        const r = at + j;
        if (nulls[r]) bytes[r] = 0;
        else {
          bytes[r] = (b[bit >> 3]! >> (bit & 7)) & 1;
          bit++;
        }
      }
      page.pos = bit;
      return;
    }
    const values = page.whole!.values as ArrayLike<number>;
    for (let j = 0; j < k; j++) bytes[at + j] = nulls[at + j] ? 0 : values[page.vi++]!;
  }

  /**
   * The page's next `m` cells at the rows of `at..at+k` that hold one: a dictionary page's indices as
   * the batch's codes while every row so far comes from that dictionary, else the cells.
   */
  private cells(page: Page, out: Column, n: number, at: number, k: number, m: number, take: <T extends Typed>(role: string, Kind: new (n: number) => T, n: number) => T): void {
    const nulls = out.nulls;
    const dense = m === k;
    if (page.indices || page.whole?.dict) {
      const d = this.dict;
      if (!d) throw new Error('a dictionary-encoded page comes before any dictionary page');
      const idx = this.indexValues(page, m);
      const size = d.cells.length;
      if (!out.cells && !out.texts && (at === 0 || out.dict === d.cells)) {
        out.dict = d.cells;
        const codes = out.codes!;
        let vi = 0;
        for (let j = 0; j < k; j++) {
          if (!dense && nulls[at + j]) codes[at + j] = -1;
          else {
            const i = idx[vi++]!;
            if (i >= size) throw new Error(`a page names dictionary entry ${i} of ${size}`);
            codes[at + j] = i;
          }
        }
        return;
      }
      const cells = this.cellsOf(out, n, at);
      let vi = 0;
      for (let j = 0; j < k; j++) {
        if (!dense && nulls[at + j]) cells[at + j] = null;
        else {
          const i = idx[vi++]!;
          if (i >= size) throw new Error(`a page names dictionary entry ${i} of ${size}`);
          cells[at + j] = d.cells[i]!;
        }
      }
      return;
    }
    if (page.plain && !out.cells && (at === 0 || out.texts)) {
      // plain text: the batch's values from where the last one stopped, their text copied into the
      // batch's arrays and made strings when read (a check that tests each value and drops it leaves
      // nothing to copy at the next young-generation collection)
      const texts = (out.texts ??= []);
      const s = texts.length;
      const ints: PageInts = s === 0 ? (role, size) => take(role, Int32Array, size) : (_, size) => new Int32Array(size);
      ints.text = s === 0 ? (size) => take('text', Uint8Array, size) : (size) => new Uint8Array(size);
      const text = new TextCells(page.bytes, page.pos, m, ints);
      page.pos = text.end;
      texts.push(text);
      const vi = (out.vi ??= take('vi', Int32Array, n));
      let v = 0;
      for (let j = 0; j < k; j++) vi[at + j] = !dense && nulls[at + j] ? -1 : v++;
      if (s > 0 && !out.seg) out.seg = take('seg', Int32Array, n).fill(0, 0, at);
      out.seg?.fill(s, at, at + k);
      return;
    }
    const cells = this.cellsOf(out, n, at);
    if (page.plain) {
      const text = new TextCells(page.bytes, page.pos, m, textInts);
      page.pos = text.end;
      let vi = 0;
      for (let j = 0; j < k; j++) cells[at + j] = !dense && nulls[at + j] ? null : text.get(vi++);
      return;
    }
    const values = page.whole!.values;
    const get = values instanceof TextCells ? (i: number) => values.get(i) : (i: number) => (values as ArrayLike<Cell>)[i]!;
    for (let j = 0; j < k; j++) cells[at + j] = !dense && nulls[at + j] ? null : get(page.vi++);
  }

  /** The batch's cells, made from its codes or text for the rows before `at` the first time a row needs a cell. */
  private cellsOf(out: Column, n: number, at: number): Cell[] {
    if (out.cells) return out.cells;
    const cells: Cell[] = new Array(n);
    for (let r = 0; r < at; r++) cells[r] = cellOf(out, r);
    out.cells = cells;
    out.codes = out.dict = out.texts = out.vi = out.seg = undefined;
    return cells;
  }

  /** The page's next `m` dictionary indices (a view valid until the next call). */
  private indexValues(page: Page, m: number): ArrayLike<number> {
    if (page.indices) {
      const idx = indices(m);
      page.indices.read(idx, 0, m);
      return idx;
    }
    const all = page.whole!.values as ArrayLike<number>;
    const idx = indices(m);
    for (let i = 0; i < m; i++) idx[i] = all[page.vi++]!;
    return idx;
  }

  /** The next data page (a dictionary page before it read as the chunk's dictionary). */
  private nextPage(): Page {
    const { hy, reader } = this;
    for (;;) {
      if (reader.offset >= reader.view.byteLength - 1) throw new Error(`the column chunk ends after ${this.row} of ${this.rows} rows`);
      const header = hy.parquetHeader(reader as never);
      if (header.type === 'DICTIONARY_PAGE') {
        this.dict = this.dictionary(header as never);
        continue;
      }
      if (header.type !== 'DATA_PAGE' && header.type !== 'DATA_PAGE_V2') {
        reader.offset += header.compressed_page_size; // an index page: not data
        continue;
      }
      const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
      if (reader.offset + header.compressed_page_size > reader.view.byteLength) throw new Error('a page runs past the end of its column chunk');
      reader.offset += header.compressed_page_size;
      const page = header.type === 'DATA_PAGE' ? this.pageV1(compressed, header as never) : this.pageV2(compressed, header as never);
      if (this.row + page.rows > this.rows) throw new Error(`the column chunk holds more than its ${this.rows} rows`);
      this.page = page;
      return page;
    }
  }

  private dictionary(header: { compressed_page_size: number }): Dictionary {
    const { hy, decoder, reader } = this;
    // a page stored as it is is read from a copy: its binary entries are views into it, and the chunk's bytes are read again
    const stored = decoder.codec === 'UNCOMPRESSED' ? { view: new DataView(new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size).slice().buffer), offset: 0 } : reader;
    const { data } = hy.readPage(stored as never, header as never, decoder as never, undefined, undefined, 0);
    if (stored !== reader) reader.offset += header.compressed_page_size;
    const cells = (data ? hy.convert(data, decoder as never) : []) as ArrayLike<Cell>;
    const d: Dictionary = { cells, exact: true };
    if (this.storage) {
      // a dictionary of numbers as doubles (and halves) in the column's own arrays: read only while its
      // pages are, so the decoded page dies young (one a row group, they piled up dead outside the heap)
      const x = this.own('dict x', Float64Array, cells.length);
      if (this.storage === 'i64' || this.storage === 'u64') {
        const unsigned = this.storage === 'u64';
        const words = this.own('dict words', Int32Array, 2 * cells.length);
        words.set(wordsOf(cells as ArrayLike<bigint>));
        for (let i = 0; i < cells.length; i++) {
          const hi = words[2 * i + 1]!;
          x[i] = wordsToDouble(words[2 * i]!, hi, unsigned);
          if (!isExact(hi, unsigned)) d.exact = false;
        }
        d.words = words;
      } else x.set(cells as ArrayLike<number>);
      d.x = d.cells = x;
    } else if (!this.booleans) {
      let nan: Uint8Array | undefined;
      for (let i = 0; i < cells.length; i++) {
        const v = cells[i];
        if (typeof v === 'number' && v !== v) (nan ??= new Uint8Array(cells.length))[i] = 1;
      }
      d.nan = nan;
    }
    return d;
  }

  /** A page's bytes: `prefix` (a v2 page's levels) then `body` decompressed (`size` bytes) or as it is (`size` undefined). */
  private pageBytes(body: Uint8Array, size: number | undefined, prefix?: Uint8Array): Uint8Array {
    const { hy, decoder } = this;
    const values = size === undefined ? body : size > 0 ? hy.decompressPage(body, size, decoder.codec as never, decoder.compressors as never) : new Uint8Array(0);
    const lead = prefix?.length ?? 0;
    // in the column's own array when no cell is a view into it (`reuse`; else a page of its own: a new
    // one a row group that lives as long piles up dead outside the heap until a full collection)
    const out = this.reuse ? this.own('page', Uint8Array, lead + values.length) : new Uint8Array(lead + values.length);
    if (prefix) out.set(prefix);
    out.set(values, lead);
    return out;
  }

  private fastValues(page: Page, encoding: string, count: number): boolean {
    const b = page.bytes;
    if (DICT.has(encoding) && !this.booleans) {
      // no values (every row null), or a bit width of 0: every index is 0
      const width = count > 0 && page.pos < b.length ? b[page.pos]! : 0;
      if (width > 24) return false; // more than 16M dictionary entries: hyparquet's reader
      page.indices = width > 0 ? new Hybrid(b, page.pos + 1, b.length, width) : ZEROS;
      return true;
    }
    if (encoding !== 'PLAIN') return false;
    if (this.booleans) {
      page.plain = true;
      page.pos *= 8;
      return true;
    }
    if (this.storage || isText(this.decoder.element)) {
      page.plain = true;
      page.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
      return true;
    }
    return false;
  }

  private pageV1(compressed: Uint8Array, header: { uncompressed_page_size: number; data_page_header: { num_values: number; encoding: string; definition_level_encoding: string } }): Page {
    const h = header.data_page_header;
    const bytes = this.pageBytes(compressed, Number(header.uncompressed_page_size));
    const page: Page = { rows: h.num_values, done: 0, values: 0, plain: false, bytes, pos: 0, vi: 0 };
    if (!this.optional || h.definition_level_encoding === 'RLE') {
      let count = page.rows;
      if (this.optional) {
        if (bytes.length < 4) throw new Error('the data page ends before its definition levels');
        const end = 4 + u32(bytes, 0);
        if (end > bytes.length) throw new Error('the definition levels run past the end of their page');
        page.levels = page.rows > 0 ? new Hybrid(bytes, 4, end, 1) : undefined;
        page.pos = end;
        count = -1; // not known before the levels are read
      }
      if (this.fastValues(page, h.encoding, count === -1 ? page.rows : count)) return page;
    }
    return this.whole(page, readPageV1(this.hy, bytes, h, this.decoder, this.optional));
  }

  private pageV2(compressed: Uint8Array, header: { uncompressed_page_size: number; data_page_header_v2: { num_values: number; num_nulls: number; encoding: string; definition_levels_byte_length: number; repetition_levels_byte_length: number; is_compressed?: boolean } }): Page {
    const h = header.data_page_header_v2;
    const levels = h.repetition_levels_byte_length + h.definition_levels_byte_length;
    if (levels > compressed.length) throw new Error('the levels run past the end of their page');
    const size = Number(header.uncompressed_page_size) - levels;
    const body = compressed.subarray(levels);
    const prefix = compressed.subarray(0, levels);
    // the levels (never compressed) and the values, decompressed, in the column's own array
    const bytes = this.pageBytes(body, h.is_compressed !== false ? size : undefined, prefix);
    const page: Page = { rows: h.num_values, done: 0, values: 0, plain: false, bytes, pos: levels, vi: 0 };
    if (this.optional && h.num_nulls > 0) {
      if (h.definition_levels_byte_length === 0) throw new Error(`the page has ${h.num_nulls} nulls and no definition levels`);
      page.levels = new Hybrid(bytes, h.repetition_levels_byte_length, levels, 1);
      page.expected = h.num_values - h.num_nulls;
    }
    if (this.fastValues(page, h.encoding, h.num_values - h.num_nulls)) return page;
    // binary cells are views into the page: a copy of it (the chunk's bytes are read again)
    const whole = readPageV2(this.hy, this.reuse ? compressed : compressed.slice(), header as never, this.decoder, this.optional);
    return this.whole(page, whole);
  }

  /** A page read whole by parquet-page.ts (hyparquet's page reader for its encoding), handed out a batch at a time. */
  private whole(page: Page, cells: PageCells): Page {
    page.levels = page.indices = page.expected = undefined;
    page.plain = false;
    page.present = cells.present;
    page.whole = cells;
    page.vi = 0;
    return page;
  }
}

/** `nulls` with the rows whose number is NaN but not null marked too (a copy only when there is one). */
function nanMask(x: Float64Array, nulls: Uint8Array): Uint8Array {
  let out = nulls;
  for (let r = 0; r < x.length; r++) if (x[r] !== x[r] && !nulls[r]) (out === nulls ? (out = Uint8Array.from(nulls)) : out)[r] = 1;
  return out;
}

/** `nulls` with the cells that are NaN numbers marked too (a copy only when there is one). */
function missingCells(cells: Cell[], nulls: Uint8Array): Uint8Array {
  let out = nulls;
  for (let r = 0; r < cells.length; r++) {
    const v = cells[r];
    if (typeof v === 'number' && v !== v) (out === nulls ? (out = Uint8Array.from(nulls)) : out)[r] = 1;
  }
  return out;
}

/** A 64-bit integer (its 32-bit halves) into row r of a batch's column: as its halves, and as a double. */
function put64(col: Column, r: number, lo: number, hi: number): void {
  col.words![2 * r] = lo;
  col.words![2 * r + 1] = hi;
  col.x![r] = wordsToDouble(lo, hi, !!col.unsigned);
  if (!isExact(hi, !!col.unsigned)) col.exact = false;
}

/** Row r's cell of a batch's column. */
function cellOf(col: Column, r: number): Cell {
  if (col.nulls[r]) return null;
  if (col.cells) return col.cells[r]!;
  if (col.texts) return col.texts[col.seg ? col.seg[r]! : 0]!.get(col.vi![r]!);
  if (col.codes) return col.dict![col.codes[r]!]!;
  if (col.bytes) return col.bytes[r] === 1;
  if (col.words) return col.exact ? BigInt(col.x![r]!) : bigintOf(col.words[2 * r]!, col.words[2 * r + 1]!, !!col.unsigned);
  return col.x![r]!;
}

/** A batch of the columns read: typed numbers through `numbers`, cells made when `values` is read. */
function flatBatch(columns: string[], cols: Array<Column | undefined>, length: number, rowStart: number): Batch {
  return {
    columns,
    length,
    rowStart,
    values: lazyColumns(columns.length, (c) => {
      const col = cols[c];
      if (!col) return [];
      if (col.cells) return col.cells;
      const out: Cell[] = new Array(length);
      for (let r = 0; r < length; r++) out[r] = cellOf(col, r);
      return out;
    }),
    numbers: (c): NumericCells | undefined => {
      const col = cols[c];
      return col?.x ? { x: col.x, nulls: col.missing } : undefined;
    },
    nulls: (c) => cols[c]?.missing,
    cell: (c, r) => {
      const col = cols[c];
      return col ? cellOf(col, r) : null;
    },
    codes: (c) => {
      const col = cols[c];
      return col?.codes && col.dict ? { codes: col.codes, dict: col.dict } : undefined;
    },
  };
}

/** Read the wanted (flat) columns of a Parquet file, row group by row group, in batches of at most `step` rows. */
export async function* readFlatParquet(file: string, metadata: FileMetaData, schema: SchemaTree, columns: string[], wanted: string[], step: number, compressors: unknown): AsyncGenerator<Batch> {
  const hy = await loadHy();
  const fd = openSync(file, 'r');
  // a column's chunk and page bytes (each read whole before its next one), and the batches' arrays
  const own = new Arrays();
  const batches = new Arrays();
  try {
    let groupStart = 0;
    // the batches made with the arrays of the last round, and how many the consumer released
    let made = 0;
    let released = 0;
    for (const rg of metadata.row_groups) {
      const rows = Number(rg.num_rows);
      const readers: Array<ChunkReader | undefined> = columns.map(() => undefined);
      for (const chunk of rg.columns) {
        const meta = chunk.meta_data;
        if (chunk.file_path) throw new Error('parquet file_path not supported');
        if (!meta) throw new Error('parquet column metadata is undefined');
        const name = meta.path_in_schema[0]!;
        const c = columns.indexOf(name);
        if (c < 0 || !wanted.includes(name)) continue;
        const offset = Number(meta.dictionary_page_offset || meta.data_page_offset);
        const size = Number(meta.total_compressed_size);
        // one array for every column's chunk (a column keeps what it reads later: ChunkReader)
        const bytes = own.take('chunk', Uint8Array, size);
        if (readSync(fd, bytes, 0, size, offset) !== size) throw new Error(`the column chunk of "${name}" is cut short (the file ends early)`);
        const child = schema.children.find((x) => x.element.name === name)!;
        const decoder = { pathInSchema: meta.path_in_schema, element: child.element, schemaPath: [schema, child], ...meta, compressors, parsers: hy.DEFAULT_PARSERS, utf8: true };
        readers[c] = new ChunkReader(hy, bytes, rows, decoder, (role, Kind, n) => own.take(`${c} ${role}`, Kind, n));
      }
      for (let s = 0; s < rows; s += step) {
        const n = Math.min(rows - s, step);
        batches.next(made === released);
        made = released = 0;
        const cols = readers.map((reader, c) => reader?.read(n, (role, Kind, size) => batches.take(`${c} ${role}`, Kind, size)));
        const b = flatBatch(columns, cols, n, groupStart + s);
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
