import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuite, runDataCheck } from '../src/index.js';
import { DIALECTS } from '../src/sql/dialect.js';
import { connectDuckDb } from '../src/sql/duckdb.js';
import { runSqlFixtures, type SqlBackend } from './ge-sql-conformance.js';

async function duckBackend(): Promise<SqlBackend & { close(): void }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const setup = await instance.connect();
  return {
    dialect: DIALECTS.duckdb,
    exec: async (sql) => void (await setup.run(sql)),
    connect: () => connectDuckDb({ label: 'duckdb' }, { instance }),
    close: () => (setup.closeSync(), instance.closeSync()),
  };
}

describe('Great Expectations fixtures through the SQL runner', () => {
  it('DuckDB: at least 95 % of the applicable fixtures pass', async () => {
    const b = await duckBackend();
    const results = await runSqlFixtures(b);
    b.close();
    const applicable = results.filter((r) => r.status !== 'not-applicable');
    const passed = applicable.filter((r) => r.status === 'pass');
    if (process.env.GE_SQL_REPORT) for (const r of applicable.filter((x) => x.status === 'fail')) console.log(`${r.expectation} | ${r.title} | ${r.reason}`);
    console.log(`duckdb: ${passed.length} of ${applicable.length}`);
    expect(applicable.length).toBeGreaterThan(400);
    expect(passed.length / applicable.length).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});

describe('engine: duckdb over local files', () => {
  it('reports the same unexpected rows as the streaming engine: the first ones, in file order, on every thread', async () => {
    // large enough for DuckDB to read it on several threads; unexpected rows early and late
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-duck-'));
    const file = join(dir, 'rows.csv');
    const lines = ['id,v,w'];
    for (let i = 0; i < 300_000; i++) lines.push(`${i},${i % 9973 === 17 || i > 299_000 ? -i : i},${i % 4001 === 5 ? 'x' : 'y'}`);
    writeFileSync(file, lines.join('\n') + '\n');
    writeFileSync(join(dir, 'suite.json'), JSON.stringify({ columns: { v: { min: 0 }, w: { in: ['y'] } } }));
    const suite = loadSuite(join(dir, 'suite.json'));
    const stream = await runDataCheck({ suite, data: file });
    const duck = await runDataCheck({ suite, data: file, engine: 'duckdb' });
    const seen = (r: typeof stream) => r.results.map((x) => [x.verdict.unexpectedCount, x.samples.map((s) => [s.row, String(s.value)])]);
    expect(seen(duck)).toEqual(seen(stream));
    expect(stream.results[0]!.samples[0]!.row).toBe(17);
  });

  it('judges the example suite on the CSV as the streaming engine does', async () => {
    const ex = join(import.meta.dirname, '../../../examples/data-check');
    const suite = loadSuite(join(ex, 'suite.yml'));
    const reference = join(ex, 'wine-cultivars-0-1.profile.json');
    const stream = await runDataCheck({ suite, data: join(ex, 'wine.csv'), reference });
    const duck = await runDataCheck({ suite, data: join(ex, 'wine.csv'), reference, engine: 'duckdb' });
    expect(duck.data.format).toBe('csv');
    expect(duck.results.map((r) => [r.check.title, r.verdict.success, r.verdict.observed, r.verdict.unexpectedCount])).toEqual(stream.results.map((r) => [r.check.title, r.verdict.success, r.verdict.observed, r.verdict.unexpectedCount]));
    expect(duck.drift!.columns.map((d) => [d.column, d.status])).toEqual(stream.drift!.columns.map((d) => [d.column, d.status]));
  });
});
