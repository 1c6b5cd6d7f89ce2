/** The bench CSV written once as Parquet (snappy) by DuckDB, with the column types DuckDB reads in it. */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(join(resolve(import.meta.dirname, '../../packages/checks'), 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api') as { DuckDBInstance: { create(path: string, opts: Record<string, string>): Promise<{ connect(): Promise<{ run(sql: string): Promise<unknown> }> }> } };
const [csv, out] = process.argv.slice(2) as [string, string];
const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const con = await (await DuckDBInstance.create(':memory:', { threads: '2' })).connect();
await con.run(`COPY (SELECT * FROM read_csv(${q(csv)}, header = true)) TO ${q(out)} (FORMAT parquet, COMPRESSION snappy)`);
