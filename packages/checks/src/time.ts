/**
 * Dates and times in checks: ISO 8601 text in the data and in bounds, and Great Expectations'
 * evaluation parameters for bounds relative to the run (`now() - timedelta(days=1)`).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * ISO 8601 date or date-time text → milliseconds since the epoch; undefined for anything else.
 * A time without an offset is UTC, as pandas reads naive times; `2024-02-30` is not a date.
 */
export function parseTimestamp(text: string): number | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m.slice(1) as string[];
  const ms = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s, frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0);
  const back = new Date(ms);
  if (back.getUTCMonth() !== +mo! - 1 || back.getUTCDate() !== +d! || +h > 23 || +mi > 59 || +s > 59) return undefined;
  if (!zone || zone.toUpperCase() === 'Z') return ms;
  const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  const offset = (+z[2]! * 60 + +(z[3] ?? 0)) * 60_000;
  return z[1] === '+' ? ms - offset : ms + offset;
}

const UNIT_MS: Record<string, number> = { weeks: 604_800_000, days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1, microseconds: 0.001 };

/**
 * A Great Expectations evaluation parameter for a date bound: `now()`, or `now()` plus or minus a
 * `timedelta(...)` with keyword arguments (weeks, days, hours, minutes, seconds, milliseconds,
 * microseconds) or days as its one positional argument. An error names what is understood.
 */
export function evalTimeParameter(expr: string, now: number): number {
  const m = /^\s*now\(\s*\)\s*(?:([+-])\s*timedelta\(([^()]*)\))?\s*$/.exec(expr);
  if (!m) throw new Error(`cannot evaluate "${expr}": expected now() or now() ± timedelta(days=…, hours=…)`);
  if (!m[1]) return now;
  let delta = 0;
  const args = m[2]!.split(',').map((a) => a.trim()).filter(Boolean);
  args.forEach((arg, i) => {
    const kw = /^(\w+)\s*=\s*(-?\d+(?:\.\d+)?)$/.exec(arg);
    if (kw && UNIT_MS[kw[1]!] !== undefined) delta += Number(kw[2]) * UNIT_MS[kw[1]!]!;
    else if (i === 0 && /^-?\d+(?:\.\d+)?$/.test(arg)) delta += Number(arg) * UNIT_MS.days!;
    else throw new Error(`cannot evaluate "${expr}": "${arg}" is not one of ${Object.keys(UNIT_MS).join(', ')} (as name=number)`);
  });
  return m[1] === '+' ? now + delta : now - delta;
}

/** `{ "$PARAMETER": "now() - timedelta(days=1)" }` */
export function isParameter(v: unknown): v is { $PARAMETER: string } {
  return v !== null && typeof v === 'object' && typeof (v as { $PARAMETER?: unknown }).$PARAMETER === 'string';
}

/** A bound that asks for a date comparison: ISO text or an evaluation parameter. */
export function isTimeBound(v: unknown): boolean {
  return isParameter(v) || (typeof v === 'string' && parseTimestamp(v) !== undefined);
}
