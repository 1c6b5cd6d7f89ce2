import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres, type Postgres } from '../../../test/support/postgres.js';
import { runAction } from '../../../test/support/run-action.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-dc-sql-'));
const SUITE = join(dir, 'suite.yml');
writeFileSync(SUITE, ['table:', '  rows: { min: 1 }', 'columns:', '  id: { unique: true, nullable: false }', '  age: { type: integer, min: 0, max: 120 }', '  country: { in: [DE, FR, NL] }', ''].join('\n'));

describe('actions/data-check on a PostgreSQL table (bundle as a process)', () => {
  let pg: Postgres;
  beforeAll(async () => {
    pg = await startPostgres();
    await pg.loadTable('people', { id: 'integer', age: 'integer', country: 'text' }, [[1, 34, 'DE'], [2, 41, 'FR'], [2, 150, '<b>XX</b>'], [4, 20, 'NL']]);
  }, 60_000);
  afterAll(async () => pg?.stop());

  it('judges the table in the engine; the password given as an input is masked and never printed', async () => {
    const inputs = { data: `${pg.url}?table=public.people`, suite: SUITE, 'connection-password': pg.password, comment: 'never' };
    const run = await runAction('data-check', { inputs });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain(`::add-mask::${pg.password}`);
    expect(run.stdout.replace(`::add-mask::${pg.password}`, '')).not.toContain(pg.password);
    expect(run.summary).not.toContain(pg.password);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    const byId = Object.fromEntries(report.checks.map((c: { id: string; status: string; message: string }) => [c.id, c]));
    expect(byId['columns.id.unique'].status).toBe('fail');
    expect(byId['columns.country.in']).toMatchObject({ status: 'fail' });
    expect(byId['columns.country.in'].message).toContain('row 3');
    expect(report.checks.filter((c: { id: string; status: string }) => c.id.startsWith('columns.age.') && c.status === 'fail')).toHaveLength(1);
    expect(report.data.data.files).toEqual([`${pg.url}?table=public.people`]);
  });

  it('a missing table is one line naming it, with the server’s message, exit 1', async () => {
    const run = await runAction('data-check', { inputs: { data: `${pg.url}?table=public.nope`, suite: SUITE, 'connection-password': pg.password, comment: 'never' } });
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/table public\.nope: relation "public\.nope" does not exist/);
    expect(run.stdout).not.toMatch(/\n\s+at [\w.<]+ \(/);
  });

  it('engine: duckdb where DuckDB is not installed says how to install it', async () => {
    const data = join(dir, 'people.csv');
    writeFileSync(data, 'id,age,country\n1,34,DE\n');
    const run = await runAction('data-check', { inputs: { data, suite: SUITE, engine: 'duckdb', comment: 'never' }, cwd: dir });
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n')).toMatch(/DuckDB is not installed.*npm install --no-save @duckdb\/node-api/);
  });
});
