import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import pg from 'pg';
import { postgresAvailable, startPostgres, type Postgres } from './postgres.js';

async function client(url: string, password: string): Promise<pg.Client> {
  const u = new URL(url);
  const c = new pg.Client({ host: u.hostname, port: Number(u.port), user: u.username, database: u.pathname.slice(1), password });
  await c.connect();
  return c;
}

// CI installs PostgreSQL (.ci/run): there a missing server fails instead of skipping
describe.skipIf(!postgresAvailable() && !process.env.CI)('test/support/postgres: a real PostgreSQL for tests', () => {
  let server: Postgres;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('listens on 127.0.0.1 as mlgate, with a password', async () => {
    expect(server.url).toBe(`postgresql://mlgate@127.0.0.1:${server.port}/mlgate`);
    const c = await client(server.url, server.password);
    const r = await c.query<{ user: string; db: string; su: boolean }>("SELECT current_user AS user, current_database() AS db, current_setting('is_superuser') = 'on' AS su");
    await c.end();
    expect(r.rows[0]).toEqual({ user: 'mlgate', db: 'mlgate', su: false });
    await expect(client(server.url, 'wrong')).rejects.toThrow(/password authentication failed for user "mlgate"/);
  });

  it('loads 100,000 rows through COPY, awkward text and NULLs intact', async () => {
    const rows: unknown[][] = [];
    for (let i = 0; i < 100_000; i++) rows.push([i, i % 7 === 0 ? null : i / 4, `row ${i % 3}`, i % 2 === 0]);
    rows[1] = [1, 0.25, 'tab\there\nnew line \\ backslash \\N', null];
    const t0 = Date.now();
    await server.loadTable('public.t', { id: 'integer', x: 'double precision', label: 'text', flag: 'boolean' }, rows);
    expect(Date.now() - t0).toBeLessThan(20_000);
    const agg = await server.query<{ n: string; nulls: string; sum: number; labels: string }>('SELECT count(*) AS n, count(*) - count(x) AS nulls, sum(x) AS sum, count(DISTINCT label) AS labels FROM t');
    const expectedSum = rows.reduce((s, r) => s + ((r[1] as number | null) ?? 0), 0);
    expect(agg.rows[0]).toEqual({ n: '100000', nulls: String(rows.filter((r) => r[1] === null).length), sum: expectedSum, labels: '4' });
    const one = await server.query('SELECT label, flag FROM t WHERE id = $1', [1]);
    expect(one.rows).toEqual([{ label: 'tab\there\nnew line \\ backslash \\N', flag: null }]);
  });

  it('counts the statements a client ran since a mark, the harness’s own left out', async () => {
    await server.loadTable('counted', { v: 'integer' }, [[1], [2], [3]]);
    const mark = await server.mark();
    const c = await client(server.url, server.password);
    await c.query('SELECT count(*) FROM counted');
    await c.query('SELECT sum(v) FROM counted WHERE v > $1', [1]);
    await c.end();
    await server.query('SELECT 1'); // the harness's own
    expect(await server.statementsSince(mark)).toEqual(['SELECT count(*) FROM counted', 'SELECT sum(v) FROM counted WHERE v > $1']);
    const log = await server.log(mark);
    expect(log[1]).toMatchObject({ user: 'mlgate', database: 'mlgate', parameters: "$1 = '1'" });
    expect(await server.statementsSince(await server.mark())).toEqual([]);
  });

  it('the read-only role reads tables mlgate made and cannot write them', async () => {
    await server.loadTable('ro', { v: 'integer' }, [[1]]);
    const c = await client(server.readerUrl, server.reader.password);
    try {
      expect((await c.query('SELECT v FROM ro')).rows).toEqual([{ v: 1 }]);
      await expect(c.query('INSERT INTO ro VALUES (2)')).rejects.toMatchObject({ code: '42501' });
      await expect(c.query('CREATE TABLE mine (v integer)')).rejects.toMatchObject({ code: '42501' });
    } finally {
      await c.end();
    }
  });

  it('stops: the port closes and the folder is gone', async () => {
    const other = await startPostgres();
    expect(other.port).not.toBe(server.port);
    await other.query('SELECT 1');
    await other.stop();
    expect(existsSync(other.dir)).toBe(false);
    const refused = await new Promise<boolean>((res) => {
      const s = connect(other.port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), res(false)));
      s.once('error', () => res(true));
    });
    expect(refused).toBe(true);
  });
});
