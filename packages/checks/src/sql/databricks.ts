/**
 * Databricks SQL (Spark SQL) through Databricks' maintained driver (`@databricks/sql`), loaded only
 * when a databricks:// table is used: the workspace host and the warehouse's HTTP path, a personal
 * access token (connection-password, the URL, DATABRICKS_TOKEN).
 */
import { ConfigurationError, UserError } from '@mlgate/core';
import type { ColumnKind } from './dialect.js';
import { DIALECTS } from './dialect.js';
import type { Schema } from './exprs.js';
import type { SqlConnection } from './runner.js';
import type { TableUrl } from './url.js';
import { defineDirname, plainRow, secretFrom, tableError, type ConnectOptions, type Failure } from './vendor.js';

/** What the driver is given for a URL (tested without the service). */
export function databricksConnectionOptions(t: TableUrl, o: ConnectOptions) {
  const u = t.url;
  const token = secretFrom(o.password, u, 'DATABRICKS_TOKEN');
  if (!token) throw new ConfigurationError(`${t.label}: no Databricks token: set DATABRICKS_TOKEN in the step's env or the connection-password input`, { field: 'data' });
  if (!u.pathname || u.pathname === '/') throw new ConfigurationError(`${t.label}: give the warehouse's HTTP path, e.g. databricks://HOST/sql/1.0/warehouses/ID?table=CATALOG.SCHEMA.TABLE`, { field: 'data' });
  const seconds = Math.max(1, Math.ceil(o.timeoutMs / 1000));
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 443,
    path: decodeURIComponent(u.pathname),
    token,
    initialCatalog: u.searchParams.get('catalog') ?? undefined,
    initialSchema: u.searchParams.get('schema') ?? undefined,
    // SQL warehouses stop a statement at the session's STATEMENT_TIMEOUT; clusters take queryTimeout
    configuration: { STATEMENT_TIMEOUT: String(seconds) },
    queryTimeout: seconds,
  };
}

/** Thrift's TTypeId, the column types a result schema names. */
const KINDS: Record<number, [ColumnKind, string]> = {
  0: ['bool', 'BOOLEAN'],
  1: ['int', 'TINYINT'],
  2: ['int', 'SMALLINT'],
  3: ['int', 'INT'],
  4: ['int', 'BIGINT'],
  5: ['float', 'FLOAT'],
  6: ['float', 'DOUBLE'],
  7: ['text', 'STRING'],
  8: ['time', 'TIMESTAMP'],
  15: ['float', 'DECIMAL'],
  17: ['time', 'DATE'],
  18: ['text', 'VARCHAR'],
  19: ['text', 'CHAR'],
};

export async function connectDatabricks(t: TableUrl, o: ConnectOptions): Promise<SqlConnection> {
  const opts = databricksConnectionOptions(t, o);
  defineDirname();
  const { DBSQLClient } = await import('@databricks/sql');
  const secrets = [opts.token];
  // the driver's own log stays quiet: mlgate's one error line says what failed
  const client = new DBSQLClient({ logger: { log: () => {} } });
  let session: Awaited<ReturnType<typeof client.openSession>>;
  try {
    await client.connect({ host: opts.host, port: opts.port, path: opts.path, token: opts.token, telemetryEnabled: false, userAgentEntry: 'mlgate' });
    session = await client.openSession({ initialCatalog: opts.initialCatalog, initialSchema: opts.initialSchema, configuration: opts.configuration });
  } catch (e) {
    await client.close().catch(() => {});
    throw tableError(t, 'connect', (e as Error).message ?? String(e), secrets);
  }
  const run = async (sql: string) => {
    o.onStatement?.(sql);
    try {
      const op = await session.executeStatement(sql, { queryTimeout: opts.queryTimeout });
      const rows = (await op.fetchAll()) as Array<Record<string, unknown>>;
      const schema = await op.getSchema();
      await op.close();
      return { rows, columns: schema?.columns ?? [] };
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw tableError(t, failureOf(e), (e as Error).message ?? String(e), secrets);
    }
  };
  return {
    dialect: DIALECTS.spark,
    async describe(from) {
      const { columns } = await run(`SELECT * FROM ${from} LIMIT 0`);
      const typed = columns.map((c) => {
        const id = c.typeDesc.types[0]?.primitiveEntry?.type ?? -1;
        return { name: c.columnName, kind: KINDS[id] ?? (['other', `type ${id}`] as [ColumnKind, string]) };
      });
      return { columns: typed.map((c) => c.name), kinds: new Map(typed.map((c) => [c.name, c.kind[0]])), types: new Map(typed.map((c) => [c.name, c.kind[1]])) } satisfies Schema;
    },
    async query(sql) {
      return (await run(sql)).rows.map((r) => plainRow(r));
    },
    async close() {
      await session.close().catch(() => {});
      await client.close().catch(() => {});
    },
  };
}

/**
 * Databricks' error classes: a statement over its STATEMENT_TIMEOUT is cancelled with a message that
 * names the timeout; SQLSTATE 42… (TABLE_OR_VIEW_NOT_FOUND, UNRESOLVED_COLUMN, INSUFFICIENT_PERMISSIONS)
 * concerns the table or the statement.
 */
function failureOf(e: unknown): Failure {
  const err = e as { message?: string; response?: { sqlState?: string | null } };
  const msg = err.message ?? '';
  if (/timeout|timed out/i.test(msg)) return 'timeout';
  if (/^42|^22/.test(err.response?.sqlState ?? '') || /TABLE_OR_VIEW_NOT_FOUND|UNRESOLVED_COLUMN|PERMISSION|PARSE_SYNTAX_ERROR/.test(msg)) return 'query';
  return 'connect';
}
