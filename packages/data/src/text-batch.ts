import type { Batch, Cell, NumericCells } from './types.js';
import { lazyColumns } from './lazy.js';
import { fastNumber, parseNumber } from './typing.js';

/** The missing-value test of a CSV reader, and `maybe(first, length)`: false when no missing-value token starts with that character and has that length (the cell need not become a string to know). */
export type NullTest = ((f: string) => boolean) & { maybe: (first: number, length: number) => boolean };

/**
 * Rows of a CSV/TSV text kept as cell offsets into the text they were read from. A column's cells
 * become strings only when `values[c]` is read (once per batch), and `numbers(c)` reads a column as
 * numbers without making strings of the cells that are plain decimals.
 */
export class TextBatch implements Batch {
  length = 0;
  readonly values: Cell[][];
  lines: Int32Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private readonly width: number;
  private parsed: Array<NumericCells | undefined> | undefined;
  private nullFlags: Array<Uint8Array | undefined> | undefined;

  constructor(
    readonly columns: string[],
    readonly text: string,
    private readonly capacity: number,
    readonly rowStart: number,
    private readonly isNull: NullTest,
    private readonly skip: Uint8Array | undefined,
    initial = Math.min(capacity, 256),
  ) {
    const w = columns.length;
    this.width = w;
    // grown as rows come if `initial` is short: a chunk's last batch is often short
    this.starts = new Int32Array(initial * w);
    this.ends = new Int32Array(initial * w);
    this.lines = new Int32Array(initial);
    // a column's strings are made on first read
    this.values = lazyColumns(w, (c) => this.column(c));
  }

  /** A cell's text: a quoted cell (start stored as ~start) has its doubled quotes undone. */
  static cellText(s: string, start: number, end: number): string {
    if (start >= 0) return s.slice(start, end);
    const t = s.slice(~start, end);
    return t.indexOf('"') >= 0 ? t.replaceAll('""', '"') : t;
  }

  add(starts: Int32Array, ends: Int32Array, line: number): void {
    const r = this.length++;
    if (r === this.lines.length) this.grow();
    const o = r * this.width;
    for (let k = 0; k < this.width; k++) {
      this.starts[o + k] = starts[k]!;
      this.ends[o + k] = ends[k]!;
    }
    this.lines[r] = line;
  }

  private grow(): void {
    const rows = Math.min(this.capacity, this.lines.length * 2);
    const starts = new Int32Array(rows * this.width);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(rows * this.width);
    ends.set(this.ends);
    this.ends = ends;
    const lines = new Int32Array(rows);
    lines.set(this.lines);
    this.lines = lines;
  }

  /** One cell as `values` gives it: null for a missing value (an unquoted cell in the null list), else its text. */
  cell(c: number, r: number): Cell {
    const i = r * this.width + c;
    const start = this.starts[i]!;
    const t = TextBatch.cellText(this.text, start, this.ends[i]!);
    return start >= 0 && this.isNull(t) ? null : t;
  }

  private column(c: number): Cell[] {
    if (this.skip?.[c]) return [];
    const out: Cell[] = new Array(this.length);
    for (let r = 0; r < this.length; r++) out[r] = this.cell(c, r);
    return out;
  }

  nulls(c: number): Uint8Array | undefined {
    if (this.skip?.[c]) return undefined;
    const known = this.parsed?.[c]?.nulls ?? this.nullFlags?.[c];
    if (known) return known;
    const n = this.length;
    const nulls = new Uint8Array(n);
    const { text: s, width: w, isNull } = this;
    const maybe = isNull.maybe;
    const emptyIsNull = isNull('');
    for (let r = 0, i = c; r < n; r++, i += w) {
      const start = this.starts[i]!;
      if (start < 0) continue; // quoted: never null
      const end = this.ends[i]!;
      if (end === start ? emptyIsNull : maybe(s.charCodeAt(start), end - start) && isNull(s.slice(start, end))) nulls[r] = 1;
    }
    return ((this.nullFlags ??= new Array(this.width))[c] = nulls);
  }

  numbers(c: number): NumericCells | undefined {
    if (this.skip?.[c]) return undefined;
    const parsed = (this.parsed ??= new Array(this.width));
    const known = parsed[c];
    if (known) return known;
    const n = this.length;
    const x = new Float64Array(n);
    const nulls = new Uint8Array(n);
    const s = this.text;
    const w = this.width;
    for (let r = 0, i = c; r < n; r++, i += w) {
      const start = this.starts[i]!;
      const end = this.ends[i]!;
      let v = start >= 0 ? fastNumber(s, start, end) : NaN;
      if (v !== v) {
        const t = TextBatch.cellText(s, start, end);
        if (start >= 0 && this.isNull(t)) nulls[r] = 1;
        else v = parseNumber(t);
      }
      x[r] = v;
    }
    return (parsed[c] = { x, nulls });
  }
}
