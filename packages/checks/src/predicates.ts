import { toText } from '@mlgate/data';
import type { Predicate } from './plan.js';
import { compare, describe, isNull, lookupKeys, numeric, TypeMismatch, valueKey } from './values.js';
import { strftimeMatcher } from './strftime.js';

/** Compile a predicate to a test of one non-null value: true = expected. May throw TypeMismatch. */
export function compilePredicate(p: Predicate, textual: boolean): (v: unknown) => boolean {
  switch (p.op) {
    case 'not_null':
      return (v) => !isNull(v);
    case 'null':
      return (v) => isNull(v);
    case 'between': {
      const { min, max } = p;
      const strictMin = !!p.strictMin;
      const strictMax = !!p.strictMax;
      const numericBounds = (min === undefined || typeof min === 'number') && (max === undefined || typeof max === 'number');
      if (numericBounds) {
        const lo = min as number | undefined;
        const hi = max as number | undefined;
        return (v) => {
          const x = numeric(v, textual);
          if (x !== x) {
            if (textual || typeof v === 'object') return false;
            throw new TypeMismatch(`cannot compare ${describe(v)} with a number`);
          }
          if (lo !== undefined && (strictMin ? x <= lo : x < lo)) return false;
          if (hi !== undefined && (strictMax ? x >= hi : x > hi)) return false;
          return true;
        };
      }
      return (v) => {
        if (min !== undefined) {
          const c = compare(v, min, textual);
          if (strictMin ? c <= 0 : c < 0) return false;
        }
        if (max !== undefined) {
          const c = compare(v, max, textual);
          if (strictMax ? c >= 0 : c > 0) return false;
        }
        return true;
      };
    }
    case 'in_set': {
      const set = new Set(p.values.map(valueKey));
      const negate = !!p.negate;
      const texts = new Set(p.values.filter((x) => typeof x === 'string') as string[]);
      // typed cells: text is found among the set's texts as is (the same answer as its key, without making the key)
      if (!textual) return (v) => (typeof v === 'string' ? texts.has(v) : set.has(valueKey(v))) !== negate;
      // CSV text: look the text up as is, then as the number or boolean it reads as
      const numbers = new Set(p.values.filter((x) => typeof x === 'number') as number[]);
      const bools = new Set(p.values.filter((x) => typeof x === 'boolean') as boolean[]);
      return (v) => {
        if (typeof v !== 'string') return set.has(valueKey(v)) !== negate;
        if (texts.has(v)) return !negate;
        if (numbers.size) {
          const n = numeric(v, true);
          if (n === n && numbers.has(n)) return !negate;
        }
        if (bools.size && lookupKeys(v, true).some((k) => set.has(k))) return !negate;
        return negate;
      };
    }
    case 'regex': {
      const res = p.patterns.map((x) => pythonRegex(x));
      const negate = !!p.negate;
      if (negate) return (v) => !res.some((re) => re.test(toText(v)));
      if (p.match === 'all') return (v) => res.every((re) => re.test(toText(v)));
      return (v) => res.some((re) => re.test(toText(v)));
    }
    case 'length': {
      const { min, max } = p;
      return (v) => {
        if (typeof v !== 'string' && !textual) throw new TypeMismatch(`value lengths need text values, found ${describe(v)}`);
        const n = [...toText(v)].length;
        if (min !== undefined && (p.strictMin ? n <= min : n < min)) return false;
        if (max !== undefined && (p.strictMax ? n >= max : n > max)) return false;
        return true;
      };
    }
    case 'type': {
      const accepted = new Set(p.types.map(pythonTypeOfName).filter(Boolean));
      return (v) => accepted.has(pythonType(v, textual));
    }
    case 'json':
      return (v) => {
        if (typeof v !== 'string') return false;
        try {
          JSON.parse(v);
          return true;
        } catch {
          return false;
        }
      };
    case 'strftime': {
      const m = strftimeMatcher(p.format);
      return (v) => {
        if (typeof v !== 'string') throw new TypeMismatch(`values must be text to match a strftime format, found ${describe(v)}`);
        return m(v);
      };
    }
    case 'dateutil':
      return (v) => {
        if (typeof v !== 'string') throw new TypeMismatch(`Values passed to expect_column_values_to_be_dateutil_parseable must be of type string; found ${describe(v)}`);
        return dateutilParseable(v);
      };
  }
}

/** Python's `re` syntax in JavaScript: named groups `(?P<n>…)`, `\A`, `\Z`; search semantics (not full match). */
export function pythonRegex(pattern: string): RegExp {
  const js = pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>').replace(/\\A/g, '^').replace(/\\Z/g, '$');
  return new RegExp(js, 'u');
}

/** SQL LIKE (`%`, `_`) to a full-match regex. */
export function likeToRegex(like: string): string {
  let out = '^';
  for (const ch of like) {
    if (ch === '%') out += '.*';
    else if (ch === '_') out += '.';
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return `${out}$`;
}

/** Python type name of a value: int, float, str, bool, dict, list, datetime. */
export function pythonType(v: unknown, textual: boolean): string {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    case 'string': {
      if (textual) {
        const n = numeric(v, true);
        if (n === n) return /^[+-]?\d+$/.test(v) ? 'int' : 'float';
      }
      return 'str';
    }
    default:
      if (v instanceof Date) return 'datetime';
      return Array.isArray(v) ? 'list' : 'dict';
  }
}

/** Type names of Python, NumPy, pandas and mlgate's own, mapped to the value types above. */
export function pythonTypeOfName(name: string): string | undefined {
  const n = name.toLowerCase();
  if (/^(u?int(8|16|32|64)?|integer|long|int_|intc|intp|int64dtype|bigint|smallint|tinyint)$/.test(n)) return 'int';
  if (/^(float(16|32|64|128)?|float_|double|number|real|decimal|numeric|float64dtype|longdouble)$/.test(n)) return 'float';
  if (/^(str|string|str_|unicode|unicode_|text|varchar|string_|stringdtype|object|object_|o)$/.test(n)) return 'str';
  if (/^(bool|bool_|boolean|booldtype)$/.test(n)) return 'bool';
  if (/^(datetime|datetime64|timestamp|date|datetime64\[ns\]|datetimetzdtype|datetimetzdtypetype)$/.test(n)) return 'datetime';
  if (/^(dict|object_dict|map)$/.test(n)) return 'dict';
  if (/^(list|array)$/.test(n)) return 'list';
  return undefined;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const DATEISH = new RegExp(
  [
    String.raw`^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}([ T]\d{1,2}(:\d{2}(:\d{2}(\.\d+)?)?)?\s*(z|[+-]\d{2}:?\d{2})?)?$`,
    String.raw`^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}( \d{1,2}(:\d{2}(:\d{2})?)?\s*(am|pm)?)?$`,
    String.raw`^(\d{1,2}\s+)?(${MONTHS})\.?(\s+\d{1,2}(st|nd|rd|th)?)?,?(\s+\d{2,4})?(\s+\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?)?$`,
    String.raw`^\d{8}(t?\d{4,6})?$`,
    String.raw`^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(am|pm)?$`,
  ].join('|'),
  'i',
);

/** Whether python-dateutil's parser would read the text as a date (the common forms it accepts). */
export function dateutilParseable(s: string): boolean {
  const t = s.trim();
  if (t === '') return false;
  if (DATEISH.test(t)) return true;
  return /^[a-z]+,?\s/i.test(t) && !Number.isNaN(Date.parse(t));
}
