import type { Batch, Cell, DictionaryCells, NumericCells } from './types.js';
import { lazyColumns } from './lazy.js';
import { fastNumber, parseNumber } from './typing.js';

/** The missing-value test of a CSV reader, and `maybe(first, length)`: false when no missing-value token starts with that character and has that length (the cell need not become a string to know). */
export type NullTest = ((f: string) => boolean) & { maybe: (first: number, length: number) => boolean };

/** The typed arrays of one batch of a CSV parser: taken from the parser's pool, given back when the batch is released. */
export interface BatchArrays {
  capacity: number;
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  xs: Float64Array;
  /** per column, `capacity` bytes of missing-value flags and `capacity` codes (made when first asked for) */
  flags?: Uint8Array;
  codes?: Int32Array;
}

/** Sets of arrays a parser keeps for its next batches (a text's batches are all made before the first is read). */
const POOLED = 16;

/** The hash table of `TextBatch.codes`, used by one call at a time (cleared at each). */
let scratch = new Int32Array(1024);

/**
 * Rows of a CSV/TSV text kept as cell offsets into the text they were read from. A column's cells
 * become strings only when `values[c]` is read (once per batch), and `numbers(c)` reads a column as
 * numbers without making strings of the cells that are plain decimals.
 */
export class TextBatch implements Batch {
  length = 0;
  readonly values: Cell[][];
  readonly lines: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly width: number;
  private parsed: Array<NumericCells | undefined> | undefined;
  private nullFlags: Array<Uint8Array | undefined> | undefined;
  // the numbers the parser read while scanning: column slots[j]'s from xs[j * capacity] (the arrays `numbers` gives)
  private readonly slots: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly xs: Float64Array;
  private released = false;

  constructor(
    readonly columns: string[],
    readonly text: string,
    readonly rowStart: number,
    private readonly isNull: NullTest,
    private readonly skip: Uint8Array | undefined,
    private readonly arrays: BatchArrays,
    private readonly pool?: BatchArrays[],
    private readonly asNumbers?: Uint8Array,
    fused?: Uint8Array,
    private readonly manyValues?: Uint8Array,
  ) {
    const w = columns.length;
    this.width = w;
    this.starts = arrays.starts;
    this.ends = arrays.ends;
    this.lines = arrays.lines;
    this.slotOf = new Int32Array(w).fill(-1);
    const slots: number[] = [];
    if (fused) for (let c = 0; c < w; c++) if (fused[c]) this.slotOf[c] = slots.push(c) - 1;
    this.slots = Int32Array.from(slots);
    if (arrays.xs.length < slots.length * arrays.capacity) arrays.xs = new Float64Array(slots.length * arrays.capacity);
    this.xs = arrays.xs;
    // a column's strings are made on first read
    this.values = lazyColumns(w, (c) => this.column(c));
  }

  /** Arrays for batches of up to `capacity` rows of `width` columns: from `pool` (batches released), or new. */
  static arrays(pool: BatchArrays[], capacity: number, width: number): BatchArrays {
    return pool.pop() ?? { capacity, starts: new Int32Array(capacity * width), ends: new Int32Array(capacity * width), lines: new Int32Array(capacity), xs: new Float64Array(0) };
  }

  /** The batch is read: its arrays go back to the parser for the batches after it (cells and samples made from it stay valid). */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.pool && this.pool.length < POOLED) this.pool.push(this.arrays);
  }

  /** Column c's part of the batch's flags (zeroed) or codes: reused with the batch's arrays, not allocated per batch. */
  private flagsOf(c: number): Uint8Array {
    const cap = this.arrays.capacity;
    return (this.arrays.flags ??= new Uint8Array(cap * this.width)).subarray(c * cap, c * cap + this.length).fill(0);
  }

  private codesOf(c: number): Int32Array {
    const cap = this.arrays.capacity;
    return (this.arrays.codes ??= new Int32Array(cap * this.width)).subarray(c * cap, c * cap + this.length);
  }

  private live(): void {
    if (this.released) throw new Error('a CSV batch was read after its release');
  }

  get full(): boolean {
    return this.length === this.arrays.capacity;
  }

  /** A cell's text: a quoted cell (start stored as ~start) has its doubled quotes undone. */
  static cellText(s: string, start: number, end: number): string {
    if (start >= 0) return s.slice(start, end);
    const t = s.slice(~start, end);
    return t.indexOf('"') >= 0 ? t.replaceAll('""', '"') : t;
  }

  add(starts: Int32Array, ends: Int32Array, line: number, nums?: Float64Array): void {
    const r = this.length++;
    const o = r * this.width;
    for (let k = 0; k < this.width; k++) {
      this.starts[o + k] = starts[k]!;
      this.ends[o + k] = ends[k]!;
    }
    const slots = this.slots;
    const cap = this.arrays.capacity;
    if (nums) for (let j = 0; j < slots.length; j++) this.xs[j * cap + r] = nums[slots[j]!]!;
    this.lines[r] = line;
  }

  /** One cell as `values` gives it: null for a missing value (an unquoted cell in the null list), else its text. */
  cell(c: number, r: number): Cell {
    this.live();
    const i = r * this.width + c;
    const start = this.starts[i]!;
    const t = TextBatch.cellText(this.text, start, this.ends[i]!);
    return start >= 0 && this.isNull(t) ? null : t;
  }

  private column(c: number): Cell[] {
    this.live();
    if (this.skip?.[c]) return [];
    const out: Cell[] = new Array(this.length);
    for (let r = 0; r < this.length; r++) out[r] = this.cell(c, r);
    return out;
  }

  nulls(c: number): Uint8Array | undefined {
    this.live();
    if (this.skip?.[c]) return undefined;
    const known = this.parsed?.[c]?.nulls ?? this.nullFlags?.[c];
    if (known) return known;
    const n = this.length;
    const nulls = this.flagsOf(c);
    const w = this.width;
    const emptyIsNull = this.isNull('');
    for (let r = 0, i = c; r < n; r++, i += w) if (this.missing(this.starts[i]!, this.ends[i]!, emptyIsNull)) nulls[r] = 1;
    return ((this.nullFlags ??= new Array(this.width))[c] = nulls);
  }

  /** Whether the cell at `start`–`end` is a missing value (`emptyIsNull`: `isNull('')`), without making a string of a cell that cannot be one. A quoted cell never is. */
  private missing(start: number, end: number, emptyIsNull: boolean): boolean {
    if (start < 0) return false;
    if (end === start) return emptyIsNull;
    return this.isNull.maybe(this.text.charCodeAt(start), end - start) && this.isNull(this.text.slice(start, end));
  }

  /**
   * The column as indices into the distinct texts of this batch (`codes`: -1 for a missing value), found
   * by hashing each cell's characters where they are: a column of few distinct values (a category, a
   * country) makes one string per distinct text instead of one per row, and a row check judges each
   * once (`Batch.codes`). Undefined for a column with more than a quarter of its rows distinct (and, told
   * through `manyValues`, for the batches after it).
   */
  codes(c: number): DictionaryCells | undefined {
    this.live();
    if (this.skip?.[c] || this.manyValues?.[c]) return undefined;
    const n = this.length;
    const limit = Math.max(16, n >> 2);
    let size = 64;
    while (size < 2 * limit) size <<= 1;
    const mask = size - 1;
    if (scratch.length < size) scratch = new Int32Array(size);
    const table = scratch; // code + 1, 0: empty
    table.fill(0, 0, size);
    const codes = this.codesOf(c);
    const dict: Cell[] = [];
    const firstRow: number[] = [];
    const { text: s, width: w } = this;
    const emptyIsNull = this.isNull('');
    for (let r = 0, i = c; r < n; r++, i += w) {
      const start = this.starts[i]!;
      const end = this.ends[i]!;
      const a = start >= 0 ? start : ~start;
      if (this.missing(start, end, emptyIsNull)) {
        codes[r] = -1;
        continue;
      }
      // FNV-1a over the raw characters (and whether quoted: a quoted text is read without its doubled quotes)
      let h = start >= 0 ? 0x811c9dc5 : 0x050c5d1f;
      for (let k = a; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
      let slot = h & mask;
      for (;;) {
        const e = table[slot]!;
        if (e === 0) {
          if (dict.length === limit) {
            if (this.manyValues) this.manyValues[c] = 1;
            return undefined;
          }
          table[slot] = dict.push(TextBatch.cellText(s, start, end));
          firstRow.push(i);
          codes[r] = dict.length - 1;
          break;
        }
        const j = firstRow[e - 1]!;
        if (this.sameRaw(j, start, end)) {
          codes[r] = e - 1;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return { codes, dict };
  }

  /** Whether the cell at index `j` has the same raw text (and quoting) as the one at `start`–`end`. */
  private sameRaw(j: number, start: number, end: number): boolean {
    const s2 = this.starts[j]!;
    if (s2 < 0 !== start < 0) return false;
    const a = start >= 0 ? start : ~start;
    const b = s2 >= 0 ? s2 : ~s2;
    const len = end - a;
    if (this.ends[j]! - b !== len) return false;
    const s = this.text;
    for (let k = 0; k < len; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
    return true;
  }

  numbers(c: number): NumericCells | undefined {
    this.live();
    if (this.skip?.[c]) return undefined;
    const parsed = (this.parsed ??= new Array(this.width));
    const known = parsed[c];
    if (known) return known;
    if (this.asNumbers) this.asNumbers[c] = 1;
    const n = this.length;
    const slot = this.slotOf[c]!;
    // read by the parser already (NaN where it could not: read here), or read here
    const fused = slot >= 0;
    const x = fused ? this.xs.subarray(slot * this.arrays.capacity, slot * this.arrays.capacity + n) : new Float64Array(n);
    // the missing values, when `nulls` found them already (the same flags: not found again)
    const flagged = this.nullFlags?.[c];
    const nulls = flagged ?? this.flagsOf(c);
    const s = this.text;
    const w = this.width;
    for (let r = 0; r < n; r++) {
      if (flagged?.[r]) {
        x[r] = NaN;
        continue;
      }
      // a number the parser read is taken as it is: only a cell it could not read is looked at (its offsets are a row apart: a cache line each)
      if (fused && x[r] === x[r]) continue;
      const i = c + r * w;
      const start = this.starts[i]!;
      const end = this.ends[i]!;
      let v = fused || start < 0 ? NaN : fastNumber(s, start, end);
      if (v !== v) {
        const t = TextBatch.cellText(s, start, end);
        if (!flagged && start >= 0 && this.isNull(t)) nulls[r] = 1;
        else v = parseNumber(t);
      }
      x[r] = v;
    }
    return (parsed[c] = { x, nulls });
  }
}
