import { DataError } from '@mlgate/core/errors';
import { TextBatch, type BatchArrays, type NullTest } from './text-batch.js';
import type { Batch } from './types.js';
import { decimal, PANDAS_NULLS } from './typing.js';

/** A concatenation is a rope in V8: reading it char by char is slow until it is made flat (a regex test does that). */
function flatten(s: string): string {
  /^/.test(s);
  return s;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Parser modes between characters: outside a record, at a field's start, inside an unquoted or a quoted field, just after a quote inside quotes. */
const NONE = 0;
const FIELD = 1;
const UNQUOTED = 2;
const QUOTED = 3;
const QUOTE_SEEN = 4;

/** The default cap on one record's length: 64 Mi characters (64 MiB of ASCII). A longer record is an error, not unbounded memory. */
export const DEFAULT_MAX_RECORD_SIZE = 64 * 1024 * 1024;

function describeSize(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : n % 1024 === 0 ? `${n / 1024} KiB` : `${n} characters`;
}

/** The missing-value test of `nullValues`, with the set lookup skipped for cells that cannot be in it (the hot path). */
export function nullTest(nullValues: readonly string[]): NullTest {
  const nulls = new Set(nullValues);
  const maxLen = Math.max(0, ...nullValues.map((v) => v.length));
  const firsts = new Uint8Array(65536);
  for (const v of nullValues) if (v.length > 0) firsts[v.charCodeAt(0)] = 1;
  const maybe = (first: number, length: number): boolean => length <= maxLen && firsts[first] === 1;
  const test = (f: string): boolean => (f.length === 0 ? nulls.has('') : maybe(f.charCodeAt(0), f.length) && nulls.has(f));
  return Object.assign(test, { maybe });
}

/**
 * A streaming RFC 4180 parser (quotes, doubled quotes, CR LF, newlines inside quotes) that fills
 * column-major batches and remembers the line each record starts on. Hand-written because the CSV
 * scan is the hot path of data-check. A record's fields are kept as offsets into the text they were
 * read from, not as strings: a batch makes a column's strings only when asked for them
 * (`Batch.values`), and reads numeric columns straight from the text (`Batch.numbers`), so a number
 * never becomes a string on its way to an aggregate (docs/benchmarks.md).
 */
export class CsvParser {
  header: string[] | undefined;
  /** Read the header only: records after it are not looked at (nor checked). */
  headerOnly = false;
  /** Characters handed to the scanner so far: each character of the input once (a record cut by chunk ends is not scanned again). */
  scanned = 0;
  private line = 1; // line of the next character to scan
  private mode = NONE;
  // the text being scanned: the start of a record cut by the last chunk's end, then the new chunk
  private text = '';
  private pos = 0;
  // chunks not scanned yet, while a record cut by a chunk's end is much longer than they are (joined once, not per chunk)
  private readonly pending: string[] = [];
  private pendingLength = 0;
  // the open record: where it starts, its line, its fields so far (offsets into `text`; a quoted field's start is stored as ~start)
  private recordStart = 0;
  private recordLine = 1;
  private fieldStart = 0;
  private openLine = 1; // line of the open quote
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  // per field of the open record: its number as `fastNumber` reads it, when its column is read as numbers (else NaN)
  private nums = new Float64Array(64);
  /** Columns a batch was asked for as numbers (`Batch.numbers`): from the next text on, their fields are read as numbers while they are scanned. */
  private asNumbers: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  /** Columns a batch found to hold too many distinct texts for `Batch.codes`: not tried again. */
  private manyValues: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  private count = 0;
  private skipLF = false; // the last chunk ended on CR: a LF that follows belongs to it
  private readonly maxRecord: number;
  private batch: TextBatch | undefined;
  private rows = 0;
  // arrays of released batches, for the next ones
  private readonly pool: BatchArrays[] = [];
  private readonly out: Batch[] = [];
  // the columns read as numbers while the current text is scanned
  private fused: Uint8Array | undefined;
  private readonly isNull: NullTest;
  private readonly delim: number;
  private readonly batchSize: number;
  /** Only these columns' cells are given (set from `keep` once the header is read); the rest are scanned, never made into strings. */
  private skip: Uint8Array | undefined;
  constructor(
    private readonly file: string,
    delimiter: string,
    batchSize: number | undefined = 2048,
    nullValues: readonly string[] = PANDAS_NULLS,
    maxRecordSize: number = DEFAULT_MAX_RECORD_SIZE,
    private readonly keep?: readonly string[],
  ) {
    this.batchSize = batchSize ?? 2048;
    this.maxRecord = maxRecordSize;
    this.delim = delimiter.charCodeAt(0);
    this.isNull = nullTest(nullValues);
  }

  /** Parse a decoded chunk; returns the batches completed so far. `last` flushes the final record. */
  push(chunk: string, last = false): Batch[] {
    if (this.headerOnly && this.header) return [];
    if (chunk.length > 0) {
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
    }
    const carried = this.text.length - this.recordStart;
    // a long cut record: wait until the chunks after it are as long as it is, so it is copied O(1) times on average
    if (!last && this.mode !== NONE && carried > this.pendingLength && carried + this.pendingLength <= this.maxRecord) return this.out.splice(0);
    if (this.pendingLength > 0 || last) {
      const rest = this.mode === NONE ? '' : this.text.slice(this.recordStart);
      const resume = this.pos - this.recordStart;
      this.shift(this.recordStart);
      const joined = this.pending.length === 1 ? this.pending[0]! : this.pending.join('');
      this.pending.length = 0;
      this.pendingLength = 0;
      this.text = rest.length ? flatten(rest + joined) : joined;
      this.recordStart = 0;
      this.pos = rest.length ? resume : 0;
      this.parse(last);
    }
    if (last) this.flush();
    return this.out.splice(0);
  }

  /** The column names, given instead of read: for a part of a file that starts after its header (`ReadOptions.range`). */
  useHeader(names: string[]): void {
    this.header = names;
    this.asNumbers = new Uint8Array(names.length);
    this.manyValues = new Uint8Array(names.length);
    if (this.keep) {
      const keep = new Set(this.keep);
      this.skip = Uint8Array.from(names, (c) => (keep.has(c) ? 0 : 1));
    }
  }

  /** Characters of the current text consumed so far (after `headerOnly` stops: where the first record starts). */
  get position(): number {
    return this.pos;
  }

  /** The line the next record starts on (1-based, counted from where this parser started). */
  get nextLine(): number {
    return this.line;
  }

  /**
   * The end of a part of a file that is not the file's end: returns the last batches, or undefined when
   * the text did not end between two records (the part was cut inside a quoted field, so the part that
   * follows did not start on a record).
   */
  endPart(): Batch[] | undefined {
    if (this.mode !== NONE || this.pending.length > 0 || this.skipLF) return undefined;
    this.flush();
    return this.out.splice(0);
  }

  /** Offsets of the open record move by `by` (its text is carried into the next one). */
  private shift(by: number): void {
    if (by === 0) return;
    for (let k = 0; k < this.count; k++) {
      const s = this.starts[k]!;
      this.starts[k] = s >= 0 ? s - by : ~(~s - by);
      this.ends[k] = this.ends[k]! - by;
    }
    this.fieldStart -= by;
  }

  private tooLong(line: number): DataError {
    return new DataError(`a record longer than ${describeSize(this.maxRecord)} starts here (the cap on one record; raise maxRecordSize if the file really has such records)`, { file: this.file, line });
  }

  private field(start: number, end: number, quoted: boolean, x = NaN): void {
    const k = this.count++;
    if (k === this.starts.length) {
      const s = new Int32Array(k * 2);
      s.set(this.starts);
      this.starts = s;
      const e = new Int32Array(k * 2);
      e.set(this.ends);
      this.ends = e;
      const v = new Float64Array(k * 2);
      v.set(this.nums);
      this.nums = v;
    }
    this.starts[k] = quoted ? ~start : start;
    this.ends[k] = end;
    this.nums[k] = x;
  }

  /**
   * One pass over the text from `pos`, each character looked at once: a record cut by the text's end
   * leaves its state (fields so far, inside quotes or not) for the next chunk, which resumes there.
   */
  private parse(last: boolean): void {
    const s = this.text;
    const n = s.length;
    const delim = this.delim;
    // fixed for this text: the batches made from it read these columns' numbers from `nums`
    const fuse = this.asNumbers.includes(1) ? this.asNumbers.slice() : undefined;
    this.fused = fuse;
    let i = this.pos;
    this.scanned += n - i;
    let line = this.line;
    let mode = this.mode;
    if (this.skipLF) {
      this.skipLF = false;
      if (i < n && s.charCodeAt(i) === LF) i++;
    }
    for (;;) {
      if (mode === NONE) {
        if (i >= n) break;
        this.recordStart = i;
        this.recordLine = line;
        this.count = 0;
        mode = FIELD;
      }
      let complete = false;
      // one record (or its rest)
      for (;;) {
        let c: number;
        if (mode === FIELD) {
          if (i >= n) {
            if (!last) break;
            // the file ends after a delimiter: one more empty field
            this.field(i, i, false);
            complete = true;
            break;
          }
          if (s.charCodeAt(i) === QUOTE) {
            mode = QUOTED;
            this.openLine = line;
            i++;
          } else mode = UNQUOTED;
          this.fieldStart = i;
        }
        if (mode === QUOTED || mode === QUOTE_SEEN) {
          let closedAt = -1;
          if (mode === QUOTE_SEEN) {
            // the text ended on a quote: doubled, or the closing one
            if (i < n && s.charCodeAt(i) === QUOTE) {
              i++;
              mode = QUOTED;
            } else closedAt = i - 1;
          }
          while (closedAt < 0) {
            const q = s.indexOf('"', i);
            if (q < 0) {
              if (!last) {
                for (let k = i; k < n; k++) if (s.charCodeAt(k) === LF) line++;
                i = n;
                break;
              }
              throw new DataError(`a quoted field is never closed (the file ends inside quotes)`, { file: this.file, line: this.openLine });
            }
            for (let k = i; k < q; k++) if (s.charCodeAt(k) === LF) line++;
            if (q + 1 >= n && !last) {
              i = q + 1;
              mode = QUOTE_SEEN;
              break;
            }
            if (s.charCodeAt(q + 1) === QUOTE) {
              i = q + 2;
              continue;
            }
            i = q + 1;
            closedAt = q;
          }
          if (closedAt < 0) break;
          c = i < n ? s.charCodeAt(i) : -1;
          if (c !== -1 && c !== delim && c !== LF && c !== CR) {
            throw new DataError(`unexpected text after a closing quote (a quote inside a quoted field must be doubled: "")`, { file: this.file, line });
          }
          this.field(this.fieldStart, closedAt, true);
        } else if (fuse !== undefined && fuse[this.count] === 1 && i === this.fieldStart) {
          // a field of a column read as numbers: its digits are read as it is scanned (the same number `fastNumber` gives, or NaN)
          const start = i;
          let mant = 0;
          let digits = 0;
          let dot = -1;
          let bad = false;
          const neg = i < n && s.charCodeAt(i) === 45;
          if (neg) i++;
          c = -1;
          while (i < n) {
            c = s.charCodeAt(i);
            const d = c - 48;
            if (d >= 0 && d <= 9) {
              mant = mant * 10 + d;
              digits++;
            } else if (c === delim || c === LF || c === CR) break;
            else if (c === 46 && dot < 0) dot = i;
            else bad = true;
            i++;
          }
          if (i >= n) {
            // cut by the text's end: the rest is scanned on the next text as a field of text
            if (!last) break;
            c = -1;
          }
          this.field(start, i, false, bad || i - start > 16 ? NaN : decimal(mant, digits, dot < 0 ? -1 : i - dot - 1, neg));
        } else {
          c = -1;
          while (i < n) {
            c = s.charCodeAt(i);
            if (c === delim || c === LF || c === CR) break;
            i++;
          }
          if (i >= n) {
            if (!last) break;
            c = -1;
          }
          this.field(this.fieldStart, i, false);
        }
        mode = FIELD;
        if (c === delim) {
          i++;
          continue;
        }
        // end of record: LF, CR LF, CR, or end of input
        if (c === CR) {
          i++;
          if (i < n) {
            if (s.charCodeAt(i) === LF) i++;
          } else if (!last) this.skipLF = true;
          line++;
        } else if (c === LF) {
          i++;
          line++;
        }
        complete = true;
        break;
      }
      if (!complete) {
        // the text ends inside the record: keep its state for the next chunk
        if (n - this.recordStart > this.maxRecord) throw this.tooLong(this.recordLine);
        this.mode = mode;
        this.line = line;
        this.pos = i;
        this.flush();
        return;
      }
      if (i - this.recordStart > this.maxRecord) throw this.tooLong(this.recordLine);
      mode = NONE;
      // a blank line is skipped (as pandas does)
      if (this.count === 1 && this.starts[0] === this.ends[0]) continue;
      this.record(s);
      if (this.headerOnly && this.header) break;
    }
    this.mode = NONE;
    this.line = line;
    this.pos = i;
    this.recordStart = i;
    this.flush();
  }

  private flush(): void {
    if (this.batch && this.batch.length > 0) this.out.push(this.batch);
    this.batch = undefined;
  }

  private record(s: string): void {
    const width = this.count;
    if (!this.header) {
      const seen = new Map<string, number>();
      const names: string[] = [];
      for (let k = 0; k < width; k++) {
        let name = TextBatch.cellText(s, this.starts[k]!, this.ends[k]!);
        if (k === 0 && name.charCodeAt(0) === 0xfeff) name = name.slice(1);
        if (name === '') name = `Unnamed: ${k}`;
        const count = seen.get(name) ?? 0;
        seen.set(name, count + 1);
        names.push(count ? `${name}.${count}` : name);
      }
      this.useHeader(names);
      return;
    }
    if (this.headerOnly) return;
    const w = this.header.length;
    if (width !== w) throw new DataError(`expected ${w} fields as in the header, found ${width}`, { file: this.file, line: this.recordLine });
    if (this.batch && this.batch.text !== s) this.flush();
    if (!this.batch) {
      this.batch = new TextBatch(this.header, s, this.rows, this.isNull, this.skip, TextBatch.arrays(this.pool, this.batchSize, w), this.pool, this.asNumbers, this.fused, this.manyValues);
    }
    this.batch.add(this.starts, this.ends, this.recordLine, this.nums);
    this.rows++;
    if (this.batch.full) this.flush();
  }
}
