import { parseNumber, toText } from '@mlgate/data';

/**
 * Cell semantics shared by the engine and the judges. `textual` sources (CSV/TSV) hold strings, so a
 * numeric comparison parses them; typed sources (JSON Lines, Parquet, GE fixtures) keep Python-like
 * types: "1" is not 1, and comparing text with a number is an error, as in Great Expectations.
 */
export function isNull(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
}

/** A number for numeric aggregates, or NaN when the cell is not numeric. */
export function numeric(v: unknown, textual: boolean): number {
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
export function valueKey(v: unknown): string {
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
      if (v instanceof Date) return `d${v.toISOString()}`;
      return `o${toText(v)}`;
  }
}

/** Keys under which a cell can be found in a set: for CSV text that reads as a number, also the number. */
export function lookupKeys(v: unknown, textual: boolean): string[] {
  const k = valueKey(v);
  if (textual && typeof v === 'string') {
    const n = parseNumber(v);
    if (n === n) return [k, valueKey(n)];
    if (v === 'true' || v === 'True' || v === 'TRUE') return [k, 'btrue'];
    if (v === 'false' || v === 'False' || v === 'FALSE') return [k, 'bfalse'];
  }
  return [k];
}

export class TypeMismatch extends Error {}

/**
 * Order two values: numbers numerically (CSV text parsed), strings lexicographically; text against a
 * number in a typed source throws TypeMismatch (GE on pandas raises a TypeError there).
 */
export function compare(a: unknown, b: unknown, textual: boolean): number {
  if (typeof a === 'string' && typeof b === 'string' && !textual) return a < b ? -1 : a > b ? 1 : 0;
  const na = numeric(a, textual);
  const nb = numeric(b, textual);
  if (na === na && nb === nb) return na < nb ? -1 : na > nb ? 1 : 0;
  if (textual || (typeof a === 'string' && typeof b === 'string')) {
    const ta = toText(a);
    const tb = toText(b);
    return ta < tb ? -1 : ta > tb ? 1 : 0;
  }
  throw new TypeMismatch(`cannot compare ${describe(a)} with ${describe(b)}`);
}

export function describe(v: unknown): string {
  if (typeof v === 'string') return `text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${toText(v)}`;
}

/** Python-like equality: 1 == 1.0, "1" != 1 (except that CSV text is compared as what it reads as). */
export function sameValue(a: unknown, b: unknown, textual: boolean): boolean {
  if (isNull(a) || isNull(b)) return false;
  if (valueKey(a) === valueKey(b)) return true;
  if (textual) {
    const na = numeric(a, true);
    const nb = numeric(b, true);
    return na === na && na === nb;
  }
  return false;
}

/** A plain JSON value for reports (bigint → number or string, Date → ISO text). */
export function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}
