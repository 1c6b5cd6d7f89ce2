/** Missing-value tokens of pandas' `read_csv` (`na_values` default), so "same as pandas" holds for CSV. */
export const PANDAS_NULLS: readonly string[] = ['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null'];

/**
 * A number from a cell: numbers as they are, numeric strings parsed (decimal, exponent, inf),
 * anything else NaN. Strict: '', ' 1', '0x10', '1_000' are not numbers.
 */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return parseNumber(v);
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.getTime();
  return NaN;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `[-]digits[.digits]` with at most 15 significant digits, read from `s[a, b)` without making a string
 * (exact: an integer below 2^53 divided by a power of ten, Clinger's fast path); NaN for anything
 * else, which the caller then reads the slow way. Never NaN for a cell that is a number this way.
 */
export function fastNumber(s: string, a: number, b: number): number {
  const n = b - a;
  if (n === 0 || n > 16) return NaN;
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
      if (frac >= 0) frac++;
    } else if (d === -2 && frac < 0) frac = 0;
    else return NaN;
  }
  return decimal(mant, digits, frac, c === 45);
}

/** The number of `digits` digits `mant` with `frac` of them after the point (-1: no point), negated if `neg`: NaN past 15 digits, for no digit, or for a point with no digit after it (`fastNumber`, and the CSV tokeniser as it scans). */
export function decimal(mant: number, digits: number, frac: number, neg: boolean): number {
  if (digits === 0 || digits > 15 || frac === 0) return NaN;
  const v = frac > 0 ? mant / POW10[frac]! : mant;
  return neg ? -v : v;
}

export function parseNumber(s: string): number {
  const n = s.length;
  if (n === 0) return NaN;
  const fast = fastNumber(s, 0, n);
  if (fast === fast) return fast;
  const c = s.charCodeAt(0);
  // digits, '-', '+', '.'; everything else (incl. whitespace, letters) is not a number, except inf
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    const last = s.charCodeAt(n - 1);
    if (!((last >= 48 && last <= 57) || last === 46 || last === 102 || last === 70 || last === 121)) return NaN;
    if (n > 1 && c === 48) {
      const c1 = s.charCodeAt(1);
      if (c1 === 120 || c1 === 88 || c1 === 98 || c1 === 66 || c1 === 111 || c1 === 79) return NaN; // 0x 0b 0o
    }
    const v = +s;
    if (v !== v) {
      const lower = s.toLowerCase();
      if (lower === '-inf' || lower === '+inf') return lower[0] === '-' ? -Infinity : Infinity;
      return NaN;
    }
    return v;
  }
  if (c === 105 || c === 73) {
    const lower = s.toLowerCase();
    if (lower === 'inf' || lower === 'infinity') return Infinity;
  }
  return NaN;
}

/** The text of a cell, as string predicates (regex, length, set membership on CSV) see it. */
export function toText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
  return String(v);
}

export type ColumnType = 'integer' | 'number' | 'boolean' | 'string' | 'datetime' | 'mixed' | 'null';

const BOOL_TEXT = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE']);

/** Kind of one non-null cell, for column typing. */
export function cellKind(v: unknown): Exclude<ColumnType, 'mixed' | 'null'> | 'object' {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? 'integer' : 'number';
    case 'bigint':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'string': {
      const n = parseNumber(v);
      if (n === n) return Number.isInteger(n) && !/[.eE]/.test(v) ? 'integer' : 'number';
      if (BOOL_TEXT.has(v)) return 'boolean';
      return 'string';
    }
    default:
      return v instanceof Date ? 'datetime' : 'object';
  }
}
