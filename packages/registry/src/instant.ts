/** What `--at` and `alias-at` take, for error messages. */
export const INSTANT_EXPECTED = 'expected an ISO 8601 time with its zone, such as 2026-11-20T10:00Z';

/**
 * An instant as ISO 8601 with its zone (`2026-11-20T10:00Z`, `2026-11-20T11:00+01:00`, with seconds
 * or not), or a date alone as its midnight UTC; undefined for anything else (a time without a zone
 * would depend on the runner's).
 */
export function parseInstant(s: string): Date | undefined {
  const t = s.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/.test(t)) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00Z` : t);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
