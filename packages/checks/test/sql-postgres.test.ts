import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type Postgres } from '../../../test/support/postgres.js';
import { loadSuite, runDataCheck, type Suite } from '../src/index.js';
import { DIALECTS } from '../src/sql/dialect.js';
import { connectPostgres } from '../src/sql/postgres.js';
import { parseTableUrl } from '../src/sql/url.js';
import { runSqlFixtures } from './ge-sql-conformance.js';

const EX = join(import.meta.dirname, '../../../examples/data-check');
let pg: Postgres;

beforeAll(async () => {
  pg = await startPostgres();
  const [head, ...lines] = readFileSync(join(EX, 'wine.csv'), 'utf8').trim().split('\n');
  const cols = head!.split(',');
  await pg.loadTable('wine', Object.fromEntries(cols.map((c) => [c, c === 'id' || c === 'cultivar' ? 'integer' : 'double precision'])), lines.map((l) => l.split(',').map((v) => (v === '' ? null : Number(v)))));
}, 60_000);
afterAll(async () => pg?.stop());

/** A suite from a value, written as a file (JSON is YAML) as a user would. */
function suiteFromDocument(doc: unknown, name: string): Suite {
  const file = join(mkdtempSync(join(tmpdir(), 'mlgate-suite-')), name);
  writeFileSync(file, JSON.stringify(doc));
  return loadSuite(file);
}

const withPassword = (o: Record<string, unknown> = {}) => ({ password: pg.password, ...o });

describe('the SQL runner against a real PostgreSQL', () => {
  it('judges the example suite on a table exactly as the streaming engine judges the same rows in a CSV file', async () => {
    const suite = loadSuite(join(EX, 'suite.yml'));
    const reference = join(EX, 'wine-cultivars-0-1.profile.json');
    const file = await runDataCheck({ suite, data: join(EX, 'wine.csv'), reference, profile: true });
    const mark = await pg.mark();
    const table = await runDataCheck({ suite, data: `${pg.url}?table=public.wine`, reference, profile: true, ...withPassword() });
    const sent = await pg.statementsSince(mark);
    expect(table.results.map((r) => [r.check.title, r.verdict.success, r.verdict.observed, r.verdict.unexpectedCount])).toEqual(file.results.map((r) => [r.check.title, r.verdict.success, r.verdict.observed, r.verdict.unexpectedCount]));
    expect(table.drift!.columns.map((d) => [d.column, d.method, d.status])).toEqual(file.drift!.columns.map((d) => [d.column, d.method, d.status]));
    for (const [i, d] of table.drift!.columns.entries()) expect(d.statistic).toBeCloseTo(file.drift!.columns[i]!.statistic, 9);
    expect(table.data.rows).toBe(178);
    // a bounded number of statements whatever the number of expectations: session set-up, the
    // snapshot's export, the column list, the aggregate scan, order statistics in two parts (one
    // per session), value counts (no check failed: no samples)
    const queries = sent.filter((s) => /^\s*\(?SELECT/i.test(s));
    expect(queries.length).toBeLessThanOrEqual(6);
    expect(queries.filter((s) => /percentile_disc/.test(s))).toHaveLength(2);
    // the second session reads the first one's snapshot
    const exported = sent.filter((s) => s === 'SELECT pg_export_snapshot() AS id');
    expect(exported).toHaveLength(1);
    expect(sent.filter((s) => /^SET TRANSACTION SNAPSHOT '[0-9A-F-]+'$/.test(s))).toHaveLength(1);
    expect(sent.every((s) => /^\s*(\(?SELECT|SET |BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY|ROLLBACK)/i.test(s))).toBe(true);
    expect(sent).toContain('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
  });

  it('opens no second session where there is one sort to run', async () => {
    const suite = suiteFromDocument({ columns: { alcohol: { quantiles: { p50: [10, 15] } } } }, 'one-sort.yml');
    const mark = await pg.mark();
    const res = await runDataCheck({ suite, data: `${pg.url}?table=public.wine`, ...withPassword() });
    const sent = await pg.statementsSince(mark);
    expect(res.results.every((r) => r.verdict.success)).toBe(true);
    expect(sent.filter((s) => s.startsWith('SET TRANSACTION SNAPSHOT'))).toHaveLength(0);
    expect(sent.filter((s) => /percentile_disc/.test(s))).toHaveLength(1);
  });

  it('a role allowed one connection gets the same results from one session', async () => {
    const suite = loadSuite(join(EX, 'suite.yml'));
    const both = await runDataCheck({ suite, data: `${pg.url}?table=public.wine`, profile: true, ...withPassword() });
    const password = 'one-session-only';
    await pg.admin(`DROP ROLE IF EXISTS mlgate_one`);
    await pg.admin(`CREATE ROLE mlgate_one LOGIN CONNECTION LIMIT 1 PASSWORD '${password}'`);
    await pg.admin(`GRANT SELECT ON public.wine TO mlgate_one`);
    const mark = await pg.mark();
    const one = await runDataCheck({ suite, data: `postgresql://mlgate_one@${pg.host}:${pg.port}/mlgate?table=public.wine`, profile: true, password });
    const sent = await pg.statementsSince(mark);
    expect(sent.filter((s) => s.startsWith('SET TRANSACTION SNAPSHOT'))).toHaveLength(0);
    expect(one.results.map((r) => [r.check.title, r.verdict.success, r.verdict.observed, r.verdict.unexpectedCount])).toEqual(both.results.map((r) => [r.check.title, r.verdict.success, r.verdict.observed, r.verdict.unexpectedCount]));
    expect(one.profile!.columns).toEqual(both.profile!.columns);
  });

  it('samples are the first unexpected rows in table order, as the streaming engine reports them', async () => {
    // the last rows are unexpected too: a branch that stopped at the wrong row would show them
    await pg.loadTable('ordered', { id: 'integer', v: 'integer', w: 'text' }, Array.from({ length: 5000 }, (_, i) => [i, i < 100 ? i : i % 7 === 0 ? -i : i, i % 3 === 0 ? 'x' : 'y']));
    const suite = suiteFromDocument({ columns: { v: { min: 0, max: 50 }, w: { in: ['y'] } } }, 'ordered.yml');
    const res = await runDataCheck({ suite, data: `${pg.url}?table=ordered`, ...withPassword() });
    const range = res.results.find((r) => r.check.title.startsWith('v: values in'))!;
    expect(range.verdict.unexpectedCount).toBe(5000 - 51);
    expect(range.samples.map((x) => x.row)).toEqual(Array.from({ length: 20 }, (_, i) => 51 + i));
    const set = res.results.find((r) => r.check.title.startsWith('w: values in set'))!;
    expect(set.samples.map((x) => [x.row, x.value])).toEqual(Array.from({ length: 20 }, (_, i) => [3 * i, 'x']));
  });

  it('a hostile column name runs no SQL of its own, and the table survives', async () => {
    const evil = 'x"; DROP TABLE t; --';
    await pg.loadTable('t', { id: 'integer', [evil]: 'text' }, [[1, 'a'], [2, "it's"], [3, null]]);
    const suite = suiteFromDocument({ columns: { [evil]: { nullable: false, in: ["a'; DROP TABLE t; --", 'a'], length: { max: 3 } } } }, 'hostile.yml');
    const mark = await pg.mark();
    const res = await runDataCheck({ suite, data: `${pg.url}?table=t`, ...withPassword() });
    const sent = await pg.statementsSince(mark);
    expect(res.results.every((r) => !r.verdict.error)).toBe(true);
    expect(res.results.find((r) => r.check.title.includes('not null'))!.verdict.unexpectedCount).toBe(1);
    expect(res.results.find((r) => r.check.title.includes('in set'))!.samples.map((s) => [s.value, s.row])).toEqual([["it's", 1]]);
    expect(sent.some((s) => /DROP/i.test(s.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, '')))).toBe(false);
    expect((await pg.query('SELECT count(*)::int AS n FROM t')).rows[0]!.n).toBe(3);
  });

  it('a query that writes fails in the read-only session and changes nothing', async () => {
    await pg.query('CREATE SEQUENCE IF NOT EXISTS s');
    const suite = suiteFromDocument({ table: { rows: { min: 1 } } }, 'q.yml');
    await expect(runDataCheck({ suite, data: `${pg.url}?query=${encodeURIComponent("SELECT id, nextval('s') AS n FROM t")}`, ...withPassword() })).rejects.toThrow(/cannot execute nextval\(\) in a read-only transaction/);
    expect((await pg.query('SELECT last_value::int AS v, is_called FROM s')).rows[0]).toEqual({ v: 1, is_called: false });
  });

  it('errors: one line naming the table and the server’s message; never the password', async () => {
    const suite = suiteFromDocument({ table: { rows: { min: 1 } } }, 'e.yml');
    await expect(runDataCheck({ suite, data: `${pg.url}?table=public.nope`, ...withPassword() })).rejects.toThrow(/table public\.nope: relation "public\.nope" does not exist/);
    const bad = `postgresql://mlgate:hunter2secret@127.0.0.1:${pg.port}/mlgate?table=t`;
    const err = (await runDataCheck({ suite, data: bad }).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(/password authentication failed/);
    expect(err.message).not.toContain('hunter2secret');
    expect(err.message).toContain('mlgate:***@');
    await expect(runDataCheck({ suite, data: `${pg.readerUrl.replace(/:[^:@/]*@/, '@')}?table=t`, password: pg.reader.password })).resolves.toBeDefined();
  });

  it('a statement over the timeout is stopped by the server and reported as a timeout', async () => {
    const t = parseTableUrl(`${pg.url}?table=t`);
    const conn = await connectPostgres(t, { password: pg.password, timeoutMs: 200 });
    await expect(conn.query('SELECT pg_sleep(2)')).rejects.toThrow(/took longer than the timeout/);
    await conn.close();
  });

  it('GE fixtures loaded into PostgreSQL tables: at least 95 % of the applicable ones pass', async () => {
    const results = await runSqlFixtures({
      dialect: DIALECTS.postgresql,
      exec: async (sql) => void (await pg.query(sql)),
      connect: () => connectPostgres(parseTableUrl(`${pg.url}?table=x`), { password: pg.password, timeoutMs: 30_000 }),
    });
    const applicable = results.filter((r) => r.status !== 'not-applicable');
    const passed = applicable.filter((r) => r.status === 'pass');
    if (process.env.GE_SQL_REPORT) for (const r of applicable.filter((x) => x.status === 'fail')) console.log(`${r.expectation} | ${r.title} | ${r.reason}`);
    console.log(`postgresql: ${passed.length} of ${applicable.length}`);
    expect(passed.length / applicable.length).toBeGreaterThanOrEqual(0.95);
  }, 180_000);
});
