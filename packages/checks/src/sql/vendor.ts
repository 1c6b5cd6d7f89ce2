/**
 * What the warehouse connections (BigQuery, Snowflake, Databricks, Trino) share: the kind of a column
 * from the engine's type name, values back as the plain numbers and strings the runner reads, and
 * the one-line error that names the table, carries the server's own message and never a secret.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError, RemoteError } from '@mlgate/core';
import type { ColumnKind } from './dialect.js';
import type { TableUrl } from './url.js';

/** How every SQL connection is opened. */
export interface ConnectOptions {
  /** The connection-password input; the URL and the client's environment variable come after it. */
  password?: string;
  /** The longest a statement may run (the timeout input). */
  timeoutMs: number;
  /** Called with each statement sent (tests count them; the debug log shows them). */
  onStatement?: (sql: string) => void;
}

/** The kind of a column from its SQL type name (BigQuery, Snowflake, Spark, Trino, DuckDB spellings). */
export function kindOfType(type: string): ColumnKind {
  const t = type.toUpperCase().replace(/\(.*$/, '').trim();
  if (/^U?(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|INT64|BYTEINT|LONG|SHORT|BYTE)$/.test(t)) return 'int';
  if (/^(FLOAT|FLOAT64|DOUBLE|DOUBLE PRECISION|REAL|DECIMAL|NUMERIC|BIGNUMERIC|NUMBER|DEC)$/.test(t)) return 'float';
  if (/^(BOOLEAN|BOOL)$/.test(t)) return 'bool';
  if (/^(VARCHAR|STRING|TEXT|CHAR|CHARACTER|CHARACTER VARYING)$/.test(t)) return 'text';
  if (/^(DATE|DATETIME|TIMESTAMP.*)$/.test(t)) return 'time';
  return 'other';
}

/**
 * A value from a client as the runner reads it: 64-bit integers and decimals (BigInt, big.js,
 * bignumber.js and the like) as numbers, wrapped dates (BigQuery's `{ value }`) and Dates as ISO text,
 * arrays element by element. Text stays text: every textual output of the compiled SQL is a CAST to
 * the engine's string type.
 */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(plainValue);
  if (v instanceof Date) return v.toISOString();
  if (typeof (v as { value?: unknown }).value === 'string') return (v as { value: string }).value;
  const s = String(v);
  return s !== '[object Object]' && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : v;
}

export function plainRow(row: Record<string, unknown>, lowerKeys = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[lowerKeys ? k.toLowerCase() : k] = plainValue(v);
  return out;
}

/** Every secret removed from a message (a server or a client may echo what it was sent). */
export function scrub(message: string, secrets: Array<string | undefined>): string {
  let m = message;
  for (const s of secrets) if (s && s.length >= 3) m = m.split(s).join('***');
  return m;
}

export type Failure = 'connect' | 'query' | 'timeout';

/** The one line a failed connection or statement becomes: the table URL, what failed, the server's words. */
export function tableError(t: Pick<TableUrl, 'label' | 'table'>, failure: Failure, message: string, secrets: Array<string | undefined>): Error {
  const msg = scrub(message.split('\n').find((l) => l.trim()) ?? message, secrets).trim();
  const what = t.table ? `table ${t.table.join('.')}` : 'the query';
  if (failure === 'timeout') return new DataError(`${t.label}: ${what} took longer than the timeout (${msg})`, { field: 'timeout' });
  if (failure === 'query') return new DataError(`${t.label}: ${what}: ${msg}`, { field: 'data' });
  return new RemoteError(`${t.label}: ${msg}`, { field: 'data' });
}

/** A secret from the first source that has one: an input, the URL, the client's own environment variable. */
export function secretFrom(input: string | undefined, url: URL, env?: string): string | undefined {
  if (input) return input;
  if (url.password) return decodeURIComponent(url.password);
  return env ? process.env[env] || undefined : undefined;
}

/**
 * CommonJS code inside the drivers reads `__dirname` (snowflake-sdk's driver directory, `open`'s
 * bundled xdg-open), which an ES module bundle does not define: there it is the bundle's own folder,
 * where ncc puts the assets it copies. Called before a driver is imported.
 */
export function defineDirname(): void {
  const g = globalThis as { __dirname?: string };
  g.__dirname ??= dirname(fileURLToPath(import.meta.url));
}
