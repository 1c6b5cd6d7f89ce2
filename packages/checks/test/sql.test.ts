import { describe, expect, it } from 'vitest';
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
