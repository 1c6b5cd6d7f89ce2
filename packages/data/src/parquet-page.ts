import type { SchemaElement } from 'hyparquet';

/*
 * The decoders of a flat Parquet column's pages (no repetition, definition level at most 1): the
 * RLE/bit-packed hybrid of definition levels and dictionary indices, read a piece at a time
 * (`Hybrid`), and plain text made strings when read (`TextCells`); parquet-flat.ts reads the pages a
 * batch at a time with them. A page it does not read so (plain values of other types, levels not RLE,
 * other encodings: delta, byte-stream split, ALP, RLE booleans) is read whole here: plain values
 * through hyparquet's `readPlain`/`convert`, the others through hyparquet's page reader. hyparquet
 * reads levels and indices into arrays of boxed numbers and text through a `Uint8Array` and a
 * `TextDecoder` call per value: reading the 1M × 20 bench file through its page decoders took 1.7× as
 * long (bench/parquet-read, docs/benchmarks.md).
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
 * Where a page's text values lie (`TextCells`): `n` integers for `role`, valid as long as the cells
 * are read (parquet-flat.ts takes them from a batch's arrays). By default new arrays. `text`, when
 * given, gives room for `n` bytes of the text that live as long (else it is read from the page itself).
 */
export type PageInts = ((role: 'starts' | 'ends', n: number) => Int32Array) & { text?: (n: number) => Uint8Array };
const newInts: PageInts = (_, n) => new Int32Array(n);

/** The little-endian unsigned 32-bit integer at `b[pos..pos+4)`. */
export function u32(b: Uint8Array, pos: number): number {
  return (b[pos]! | (b[pos + 1]! << 8) | (b[pos + 2]! << 16) | (b[pos + 3]! << 24)) >>> 0;
}

/** An RLE/bit-packed hybrid run sequence (definition levels, dictionary indices) read a piece at a time. */
export class Hybrid {
  private left = 0;
  private packed = false;
  private value = 0;
  /** in a bit-packed run: the bit its next value starts at */
  private bit = 0;

  constructor(
    private readonly b: Uint8Array,
    private pos: number,
    private readonly end: number,
    private readonly width: number,
  ) {}

  private run(): void {
    const b = this.b;
    if (this.pos >= this.end) throw new Error('the page\'s levels or indices end before its values');
    let header = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = b[this.pos++]!;
      header += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80 && this.pos < this.end);
    if (header % 2 === 1) {
      const groups = (header - 1) / 2;
      this.packed = true;
      this.left = groups * 8;
      this.bit = 8 * this.pos;
      this.pos += groups * this.width;
    } else {
      this.packed = false;
      this.left = header / 2;
      let v = 0;
      for (let i = 0; i < (this.width + 7) >> 3; i++) v |= b[this.pos++]! << (8 * i);
      this.value = v;
    }
  }

  /** The next `n` values into `out[at..at+n)`. */
  read(out: Int32Array, at: number, n: number): void {
    const { b, width } = this;
    const mask = (1 << width) - 1;
    while (n > 0) {
      if (this.left === 0) this.run();
      const m = Math.min(n, this.left);
      if (this.packed) {
        let bit = this.bit;
        if ((bit + m * width + 7) >> 3 > this.end) throw new Error('a bit-packed run ends past its page');
        for (let k = 0; k < m; k++) {
          const p = bit >> 3;
          out[at + k] = ((b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> (bit & 7)) & mask;
          bit += width;
        }
        this.bit = bit;
      } else out.fill(this.value, at, at + m);
      this.left -= m;
      at += m;
      n -= m;
    }
  }

  /** The next `n` definition levels (width 1) as null flags into `nulls[at..at+n)` (1: null); returns how many rows hold a value. */
  nulls(nulls: Uint8Array, at: number, n: number): number {
    const b = this.b;
    let present = 0;
    while (n > 0) {
      if (this.left === 0) this.run();
      const m = Math.min(n, this.left);
      if (this.packed) {
        let bit = this.bit;
        if ((bit + m + 7) >> 3 > this.end) throw new Error('a bit-packed run ends past its page');
        for (let k = 0; k < m; k++, bit++) {
          const v = (b[bit >> 3]! >> (bit & 7)) & 1;
          nulls[at + k] = v ^ 1;
          present += v;
        }
        this.bit = bit;
      } else {
        const v = this.value & 1;
        nulls.fill(v ^ 1, at, at + m);
        present += v * m;
      }
      this.left -= m;
      at += m;
      n -= m;
    }
    return present;
  }
}

/** The indices of a page whose bit width is 0 (a dictionary of one entry): every one is 0, as hyparquet reads them. */
export const ZEROS: Pick<Hybrid, 'read'> = { read: (out, at, n) => void out.fill(0, at, at + n) };

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

/** Whether hyparquet's `convert` gives a byte-array column's cells as text (UTF-8 strings), nothing else. */
export function isText(element: SchemaElement): boolean {
  if (element.type !== 'BYTE_ARRAY') return false;
  if (element.converted_type !== undefined && element.converted_type !== 'UTF8') return false;
  return element.logical_type === undefined || element.logical_type.type === 'STRING';
}

/** The encodings of a page of dictionary indices. */
export const DICT = new Set(['PLAIN_DICTIONARY', 'RLE_DICTIONARY']);

/** Whether a page in `encoding` is read whole here (plain values through hyparquet's `readPlain`; else hyparquet's page reader reads it). */
function readHere(encoding: string, decoder: FlatDecoder): boolean {
  return encoding === 'PLAIN' && decoder.type !== 'BOOLEAN';
}

/** A page as hyparquet's page reader gives it (definition levels and values), as this module's cells. */
function hyparquetCells(hy: Hy, rows: number, defs: ArrayLike<number> | undefined, dataPage: unknown, encoding: string, decoder: FlatDecoder): PageCells {
  const dict = DICT.has(encoding);
  let values = (dict ? dataPage : hy.convert(dataPage as never, decoder as never)) as PageCells['values'];
  // booleans as bytes 1 and 0, as a plain page's are read here
  if (decoder.type === 'BOOLEAN' && !dict) values = Uint8Array.from(values as ArrayLike<unknown>, (b) => (b ? 1 : 0));
  return { rows, present: presentOf(defs, rows), values, dict };
}

/** `count` plain values of a page from `b[pos..]`, as hyparquet converts them. */
function plainValues(hy: Hy, b: Uint8Array, pos: number, count: number, decoder: FlatDecoder): PageCells['values'] {
  const reader = { view: new DataView(b.buffer, b.byteOffset, b.byteLength), offset: pos };
  return hy.convert(hy.readPlain(reader as never, decoder.type as never, count, decoder.element.type_length), decoder as never) as PageCells['values'];
}

/** Definition levels of width 1 from `b[pos..end)` as the rows that hold a value (1) and how many do. */
function presentRows(b: Uint8Array, pos: number, end: number, rows: number): { present: Uint8Array; count: number } {
  const present = new Uint8Array(rows);
  const count = rows === 0 ? 0 : new Hybrid(b, pos, end, 1).nulls(present, 0, rows);
  for (let k = 0; k < rows; k++) present[k] = present[k]! ^ 1;
  return { present, count };
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
export function readPageV1(hy: Hy, page: Uint8Array, header: { num_values: number; encoding: string; definition_level_encoding: string }, decoder: FlatDecoder, optional: boolean): PageCells {
  const rows = header.num_values;
  if (readHere(header.encoding, decoder) && (!optional || header.definition_level_encoding === 'RLE')) {
    let pos = 0;
    let present: Uint8Array | undefined;
    let count = rows;
    if (optional) {
      if (page.length < 4) throw new Error('the data page ends before its definition levels');
      pos = 4 + u32(page, 0);
      if (pos > page.length) throw new Error('the definition levels run past the end of their page');
      ({ present, count } = presentRows(page, 4, pos, rows));
      if (count === rows) present = undefined;
    }
    return { rows, present, values: plainValues(hy, page, pos, count, decoder), dict: false };
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
    const start = h.repetition_levels_byte_length;
    const levels = presentRows(compressed, start, start + h.definition_levels_byte_length, rows);
    checkCount(levels.count, count);
    present = levels.present;
  }
  const size = Number(header.uncompressed_page_size) - levels;
  let body = compressed.subarray(levels);
  if (h.is_compressed !== false && size > 0) body = hy.decompressPage(body, size, decoder.codec as never, decoder.compressors as never);
  return { rows, present, values: plainValues(hy, body, 0, count, decoder), dict: false };
}

/** A v2 page's definition levels must give as many values as its header says. */
export function checkCount(values: number, header: number): void {
  if (values !== header) throw new Error(`the page's definition levels give ${values} values where its header says ${header}`);
}
