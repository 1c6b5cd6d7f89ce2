/**
 * BigQuery through Google's maintained client (`@google-cloud/bigquery`), loaded only when a
 * bigquery:// table is used. Credentials are Application Default Credentials: the file named by
 * GOOGLE_APPLICATION_CREDENTIALS (what google-github-actions/auth sets), else the metadata server.
 */
import { UserError } from '@mlgate/core';
import type { Schema } from './exprs.js';
import { DIALECTS } from './dialect.js';
import type { SqlConnection } from './runner.js';
import type { TableUrl } from './url.js';
import { defineDirname, kindOfType, plainRow, tableError, type ConnectOptions, type Failure } from './vendor.js';

/** What the client is given for a URL (tested without the service). */
export function bigQueryOptions(t: TableUrl, o: ConnectOptions) {
  const u = t.url;
  return {
    projectId: decodeURIComponent(u.hostname) || undefined,
    location: u.searchParams.get('location') ?? undefined,
    // a local emulator or a private endpoint; BigQuery's own API otherwise
    apiEndpoint: u.searchParams.get('endpoint') ?? undefined,
    // the job's own limit: BigQuery cancels a job that runs longer (no statement timeout to SET)
    jobTimeoutMs: Math.max(1, Math.round(o.timeoutMs)),
  };
}

export async function connectBigQuery(t: TableUrl, o: ConnectOptions): Promise<SqlConnection> {
  const opts = bigQueryOptions(t, o);
  defineDirname();
  const { BigQuery } = await import('@google-cloud/bigquery');
  const bq = new BigQuery({ projectId: opts.projectId, location: opts.location, apiEndpoint: opts.apiEndpoint, userAgent: 'mlgate-data-check' });
  const run = async (sql: string) => {
    o.onStatement?.(sql);
    try {
      const [job] = await bq.createQueryJob({ query: sql, location: opts.location, jobTimeoutMs: opts.jobTimeoutMs, useLegacySql: false, labels: { tool: 'mlgate' } });
      const [rows, , response] = await job.getQueryResults();
      return { rows: rows as Array<Record<string, unknown>>, fields: response?.schema?.fields ?? [] };
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw tableError(t, failureOf(e), (e as Error).message ?? String(e), []);
    }
  };
  return {
    dialect: DIALECTS.bigquery,
    async describe(from) {
      const { fields } = await run(`SELECT * FROM ${from} LIMIT 0`);
      const names = fields.map((f) => f.name ?? '');
      return { columns: names, kinds: new Map(fields.map((f) => [f.name ?? '', kindOfType(f.type ?? '')])), types: new Map(fields.map((f) => [f.name ?? '', f.type ?? ''])) } satisfies Schema;
    },
    async query(sql) {
      return (await run(sql)).rows.map((r) => plainRow(r));
    },
    async close() {},
  };
}

/**
 * BigQuery's error reasons (https://cloud.google.com/bigquery/docs/error-messages): `timeout` for a
 * job stopped at its jobTimeoutMs; notFound, accessDenied and invalidQuery concern the table or the
 * statement; anything else (no credentials, no network) is the connection.
 */
function failureOf(e: unknown): Failure {
  const err = e as { code?: number; message?: string; errors?: Array<{ reason?: string }> };
  const reasons = (err.errors ?? []).map((x) => x.reason ?? '');
  if (reasons.includes('timeout') || /timed out|timeout/i.test(err.message ?? '')) return 'timeout';
  if (reasons.some((r) => ['notFound', 'accessDenied', 'invalidQuery', 'invalid'].includes(r)) || err.code === 400 || err.code === 403 || err.code === 404) return 'query';
  return 'connect';
}
