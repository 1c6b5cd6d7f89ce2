/**
 * The warehouse clients in the data-check bundle (as GitHub runs it): each vendor's client sits in
 * chunks of its own that a run on a CSV file never loads (every file the module loader resolves is
 * logged through test/support/module-log.mjs), a trino:// table loads Trino's client only, and a
 * failure is one error line naming the table with the server's own message, no report half-written,
 * every secret masked.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAction } from '../../../test/support/run-action.js';
import { freePort } from '../../../test/support/server-process.js';
import { startTrino, tableNotFound, type TrinoStandIn } from '../../../test/support/trino.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-dc-wh-'));
const SUITE = join(dir, 'suite.yml');
writeFileSync(SUITE, ['columns:', '  id: { unique: true, nullable: false }', '  age: { min: 0, max: 120 }', ''].join('\n'));
const CSV = join(dir, 'people.csv');
writeFileSync(CSV, 'id,age\n1,34\n2,41\n3,20\n');
const HOOK = join(ROOT, 'test/support/module-log.mjs');
const SECRET = 'pa55-Wörd_9f3c';

/** Names only each client's code holds. */
const CLIENTS = { trino: 'trino-js-client', snowflake: 'ERR_CONN_CONNECT_INVALID_CALLBACK', databricks: 'HiveDriverError', bigquery: 'BigQueryDate' } as const;

/** Run the bundle with the module log on; the files it loaded, and which clients they hold. */
async function runLogged(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const log = join(mkdtempSync(join(tmpdir(), 'mlgate-modlog-')), 'modules.txt');
  // never the metadata server: Application Default Credentials read this file first
  const run = await runAction('data-check', { inputs: { suite: SUITE, comment: 'never', ...inputs }, env: { NODE_OPTIONS: `--import=${HOOK}`, MLGATE_MODULE_LOG: log, GOOGLE_APPLICATION_CREDENTIALS: join(dir, 'no-such-key.json'), ...env }, cwd: dir });
  const files = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((u) => fileURLToPath(u)) : [];
  const clients = Object.entries(CLIENTS)
    .filter(([, mark]) => files.some((f) => readFileSync(f, 'utf8').includes(mark)))
    .map(([name]) => name);
  return { run, files, clients };
}

describe('data-check bundle: warehouse clients', () => {
  let trino: TrinoStandIn;
  beforeAll(async () => {
    trino = await startTrino(() => [tableNotFound('hive.sales.orders')]);
  });
  afterAll(async () => trino?.stop());

  it('every client is in the dist, each in chunks the entry only imports on use', () => {
    const dist = join(ROOT, 'actions/data-check/dist');
    const entry = readFileSync(join(dist, 'index.js'), 'utf8');
    const chunks = readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f)).map((f) => readFileSync(join(dist, f), 'utf8'));
    for (const mark of Object.values(CLIENTS)) {
      expect(entry).not.toContain(mark);
      expect(chunks.some((c) => c.includes(mark))).toBe(true);
    }
    expect(readdirSync(dist).filter((f) => f.endsWith('.node'))).toEqual([]);
  });

  it('a run on a CSV file loads the entry alone: no client chunk', async () => {
    const { run, files, clients } = await runLogged({ data: CSV });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(files.map((f) => f.slice(ROOT.length))).toEqual(['/actions/data-check/dist/index.js']);
    expect(clients).toEqual([]);
  });

  it('a trino:// table loads Trino’s client only; a missing table is one line with Trino’s message, nothing written', async () => {
    const data = `trino://ci@127.0.0.1:${trino.port}/hive/sales?table=orders&ssl=false`;
    const { run, clients } = await runLogged({ data });
    expect(clients).toEqual(['trino']);
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => a.message)).toEqual([`${data}: table orders: line 1:15: Table 'hive.sales.orders' does not exist (data)`]);
    expect(run.stdout).not.toMatch(/\n\s+at [\w.<]+ \(/);
    expect(run.outputs.report).toBeUndefined();
    expect(readdirSync(run.tmp).filter((f) => /report|comment/.test(f))).toEqual([]);
    expect(trino.requests.find((r) => r.method === 'POST')?.headers['x-trino-session']).toBe('query_max_run_time=600s');
  });

  it('Snowflake: the password from SNOWFLAKE_PASSWORD is masked and a refused login never prints it', async () => {
    const port = await freePort();
    const data = `snowflake://ci@xy12345/ANALYTICS/PUBLIC?warehouse=WH&table=ORDERS&access_url=http://127.0.0.1:${port}`;
    const { run, clients } = await runLogged({ data, timeout: '30s' }, { SNOWFLAKE_PASSWORD: SECRET });
    expect(clients).toContain('snowflake');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::add-mask::${SECRET}`);
    expect(run.stdout.replace(`::add-mask::${SECRET}`, '') + run.stderr + run.summary).not.toContain(SECRET);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([`${data}: connect ECONNREFUSED 127.0.0.1:${port} (data)`]);
  }, 60_000);

  it('Databricks: a token given as connection-password is masked; BigQuery without credentials says so', async () => {
    const port = await freePort();
    const data = `databricks://127.0.0.1:${port}/sql/1.0/warehouses/abc?table=main.sales.orders`;
    const dbx = await runLogged({ data, 'connection-password': SECRET });
    expect(dbx.clients).toContain('databricks');
    expect(dbx.run.code).toBe(1);
    expect(dbx.run.stdout).toContain(`::add-mask::${SECRET}`);
    expect(dbx.run.stdout.replace(`::add-mask::${SECRET}`, '') + dbx.run.stderr).not.toContain(SECRET);
    expect(dbx.run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(new RegExp(`^databricks://127\\.0\\.0\\.1:${port}/sql/1\\.0/warehouses/abc\\?table=main\\.sales\\.orders: .*ECONNREFUSED`))]);

    const bq = await runLogged({ data: 'bigquery://my-project/sales.orders' });
    expect(bq.clients).toContain('bigquery');
    expect(bq.clients).not.toContain('snowflake');
    expect(bq.run.code).toBe(1);
    expect(bq.run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/^bigquery:\/\/my-project\/sales\.orders: Unable to read the credential file specified by the GOOGLE_APPLICATION_CREDENTIALS environment variable/)]);
  }, 60_000);
});
