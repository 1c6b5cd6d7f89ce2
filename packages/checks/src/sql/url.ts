/** `data:` URLs for tables: which engine, which table or query, and how to print it without secrets. */
import { ConfigurationError } from '@mlgate/core';
import { DIALECTS, type Dialect } from './dialect.js';

export interface TableUrl {
  scheme: 'postgresql' | 'duckdb' | 'bigquery' | 'snowflake' | 'databricks' | 'trino';
  dialect: Dialect;
  url: URL;
  /** schema-qualified table name parts, or a query */
  table?: string[];
  query?: string;
  /** The URL as printed: no password, no token. */
  label: string;
}

const SCHEMES: Record<string, TableUrl['scheme']> = { 'postgresql:': 'postgresql', 'postgres:': 'postgresql', 'duckdb:': 'duckdb', 'bigquery:': 'bigquery', 'snowflake:': 'snowflake', 'databricks:': 'databricks', 'trino:': 'trino' };
const DIALECT_OF: Record<TableUrl['scheme'], Dialect> = { postgresql: DIALECTS.postgresql, duckdb: DIALECTS.duckdb, bigquery: DIALECTS.bigquery, snowflake: DIALECTS.snowflake, databricks: DIALECTS.spark, trino: DIALECTS.trino };

/** The environment variables each client reads a secret from: masked in the log whenever such a table is used. */
const SECRET_ENV: Record<TableUrl['scheme'], string[]> = {
  postgresql: ['PGPASSWORD'],
  duckdb: [],
  bigquery: [],
  snowflake: ['SNOWFLAKE_PASSWORD', 'SNOWFLAKE_PRIVATE_KEY_PASSPHRASE'],
  databricks: ['DATABRICKS_TOKEN'],
  trino: ['TRINO_PASSWORD'],
};

/**
 * Secrets a table URL brings into a run, masked before anything runs: the URL's password and the
 * values of the environment variables its client reads a secret from.
 */
export function maskTableSecrets(values: Array<string | undefined>, setSecret: (value: string) => void): void {
  for (const v of values) {
    if (!v || !/^[a-z]+:\/\//i.test(v)) continue;
    let u: URL;
    try {
      u = new URL(v);
    } catch {
      continue; // not a URL: nothing to mask
    }
    if (u.password) setSecret(decodeURIComponent(u.password));
    const scheme = SCHEMES[u.protocol];
    for (const name of scheme ? SECRET_ENV[scheme] : []) if (process.env[name]) setSecret(process.env[name]!);
  }
}

/** Whether a `data:` value names a table in an engine rather than files. */
export function isTableUrl(data: string): boolean {
  const m = /^([a-z]+):\/\//i.exec(data);
  return !!m && `${m[1]!.toLowerCase()}:` in SCHEMES;
}

/** The URL without its password and without query parameters that carry secrets. */
export function redactUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.password) u.password = '***';
    for (const k of [...u.searchParams.keys()]) if (/pass|secret|token|key/i.test(k)) u.searchParams.set(k, '***');
    return decodeURIComponent(u.toString());
  } catch {
    return raw.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
  }
}

export function parseTableUrl(raw: string, field = 'data'): TableUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`"${redactUrl(raw)}" is not a valid URL; expected e.g. postgresql://USER@HOST:5432/DB?table=SCHEMA.TABLE`, { field });
  }
  const scheme = SCHEMES[url.protocol];
  if (!scheme) throw new ConfigurationError(`unknown table scheme "${url.protocol}"; expected one of ${Object.keys(SCHEMES).join(', ')}`, { field });
  const label = redactUrl(raw);
  const table = url.searchParams.get('table') ?? (scheme === 'bigquery' ? url.pathname.replace(/^\//, '') || null : null);
  const query = url.searchParams.get('query');
  if (!table && !query) throw new ConfigurationError(`${label}: name the table with ?table=SCHEMA.TABLE or give ?query=SELECT …`, { field });
  if (table && query) throw new ConfigurationError(`${label}: give ?table= or ?query=, not both`, { field });
  const out: TableUrl = { scheme, dialect: DIALECT_OF[scheme], url, label };
  if (table) {
    const parts = splitName(table);
    if (parts.some((p) => p === '')) throw new ConfigurationError(`${label}: "${table}" is not a table name; expected NAME or SCHEMA.NAME`, { field });
    out.table = parts;
  } else out.query = query!;
  return out;
}

/** `schema.table`, with "double-quoted" parts holding dots of their own. */
function splitName(s: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '"') {
      if (quoted && s[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === '.' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** The FROM item of a table URL: each name part quoted, or the user's own query as a derived table. */
export function fromItem(t: TableUrl): string {
  if (t.table) return t.table.map((p) => t.dialect.ident(p)).join('.');
  return `(${t.query!.replace(/;\s*$/, '')}) AS mlgate_query`;
}
