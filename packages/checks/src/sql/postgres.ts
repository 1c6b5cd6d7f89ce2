/** PostgreSQL (and engines that speak its protocol) through node-postgres, read-only, with a statement timeout. */
import { DataError, RemoteError } from '@mlgate/core';
import type { ColumnKind } from './dialect.js';
import type { Schema } from './exprs.js';
import type { SqlConnection } from './runner.js';
import type { TableUrl } from './url.js';
import { DIALECTS } from './dialect.js';
import type { ConnectOptions } from './vendor.js';

const KINDS: Record<number, [ColumnKind, string]> = {
  16: ['bool', 'boolean'],
  20: ['int', 'bigint'],
  21: ['int', 'smallint'],
  23: ['int', 'integer'],
  700: ['float', 'real'],
  701: ['float', 'double precision'],
  1700: ['float', 'numeric'],
  25: ['text', 'text'],
  1042: ['text', 'character'],
  1043: ['text', 'character varying'],
  19: ['text', 'name'],
  1082: ['time', 'date'],
  1114: ['time', 'timestamp'],
  1184: ['time', 'timestamp with time zone'],
};

export async function connectPostgres(t: TableUrl, o: ConnectOptions): Promise<SqlConnection> {
  const { default: pg } = await import('pg');
  const u = t.url;
  const fail = (e: unknown): never => {
    throw pgError(t, e);
  };
  const open = async (snapshot?: string): Promise<SqlConnection> => {
    const client = new pg.Client({
      host: decodeURIComponent(u.hostname) || undefined,
      port: u.port ? Number(u.port) : undefined,
      user: decodeURIComponent(u.username) || undefined,
      password: o.password ?? (u.password ? decodeURIComponent(u.password) : undefined),
      database: decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined,
      connectionTimeoutMillis: Math.min(o.timeoutMs, 30_000),
      application_name: 'mlgate data-check',
      ssl: u.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
    });
    await client.connect().catch(fail);
    client.on('error', () => {});
    const run = async (sql: string) => {
      o.onStatement?.(sql);
      return client.query(sql).catch(fail);
    };
    const begin = async () => {
      for (const s of DIALECTS.postgresql.readOnly(o.timeoutMs)) await run(s);
    };
    let exported: string | undefined;
    try {
      await begin();
      // the snapshot's id is what pg_export_snapshot() returned: quoted as a literal all the same
      if (snapshot) await run(`SET TRANSACTION SNAPSHOT ${DIALECTS.postgresql.text(snapshot)}`);
      else {
        // this session's snapshot, for a second one to read the same rows (REPEATABLE READ). Where
        // the server cannot export one (a standby before PostgreSQL 10 and the like) the transaction
        // is begun again and every statement runs on this session.
        try {
          exported = String((await run('SELECT pg_export_snapshot() AS id')).rows[0]!.id);
        } catch {
          await client.query('ROLLBACK').catch(() => {});
          await begin();
        }
      }
    } catch (e) {
      await client.end().catch(() => {});
      throw e;
    }
    return {
      dialect: DIALECTS.postgresql,
      async describe(from) {
        const r = await run(`SELECT * FROM ${from} LIMIT 0`);
        const kinds = new Map<string, ColumnKind>();
        const types = new Map<string, string>();
        for (const f of r.fields) {
          const [k, name] = KINDS[f.dataTypeID] ?? (['other', `type ${f.dataTypeID}`] as [ColumnKind, string]);
          kinds.set(f.name, k);
          types.set(f.name, name);
        }
        return { columns: r.fields.map((f) => f.name), kinds, types } satisfies Schema;
      },
      async query(sql) {
        return (await run(sql)).rows as Array<Record<string, unknown>>;
      },
      // a second session that cannot be opened (too many connections, say) leaves the work to this one
      second: exported === undefined ? undefined : () => open(exported).catch(() => undefined),
      async close() {
        await client.query('ROLLBACK').catch(() => {});
        await client.end().catch(() => {});
      },
    };
  };
  return open();
}

/** One line naming the table and the server's own message (never the password). */
function pgError(t: TableUrl, e: unknown): Error {
  const err = e as { code?: string; message?: string };
  const msg = (err.message ?? String(e)).split('\n')[0]!;
  const what = t.table ? `table ${t.table.join('.')}` : 'the query';
  if (err.code === '57014') return new DataError(`${t.label}: ${what} took longer than the timeout (${msg})`, { field: 'timeout' });
  if (err.code && /^(42|22)/.test(err.code)) return new DataError(`${t.label}: ${what}: ${msg}`, { field: 'data' });
  return new RemoteError(`${t.label}: ${msg}`, { field: 'data' });
}
