/**
 * BigQuery, Snowflake, Databricks and Trino through their vendors' clients, without the services:
 * what each URL becomes for its client (host, database, warehouse, where the secret comes from), a
 * real local failure through each client (a closed loopback port; for Trino, whose protocol is plain
 * HTTP, a loopback stand-in answering as Trino documents) as the one error line naming the table with
 * no secret in it, and the values each client returns as the numbers and text the runner reads. The
 * SQL itself is held by the golden tests (sql-golden.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BigQuery } from '@google-cloud/bigquery';
import { emptyPlan } from '../src/index.js';
import { bigQueryOptions } from '../src/sql/bigquery.js';
import { databricksConnectionOptions } from '../src/sql/databricks.js';
import { openSqlRunner } from '../src/sql/open.js';
import { snowflakeConnectionOptions } from '../src/sql/snowflake.js';
import { connectTrino, trinoConnectionOptions } from '../src/sql/trino.js';
import { parseTableUrl } from '../src/sql/url.js';
import { plainRow, tableError } from '../src/sql/vendor.js';
import { freePort } from '../../../test/support/server-process.js';
import { startTrino, tableNotFound, type TrinoStandIn } from '../../../test/support/trino.js';

const SECRET = 'pa55-Wörd_9f3c';
const TEN_MINUTES = 600_000;
const ENV = ['TRINO_PASSWORD', 'TRINO_USER', 'SNOWFLAKE_PASSWORD', 'SNOWFLAKE_USER', 'SNOWFLAKE_PRIVATE_KEY_PATH', 'SNOWFLAKE_PRIVATE_KEY_PASSPHRASE', 'DATABRICKS_TOKEN', 'GOOGLE_APPLICATION_CREDENTIALS'];
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

async function failure(url: string, password?: string): Promise<Error> {
  try {
    const runner = await openSqlRunner(url, { password, timeoutMs: TEN_MINUTES });
    await runner.run(emptyPlan());
  } catch (e) {
    return e as Error;
  }
  throw new Error(`${url} did not fail`);
}

describe('Trino (trino-client)', () => {
  it('maps the URL: HTTPS on 443 unless told, catalog and schema from the path, query_max_run_time from the timeout', () => {
    const o = trinoConnectionOptions(parseTableUrl('trino://alice@trino.example.com/hive/sales?table=orders'), { timeoutMs: TEN_MINUTES });
    expect(o).toMatchObject({ server: 'https://trino.example.com:443', catalog: 'hive', schema: 'sales', user: 'alice', password: undefined, session: { query_max_run_time: '600s' } });
    expect(trinoConnectionOptions(parseTableUrl('trino://alice@localhost:8080/memory?table=t&ssl=false'), { timeoutMs: 1500 })).toMatchObject({ server: 'http://localhost:8080', catalog: 'memory', schema: undefined, session: { query_max_run_time: '2s' } });
    process.env.TRINO_PASSWORD = 'from-env';
    expect(trinoConnectionOptions(parseTableUrl('trino://alice@h/c/s?table=t'), { timeoutMs: 1000 }).password).toBe('from-env');
    expect(trinoConnectionOptions(parseTableUrl('trino://alice@h/c/s?table=t'), { timeoutMs: 1000, password: 'input' }).password).toBe('input');
    expect(() => trinoConnectionOptions(parseTableUrl('trino://alice@h/c/s?table=t&ssl=false'), { timeoutMs: 1000 })).toThrow(/password is sent over HTTPS only/);
  });

  describe('against a loopback stand-in speaking Trino’s client protocol', () => {
    let trino: TrinoStandIn;
    const answers = new Map<string, ReturnType<typeof tableNotFound>[]>();
    beforeAll(async () => {
      trino = await startTrino((sql) => answers.get(sql) ?? [tableNotFound('memory.default.orders')]);
    });
    afterAll(async () => trino?.stop());

    it('reads the columns and every page of rows; decimals and NaN, strings in Trino’s JSON, come back as numbers', async () => {
      const port = trino.port;
      answers.set('SELECT * FROM "orders" LIMIT 0', [{ columns: [{ name: 'id', type: 'bigint' }, { name: 'price', type: 'decimal(10,2)' }, { name: 'day', type: 'date' }, { name: 'name', type: 'varchar(20)' }, { name: 'ok', type: 'boolean' }] }]);
      answers.set('SELECT 1', [{ columns: [{ name: 'm0', type: 'bigint' }, { name: 'm1', type: 'decimal(10,2)' }, { name: 'm2', type: 'array(double)' }] }, { data: [[3, '12.50', [1.5, 2]]] }, { data: [[4, '0.25', ['NaN']]] }]);
      const t = parseTableUrl(`trino://alice@127.0.0.1:${port}/memory/default?table=orders&ssl=false`);
      const conn = await connectTrino(t, { timeoutMs: TEN_MINUTES });
      const schema = await conn.describe('"orders"');
      expect(schema.columns).toEqual(['id', 'price', 'day', 'name', 'ok']);
      expect([...schema.kinds.values()]).toEqual(['int', 'float', 'time', 'text', 'bool']);
      expect(await conn.query('SELECT 1')).toEqual([{ m0: 3, m1: 12.5, m2: [1.5, 2] }, { m0: 4, m1: 0.25, m2: [NaN] }]);
      const post = trino.requests.find((r) => r.method === 'POST' && r.body === 'SELECT 1')!;
      expect(post.headers).toMatchObject({ 'x-trino-user': 'alice', 'x-trino-catalog': 'memory', 'x-trino-schema': 'default', 'x-trino-session': 'query_max_run_time=600s', 'x-trino-source': 'mlgate data-check' });
      expect(post.headers.authorization).toBeUndefined();
    });

    it('a missing table is one line naming it with Trino’s own message', async () => {
      const e = await failure(`trino://alice@127.0.0.1:${trino.port}/memory/default?table=orders&ssl=false`);
      expect(e.name).toBe('DataError');
      expect(e.message).toBe(`trino://alice@127.0.0.1:${trino.port}/memory/default?table=orders&ssl=false: table orders: line 1:15: Table 'memory.default.orders' does not exist`);
    });

    it('a missing column and a denied permission name the table with Trino’s message', async () => {
      answers.set('SELECT * FROM "cols" LIMIT 0', [{ error: { message: "line 1:8: Column 'agee' cannot be resolved", errorCode: 47, errorName: 'COLUMN_NOT_FOUND', errorType: 'USER_ERROR' } }]);
      answers.set('SELECT * FROM "secret" LIMIT 0', [{ error: { message: 'Access Denied: Cannot select from table memory.default.secret', errorCode: 4, errorName: 'PERMISSION_DENIED', errorType: 'USER_ERROR' } }]);
      const base = `trino://alice@127.0.0.1:${trino.port}/memory/default`;
      expect((await failure(`${base}?table=cols&ssl=false`)).message).toMatch(/: table cols: line 1:8: Column 'agee' cannot be resolved$/);
      const denied = await failure(`${base}?table=secret&ssl=false`);
      expect(denied.name).toBe('DataError');
      expect(denied.message).toMatch(/: table secret: Access Denied: Cannot select from table memory\.default\.secret$/);
    });

    it('a query over query_max_run_time is a timeout', async () => {
      answers.set('SELECT * FROM "slow" LIMIT 0', [{ error: { message: 'Query exceeded maximum time limit of 1.00s', errorCode: 131075, errorName: 'EXCEEDED_TIME_LIMIT', errorType: 'INSUFFICIENT_RESOURCES' } }]);
      const e = await failure(`trino://alice@127.0.0.1:${trino.port}/memory/default?table=slow&ssl=false`);
      expect(e.message).toMatch(/table slow took longer than the timeout \(Query exceeded maximum time limit of 1\.00s\)$/);
    });
  });

  it('a refused HTTPS connection with a password: one line, no password', async () => {
    const port = await freePort();
    const e = await failure(`trino://alice:${encodeURIComponent(SECRET)}@127.0.0.1:${port}/hive/sales?table=orders`);
    expect(e.name).toBe('RemoteError');
    expect(e.message).toBe(`trino://alice:***@127.0.0.1:${port}/hive/sales?table=orders: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(e.message).not.toContain(SECRET);
  });
});

describe('Snowflake (snowflake-sdk)', () => {
  it('maps the URL: account, database and schema from the path, warehouse and role; password or key pair', () => {
    process.env.SNOWFLAKE_PASSWORD = 'from-env';
    const t = parseTableUrl('snowflake://bob@xy12345.eu-central-1/ANALYTICS/PUBLIC?warehouse=WH&role=READER&table=ORDERS');
    expect(snowflakeConnectionOptions(t, { timeoutMs: 1000 })).toEqual({ account: 'xy12345.eu-central-1', username: 'bob', database: 'ANALYTICS', schema: 'PUBLIC', warehouse: 'WH', role: 'READER', accessUrl: undefined, password: 'from-env' });
    expect(snowflakeConnectionOptions(t, { timeoutMs: 1000, password: 'input' }).password).toBe('input');
    process.env.SNOWFLAKE_PRIVATE_KEY_PATH = '/keys/rsa_key.p8';
    process.env.SNOWFLAKE_PRIVATE_KEY_PASSPHRASE = 'phrase';
    const o = snowflakeConnectionOptions(t, { timeoutMs: 1000 });
    expect(o).toMatchObject({ authenticator: 'SNOWFLAKE_JWT', privateKeyPath: '/keys/rsa_key.p8', privateKeyPass: 'phrase' });
    expect('password' in o).toBe(false);
    expect(() => snowflakeConnectionOptions(parseTableUrl('snowflake://xy12345/DB/S?table=T'), { timeoutMs: 1000 })).toThrow(/name the Snowflake user/);
  });

  it('a refused login: one line naming the table URL, no password (the driver retries twice)', async () => {
    process.env.SNOWFLAKE_PASSWORD = SECRET;
    const port = await freePort();
    const url = `snowflake://bob@xy12345/ANALYTICS/PUBLIC?warehouse=WH&table=ORDERS&access_url=http://127.0.0.1:${port}`;
    const e = await failure(url);
    expect(e.name).toBe('RemoteError');
    expect(e.message).toBe(`${url}: connect ECONNREFUSED 127.0.0.1:${port}`);
  }, 60_000);
});

describe('Databricks (@databricks/sql)', () => {
  it('maps the URL: workspace host, the warehouse’s HTTP path, the token, STATEMENT_TIMEOUT from the timeout', () => {
    process.env.DATABRICKS_TOKEN = 'dapi-from-env';
    const t = parseTableUrl('databricks://dbc-1234.cloud.databricks.com/sql/1.0/warehouses/abc123?table=main.sales.orders');
    expect(databricksConnectionOptions(t, { timeoutMs: TEN_MINUTES })).toEqual({ host: 'dbc-1234.cloud.databricks.com', port: 443, path: '/sql/1.0/warehouses/abc123', token: 'dapi-from-env', initialCatalog: undefined, initialSchema: undefined, configuration: { STATEMENT_TIMEOUT: '600' }, queryTimeout: 600 });
    expect(t.table).toEqual(['main', 'sales', 'orders']);
    delete process.env.DATABRICKS_TOKEN;
    expect(() => databricksConnectionOptions(t, { timeoutMs: 1000 })).toThrow(/no Databricks token: set DATABRICKS_TOKEN/);
    expect(() => databricksConnectionOptions(parseTableUrl('databricks://h?table=t'), { timeoutMs: 1000, password: 'x' })).toThrow(/HTTP path/);
  });

  it('a refused connection: one line, no token', async () => {
    process.env.DATABRICKS_TOKEN = SECRET;
    const port = await freePort();
    const url = `databricks://127.0.0.1:${port}/sql/1.0/warehouses/abc?table=main.sales.orders`;
    const e = await failure(url);
    expect(e.name).toBe('RemoteError');
    expect(e.message).toMatch(new RegExp(`^databricks://127\\.0\\.0\\.1:${port}/sql/1\\.0/warehouses/abc\\?table=main\\.sales\\.orders: .*ECONNREFUSED 127\\.0\\.0\\.1:${port}$`));
    expect(e.message).not.toContain(SECRET);
  }, 60_000);
});

describe('BigQuery (@google-cloud/bigquery)', () => {
  it('maps the URL: the project is the host, DATASET.TABLE the path, location, the job timeout', () => {
    const t = parseTableUrl('bigquery://my-project/sales.orders?location=EU');
    expect(bigQueryOptions(t, { timeoutMs: TEN_MINUTES })).toEqual({ projectId: 'my-project', location: 'EU', apiEndpoint: undefined, jobTimeoutMs: TEN_MINUTES });
    expect(t.table).toEqual(['sales', 'orders']);
  });

  it('credentials that cannot be read: one line with the client’s own words', async () => {
    process.env.GOOGLE_APPLICATION_CREDENTIALS = '/nonexistent/key.json';
    const e = await failure('bigquery://my-project/sales.orders');
    expect(e.name).toBe('RemoteError');
    expect(e.message).toMatch(/^bigquery:\/\/my-project\/sales\.orders: Unable to read the credential file specified by the GOOGLE_APPLICATION_CREDENTIALS environment variable/);
  });

  it('rows as the client decodes them (INT64, NUMERIC as big.js, DATE and TIMESTAMP wrapped, arrays) become numbers and text', () => {
    const schema = { fields: [{ name: 'm0', type: 'INT64' }, { name: 'm1', type: 'NUMERIC' }, { name: 'm2', type: 'STRING' }, { name: 'm3', type: 'DATE' }, { name: 'm4', type: 'FLOAT64', mode: 'REPEATED' }] };
    const wire = [{ f: [{ v: '42' }, { v: '12.50' }, { v: '007' }, { v: '2024-02-29' }, { v: [{ v: '1.5' }, { v: '2' }] }] }];
    const [row] = BigQuery.mergeSchemaWithRows_(schema, wire, { wrapIntegers: false }) as Array<Record<string, unknown>>;
    expect(typeof (row!.m1 as object)).toBe('object');
    expect(plainRow(row!)).toEqual({ m0: 42, m1: 12.5, m2: '007', m3: '2024-02-29', m4: [1.5, 2] });
    expect(plainRow({ M0: 9007199254740993n, K: new Date('2024-01-02T03:04:05Z') }, true)).toEqual({ m0: 9007199254740992, k: '2024-01-02T03:04:05.000Z' });
  });
});

describe('the one error line', () => {
  it('keeps the first line of the server’s message and replaces any secret it echoes', () => {
    const t = parseTableUrl('snowflake://bob@xy12345/DB/S?table=ORDERS');
    const e = tableError(t, 'connect', `\nIncorrect username or password was specified (tried ${SECRET}).\n    at login (auth.js:1)`, [SECRET, undefined]);
    expect(e.message).toBe('snowflake://bob@xy12345/DB/S?table=ORDERS: Incorrect username or password was specified (tried ***).');
    expect(tableError(t, 'query', "SQL compilation error: Object 'ORDERS' does not exist or not authorized.", []).message).toBe("snowflake://bob@xy12345/DB/S?table=ORDERS: table ORDERS: SQL compilation error: Object 'ORDERS' does not exist or not authorized.");
  });
});
