import { ConfigurationError } from '@mlgate/core';

/** One step of an answer path: a key, an array index, or `*` (the row of a batch). */
export type Segment = string | number | '*';

/**
 * Parse an answer path such as `predictions[0].score`, `data.label` or `predictions[*].score`.
 * Keys with dots or brackets can be quoted: `["my.key"]`.
 */
export function parsePath(path: string, field = 'answer'): Segment[] {
  const segs: Segment[] = [];
  const re = /\s*(?:\.?([A-Za-z_$][\w$-]*)|\[\s*(\d+|\*)\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\])/y;
  let i = 0;
  const s = path.trim();
  if (s === '' || s === '$' || s === '.') return [];
  let start = s.startsWith('$') ? 1 : 0;
  re.lastIndex = start;
  while (re.lastIndex < s.length) {
    i = re.lastIndex;
    const m = re.exec(s);
    if (!m || m.index !== i) throw new ConfigurationError(`${field}: cannot read the path "${path}" at character ${i + 1}; expected keys and indexes such as predictions[0].score`, { field });
    if (m[1] !== undefined) segs.push(m[1]);
    else if (m[2] !== undefined) segs.push(m[2] === '*' ? '*' : Number(m[2]));
    else segs.push(JSON.parse(`"${m[3]}"`) as string);
    start = re.lastIndex;
  }
  if (segs.filter((x) => x === '*').length > 1) throw new ConfigurationError(`${field}: the path "${path}" may hold at most one [*]`, { field });
  return segs;
}

export function formatPath(segs: Segment[]): string {
  if (segs.length === 0) return '$';
  return segs.map((x, i) => (typeof x === 'number' ? `[${x}]` : x === '*' ? '[*]' : /^[A-Za-z_$][\w$-]*$/.test(x) ? `${i ? '.' : ''}${x}` : `[${JSON.stringify(x)}]`)).join('');
}

const MISSING = Symbol('missing');

/** The value at a path, or MISSING; `*` is read as index 0 (a single request). */
export function get(value: unknown, segs: Segment[]): unknown | typeof MISSING {
  let v: unknown = value;
  for (const s of segs) {
    if (s === '*' || typeof s === 'number') {
      const i = s === '*' ? 0 : s;
      if (!Array.isArray(v) || i >= v.length) return MISSING;
      v = v[i];
    } else {
      if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.prototype.hasOwnProperty.call(v, s)) return MISSING;
      v = (v as Record<string, unknown>)[s];
    }
  }
  return v;
}
export { MISSING };

/**
 * Split a batch answer into one answer per row: the part of the path before `[*]` must lead to an
 * array with one element per row; without `[*]`, the answer itself must be that array.
 * Returns the rows and the path to apply to each, or a reason it cannot.
 */
export function splitBatch(answer: unknown, segs: Segment[], rows: number): { rows: unknown[]; rest: Segment[] } | { error: string } {
  const star = segs.indexOf('*');
  const head = star >= 0 ? segs.slice(0, star) : [];
  const rest = star >= 0 ? segs.slice(star + 1) : segs;
  const arr = get(answer, head);
  if (arr === MISSING || !Array.isArray(arr)) return { error: `the batch answer has no array at ${formatPath(head)}` };
  if (arr.length !== rows) return { error: `the batch answer holds ${arr.length} rows for ${rows} requests` };
  return { rows: arr, rest };
}

/** The path applied to one answer: after `[*]` for a row of a batch, the whole path otherwise. */
export function valueAt(answer: unknown, segs: Segment[], row: boolean): unknown | typeof MISSING {
  if (!row) return get(answer, segs);
  const star = segs.indexOf('*');
  return get(answer, star >= 0 ? segs.slice(star + 1) : segs);
}
