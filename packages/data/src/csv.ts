import { DataError } from '@mlgate/core';
import type { Batch, Cell } from './types.js';
import { PANDAS_NULLS } from './typing.js';

/** A concatenation is a rope in V8: reading it char by char is slow until it is made flat (ToNumber does that). */
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

/**
 * A streaming RFC 4180 parser (quotes, doubled quotes, CR LF, newlines inside quotes) that fills
 * column-major batches and remembers the line each record starts on. Hand-written because the CSV
 * scan is the hot path of data-check: it is ~3× faster than csv-parse here and never builds row objects.
 */
export class CsvParser {
  header: string[] | undefined;
  /** Read the header only: records after it are not looked at (nor checked). */
  headerOnly = false;
  /** Characters handed to the scanner so far: each character of the input once (a record cut by chunk ends is not scanned again). */
  scanned = 0;
  private line = 1; // line of the next character to read
  // the state of a record cut by a chunk's end
  private mode = NONE;
  private readonly fields: string[] = [];
  private readonly quotedFlags: boolean[] = [];
  private partial = ''; // the open field's text so far (a rope)
  private recordLine = 1;
  private openLine = 1; // line of the open quote
  private carried = 0; // characters of the record in earlier chunks
  private skipLF = false; // the last chunk ended on CR: a LF that follows belongs to it
  private readonly maxRecord: number;
  private batch: Batch | undefined;
  private rows = 0;
  private readonly out: Batch[] = [];
  private readonly nulls: Set<string>;
  private readonly isNull: (f: string) => boolean;
  private readonly delim: number;

  private readonly batchSize: number;
  /** Only these columns' cells are kept (set from `keep` once the header is read); the rest are scanned, not copied. */
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
    this.nulls = new Set(nullValues);
    const nulls = this.nulls;
    const maxLen = Math.max(0, ...nullValues.map((v) => v.length));
    if (nullValues === PANDAS_NULLS) {
      // the pandas list: skip the set lookup for ordinary numbers and words (the hot path)
      this.isNull = (f) => {
        const n = f.length;
        if (n === 0) return true;
        if (n > 8) return false;
        const c = f.charCodeAt(0);
        if (c >= 48 && c <= 57) return c === 49 && n > 2 && f.charCodeAt(2) === 35 && nulls.has(f);
        if (c === 45) {
          const c1 = f.charCodeAt(1);
          return (c1 === 78 || c1 === 110 || (c1 === 49 && f.charCodeAt(3) === 35)) && nulls.has(f);
        }
        return (c === 35 || c === 60 || c === 78 || c === 110) && nulls.has(f);
      };
    } else this.isNull = (f) => f.length <= maxLen && nulls.has(f);
  }

  /** Parse a decoded chunk; returns the batches completed so far. `last` flushes the final record. */
  push(text: string, last = false): Batch[] {
    if (text.length > 0 || last) this.parse(text, last);
    if (last && this.batch && this.batch.length > 0) {
      this.out.push(this.batch);
      this.batch = undefined;
    }
    return this.out.splice(0);
  }

  private newBatch(): Batch {
    const n = this.header!.length;
    const values: Cell[][] = [];
    const none: Cell[] = [];
    for (let c = 0; c < n; c++) values.push(this.skip?.[c] ? none : new Array(this.batchSize));
    return { columns: this.header!, values, length: 0, rowStart: this.rows, lines: new Int32Array(this.batchSize) };
  }

  private tooLong(line: number): DataError {
    return new DataError(`a record longer than ${describeSize(this.maxRecord)} starts here (the cap on one record; raise maxRecordSize if the file really has such records)`, { file: this.file, line });
  }

  /**
   * One pass over a chunk, each character looked at once: a record cut by the chunk's end leaves its
   * state (fields so far, the open field as a rope, inside quotes or not) for the next chunk, which
   * resumes where this one stopped instead of scanning the record again from its start.
   */
  private parse(s: string, last: boolean): void {
    const n = s.length;
    this.scanned += n;
    const delim = this.delim;
    const fields = this.fields;
    const quotedFlags = this.quotedFlags;
    const skip = this.skip;
    let i = 0;
    let line = this.line;
    let mode = this.mode;
    let recordLine = this.recordLine;
    let recordStart = 0; // offset in this chunk where the record (or its rest) starts
    let partial = this.partial;
    let openLine = this.openLine;
    if (this.skipLF) {
      this.skipLF = false;
      if (n > 0 && s.charCodeAt(0) === LF) i = 1;
    }
    for (;;) {
      if (mode === NONE) {
        if (i >= n) break;
        recordStart = i;
        recordLine = line;
        fields.length = 0;
        quotedFlags.length = 0;
        this.carried = 0;
        mode = FIELD;
      }
      let complete = false;
      // one record (or its rest)
      for (;;) {
        let c: number;
        let value: string;
        let quoted = false;
        if (mode === FIELD) {
          if (i >= n) {
            if (!last) break;
            // the file ends after a delimiter: one more empty field
            fields.push('');
            quotedFlags.push(false);
            complete = true;
            break;
          }
          if (s.charCodeAt(i) === QUOTE) {
            mode = QUOTED;
            openLine = line;
            i++;
          } else mode = UNQUOTED;
          partial = '';
        }
        if (mode !== UNQUOTED) {
          quoted = true;
          let j = i;
          let parts = partial;
          let segStart = j;
          let closed = false;
          if (mode === QUOTE_SEEN) {
            // the previous chunk ended on a quote: doubled, or the closing one
            if (j < n && s.charCodeAt(j) === QUOTE) {
              parts += '"';
              segStart = j = j + 1;
              mode = QUOTED;
            } else closed = true;
          }
          while (!closed) {
            const q = s.indexOf('"', j);
            if (q < 0) {
              if (!last) {
                for (let k = j; k < n; k++) if (s.charCodeAt(k) === LF) line++;
                parts += s.slice(segStart, n);
                i = n;
                break;
              }
              throw new DataError(`a quoted field is never closed (the file ends inside quotes)`, { file: this.file, line: openLine });
            }
            for (let k = j; k < q; k++) if (s.charCodeAt(k) === LF) line++;
            if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) {
              parts += s.slice(segStart, q + 1);
              j = q + 2;
              segStart = j;
              continue;
            }
            parts += s.slice(segStart, q);
            i = q + 1;
            if (q + 1 >= n && !last) {
              mode = QUOTE_SEEN;
              break;
            }
            closed = true;
          }
          if (!closed) {
            partial = parts;
            break;
          }
          value = parts;
          c = i < n ? s.charCodeAt(i) : -1;
          if (c !== -1 && c !== delim && c !== LF && c !== CR) {
            throw new DataError(`unexpected text after a closing quote (a quote inside a quoted field must be doubled: "")`, { file: this.file, line });
          }
        } else {
          const start = i;
          c = -1;
          while (i < n) {
            c = s.charCodeAt(i);
            if (c === delim || c === LF || c === CR) break;
            i++;
          }
          if (i >= n) {
            if (!last) {
              partial = partial.length ? partial + s.slice(start, n) : s.slice(start, n);
              break;
            }
            c = -1;
          }
          // a column not kept is scanned for its end, not copied
          value = skip !== undefined && skip[fields.length] === 1 ? '' : partial.length ? flatten(partial + s.slice(start, i)) : s.slice(start, i);
        }
        partial = '';
        mode = FIELD;
        fields.push(value);
        quotedFlags.push(quoted);
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
        // the chunk ends inside the record: keep its state for the next chunk
        this.carried += n - recordStart;
        if (this.carried > this.maxRecord) throw this.tooLong(recordLine);
        this.mode = mode;
        this.partial = partial;
        this.openLine = openLine;
        this.recordLine = recordLine;
        this.line = line;
        return;
      }
      if (this.carried + (i - recordStart) > this.maxRecord) throw this.tooLong(recordLine);
      mode = NONE;
      // a blank line is skipped (as pandas does)
      if (fields.length === 1 && fields[0] === '' && !quotedFlags[0]) continue;
      this.record(fields, quotedFlags, recordLine);
    }
    this.mode = NONE;
    this.partial = '';
    this.line = line;
  }

  private record(fields: string[], quoted: boolean[], line: number): void {
    if (!this.header) {
      const seen = new Map<string, number>();
      this.header = fields.map((f, k) => {
        let name = k === 0 && f.charCodeAt(0) === 0xfeff ? f.slice(1) : f;
        if (name === '') name = `Unnamed: ${k}`;
        const count = seen.get(name) ?? 0;
        seen.set(name, count + 1);
        return count ? `${name}.${count}` : name;
      });
      if (this.keep) {
        const keep = new Set(this.keep);
        this.skip = Uint8Array.from(this.header, (c) => (keep.has(c) ? 0 : 1));
      }
      return;
    }
    if (this.headerOnly) return;
    const width = this.header.length;
    if (fields.length !== width) {
      throw new DataError(`expected ${width} fields as in the header, found ${fields.length}`, { file: this.file, line });
    }
    if (!this.batch) this.batch = this.newBatch();
    const b = this.batch;
    const r = b.length;
    const isNull = this.isNull;
    const skip = this.skip;
    for (let c = 0; c < width; c++) {
      if (skip !== undefined && skip[c] === 1) continue;
      const f = fields[c]!;
      b.values[c]![r] = !quoted[c] && isNull(f) ? null : f;
    }
    b.lines![r] = line;
    b.length++;
    this.rows++;
    if (b.length === this.batchSize) {
      this.out.push(b);
      this.batch = undefined;
    }
  }
}
