/**
 * Snowflake through its maintained driver (`snowflake-sdk`), loaded only when a snowflake:// table is
 * used. A password (connection-password, the URL, SNOWFLAKE_PASSWORD) or a key pair
 * (SNOWFLAKE_PRIVATE_KEY_PATH, its passphrase in SNOWFLAKE_PRIVATE_KEY_PASSPHRASE).
 */
import { ConfigurationError } from '@mlgate/core';
import type { ColumnKind } from './dialect.js';
import { DIALECTS } from './dialect.js';
import type { Schema } from './exprs.js';
import type { SqlConnection } from './runner.js';
import type { TableUrl } from './url.js';
import { defineDirname, kindOfType, plainRow, secretFrom, tableError, type ConnectOptions, type Failure } from './vendor.js';

/** What the driver is given for a URL (tested without the service). */
export function snowflakeConnectionOptions(t: TableUrl, o: ConnectOptions) {
  const u = t.url;
  const q = (k: string) => u.searchParams.get(k) ?? undefined;
  const [database, schema] = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const keyPath = q('private_key_path') ?? (process.env.SNOWFLAKE_PRIVATE_KEY_PATH || undefined);
  const username = decodeURIComponent(u.username) || process.env.SNOWFLAKE_USER || undefined;
  if (!username) throw new ConfigurationError(`${t.label}: name the Snowflake user, e.g. snowflake://USER@ACCOUNT/DATABASE/SCHEMA?warehouse=WH&table=NAME`, { field: 'data' });
  const auth = keyPath
    ? { authenticator: 'SNOWFLAKE_JWT', privateKeyPath: keyPath, privateKeyPass: process.env.SNOWFLAKE_PRIVATE_KEY_PASSPHRASE || undefined }
    : { password: secretFrom(o.password, u, 'SNOWFLAKE_PASSWORD') };
  return {
    account: decodeURIComponent(u.hostname),
    username,
    database,
    schema,
    warehouse: q('warehouse'),
    role: q('role'),
    // a private link or a test stand-in; the account's own host otherwise
    accessUrl: q('access_url'),
    ...auth,
  };
}

/**
 * Login attempts after the first: the driver's default retries a refused login for minutes; a check
 * in CI says what failed after two more tries.
 */
const LOGIN_RETRIES = 2;

export async function connectSnowflake(t: TableUrl, o: ConnectOptions): Promise<SqlConnection> {
  const opts = snowflakeConnectionOptions(t, o);
  defineDirname();
  // on load the driver probes cloud metadata addresses (169.254.169.254, metadata.google.internal) to
  // tell its telemetry which platform it runs on; a data check has no need of that traffic
  process.env.SNOWFLAKE_DISABLE_PLATFORM_DETECTION ??= 'true';
  const sdk = (await import('snowflake-sdk')).default;
  // the driver's own log (a file or the console) stays off: mlgate's one error line says what failed
  sdk.configure({ logLevel: 'OFF' });
  const secrets = [opts.password, opts.privateKeyPass];
  const conn = sdk.createConnection({ ...opts, sfRetryMaxLoginRetries: LOGIN_RETRIES });
  // connect() reports a failed login through its callback only (connectAsync resolves regardless)
  await new Promise<void>((resolve, reject) => {
    conn.connect((err) => (err ? reject(tableError(t, 'connect', err.message, secrets)) : resolve()));
  });
  type Stmt = { getColumns(): Array<{ getName(): string; getType(): string; getScale(): number }> | undefined };
  const run = (sql: string) =>
    new Promise<{ stmt: Stmt; rows: Array<Record<string, unknown>> }>((resolve, reject) => {
      o.onStatement?.(sql);
      conn.execute({
        sqlText: sql,
        complete: (err, stmt, rows) => {
          if (err) reject(tableError(t, failureOf(err), err.message, secrets));
          else resolve({ stmt: stmt as unknown as Stmt, rows: (rows ?? []) as Array<Record<string, unknown>> });
        },
      });
    });
  // Snowflake has no read-only transaction: the runner sends only SELECTs, after its statement timeout
  for (const s of DIALECTS.snowflake.readOnly(o.timeoutMs)) await run(s);
  return {
    dialect: DIALECTS.snowflake,
    async describe(from) {
      const cols = (await run(`SELECT * FROM ${from} LIMIT 0`)).stmt.getColumns() ?? [];
      const kind = (c: (typeof cols)[number]): ColumnKind => (c.getType() === 'fixed' ? (c.getScale() === 0 ? 'int' : 'float') : kindOfType(c.getType()));
      return { columns: cols.map((c) => c.getName()), kinds: new Map(cols.map((c) => [c.getName(), kind(c)])), types: new Map(cols.map((c) => [c.getName(), c.getType()])) } satisfies Schema;
    },
    async query(sql) {
      // the runner's output names (m0, k, v, n, r) are unquoted, so Snowflake returns them upper-cased
      return (await run(sql)).rows.map((r) => plainRow(r, true));
    },
    async close() {
      await new Promise<void>((resolve) => conn.destroy(() => resolve()));
    },
  };
}

/**
 * Snowflake's SQL states: 57014 a statement cancelled at STATEMENT_TIMEOUT_IN_SECONDS; class 42 (no
 * such object, no privilege, a compilation error) and 22 concern the table or the statement.
 */
function failureOf(e: unknown): Failure {
  const err = e as { sqlState?: string; code?: number | string; message?: string };
  if (err.sqlState === '57014' || /timeout/i.test(err.message ?? '')) return 'timeout';
  if (err.sqlState && /^(42|22|02)/.test(err.sqlState)) return 'query';
  return err.sqlState ? 'query' : 'connect';
}

