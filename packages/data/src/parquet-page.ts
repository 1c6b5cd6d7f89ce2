import type { SchemaElement } from 'hyparquet';

/*
 * The data pages of a flat Parquet column (no repetition, definition level at most 1), decoded for the
 * encodings writers use for tables: definition levels, dictionary indices, plain text and plain
 * booleans read here straight from the page's bytes into flat arrays; other plain values through
 * hyparquet's `readPlain`/`convert`; any other encoding (delta, byte-stream split, ALP, RLE booleans)
 * through hyparquet's page reader. hyparquet reads levels and indices into arrays of boxed numbers
 * and text through a `Uint8Array` and a `TextDecoder` call per value: reading the 1M × 20 bench file
 * through its page decoders took 1.7× as long (bench/parquet-read, docs/benchmarks.md).
 */

export type Hy = {
  readPlain: typeof import('hyparquet/src/plain.js').readPlain;
  decompressPage: typeof import('hyparquet/src/datapage.js').decompressPage;
  readDataPage: typeof import('hyparquet/src/datapage.js').readDataPage;
  readDataPageV2: typeof import('hyparquet/src/datapage.js').readDataPageV2;
  convert: typeof import('hyparquet/src/convert.js').convert;
};

/** What a column decoder carries (hyparquet's `ColumnDecoder`, as the flat reader builds it). */
export interface FlatDecoder {
  type: string;
  element: SchemaElement;
  codec: unknown;
  compressors: unknown;
  [k: string]: unknown;
}

/** One data page's cells. */
export interface PageCells {
  /** the page's rows */
  rows: number;
  /** 1 for each row that holds a value, 0 for a null; undefined when every row holds one */
  present: Uint8Array | undefined;
  /** the values of the rows that hold one, in order (text made when read; booleans as bytes 1 and 0), or with `dict` their indices in the column's dictionary */
  values: { [i: number]: unknown; length: number } | TextCells;
  dict: boolean;
}

/**
 * Where a page's arrays that outlive it come from (dictionary indices, where each text value lies):
 * `n` integers for `role`, valid as long as the page's cells are read (parquet-flat.ts takes them from
 * its row group's arrays). By default new arrays. `text`, when given, gives room for `n` bytes of a
 * page's text that live as long (else the text is read from the page itself).
 */
export type PageInts = ((role: 'indices' | 'starts' | 'ends', n: number) => Int32Array) & { text?: (n: number) => Uint8Array };
const newInts: PageInts = (_, n) => new Int32Array(n);

/** The little-endian unsigned 32-bit integer at `b[pos..pos+4)`. */
function u32(b: Uint8Array, pos: number): number {
  return (b[pos]! | (b[pos + 1]! << 8) | (b[pos + 2]! << 16) | (b[pos + 3]! << 24)) >>> 0;
}

type Writable = { [i: number]: number; length: number; fill(v: number, start: number, end: number): unknown };

/**
 * `n` values of an RLE/bit-packed hybrid run sequence of `width` ≤ 24 bits from `b[pos..end)` into
 * `out`; returns how many of them are 1 (for definition levels: the rows that hold a value).
 */
export function readHybrid(b: Uint8Array, pos: number, end: number, width: number, out: Writable, n: number): number {
  const mask = (1 << width) - 1;
  const rleBytes = (width + 7) >> 3;
  let seen = 0;
  let ones = 0;
  while (seen < n) {
    if (pos >= end) throw new Error(`the page's levels or indices end after ${seen} of ${n} values`);
    let header = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = b[pos++]!;
      header += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80 && pos < end);
    if (header % 2 === 1) {
      // bit-packed: groups of 8 values, `width` bytes a group, least significant bit first
      const groups = (header - 1) / 2;
      const next = pos + groups * width;
      const m = Math.min(groups * 8, n - seen);
      if (next > end && Math.ceil((m * width) / 8) > end - pos) throw new Error(`a bit-packed run ends past its page`);
      if (width === 1) {
        for (let i = 0; i < m; i++) {
          const v = (b[pos + (i >> 3)]! >> (i & 7)) & 1;
          out[seen + i] = v;
          ones += v;
        }
        seen += m;
      } else {
        let buf = 0;
        let bits = 0;
        for (let i = 0; i < m; i++) {
          while (bits < width) {
            buf |= b[pos++]! << bits;
            bits += 8;
          }
          const v = buf & mask;
          out[seen++] = v;
          if (v === 1) ones++;
          buf >>>= width;
          bits -= width;
        }
      }
      pos = next;
    } else {
      const count = header / 2;
      let v = 0;
      for (let i = 0; i < rleBytes; i++) v |= b[pos++]! << (8 * i);
      const m = Math.min(count, n - seen);
      out.fill(v, seen, seen + m);
      if (v === 1) ones += m;
      seen += m;
    }
  }
  return ones;
}

const utf8 = new TextDecoder(); // as hyparquet decodes text: a leading BOM dropped, invalid bytes replaced

/** About how many bytes of text one string of a page's values holds (`TextCells`). */
const BLOCK_BYTES = 65536;

/**
 * A page's plain-encoded text, its strings made when read: ASCII values are cut from a Latin-1 string
 * of the block of values they are in (every byte one character: an ASCII value reads the same as
 * Latin-1 or UTF-8), others decoded by TextDecoder when the page is read. A block holds about 64 KiB
 * of text: a string of a whole page (megabytes for a column of e-mail addresses) was made outside V8's
 * heap and freed only by a full collection, like the CSV reader's large chunks (docs/benchmarks.md);
 * a block's string is made when a value of it is first read and dies young with the batch. The bytes
 * are read from the page, or from a copy in `ints.text` when given.
 */
export class TextCells {
  readonly length: number;
  /** where in the page the values end (the next section's start) */
  readonly end: number;
  private readonly bytes: Buffer;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly wide: Map<number, string> | undefined;
  /** a block is 2^shift values; `bounds[2k]`, `bounds[2k + 1]`: where block k's text starts and ends in `bytes` */
  private readonly shift: number;
  private readonly bounds: number[] = [];
  private block = -1;
  private blockText = '';
  private blockStart = 0;

  constructor(b: Uint8Array, pos: number, n: number, ints: PageInts = newInts) {
    this.length = n;
    const start = pos;
    this.starts = ints('starts', n);
    this.ends = ints('ends', n);
    const average = (b.length - pos) / Math.max(n, 1);
    this.shift = Math.max(0, Math.min(20, Math.floor(Math.log2(BLOCK_BYTES / Math.max(average, 1)))));
    const last = (1 << this.shift) - 1;
    for (let i = 0; i < n; i++) {
      if (pos + 4 > b.length) throw new Error(`the page ends after ${i} of ${n} text values`);
      const len = u32(b, pos);
      pos += 4;
      const end = pos + len;
      if (end > b.length) throw new Error(`text value ${i + 1} of ${n} runs past the end of its page`);
      if ((i & last) === 0) this.bounds.push(pos - start);
      let high = 0;
      for (let p = pos; p < end; p++) high |= b[p]!;
      if (high < 0x80) {
        this.starts[i] = pos - start;
        this.ends[i] = end - start;
      } else (this.wide ??= new Map()).set(i, utf8.decode(b.subarray(pos, end)));
      pos = end;
      if ((i & last) === last || i === n - 1) this.bounds.push(end - start);
    }
    this.end = pos;
    let text = b.subarray(start, pos);
    if (ints.text) {
      const copy = ints.text(text.length);
      copy.set(text);
      text = copy;
    }
    this.bytes = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  }

  get(i: number): string {
    const w = this.wide?.get(i);
    if (w !== undefined) return w;
    const k = i >> this.shift;
    if (k !== this.block) {
      this.block = k;
      this.blockStart = this.bounds[2 * k]!;
      this.blockText = this.bytes.toString('latin1', this.blockStart, this.bounds[2 * k + 1]!);
    }
    return this.blockText.slice(this.starts[i]! - this.blockStart, this.ends[i]! - this.blockStart);
  }
}

/**
 * `n` plain-encoded booleans (one bit each, least significant first) from `b[pos..]`, as bytes 1 and 0
 * (an array of 120k booleans is half a megabyte of V8 heap that outlives its row group's first
 * collections: the main thread's young generation grew for it; docs/benchmarks.md).
 */
export function readPlainBooleans(b: Uint8Array, pos: number, n: number): Uint8Array {
  if (pos + Math.ceil(n / 8) > b.length) throw new Error(`the page ends before its ${n} booleans`);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (b[pos + (i >> 3)]! >> (i & 7)) & 1;
  return out;
}

/** Whether hyparquet's `convert` gives a byte-array column's cells as text (UTF-8 strings), nothing else. */
export function isText(element: SchemaElement): boolean {
  if (element.type !== 'BYTE_ARRAY') return false;
  if (element.converted_type !== undefined && element.converted_type !== 'UTF8') return false;
  return element.logical_type === undefined || element.logical_type.type === 'STRING';
}

const DICT = new Set(['PLAIN_DICTIONARY', 'RLE_DICTIONARY']);

/** Whether a page in `encoding` is read here (else hyparquet's page reader reads it). */
function readHere(encoding: string, decoder: FlatDecoder): boolean {
  return encoding === 'PLAIN' || (DICT.has(encoding) && decoder.type !== 'BOOLEAN');
}

/** A page as hyparquet's page reader gives it (definition levels and values), as this module's cells. */
function hyparquetCells(hy: Hy, rows: number, defs: ArrayLike<number> | undefined, dataPage: unknown, encoding: string, decoder: FlatDecoder): PageCells {
  const dict = DICT.has(encoding);
  let values = (dict ? dataPage : hy.convert(dataPage as never, decoder as never)) as PageCells['values'];
  // booleans as bytes 1 and 0, as a plain page's are read here
  if (decoder.type === 'BOOLEAN' && !dict) values = Uint8Array.from(values as ArrayLike<unknown>, (b) => (b ? 1 : 0));
  return { rows, present: presentOf(defs, rows), values, dict };
}

/** The values of a page section in an encoding read here (`readHere`), or undefined for a dictionary too large for it (hyparquet reads the page). */
function pageValues(hy: Hy, b: Uint8Array, pos: number, count: number, encoding: string, decoder: FlatDecoder, ints: PageInts): Pick<PageCells, 'values' | 'dict'> | undefined {
  if (encoding !== 'PLAIN') {
    if (count === 0) return { values: new Int32Array(0), dict: true };
    const width = b[pos]!;
    if (width > 24) return undefined; // more than 16M dictionary entries: hyparquet's reader
    const values = ints('indices', count);
    if (width > 0) readHybrid(b, pos + 1, b.length, width, values, count);
    return { values, dict: true };
  }
  if (isText(decoder.element)) return { values: new TextCells(b, pos, count, ints), dict: false };
  if (decoder.type === 'BOOLEAN') return { values: readPlainBooleans(b, pos, count), dict: false };
  const reader = { view: new DataView(b.buffer, b.byteOffset, b.byteLength), offset: pos };
  return { values: hy.convert(hy.readPlain(reader as never, decoder.type as never, count, decoder.element.type_length), decoder as never) as PageCells['values'], dict: false };
}

/** Definition levels as hyparquet gives them, as the rows that hold a value (undefined: all of them). */
function presentOf(defs: ArrayLike<number> | undefined, rows: number): Uint8Array | undefined {
  if (!defs || defs.length === 0) return undefined;
  const present = new Uint8Array(rows);
  let all = true;
  for (let k = 0; k < rows; k++) {
    if (defs[k] === 1) present[k] = 1;
    else all = false;
  }
  return all ? undefined : present;
}

/** A v1 data page (already decompressed) of a flat column. */
export function readPageV1(hy: Hy, page: Uint8Array, header: { num_values: number; encoding: string; definition_level_encoding: string }, decoder: FlatDecoder, optional: boolean, ints: PageInts = newInts): PageCells {
  const rows = header.num_values;
  if (readHere(header.encoding, decoder) && (!optional || header.definition_level_encoding === 'RLE')) {
    let pos = 0;
    let present: Uint8Array | undefined;
    let count = rows;
    if (optional) {
      if (page.length < 4) throw new Error('the data page ends before its definition levels');
      pos = 4 + u32(page, 0);
      if (pos > page.length) throw new Error('the definition levels run past the end of their page');
      present = new Uint8Array(rows);
      count = rows === 0 ? 0 : readHybrid(page, 4, pos, 1, present, rows);
      if (count === rows) present = undefined;
    }
    const cells = pageValues(hy, page, pos, count, header.encoding, decoder, ints);
    if (cells) return { rows, present, ...cells };
  }
  const { definitionLevels, dataPage } = hy.readDataPage(page, header as never, decoder as never);
  return hyparquetCells(hy, rows, definitionLevels, dataPage, header.encoding, decoder);
}

/** A v2 data page (as stored: its levels are never compressed, its values may be) of a flat column. */
export function readPageV2(
  hy: Hy,
  compressed: Uint8Array,
  header: { uncompressed_page_size: number; data_page_header_v2?: { num_values: number; num_nulls: number; encoding: string; definition_levels_byte_length: number; repetition_levels_byte_length: number; is_compressed?: boolean } },
  decoder: FlatDecoder,
  optional: boolean,
  ints: PageInts = newInts,
): PageCells {
  const h = header.data_page_header_v2!;
  const rows = h.num_values;
  const fallback = (): PageCells => {
    const { definitionLevels, dataPage } = hy.readDataPageV2(compressed, header as never, decoder as never);
    // a page whose header counts no nulls holds a value in every row
    return hyparquetCells(hy, rows, h.num_nulls > 0 ? definitionLevels : undefined, dataPage, h.encoding, decoder);
  };
  // another encoding: hyparquet's reader, before any of the page is decompressed here
  if (!readHere(h.encoding, decoder)) return fallback();
  const levels = h.repetition_levels_byte_length + h.definition_levels_byte_length;
  if (levels > compressed.length) throw new Error('the levels run past the end of their page');
  let present: Uint8Array | undefined;
  const count = rows - h.num_nulls;
  if (optional && h.num_nulls > 0) {
    if (h.definition_levels_byte_length === 0) throw new Error(`the page has ${h.num_nulls} nulls and no definition levels`);
    present = new Uint8Array(rows);
    const start = h.repetition_levels_byte_length;
    const ones = readHybrid(compressed, start, start + h.definition_levels_byte_length, 1, present, rows);
    if (ones !== count) throw new Error(`the page's definition levels give ${ones} values where its header says ${count}`);
  }
  const size = Number(header.uncompressed_page_size) - levels;
  let body = compressed.subarray(levels);
  if (h.is_compressed !== false && size > 0) body = hy.decompressPage(body, size, decoder.codec as never, decoder.compressors as never);
  const cells = pageValues(hy, body, 0, count, h.encoding, decoder, ints);
  return cells ? { rows, present, ...cells } : fallback();
}
