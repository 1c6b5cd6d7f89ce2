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

/**
 * A streaming RFC 4180 parser (quotes, doubled quotes, CR LF, newlines inside quotes) that fills
 * column-major batches and remembers the line each record starts on. Hand-written because the CSV
 * scan is the hot path of data-check: it is ~3× faster than csv-parse here and never builds row objects.
 */
export class CsvParser {
  header: string[] | undefined;
  private carry = '';
  private line = 1; // line of the next character to read
  private batch: Batch | undefined;
  private rows = 0;
  private readonly out: Batch[] = [];
  private readonly nulls: Set<string>;
  private readonly isNull: (f: string) => boolean;
  private readonly delim: number;

  private readonly batchSize: number;
  constructor(
    private readonly file: string,
    delimiter: string,
    batchSize: number | undefined = 2048,
    nullValues: readonly string[] = PANDAS_NULLS,
  ) {
    this.batchSize = batchSize ?? 2048;
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
    const s = this.carry.length ? flatten(this.carry + text) : text;
    this.carry = '';
    const end = this.parse(s, last);
    if (end < s.length) this.carry = s.slice(end);
    if (last && this.batch && this.batch.length > 0) {
      this.out.push(this.batch);
      this.batch = undefined;
    }
    return this.out.splice(0);
  }

  private newBatch(): Batch {
    const n = this.header!.length;
    const values: Cell[][] = [];
    for (let c = 0; c < n; c++) values.push(new Array(this.batchSize));
    return { columns: this.header!, values, length: 0, rowStart: this.rows, lines: new Int32Array(this.batchSize) };
  }

  /** Returns the offset of the first character not consumed (start of an incomplete record). */
  private parse(s: string, last: boolean): number {
    const n = s.length;
    const delim = this.delim;
    let i = 0;
    let line = this.line;
    const fields: string[] = [];
    const quotedFlags: boolean[] = [];
    while (i < n) {
      const recordStart = i;
      const recordLine = line;
      fields.length = 0;
      quotedFlags.length = 0;
      let complete = false;
      // one record
      for (;;) {
        if (i >= n) {
          if (!last) {
            this.line = recordLine;
            return recordStart;
          }
          // the file ends after a delimiter: one more empty field
          fields.push('');
          quotedFlags.push(false);
          complete = true;
          break;
        }
        let c = s.charCodeAt(i);
        let value: string;
        let quoted = false;
        if (c === QUOTE) {
          quoted = true;
          const openLine = line;
          let j = i + 1;
          let parts = '';
          let segStart = j;
          for (;;) {
            const q = s.indexOf('"', j);
            if (q < 0) {
              if (!last) {
                this.line = recordLine;
                return recordStart;
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
            if (q + 1 >= n && !last) {
              this.line = recordLine;
              return recordStart;
            }
            value = parts + s.slice(segStart, q);
            i = q + 1;
            break;
          }
          c = i < n ? s.charCodeAt(i) : -1;
          if (c !== -1 && c !== delim && c !== LF && c !== CR) {
            throw new DataError(`unexpected text after a closing quote (a quote inside a quoted field must be doubled: "")`, { file: this.file, line });
          }
        } else {
          const start = i;
          while (i < n) {
            c = s.charCodeAt(i);
            if (c === delim || c === LF || c === CR) break;
            i++;
          }
          if (i >= n && !last) {
            this.line = recordLine;
            return recordStart;
          }
          value = s.slice(start, i);
          c = i < n ? c : -1;
        }
        fields.push(value!);
        quotedFlags.push(quoted);
        if (c === delim) {
          i++;
          continue;
        }
        // end of record: LF, CR LF, CR, or end of input
        if (c === CR) {
          i++;
          if (i < n && s.charCodeAt(i) === LF) i++;
          else if (i >= n && !last) {
            this.line = recordLine;
            return recordStart;
          }
          line++;
        } else if (c === LF) {
          i++;
          line++;
        }
        complete = true;
        break;
      }
      if (!complete) break;
      // a blank line is skipped (as pandas does)
      if (fields.length === 1 && fields[0] === '' && !quotedFlags[0]) continue;
      this.record(fields, quotedFlags, recordLine);
    }
    this.line = line;
    return n;
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
      return;
    }
    const width = this.header.length;
    if (fields.length !== width) {
      throw new DataError(`expected ${width} fields as in the header, found ${fields.length}`, { file: this.file, line });
    }
    if (!this.batch) this.batch = this.newBatch();
    const b = this.batch;
    const r = b.length;
    const isNull = this.isNull;
    for (let c = 0; c < width; c++) {
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
