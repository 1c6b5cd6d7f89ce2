export const id = 581;
export const ids = [581];
export const modules = {

/***/ 7581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROFILE_NEEDS: () => (/* binding */ PROFILE_NEEDS),
  TOP_VALUES: () => (/* binding */ TOP_VALUES),
  buildProfile: () => (/* binding */ buildProfile),
  columnType: () => (/* binding */ columnType),
  isProfileFile: () => (/* binding */ isProfileFile),
  readProfile: () => (/* binding */ readProfile),
  topValues: () => (/* binding */ topValues)
});

// EXTERNAL MODULE: ../../packages/core/src/index.ts + 10 modules
var src = __webpack_require__(6750);
// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/schemas.js + 3 modules
var schemas = __webpack_require__(5159);
// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js + 1 modules
var api = __webpack_require__(7317);
;// CONCATENATED MODULE: ../../packages/checks/src/dtype.ts
/** Column dtype as pandas would infer it from the values (int64, float64, bool, datetime64, object). */
function pandasDtype(c) {
    const k = c.kinds ?? {};
    const total = c.nonNull;
    if (total === 0)
        return 'object';
    const ints = k.integer ?? 0;
    const nums = k.number ?? 0;
    const bools = k.boolean ?? 0;
    if (ints === total)
        return c.nulls > 0 ? 'float64' : 'int64';
    if (ints + nums === total)
        return 'float64';
    if (bools === total && c.nulls === 0)
        return 'bool';
    if ((k.datetime ?? 0) === total)
        return 'datetime64';
    return 'object';
}

;// CONCATENATED MODULE: ../../packages/checks/src/metrics.ts
function columnOf(m, name, filter = -1) {
    return m.columnStats.find((c) => c.column === name && c.filter === filter);
}
function rowOf(m, id) {
    const r = m.rowStats[id];
    if (!r)
        throw new Error(`no row aggregate ${id} in the metrics`);
    return r;
}
function rowsIn(m, filter) {
    return filter < 0 ? m.rows : m.filterRows[filter];
}
/** The quantiles a plan asked for; asking for ones it did not declare is a bug in the compiler. */
function quantilesOf(c, qs, method) {
    const hit = c.quantiles?.find((q) => q.method === method && q.qs.length >= qs.length && qs.every((x) => q.qs.includes(x)));
    if (!hit)
        throw new Error(`quantiles ${qs.join(', ')} (${method}) of "${c.column}" were not planned`);
    return qs.map((x) => hit.values[hit.qs.indexOf(x)]);
}

;// CONCATENATED MODULE: ../../packages/data/src/typing.ts
/** Missing-value tokens of pandas' `read_csv` (`na_values` default), so "same as pandas" holds for CSV. */
const typing_PANDAS_NULLS = (/* unused pure expression or super */ null && (['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']));
/**
 * A number from a cell: numbers as they are, numeric strings parsed (decimal, exponent, inf),
 * anything else NaN. Strict: '', ' 1', '0x10', '1_000' are not numbers.
 */
function toNumber(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string')
        return typing_parseNumber(v);
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (v instanceof Date)
        return v.getTime();
    return NaN;
}
const POW10 = (/* unused pure expression or super */ null && ([1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]));
/**
 * `[-]digits[.digits]` with at most 15 significant digits, read from `s[a, b)` without making a string
 * (exact: an integer below 2^53 divided by a power of ten, Clinger's fast path); NaN for anything
 * else, which the caller then reads the slow way. Never NaN for a cell that is a number this way.
 */
function typing_fastNumber(s, a, b) {
    const n = b - a;
    if (n === 0 || n > 16)
        return NaN;
    const c = s.charCodeAt(a);
    let i = c === 45 ? a + 1 : a;
    let mant = 0;
    let digits = 0;
    let frac = -1;
    for (; i < b; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d >= 0 && d <= 9) {
            mant = mant * 10 + d;
            digits++;
            if (frac >= 0)
                frac++;
        }
        else if (d === -2 && frac < 0)
            frac = 0;
        else
            return NaN;
    }
    if (digits === 0 || digits > 15 || frac === 0)
        return NaN;
    const v = frac > 0 ? mant / POW10[frac] : mant;
    return c === 45 ? -v : v;
}
function typing_parseNumber(s) {
    const n = s.length;
    if (n === 0)
        return NaN;
    const fast = typing_fastNumber(s, 0, n);
    if (fast === fast)
        return fast;
    const c = s.charCodeAt(0);
    // digits, '-', '+', '.'; everything else (incl. whitespace, letters) is not a number, except inf
    if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
        const last = s.charCodeAt(n - 1);
        if (!((last >= 48 && last <= 57) || last === 46 || last === 102 || last === 70 || last === 121))
            return NaN;
        if (n > 1 && c === 48) {
            const c1 = s.charCodeAt(1);
            if (c1 === 120 || c1 === 88 || c1 === 98 || c1 === 66 || c1 === 111 || c1 === 79)
                return NaN; // 0x 0b 0o
        }
        const v = +s;
        if (v !== v) {
            const lower = s.toLowerCase();
            if (lower === '-inf' || lower === '+inf')
                return lower[0] === '-' ? -Infinity : Infinity;
            return NaN;
        }
        return v;
    }
    if (c === 105 || c === 73) {
        const lower = s.toLowerCase();
        if (lower === 'inf' || lower === 'infinity')
            return Infinity;
    }
    return NaN;
}
/** The text of a cell, as string predicates (regex, length, set membership on CSV) see it. */
function typing_toText(v) {
    if (typeof v === 'string')
        return v;
    if (v === null || v === undefined)
        return '';
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'object')
        return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
    return String(v);
}
const BOOL_TEXT = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE']);
/** Kind of one non-null cell, for column typing. */
function cellKind(v) {
    switch (typeof v) {
        case 'number':
            return Number.isInteger(v) ? 'integer' : 'number';
        case 'bigint':
            return 'integer';
        case 'boolean':
            return 'boolean';
        case 'string': {
            const n = typing_parseNumber(v);
            if (n === n)
                return Number.isInteger(n) && !/[.eE]/.test(v) ? 'integer' : 'number';
            if (BOOL_TEXT.has(v))
                return 'boolean';
            return 'string';
        }
        default:
            return v instanceof Date ? 'datetime' : 'object';
    }
}

;// CONCATENATED MODULE: ../../packages/data/src/text-batch.ts


/**
 * Rows of a CSV/TSV text kept as cell offsets into the text they were read from. A column's cells
 * become strings only when `values[c]` is read (once per batch), and `numbers(c)` reads a column as
 * numbers without making strings of the cells that are plain decimals.
 */
class text_batch_TextBatch {
    columns;
    text;
    capacity;
    rowStart;
    isNull;
    skip;
    length = 0;
    values;
    lines;
    starts;
    ends;
    width;
    parsed;
    nullFlags;
    constructor(columns, text, capacity, rowStart, isNull, skip, initial = Math.min(capacity, 256)) {
        this.columns = columns;
        this.text = text;
        this.capacity = capacity;
        this.rowStart = rowStart;
        this.isNull = isNull;
        this.skip = skip;
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
    static cellText(s, start, end) {
        if (start >= 0)
            return s.slice(start, end);
        const t = s.slice(~start, end);
        return t.indexOf('"') >= 0 ? t.replaceAll('""', '"') : t;
    }
    add(starts, ends, line) {
        const r = this.length++;
        if (r === this.lines.length)
            this.grow();
        const o = r * this.width;
        for (let k = 0; k < this.width; k++) {
            this.starts[o + k] = starts[k];
            this.ends[o + k] = ends[k];
        }
        this.lines[r] = line;
    }
    grow() {
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
    cell(c, r) {
        const i = r * this.width + c;
        const start = this.starts[i];
        const t = text_batch_TextBatch.cellText(this.text, start, this.ends[i]);
        return start >= 0 && this.isNull(t) ? null : t;
    }
    column(c) {
        if (this.skip?.[c])
            return [];
        const out = new Array(this.length);
        for (let r = 0; r < this.length; r++)
            out[r] = this.cell(c, r);
        return out;
    }
    nulls(c) {
        if (this.skip?.[c])
            return undefined;
        const known = this.parsed?.[c]?.nulls ?? this.nullFlags?.[c];
        if (known)
            return known;
        const n = this.length;
        const nulls = new Uint8Array(n);
        const { text: s, width: w, isNull } = this;
        const maybe = isNull.maybe;
        const emptyIsNull = isNull('');
        for (let r = 0, i = c; r < n; r++, i += w) {
            const start = this.starts[i];
            if (start < 0)
                continue; // quoted: never null
            const end = this.ends[i];
            if (end === start ? emptyIsNull : maybe(s.charCodeAt(start), end - start) && isNull(s.slice(start, end)))
                nulls[r] = 1;
        }
        return ((this.nullFlags ??= new Array(this.width))[c] = nulls);
    }
    numbers(c) {
        if (this.skip?.[c])
            return undefined;
        const parsed = (this.parsed ??= new Array(this.width));
        const known = parsed[c];
        if (known)
            return known;
        const n = this.length;
        const x = new Float64Array(n);
        const nulls = new Uint8Array(n);
        const s = this.text;
        const w = this.width;
        for (let r = 0, i = c; r < n; r++, i += w) {
            const start = this.starts[i];
            const end = this.ends[i];
            let v = start >= 0 ? fastNumber(s, start, end) : NaN;
            if (v !== v) {
                const t = text_batch_TextBatch.cellText(s, start, end);
                if (start >= 0 && this.isNull(t))
                    nulls[r] = 1;
                else
                    v = parseNumber(t);
            }
            x[r] = v;
        }
        return (parsed[c] = { x, nulls });
    }
}

;// CONCATENATED MODULE: ../../packages/data/src/csv.ts



/** A concatenation is a rope in V8: reading it char by char is slow until it is made flat (a regex test does that). */
function flatten(s) {
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
const csv_DEFAULT_MAX_RECORD_SIZE = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
function describeSize(n) {
    return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : n % 1024 === 0 ? `${n / 1024} KiB` : `${n} characters`;
}
/** The missing-value test of `nullValues`, with the set lookup skipped for cells that cannot be in it (the hot path). */
function nullTest(nullValues) {
    const nulls = new Set(nullValues);
    const maxLen = Math.max(0, ...nullValues.map((v) => v.length));
    const firsts = new Uint8Array(65536);
    for (const v of nullValues)
        if (v.length > 0)
            firsts[v.charCodeAt(0)] = 1;
    const maybe = (first, length) => length <= maxLen && firsts[first] === 1;
    const test = (f) => (f.length === 0 ? nulls.has('') : maybe(f.charCodeAt(0), f.length) && nulls.has(f));
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
class csv_CsvParser {
    file;
    keep;
    header;
    /** Read the header only: records after it are not looked at (nor checked). */
    headerOnly = false;
    /** Characters handed to the scanner so far: each character of the input once (a record cut by chunk ends is not scanned again). */
    scanned = 0;
    line = 1; // line of the next character to scan
    mode = NONE;
    // the text being scanned: the start of a record cut by the last chunk's end, then the new chunk
    text = '';
    pos = 0;
    // chunks not scanned yet, while a record cut by a chunk's end is much longer than they are (joined once, not per chunk)
    pending = [];
    pendingLength = 0;
    // the open record: where it starts, its line, its fields so far (offsets into `text`; a quoted field's start is stored as ~start)
    recordStart = 0;
    recordLine = 1;
    fieldStart = 0;
    openLine = 1; // line of the open quote
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    count = 0;
    skipLF = false; // the last chunk ended on CR: a LF that follows belongs to it
    maxRecord;
    batch;
    rows = 0;
    dataChars = 0; // characters of the records read (for a batch's expected size)
    out = [];
    isNull;
    delim;
    batchSize;
    /** Only these columns' cells are given (set from `keep` once the header is read); the rest are scanned, never made into strings. */
    skip;
    constructor(file, delimiter, batchSize = 2048, nullValues = PANDAS_NULLS, maxRecordSize = csv_DEFAULT_MAX_RECORD_SIZE, keep) {
        this.file = file;
        this.keep = keep;
        this.batchSize = batchSize ?? 2048;
        this.maxRecord = maxRecordSize;
        this.delim = delimiter.charCodeAt(0);
        this.isNull = nullTest(nullValues);
    }
    /** Parse a decoded chunk; returns the batches completed so far. `last` flushes the final record. */
    push(chunk, last = false) {
        if (this.headerOnly && this.header)
            return [];
        if (chunk.length > 0) {
            this.pending.push(chunk);
            this.pendingLength += chunk.length;
        }
        const carried = this.text.length - this.recordStart;
        // a long cut record: wait until the chunks after it are as long as it is, so it is copied O(1) times on average
        if (!last && this.mode !== NONE && carried > this.pendingLength && carried + this.pendingLength <= this.maxRecord)
            return this.out.splice(0);
        if (this.pendingLength > 0 || last) {
            const rest = this.mode === NONE ? '' : this.text.slice(this.recordStart);
            const resume = this.pos - this.recordStart;
            this.shift(this.recordStart);
            const joined = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
            this.pending.length = 0;
            this.pendingLength = 0;
            this.text = rest.length ? flatten(rest + joined) : joined;
            this.recordStart = 0;
            this.pos = rest.length ? resume : 0;
            this.parse(last);
        }
        if (last)
            this.flush();
        return this.out.splice(0);
    }
    /** Offsets of the open record move by `by` (its text is carried into the next one). */
    shift(by) {
        if (by === 0)
            return;
        for (let k = 0; k < this.count; k++) {
            const s = this.starts[k];
            this.starts[k] = s >= 0 ? s - by : ~(~s - by);
            this.ends[k] = this.ends[k] - by;
        }
        this.fieldStart -= by;
    }
    tooLong(line) {
        return new DataError(`a record longer than ${describeSize(this.maxRecord)} starts here (the cap on one record; raise maxRecordSize if the file really has such records)`, { file: this.file, line });
    }
    field(start, end, quoted) {
        const k = this.count++;
        if (k === this.starts.length) {
            const s = new Int32Array(k * 2);
            s.set(this.starts);
            this.starts = s;
            const e = new Int32Array(k * 2);
            e.set(this.ends);
            this.ends = e;
        }
        this.starts[k] = quoted ? ~start : start;
        this.ends[k] = end;
    }
    /**
     * One pass over the text from `pos`, each character looked at once: a record cut by the text's end
     * leaves its state (fields so far, inside quotes or not) for the next chunk, which resumes there.
     */
    parse(last) {
        const s = this.text;
        const n = s.length;
        const delim = this.delim;
        let i = this.pos;
        this.scanned += n - i;
        let line = this.line;
        let mode = this.mode;
        if (this.skipLF) {
            this.skipLF = false;
            if (i < n && s.charCodeAt(i) === LF)
                i++;
        }
        for (;;) {
            if (mode === NONE) {
                if (i >= n)
                    break;
                this.recordStart = i;
                this.recordLine = line;
                this.count = 0;
                mode = FIELD;
            }
            let complete = false;
            // one record (or its rest)
            for (;;) {
                let c;
                if (mode === FIELD) {
                    if (i >= n) {
                        if (!last)
                            break;
                        // the file ends after a delimiter: one more empty field
                        this.field(i, i, false);
                        complete = true;
                        break;
                    }
                    if (s.charCodeAt(i) === QUOTE) {
                        mode = QUOTED;
                        this.openLine = line;
                        i++;
                    }
                    else
                        mode = UNQUOTED;
                    this.fieldStart = i;
                }
                if (mode === QUOTED || mode === QUOTE_SEEN) {
                    let closedAt = -1;
                    if (mode === QUOTE_SEEN) {
                        // the text ended on a quote: doubled, or the closing one
                        if (i < n && s.charCodeAt(i) === QUOTE) {
                            i++;
                            mode = QUOTED;
                        }
                        else
                            closedAt = i - 1;
                    }
                    while (closedAt < 0) {
                        const q = s.indexOf('"', i);
                        if (q < 0) {
                            if (!last) {
                                for (let k = i; k < n; k++)
                                    if (s.charCodeAt(k) === LF)
                                        line++;
                                i = n;
                                break;
                            }
                            throw new DataError(`a quoted field is never closed (the file ends inside quotes)`, { file: this.file, line: this.openLine });
                        }
                        for (let k = i; k < q; k++)
                            if (s.charCodeAt(k) === LF)
                                line++;
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
                    if (closedAt < 0)
                        break;
                    c = i < n ? s.charCodeAt(i) : -1;
                    if (c !== -1 && c !== delim && c !== LF && c !== CR) {
                        throw new DataError(`unexpected text after a closing quote (a quote inside a quoted field must be doubled: "")`, { file: this.file, line });
                    }
                    this.field(this.fieldStart, closedAt, true);
                }
                else {
                    c = -1;
                    while (i < n) {
                        c = s.charCodeAt(i);
                        if (c === delim || c === LF || c === CR)
                            break;
                        i++;
                    }
                    if (i >= n) {
                        if (!last)
                            break;
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
                        if (s.charCodeAt(i) === LF)
                            i++;
                    }
                    else if (!last)
                        this.skipLF = true;
                    line++;
                }
                else if (c === LF) {
                    i++;
                    line++;
                }
                complete = true;
                break;
            }
            if (!complete) {
                // the text ends inside the record: keep its state for the next chunk
                if (n - this.recordStart > this.maxRecord)
                    throw this.tooLong(this.recordLine);
                this.mode = mode;
                this.line = line;
                this.pos = i;
                this.flush();
                return;
            }
            if (i - this.recordStart > this.maxRecord)
                throw this.tooLong(this.recordLine);
            mode = NONE;
            // a blank line is skipped (as pandas does)
            if (this.count === 1 && this.starts[0] === this.ends[0])
                continue;
            this.record(s);
            if (this.headerOnly && this.header)
                break;
        }
        this.mode = NONE;
        this.line = line;
        this.pos = i;
        this.recordStart = i;
        this.flush();
    }
    flush() {
        if (this.batch && this.batch.length > 0)
            this.out.push(this.batch);
        this.batch = undefined;
    }
    record(s) {
        const width = this.count;
        if (!this.header) {
            const seen = new Map();
            const names = [];
            for (let k = 0; k < width; k++) {
                let name = TextBatch.cellText(s, this.starts[k], this.ends[k]);
                if (k === 0 && name.charCodeAt(0) === 0xfeff)
                    name = name.slice(1);
                if (name === '')
                    name = `Unnamed: ${k}`;
                const count = seen.get(name) ?? 0;
                seen.set(name, count + 1);
                names.push(count ? `${name}.${count}` : name);
            }
            this.header = names;
            if (this.keep) {
                const keep = new Set(this.keep);
                this.skip = Uint8Array.from(names, (c) => (keep.has(c) ? 0 : 1));
            }
            return;
        }
        if (this.headerOnly)
            return;
        const w = this.header.length;
        if (width !== w)
            throw new DataError(`expected ${w} fields as in the header, found ${width}`, { file: this.file, line: this.recordLine });
        if (this.batch && this.batch.text !== s)
            this.flush();
        if (!this.batch) {
            // room for the rows this text likely still holds (records so far give their mean length), at most a batch
            const mean = this.rows > 0 ? this.dataChars / this.rows : 64;
            const likely = Math.ceil((s.length - this.recordStart) / Math.max(1, mean)) + 8;
            this.batch = new TextBatch(this.header, s, this.batchSize, this.rows, this.isNull, this.skip, Math.min(this.batchSize, likely));
        }
        this.batch.add(this.starts, this.ends, this.recordLine);
        this.dataChars += this.ends[width - 1] - (this.starts[0] >= 0 ? this.starts[0] : ~this.starts[0]) + 1;
        this.rows++;
        if (this.batch.length === this.batchSize)
            this.flush();
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ../../packages/data/src/text.ts



/* Reading a data file as bytes (gunzipped when asked) and as strictly decoded UTF-8 text, for the text formats' parsers. */
/** Bytes read at a time from a plain file: large enough that a batch of rows rarely spans two reads. */
const READ_SIZE = (/* unused pure expression or super */ null && (1 << 20));
/** Bytes of a file, gunzipped if asked (zlib is loaded only then: it costs start-up time). A chunk is valid until the next one is asked for. Plain files are read synchronously: the scan is CPU-bound, and waiting on the thread pool for each read only idles the thread. */
async function* byteStream(file, gzip) {
    if (!gzip) {
        // each read ends at its last newline, the rest is carried into the next read: a chunk seldom cuts a
        // record, so the parser seldom joins texts. Two buffers, reused in turn: a chunk is decoded before
        // the next read (a new buffer per read left megabytes of dead buffers waiting for a collection).
        const fd = openSync(file, 'r');
        try {
            let buf = Buffer.allocUnsafe(READ_SIZE);
            let spare = Buffer.allocUnsafe(READ_SIZE);
            let carry = 0;
            for (;;) {
                const n = readSync(fd, buf, carry, READ_SIZE - carry, null);
                const end = carry + n;
                if (n === 0) {
                    if (carry > 0)
                        yield buf.subarray(0, carry);
                    return;
                }
                const cut = buf.lastIndexOf(10, end - 1);
                if (cut < 0) {
                    carry = 0;
                    yield buf.subarray(0, end);
                }
                else {
                    carry = end - cut - 1;
                    buf.copy(spare, 0, cut + 1, end);
                    yield buf.subarray(0, cut + 1);
                }
                [buf, spare] = [spare, buf];
            }
        }
        finally {
            closeSync(fd);
        }
    }
    const raw = createReadStream(file, { highWaterMark: 1 << 16 });
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
    const gz = createGunzip();
    raw.on('error', (e) => gz.destroy(e));
    yield* raw.pipe(gz);
}
/** The first bytes looked at for signs of a binary file. */
const SNIFF = (/* unused pure expression or super */ null && (1 << 16));
/** Refuse binary input before parsing it: gzip bytes in a file not named .gz, or a NUL byte (never in CSV or JSON text). */
function refuseBinary(file, chunk, offset, gzip, kind) {
    if (offset === 0 && !gzip && chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b)
        throw new DataError(`the file is gzip-compressed but not named .gz; rename it to ${file}.gz`, { file });
    const nul = chunk.subarray(0, SNIFF - offset).indexOf(0);
    if (nul >= 0)
        throw new DataError(`the file looks binary (NUL byte at offset ${offset + nul}); expected ${kind} text`, { file });
}
/**
 * Decode UTF-8 strictly: invalid bytes are an error that names the line, not replacement characters.
 * The first 64 KiB are checked for binary content (see `refuseBinary`) when `kind` names the expected text.
 */
async function* text_textChunks(file, gzip, kind) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let offset = 0; // bytes before this chunk
    let midSequence = false; // the decoder holds the start of a character cut by the last chunk's end
    try {
        for await (const chunk of byteStream(file, gzip)) {
            if (kind !== undefined && offset < SNIFF)
                refuseBinary(file, chunk, offset, gzip, kind);
            let text;
            if (!midSequence && isAscii(chunk))
                text = chunk.toString('latin1'); // ASCII: one byte is one character, no decoding
            else {
                try {
                    text = decoder.decode(chunk, { stream: true });
                }
                catch {
                    const at = firstInvalidUtf8(chunk);
                    throw new DataError(`invalid UTF-8 (byte 0x${(chunk[at] ?? 0).toString(16).padStart(2, '0')}); save the file as UTF-8`, { file, line: await lineAt(file, gzip, offset + at) });
                }
                midSequence = endsMidSequence(chunk);
            }
            offset += chunk.length;
            yield text;
        }
        const rest = decoder.decode();
        if (rest)
            yield rest;
    }
    catch (e) {
        if (e instanceof DataError)
            throw e;
        const err = e;
        if (err.code === 'ENOENT')
            throw new DataError('data file not found', { file });
        if (err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR' || /unexpected end of file|incorrect header/.test(err.message))
            throw new DataError(`not a valid gzip file: ${err.message}`, { file });
        if (e instanceof TypeError && /encoded data was not valid|invalid/i.test(err.message))
            throw new DataError('invalid UTF-8 at the end of the file', { file });
        throw new DataError(`cannot read the data: ${err.message}`, { file });
    }
}
/** The line of byte `at`: counted again from the start, only when an error names it (the scan does not count lines of bytes). */
async function lineAt(file, gzip, at) {
    let line = 1;
    let offset = 0;
    for await (const chunk of byteStream(file, gzip)) {
        line += countNewlines(chunk, Math.min(chunk.length, at - offset));
        offset += chunk.length;
        if (offset >= at)
            break;
    }
    return line;
}
/** Whether a chunk ends inside a multi-byte UTF-8 character (its lead byte among the last three bytes, its continuation bytes missing). */
function endsMidSequence(b) {
    for (let k = 1; k <= 3 && k <= b.length; k++) {
        const c = b[b.length - k];
        if ((c & 0xc0) === 0x80)
            continue; // a continuation byte: look further back
        const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        return need > k;
    }
    return false;
}
function countNewlines(buf, end) {
    let n = 0;
    let i = buf.indexOf(10);
    while (i >= 0 && i < end) {
        n++;
        i = buf.indexOf(10, i + 1);
    }
    return n;
}
/** Offset of the first byte that is not valid UTF-8 in a chunk (a sequence cut at the chunk's start counts from 0). */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        let need = 0;
        if (c < 0x80)
            need = 0;
        else if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef)
            need = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            need = 3;
        else
            return i;
        for (let k = 1; k <= need; k++) {
            if (i + k >= b.length)
                return i + k >= b.length ? i : i + k;
            if ((b[i + k] & 0xc0) !== 0x80)
                return i;
        }
        i += need + 1;
    }
    return Math.max(0, b.length - 1);
}

;// CONCATENATED MODULE: ../../packages/data/src/jsonl.ts



/**
 * JSON Lines: one object per line; the columns are the keys seen so far (a key that first appears
 * later is missing, i.e. null, in earlier rows). Blank lines are skipped.
 */
async function* jsonl_readJsonLines(file, gzip, opts) {
    const size = opts.batchSize ?? 2048;
    const columns = [];
    const index = new Map();
    let batch;
    let rows = 0;
    let line = 0;
    const start = () => ({ columns: [...columns], values: columns.map(() => []), length: 0, rowStart: rows, lines: new Int32Array(size) });
    const add = (text, lineNo) => {
        if (text.trim() === '')
            return undefined;
        let obj;
        try {
            obj = JSON.parse(text);
        }
        catch (e) {
            throw new DataError(`invalid JSON: ${e.message}`, { file, line: lineNo });
        }
        if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
            throw new DataError(`expected a JSON object per line, found ${Array.isArray(obj) ? 'an array' : JSON.stringify(obj)?.slice(0, 40)}`, { file, line: lineNo });
        if (!batch)
            batch = start();
        const b = batch;
        const r = b.length;
        for (const [k, v] of Object.entries(obj)) {
            let c = index.get(k);
            if (c === undefined) {
                c = columns.length;
                columns.push(k);
                index.set(k, c);
            }
            if (c >= b.columns.length) {
                for (let m = b.columns.length; m <= c; m++) {
                    b.columns.push(columns[m]);
                    b.values.push(new Array(r).fill(null));
                }
            }
            b.values[c][r] = v;
        }
        for (let c = 0; c < b.columns.length; c++)
            if (b.values[c].length <= r)
                b.values[c][r] = null;
        b.lines[r] = lineNo;
        b.length++;
        rows++;
        if (b.length === size) {
            batch = undefined;
            return b;
        }
        return undefined;
    };
    // A line cut by chunk ends is kept as pieces and joined once: each chunk is searched for newlines once.
    const max = opts.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE;
    const pieces = [];
    let pending = 0;
    const tooLong = () => new DataError(`a line longer than ${max} characters starts here (the cap on one line; raise maxRecordSize if the file really has such lines)`, { file, line: line + 1 });
    for await (const text of textChunks(file, gzip, 'JSON Lines')) {
        let from = 0;
        let nl = text.indexOf('\n');
        if (nl >= 0 && pieces.length) {
            if (pending + nl > max)
                throw tooLong();
            pieces.push(text.slice(0, nl));
            const full = add(pieces.join(''), ++line);
            pieces.length = 0;
            pending = 0;
            if (full)
                yield full;
            from = nl + 1;
            nl = text.indexOf('\n', from);
        }
        while (nl >= 0) {
            if (nl - from > max)
                throw tooLong();
            const full = add(text.slice(from, nl), ++line);
            if (full)
                yield full;
            from = nl + 1;
            nl = text.indexOf('\n', from);
        }
        if (from < text.length) {
            pending += text.length - from;
            if (pending > max)
                throw tooLong();
            pieces.push(text.slice(from));
        }
    }
    if (pieces.length) {
        const full = add(pieces.join(''), ++line);
        if (full)
            yield full;
    }
    if (batch && batch.length > 0)
        yield batch;
    else if (rows === 0) {
        if (line === 0)
            throw new DataError('the file is empty: expected one JSON object per line', { file, line: 1 });
        yield { columns: [], values: [], length: 0, rowStart: 0, lines: new Int32Array(0) };
    }
}

;// CONCATENATED MODULE: ../../packages/data/src/parquet-flat.ts


async function loadHy() {
    const [column, datapage, convert] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(276), __webpack_require__.e(280)]).then(__webpack_require__.bind(__webpack_require__, 1280)), __webpack_require__.e(/* import() */ 276).then(__webpack_require__.bind(__webpack_require__, 9276)), __webpack_require__.e(/* import() */ 626).then(__webpack_require__.bind(__webpack_require__, 3626))]);
    return { ...column, ...datapage, ...convert };
}
/** Whether every column named is flat (a leaf right under the root, not repeated): then `readFlatParquet` can read the file. */
function parquet_flat_allFlat(schema, names) {
    return names.every((n) => {
        const c = schema.children.find((x) => x.element.name === n);
        return !!c && c.children.length === 0 && c.element.repetition_type !== 'REPEATED';
    });
}
const TYPED = [Float64Array, Float32Array, Int32Array, Int16Array, Int8Array, Uint32Array, Uint16Array, Uint8Array, BigInt64Array, BigUint64Array];
function decodeColumn(hy, bytes, rows, decoder) {
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    const nulls = new Uint8Array(rows);
    const maxDef = decoder.schemaPath[1].element.repetition_type === 'REQUIRED' ? 0 : 1;
    let dictionary;
    // the column's cells: a typed array like the first page's values, or a plain array (a later page of another kind turns it into one)
    let out;
    let typed = false;
    let row = 0;
    const place = (values, defs) => {
        if (!out) {
            const Typed = TYPED.find((T) => values instanceof T);
            typed = !!Typed;
            out = Typed ? new Typed(rows) : new Array(rows).fill(null);
        }
        else if (typed && values.constructor !== out.constructor) {
            out = Array.from(out, (v, i) => (nulls[i] ? null : v));
            typed = false;
        }
        const o = out;
        if (defs.length === 0) {
            if (typed)
                o.set(values, row);
            else
                for (let k = 0; k < values.length; k++)
                    o[row + k] = values[k];
            row += values.length;
            return;
        }
        let vi = 0;
        for (let k = 0; k < defs.length; k++) {
            if (defs[k] === maxDef)
                o[row + k] = values[vi++];
            else
                nulls[row + k] = 1;
        }
        row += defs.length;
    };
    while (row < rows) {
        if (reader.offset >= reader.view.byteLength - 1)
            throw new Error(`the column chunk ends after ${row} of ${rows} rows`);
        const header = hy.parquetHeader(reader);
        if (header.type === 'DICTIONARY_PAGE') {
            const { data } = hy.readPage(reader, header, decoder, undefined, undefined, 0);
            dictionary = data ? hy.convert(data, decoder) : undefined;
        }
        else if (header.type === 'DATA_PAGE') {
            const daph = header.data_page_header;
            const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
            reader.offset += header.compressed_page_size;
            const page = hy.decompressPage(compressed, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
            const { definitionLevels, dataPage } = hy.readDataPage(page, daph, decoder);
            place(hy.convertWithDictionary(dataPage, dictionary, daph.encoding, decoder), definitionLevels);
        }
        else if (header.type === 'DATA_PAGE_V2') {
            const daph2 = header.data_page_header_v2;
            const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
            reader.offset += header.compressed_page_size;
            const { definitionLevels, dataPage } = hy.readDataPageV2(compressed, header, decoder);
            const values = hy.convertWithDictionary(dataPage, dictionary, daph2.encoding, decoder);
            // a v2 page may leave out the definition levels when nothing is null
            place(values, definitionLevels.length === 0 && values.length < daph2.num_values ? [] : definitionLevels);
        }
        else
            reader.offset += header.compressed_page_size; // an index page: not data
    }
    const values = out ?? new Array(rows).fill(null);
    let numbers;
    if (TYPED.some((T) => values instanceof T)) {
        const big = values instanceof BigInt64Array || values instanceof BigUint64Array;
        const x = new Float64Array(rows);
        if (big)
            for (let i = 0; i < rows; i++)
                x[i] = Number(values[i]);
        else
            x.set(values);
        const missing = Uint8Array.from(nulls);
        for (let i = 0; i < rows; i++) {
            if (missing[i])
                x[i] = NaN;
            else if (x[i] !== x[i])
                missing[i] = 1; // a NaN float is a missing value, as in pandas
        }
        numbers = { x, nulls: missing };
    }
    return { values, nulls, numbers };
}
/** A slice of a row group's columns as a batch: typed numbers through `numbers`, cells made when `values` is read. */
function flatBatch(columns, cols, start, end, rowStart) {
    const length = end - start;
    const numbers = (c) => {
        const n = cols[c]?.numbers;
        return n && { x: n.x.subarray(start, end), nulls: n.nulls.subarray(start, end) };
    };
    const cell = (c, r) => {
        const col = cols[c];
        if (!col || col.nulls[start + r])
            return null;
        return col.values[start + r];
    };
    return {
        columns,
        length,
        rowStart,
        values: lazyColumns(columns.length, (c) => {
            const col = cols[c];
            if (!col)
                return [];
            const { values, nulls } = col;
            const out = new Array(length);
            for (let r = 0; r < length; r++)
                out[r] = nulls[start + r] ? null : values[start + r];
            return out;
        }),
        numbers,
        nulls: (c) => (cols[c]?.numbers ?? cols[c])?.nulls.subarray(start, end),
        cell,
    };
}
/** Read the wanted (flat) columns of a Parquet file row group by row group, in batches of at most `step` rows. */
async function* parquet_flat_readFlatParquet(file, metadata, schema, columns, wanted, step, compressors) {
    const hy = await loadHy();
    const fd = openSync(file, 'r');
    try {
        let groupStart = 0;
        for (const rg of metadata.row_groups) {
            const rows = Number(rg.num_rows);
            const cols = columns.map(() => undefined);
            for (const chunk of rg.columns) {
                const meta = chunk.meta_data;
                if (chunk.file_path)
                    throw new Error('parquet file_path not supported');
                if (!meta)
                    throw new Error('parquet column metadata is undefined');
                const name = meta.path_in_schema[0];
                const c = columns.indexOf(name);
                if (c < 0 || !wanted.includes(name))
                    continue;
                const offset = Number(meta.dictionary_page_offset || meta.data_page_offset);
                const size = Number(meta.total_compressed_size);
                const bytes = Buffer.allocUnsafe(size);
                if (readSync(fd, bytes, 0, size, offset) !== size)
                    throw new Error(`the column chunk of "${name}" is cut short (the file ends early)`);
                const child = schema.children.find((x) => x.element.name === name);
                const decoder = { pathInSchema: meta.path_in_schema, element: child.element, schemaPath: [schema, child], ...meta, compressors, parsers: hy.DEFAULT_PARSERS, utf8: true };
                cols[c] = decodeColumn(hy, bytes, rows, decoder);
            }
            for (let s = 0; s < rows; s += step)
                yield flatBatch(columns, cols, s, Math.min(rows, s + step), groupStart + s);
            groupStart += rows;
        }
    }
    finally {
        closeSync(fd);
    }
}

;// CONCATENATED MODULE: ../../packages/data/src/parquet.ts


/** Parquet through hyparquet, one row group (or a slice of it) at a time, column by column: flat columns typed (parquet-flat.ts), nested ones assembled by hyparquet. */
async function* parquet_readParquet(file, opts) {
    let scan;
    let flat;
    let columns;
    let wanted;
    try {
        // loaded on first use: a CSV or JSON Lines run does not pay for parsing the Parquet codecs
        const [{ asyncBufferFromFile, parquetMetadataAsync, parquetScan, parquetSchema }, { compressors }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(276), __webpack_require__.e(280), __webpack_require__.e(400)]).then(__webpack_require__.bind(__webpack_require__, 7400)), __webpack_require__.e(/* import() */ 381).then(__webpack_require__.bind(__webpack_require__, 2381))]);
        const buffer = await asyncBufferFromFile(file);
        if (buffer.byteLength === 0)
            throw new DataError('the file is empty: expected a Parquet file', { file });
        const metadata = await parquetMetadataAsync(buffer);
        columns = parquetSchema(metadata).children.map((c) => c.element.name);
        wanted = opts.columns ? columns.filter((c) => opts.columns.includes(c)) : columns;
        const schema = parquetSchema(metadata);
        if (allFlat(schema, wanted)) {
            flat = readFlatParquet(file, metadata, schema, columns, wanted, Math.max(opts.batchSize ?? 65536, 65536), compressors);
        }
        else
            scan = await parquetScan({ file: buffer, metadata, columns: wanted, compressors });
    }
    catch (e) {
        throw asDataError(e, file);
    }
    if (flat) {
        let emitted = false;
        try {
            for await (const b of flat) {
                emitted = true;
                yield b;
            }
        }
        catch (e) {
            throw asDataError(e, file);
        }
        if (!emitted)
            yield { columns, values: columns.map(() => []), length: 0, rowStart: 0 };
        return;
    }
    scan = scan;
    const step = Math.max(opts.batchSize ?? 65536, 65536);
    let emitted = false;
    for (const range of scan.ranges) {
        for (let start = range.rowStart; start < range.rowEnd; start += step) {
            const end = Math.min(range.rowEnd, start + step);
            const values = [];
            try {
                for (const column of columns)
                    values.push(wanted.includes(column) ? Array.from(await scan.readColumn({ column, rowStart: start, rowEnd: end })) : []);
            }
            catch (e) {
                throw asDataError(e, file);
            }
            emitted = true;
            yield { columns, values, length: end - start, rowStart: start };
        }
    }
    if (!emitted)
        yield { columns, values: columns.map(() => []), length: 0, rowStart: 0 };
}
function asDataError(e, file) {
    if (e instanceof DataError)
        return e;
    const msg = e.message ?? String(e);
    return new DataError(`cannot read the Parquet file (truncated or not Parquet?): ${msg}`, { file });
}

;// CONCATENATED MODULE: ../../packages/data/src/source.ts






/** Format from the file name: .csv .tsv .jsonl .ndjson .json(l) .parquet, each optionally .gz. */
function detectFormat(file) {
    const lower = file.toLowerCase();
    const gzip = lower.endsWith('.gz');
    const base = gzip ? lower.slice(0, -3) : lower;
    if (base.endsWith('.csv') || base.endsWith('.txt'))
        return { format: 'csv', gzip };
    if (base.endsWith('.tsv') || base.endsWith('.tab'))
        return { format: 'tsv', gzip };
    if (base.endsWith('.jsonl') || base.endsWith('.ndjson') || base.endsWith('.json'))
        return { format: 'jsonl', gzip };
    if (base.endsWith('.parquet') || base.endsWith('.pq')) {
        if (gzip)
            throw new DataError('gzip-compressed Parquet is not supported: Parquet compresses its pages itself', { file });
        return { format: 'parquet', gzip };
    }
    throw new DataError('cannot tell the data format from the file name: expected .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz)', { file });
}
/** Files named by a path or a glob, sorted; a pattern that matches nothing is an error. The glob matcher is loaded only for patterns. */
async function expandFiles(pattern) {
    if (/[*?[\]{}]/.test(pattern) && !existsSync(pattern)) {
        const { globSync } = await __webpack_require__.e(/* import() */ 211).then(__webpack_require__.bind(__webpack_require__, 3592));
        const files = globSync(pattern, { onlyFiles: true, absolute: false, expandDirectories: false }).sort();
        if (files.length === 0)
            throw new DataError(`no file matches the pattern "${pattern}"`, { field: 'data' });
        return files;
    }
    if (!existsSync(pattern))
        throw new DataError('data file not found', { file: pattern });
    if (statSync(pattern).isDirectory())
        throw new DataError('data path is a directory; give a file or a glob such as dir/*.csv', { file: pattern });
    return [pattern];
}
/** Open a file or glob as one table (all files must share the format and, for CSV, the header). */
async function openTable(pattern, opts = {}) {
    const files = await expandFiles(pattern);
    const formats = files.map(detectFormat);
    const format = formats[0].format;
    for (let k = 1; k < files.length; k++) {
        if (formats[k].format !== format)
            throw new DataError(`all files of "${pattern}" must have one format: ${files[0]} is ${format}, ${files[k]} is ${formats[k].format}`, { file: files[k] });
    }
    return {
        files,
        format,
        async *batches() {
            let rowStart = 0;
            let header;
            for (let k = 0; k < files.length; k++) {
                const file = files[k];
                let fileRows = 0;
                const gen = format === 'parquet' ? readParquet(file, opts) : format === 'jsonl' ? readJsonLines(file, formats[k].gzip, opts) : readDelimited(file, format === 'tsv' ? '\t' : ',', formats[k].gzip, opts);
                for await (const b of gen) {
                    if (format !== 'jsonl') {
                        if (!header)
                            header = b.columns;
                        else if (b.columns.join('\u0000') !== header.join('\u0000'))
                            throw new DataError(`the columns differ from those of ${files[0]}`, { file, line: 1 });
                    }
                    fileRows = b.rowStart + b.length;
                    b.rowStart += rowStart;
                    yield b;
                }
                rowStart += fileRows;
            }
        },
    };
}
async function* readDelimited(file, delimiter, gzip, opts) {
    const parser = new CsvParser(file, delimiter, opts.batchSize, opts.nullValues, opts.maxRecordSize, opts.columns);
    let rows = 0;
    for await (const text of textChunks(file, gzip, delimiter === '\t' ? 'TSV' : 'CSV')) {
        for (const b of parser.push(text)) {
            rows += b.length;
            yield b;
        }
    }
    for (const b of parser.push('', true)) {
        rows += b.length;
        yield b;
    }
    if (!parser.header)
        throw new DataError('the file is empty: expected a header line with the column names', { file, line: 1 });
    if (rows === 0)
        yield { columns: parser.header, values: parser.header.map(() => []), length: 0, rowStart: 0, lines: new Int32Array(0) };
}
/** The column names of a CSV/TSV header or a Parquet schema (the first file of a glob), without reading the rows. */
async function readColumnNames(file) {
    const { format, gzip } = detectFormat(file);
    if (format === 'jsonl')
        throw new DataError('JSON Lines has no header: its columns are known only after reading the rows', { file });
    if (format === 'parquet') {
        const { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } = await Promise.all(/* import() */[__webpack_require__.e(276), __webpack_require__.e(280), __webpack_require__.e(400)]).then(__webpack_require__.bind(__webpack_require__, 7400));
        try {
            return parquetSchema(await parquetMetadataAsync(await asyncBufferFromFile(file))).children.map((c) => c.element.name);
        }
        catch (e) {
            throw new DataError(`cannot read the Parquet file (truncated or not Parquet?): ${e.message}`, { file });
        }
    }
    const parser = new CsvParser(file, format === 'tsv' ? '\t' : ',', 1);
    parser.headerOnly = true;
    const chunks = textChunks(file, gzip, format === 'tsv' ? 'TSV' : 'CSV');
    for await (const text of chunks) {
        parser.push(text);
        if (parser.header) {
            await chunks.return(undefined);
            return parser.header;
        }
    }
    parser.push('', true);
    if (!parser.header)
        throw new DataError('the file is empty: expected a header line with the column names', { file, line: 1 });
    return parser.header;
}

;// CONCATENATED MODULE: ../../packages/data/src/index.ts








;// CONCATENATED MODULE: ../../packages/checks/src/values.ts

/**
 * Cell semantics shared by the engine and the judges. `textual` sources (CSV/TSV) hold strings, so a
 * numeric comparison parses them; typed sources (JSON Lines, Parquet, GE fixtures) keep Python-like
 * types: "1" is not 1, and comparing text with a number is an error, as in Great Expectations.
 */
function isNull(v) {
    return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
}
/** A number for numeric aggregates, or NaN when the cell is not numeric. */
function numeric(v, textual) {
    switch (typeof v) {
        case 'number':
            return v;
        case 'bigint':
            return Number(v);
        case 'string':
            return textual ? parseNumber(v) : NaN;
        case 'boolean':
            return textual ? NaN : v ? 1 : 0;
        default:
            return v instanceof Date ? v.getTime() : NaN;
    }
}
/** Identity of a value for counting and set membership (1 and 1.0 are one value, "1" another). */
function valueKey(v) {
    switch (typeof v) {
        case 'number':
            return Object.is(v, -0) ? 'n0' : `n${v}`;
        case 'bigint':
            return `n${v}`;
        case 'string':
            return `s${v}`;
        case 'boolean':
            return `b${v}`;
        default:
            if (v instanceof Date)
                return `d${v.toISOString()}`;
            return `o${toText(v)}`;
    }
}
/** Keys under which a cell can be found in a set: for CSV text that reads as a number, also the number. */
function lookupKeys(v, textual) {
    const k = valueKey(v);
    if (textual && typeof v === 'string') {
        const n = parseNumber(v);
        if (n === n)
            return [k, valueKey(n)];
        if (v === 'true' || v === 'True' || v === 'TRUE')
            return [k, 'btrue'];
        if (v === 'false' || v === 'False' || v === 'FALSE')
            return [k, 'bfalse'];
    }
    return [k];
}
class TypeMismatch extends (/* unused pure expression or super */ null && (Error)) {
}
/**
 * Order two values: numbers numerically (CSV text parsed), strings lexicographically; text against a
 * number in a typed source throws TypeMismatch (GE on pandas raises a TypeError there).
 */
function compare(a, b, textual) {
    if (typeof a === 'string' && typeof b === 'string' && !textual)
        return a < b ? -1 : a > b ? 1 : 0;
    const na = numeric(a, textual);
    const nb = numeric(b, textual);
    if (na === na && nb === nb)
        return na < nb ? -1 : na > nb ? 1 : 0;
    if (textual || (typeof a === 'string' && typeof b === 'string')) {
        const ta = toText(a);
        const tb = toText(b);
        return ta < tb ? -1 : ta > tb ? 1 : 0;
    }
    throw new TypeMismatch(`cannot compare ${describe(a)} with ${describe(b)}`);
}
function describe(v) {
    if (typeof v === 'string')
        return `text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
    return `${typeof v} ${toText(v)}`;
}
/** Python-like equality: 1 == 1.0, "1" != 1 (except that CSV text is compared as what it reads as). */
function sameValue(a, b, textual) {
    if (isNull(a) || isNull(b))
        return false;
    if (valueKey(a) === valueKey(b))
        return true;
    if (textual) {
        const na = numeric(a, true);
        const nb = numeric(b, true);
        return na === na && na === nb;
    }
    return false;
}
/** A plain JSON value for reports (bigint → number or string, Date → ISO text). */
function plain(v) {
    if (typeof v === 'bigint')
        return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'number' && !Number.isFinite(v))
        return String(v);
    return v;
}

;// CONCATENATED MODULE: ../../packages/checks/src/profile.ts





const TOP_VALUES = 50;
const PCT = Array.from({ length: 101 }, (_, i) => i / 100);
/** What a profile (and drift) needs of every column. */
const PROFILE_NEEDS = { moments: true, values: true, kinds: true, quantiles: [{ method: 'linear', qs: PCT }], sample: true };
/** Type of a column for profiles and drift: numeric when every non-null value reads as a number. */
function columnType(c, textual) {
    if (c.nonNull === 0)
        return 'null';
    if (c.numeric === c.nonNull && (c.kinds?.boolean ?? 0) === 0)
        return (c.kinds?.integer ?? 0) === c.nonNull ? 'integer' : 'number';
    const dtype = c.kinds ? pandasDtype(c) : 'object';
    if (dtype === 'bool' || (textual && (c.kinds?.boolean ?? 0) === c.nonNull))
        return 'boolean';
    if (dtype === 'datetime64')
        return 'datetime';
    return 'string';
}
function topValues(c, n = TOP_VALUES) {
    return [...(c.values ?? [])]
        .sort((a, b) => b.count - a.count)
        .slice(0, n)
        .map((e) => ({ value: plain(e.value), count: e.count }));
}
function buildProfile(m, source) {
    const columns = {};
    for (const name of m.columns) {
        const c = columnOf(m, name);
        if (!c)
            continue;
        const type = columnType(c, m.textual);
        const p = { type, count: c.nonNull, nulls: c.nulls, distinct: c.distinct, distinctExact: c.valuesExact };
        if ((type === 'integer' || type === 'number') && c.numeric > 0) {
            p.min = c.min;
            p.max = c.max;
            p.mean = c.mean;
            p.std = c.numeric > 1 ? Math.sqrt(c.m2 / (c.numeric - 1)) : 0;
            p.percentiles = quantilesOf(c, PCT, 'linear');
            p.histogram = histogram(c);
        }
        if (type !== 'integer' && type !== 'number' || c.distinct <= TOP_VALUES) {
            const top = topValues(c);
            p.top = top;
            p.topShare = c.nonNull ? top.reduce((s, t) => s + t.count, 0) / c.nonNull : 0;
        }
        columns[name] = p;
    }
    return { schema: 'mlgate/profile@1', rows: m.rows, columns, source, createdAt: new Date().toISOString() };
}
function histogram(c) {
    const bins = 20;
    const lo = c.min;
    const hi = c.max === c.min ? c.min + 1 : c.max;
    const edges = Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
    const counts = new Array(bins).fill(0);
    const { values, weights } = c.sample;
    for (let i = 0; i < values.length; i++) {
        const k = Math.min(bins - 1, Math.max(0, Math.floor(((values[i] - lo) / (hi - lo)) * bins)));
        counts[k] += weights ? weights[i] : 1;
    }
    return { edges, counts };
}
const profileSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz('mlgate/profile@1'),
    rows: schemas/* number */.aig(),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({
        type: schemas/* string */.YjP(),
        count: schemas/* number */.aig(),
        nulls: schemas/* number */.aig(),
        distinct: schemas/* number */.aig(),
        distinctExact: schemas/* _default */.Rvf(schemas/* boolean */.zMY(), true),
        min: schemas/* optional */.lqM(schemas/* number */.aig()),
        max: schemas/* optional */.lqM(schemas/* number */.aig()),
        mean: schemas/* optional */.lqM(schemas/* number */.aig()),
        std: schemas/* optional */.lqM(schemas/* number */.aig()),
        percentiles: schemas/* optional */.lqM(schemas/* array */.YOg(schemas/* number */.aig()).check(api/* _length */.YA(101))),
        histogram: schemas/* optional */.lqM(schemas/* object */.Ikc({ edges: schemas/* array */.YOg(schemas/* number */.aig()), counts: schemas/* array */.YOg(schemas/* number */.aig()) })),
        top: schemas/* optional */.lqM(schemas/* array */.YOg(schemas/* object */.Ikc({ value: schemas/* unknown */.L5J(), count: schemas/* number */.aig() }))),
        topShare: schemas/* optional */.lqM(schemas/* number */.aig()),
    })),
    source: schemas/* optional */.lqM(schemas/* object */.Ikc({ files: schemas/* array */.YOg(schemas/* string */.YjP()), format: schemas/* string */.YjP() })),
    createdAt: schemas/* _default */.Rvf(schemas/* string */.YjP(), ''),
});
function isProfileFile(file) {
    if (!/\.json$/i.test(file))
        return false;
    try {
        const head = (0,src/* readTextFile */.Gu)(file, 'reference').slice(0, 200);
        return head.includes('"mlgate/profile@1"');
    }
    catch {
        return false;
    }
}
function readProfile(file) {
    const p = (0,src/* parseExternalJson */.V6)((0,src/* readTextFile */.Gu)(file, 'reference profile'), profileSchema, file);
    if (Object.keys(p.columns).length === 0)
        throw new src/* DataError */.fL('the reference profile has no columns', { file });
    return p;
}


/***/ })

};
