import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { ROOT } from './support/run-action.js';
import { postgresAvailable, startPostgres, type Postgres } from './support/postgres.js';

const EX = join(ROOT, 'examples/warehouse');
const WINE = '/usr/lib/python3/dist-packages/sklearn/datasets/data/wine_data.csv';

describe.skipIf((!postgresAvailable() || !existsSync(WINE)) && !process.env.CI)('examples/warehouse', () => {
  let server: Postgres;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('load.ts loads the 178 wines under scikit-learn’s column names, in one transaction', async () => {
    const mark = await server.mark();
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(EX, 'load.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: server.url, PGPASSWORD: server.password },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('loaded 178 rows into "public"."wine"\n');
    const statements = await server.statementsSince(mark);
    expect(statements.map((s) => s.split(' ')[0])).toEqual(['BEGIN', 'DROP', 'CREATE', 'INSERT', 'COMMIT']);

    const cols = await server.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = 'wine' ORDER BY ordinal_position");
    expect(cols.rows.map((c) => c.column_name)).toEqual([
      'id', 'alcohol', 'malic_acid', 'ash', 'alcalinity_of_ash', 'magnesium', 'total_phenols', 'flavanoids', 'nonflavanoid_phenols',
      'proanthocyanins', 'color_intensity', 'hue', 'od280/od315_of_diluted_wines', 'proline', 'target',
    ]);
    const byTarget = await server.query('SELECT target, count(*)::int AS n, sum(proline)::int AS proline FROM wine GROUP BY target ORDER BY target');
    expect(byTarget.rows.map((x) => [x.target, x.n])).toEqual([[0, 59], [1, 71], [2, 48]]);
    const first = await server.query('SELECT alcohol, "od280/od315_of_diluted_wines" AS od, proline FROM wine WHERE id = 1');
    expect(first.rows).toEqual([{ alcohol: 14.23, od: 3.92, proline: 1065 }]);
  });

  it('wine.yml passes on that table (exported as CSV, through the file engine)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-wh-'));
    const csv = join(dir, 'wine.csv');
    const c = new pg.Client({ host: server.host, port: server.port, user: 'mlgate', database: 'mlgate', password: server.password });
    await c.connect();
    await pipeline(c.query(copyTo('COPY (SELECT * FROM public.wine ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER true)')), createWriteStream(csv));
    await c.end();
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), 'data-check', '--suite', join(EX, 'wine.yml'), '--data', csv, '--out', join(dir, 'out')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.headline).toMatch(/all \d+ checks passed — 178 rows/);
  });

  it('load.ts says what is wrong with DATABASE_URL, on one line', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(EX, 'load.ts')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'mysql://x' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('load.ts: DATABASE_URL must be a postgresql:// URL\n');
  });
});
