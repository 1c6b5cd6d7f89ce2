/**
 * Trino through its maintained client (`trino-client`), loaded only when a trino:// table is used.
 * Trino's HTTP protocol: a statement is POSTed, its pages are followed through `nextUri`, a failure is
 * the `error` of a page (https://trino.io/docs/current/develop/client-protocol.html).
 */
import { ConfigurationError, UserError } from '@mlgate/core';
import type { Schema } from './exprs.js';
import { DIALECTS } from './dialect.js';
import type { SqlConnection } from './runner.js';
import type { TableUrl } from './url.js';
import { kindOfType, plainValue, secretFrom, tableError, type ConnectOptions } from './vendor.js';

/** What trino-client is given for a URL (tested without a server). */
export function trinoConnectionOptions(t: TableUrl, o: ConnectOptions) {
  const u = t.url;
  const tls = u.searchParams.get('ssl') !== 'false';
  const password = secretFrom(o.password, u, 'TRINO_PASSWORD');
  const user = decodeURIComponent(u.username) || process.env.TRINO_USER || process.env.USER || 'mlgate';
  // Trino accepts a password only over HTTPS; sending one in the clear is refused here as well
  if (password && !tls) throw new ConfigurationError(`${t.label}: a Trino password is sent over HTTPS only; remove ssl=false`, { field: 'data' });
  const [catalog, schema] = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  return {
    server: `${tls ? 'https' : 'http'}://${u.host}${u.port ? '' : tls ? ':443' : ':8080'}`,
    catalog,
    schema,
    source: 'mlgate data-check',
    user,
    password,
    // Trino's own limit on a query's run time, queueing included (a session property)
    session: { query_max_run_time: `${Math.max(1, Math.ceil(o.timeoutMs / 1000))}s` },
  };
}

interface Page {
  columns?: Array<{ name: string; type: string }>;
  data?: unknown[][];
  error?: { message: string; errorName?: string; errorType?: string };
}

export async function connectTrino(t: TableUrl, o: ConnectOptions): Promise<SqlConnection> {
  const opts = trinoConnectionOptions(t, o);
  const { Trino, BasicAuth } = await import('trino-client');
  const client = Trino.create({
    server: opts.server,
    catalog: opts.catalog,
    schema: opts.schema,
    source: opts.source,
    session: opts.session,
    ...(opts.password ? { auth: new BasicAuth(opts.user, opts.password) } : { extraHeaders: { 'X-Trino-User': opts.user } }),
  });
  const secrets = [opts.password];
  const run = async (sql: string): Promise<{ columns: Array<{ name: string; type: string }>; rows: unknown[][] }> => {
    o.onStatement?.(sql);
    let columns: Page['columns'] = [];
    const rows: unknown[][] = [];
    const take = (p: Page | undefined) => {
      if (p?.error) {
        const e = p.error;
        throw tableError(t, e.errorName === 'EXCEEDED_TIME_LIMIT' ? 'timeout' : e.errorType === 'USER_ERROR' ? 'query' : 'connect', e.message, secrets);
      }
      if (p?.columns) columns = p.columns;
      if (p?.data) rows.push(...p.data);
    };
    try {
      const pages = await client.query(sql);
      // the iterator returns the last page again when it is done; only a first page that is also the
      // last (a statement answered at once) is read from the final value
      for (let first = true; ; first = false) {
        const r = await pages.next();
        if (!r.done || first) take(r.value as Page);
        if (r.done) break;
      }
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw tableError(t, 'connect', httpMessage(e), secrets);
    }
    return { columns: columns ?? [], rows };
  };
  return {
    dialect: DIALECTS.trino,
    async describe(from) {
      const { columns } = await run(`SELECT * FROM ${from} LIMIT 0`);
      return { columns: columns.map((c) => c.name), kinds: new Map(columns.map((c) => [c.name, kindOfType(c.type)])), types: new Map(columns.map((c) => [c.name, c.type])) } satisfies Schema;
    },
    async query(sql) {
      const { columns, rows } = await run(sql);
      return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.name, fromJson(r[i], c.type)])));
    },
    async close() {},
  };
}

/**
 * A value as Trino's JSON encodes it, by its column type: decimals are strings, and so are a double's
 * NaN and infinities ("NaN", "Infinity"); the runner reads numbers.
 */
function fromJson(v: unknown, type: string): unknown {
  const numeric = /^(array\()?(decimal|double|real)\b/.test(type);
  const num = (x: unknown) => (typeof x === 'string' && numeric ? Number(x) : plainValue(x));
  return Array.isArray(v) ? v.map(num) : num(v);
}

/** An HTTP failure as Trino's coordinator or the network put it (the body of a 4xx is Trino's text). */
function httpMessage(e: unknown): string {
  const err = e as { message?: string; response?: { status?: number; data?: unknown } };
  const body = err.response?.data;
  if (typeof body === 'string' && body.trim()) return `HTTP ${err.response?.status}: ${body.trim()}`;
  return err.message ?? String(e);
}
