import { ConfigurationError } from './errors.js';

/** `500ms`, `10s`, `2m`, `1h`, or a bare number of seconds → milliseconds. */
export function parseDuration(text: string, field: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
  if (!m) throw new ConfigurationError(`input "${field}": expected a duration such as 500ms, 10s or 2m (got "${text}")`, { field });
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  return Math.round(unit === 'ms' ? n : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n * 3_600_000);
}
