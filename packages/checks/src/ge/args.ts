/** Readers of an expectation's arguments: each checks a type and names the argument when it is wrong. */
import { ArgumentError } from '../errors.js';
import { pythonRegex } from '../predicates.js';
import { evalTimeParameter, isParameter, parseTimestamp } from '../time.js';
import type { Args } from './types.js';

export function num(a: Args, k: string, opts: { integer?: boolean } = {}): number | undefined {
  const v = a[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ArgumentError(`"${k}" must be a number, got ${JSON.stringify(v)}`, k);
  if (opts.integer && !Number.isInteger(v)) throw new ArgumentError(`"${k}" must be integers`, k);
  return v;
}
export function bound(a: Args, k: string): unknown {
  const v = a[k];
  return v === null ? undefined : v;
}
export function str(a: Args, k: string): string {
  const v = a[k];
  if (typeof v !== 'string') throw new ArgumentError(`"${k}" must be text, got ${JSON.stringify(v)}`, k);
  return v;
}
export function list(a: Args, k: string): unknown[] {
  const v = a[k];
  if (!Array.isArray(v)) throw new ArgumentError(`"${k}" must be a list, got ${JSON.stringify(v)}`, k);
  return v;
}
export function mostly(a: Args): number {
  const m = a.mostly ?? 1;
  if (typeof m !== 'number' || m < 0 || m > 1) throw new ArgumentError(`"mostly" must be a number greater than or equal to 0 and less than or equal to 1, got ${JSON.stringify(m)}`, 'mostly');
  return m;
}
export function checkMinMax(lo: unknown, hi: unknown, bothRequired = true): void {
  if (bothRequired && lo === undefined && hi === undefined) throw new ArgumentError('min_value and max_value cannot both be None', 'min_value');
  if (typeof lo === 'number' && typeof hi === 'number' && lo > hi) throw new ArgumentError('min_value cannot be greater than max_value', 'min_value');
}
export function inRange(x: number, lo: unknown, hi: unknown, strictMin = false, strictMax = false): boolean {
  if (x === undefined || x === null || Number.isNaN(x)) return false;
  if (typeof lo === 'number' && (strictMin ? !(x > lo) : !(x >= lo))) return false;
  if (typeof hi === 'number' && (strictMax ? !(x < hi) : !(x <= hi))) return false;
  return true;
}


export const nanToNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** A date bound as milliseconds: ISO text, or an evaluation parameter relative to `now`. */
export function timeBound(a: Args, k: string, now: number): number | undefined {
  const v = bound(a, k);
  if (v === undefined) return undefined;
  if (isParameter(v)) {
    try {
      return evalTimeParameter(v.$PARAMETER, now);
    } catch (e) {
      throw new ArgumentError(`"${k}": ${(e as Error).message}`, k);
    }
  }
  const t = typeof v === 'string' ? parseTimestamp(v) : undefined;
  if (t === undefined) throw new ArgumentError(`"${k}" must be a date like "2024-01-31T00:00:00" or {"$PARAMETER": "now() - timedelta(days=1)"} when the other bound is one, got ${JSON.stringify(v)}`, k);
  return t;
}

export function regexArg(a: Args, k: string): string {
  const r = str(a, k);
  try {
    pythonRegex(r);
  } catch (e) {
    throw new ArgumentError(`"${k}" is not a valid regular expression: ${(e as Error).message}`, k);
  }
  return r;
}
export function regexList(a: Args, k: string): string[] {
  const l = list(a, k).map(String);
  if (l.length === 0) throw new ArgumentError(`"${k}" must not be empty`, k);
  for (const r of l) regexArg({ [k]: r }, k);
  return l;
}
export function matchOn(a: Args): 'any' | 'all' {
  const m = a.match_on ?? 'any';
  if (m !== 'any' && m !== 'all') throw new ArgumentError(`"match_on" must be "any" or "all", got ${JSON.stringify(m)}`, 'match_on');
  return m;
}
