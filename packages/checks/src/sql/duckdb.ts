/** DuckDB through its maintained Node client, loaded only when a duckdb:// table is used; opened read-only. */
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { ConfigurationError, DataError } from '@mlgate/core';
import { DIALECTS } from './dialect.js';
import type { Schema } from './exprs.js';
import type { SqlConnection } from './runner.js';
import type { TableUrl } from './url.js';
import { kindOfType } from './vendor.js';

export interface DuckDbOptions {
  /** A database file, or undefined for an in-memory database over files (read_csv, read_parquet). */
  path?: string;
  /** An instance already open (tests load tables into an in-memory one first). */
  instance?: unknown;
  onStatement?: (sql: string) => void;
}

type DuckDb = typeof import('@duckdb/node-api');

/**
 * DuckDB's client, from mlgate's own dependencies (the CLI) or, in an action, from the workspace: the
 * action bundles do not carry DuckDB's 70 MB native library, so a workflow that uses it installs it.
 */
export async function loadDuckDb(): Promise<DuckDb> {
  // require through createRequire, so the bundler leaves the module to be found at run time
  for (const from of [import.meta.url, process.cwd() + sep]) {
    try {
      return createRequire(from)('@duckdb/node-api') as DuckDb;
    } catch {
      // not installed there: try the next place
    }
  }
  throw new ConfigurationError('DuckDB is not installed: mlgate does not bundle its 70 MB engine. In a workflow add a step `npm install --no-save @duckdb/node-api@1.5.6-r.1` before this one; with the CLI, `npm i -D @duckdb/node-api@1.5.6-r.1` beside @mlgate/cli', { field: 'data' });
}

export async function connectDuckDb(t: TableUrl | { label: string; table?: string[] }, o: DuckDbOptions): Promise<SqlConnection> {
  const { DuckDBInstance } = await loadDuckDb();
  const fail = (e: unknown): never => {
    throw new DataError(`${t.label}: ${String((e as Error).message ?? e).split('\n')[0]}`, { field: 'data' });
  };
  const own = !o.instance;
  const instance = (o.instance as InstanceType<typeof DuckDBInstance> | undefined) ?? (await DuckDBInstance.create(o.path ?? ':memory:', o.path ? { access_mode: 'READ_ONLY' } : {}).catch(fail));
  const conn = await instance.connect();
  const run = async (sql: string) => {
    o.onStatement?.(sql);
    return conn.runAndReadAll(sql).catch(fail);
  };
  return {
    dialect: DIALECTS.duckdb,
    async describe(from) {
      const r = await run(`SELECT * FROM ${from} LIMIT 0`);
      const names = r.columnNames();
      const types = r.columnTypes().map((x) => x.toString());
      return { columns: names, kinds: new Map(names.map((n, i) => [n, kindOfType(types[i]!)])), types: new Map(names.map((n, i) => [n, types[i]!])) } satisfies Schema;
    },
    async query(sql) {
      return (await run(sql)).getRowObjectsJS() as Array<Record<string, unknown>>;
    },
    async close() {
      conn.closeSync();
      if (own) instance.closeSync();
    },
  };
}
