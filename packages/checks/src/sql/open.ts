/** Opening a SQL runner for a `data:` URL, or DuckDB over local files (`engine: duckdb`). */
import { ConfigurationError } from '@mlgate/core';
import { expandFiles, detectFormat } from '@mlgate/data';
import type { RunnerOptions } from '../plan-runner.js';
import { DIALECTS } from './dialect.js';
import { connectBigQuery } from './bigquery.js';
import { connectDatabricks } from './databricks.js';
import { connectDuckDb } from './duckdb.js';
import { connectPostgres } from './postgres.js';
import { SqlRunner, type SqlConnection } from './runner.js';
import { connectSnowflake } from './snowflake.js';
import { connectTrino } from './trino.js';
import type { TableUrl } from './url.js';
import type { ConnectOptions } from './vendor.js';
import { fromItem, parseTableUrl } from './url.js';

export const DEFAULT_TIMEOUT_MS = 10 * 60_000;

export async function openSqlRunner(data: string, o: RunnerOptions): Promise<SqlRunner> {
  const t = parseTableUrl(data);
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  switch (t.scheme) {
    case 'postgresql':
      return new SqlRunner(await connectPostgres(t, { password: o.password, timeoutMs, onStatement: o.onStatement }), fromItem(t), t.label, o);
    case 'duckdb': {
      const path = decodeURIComponent(t.url.pathname);
      if (!path || path === '/') throw new ConfigurationError(`${t.label}: name the database file, e.g. duckdb:///path/to/file.duckdb?table=NAME`, { field: 'data' });
      return new SqlRunner(await connectDuckDb(t, { path, onStatement: o.onStatement }), fromItem(t), t.label, o);
    }
    default:
      return new SqlRunner(await connectWarehouse(t, { password: o.password, timeoutMs, onStatement: o.onStatement }), fromItem(t), t.label, o);
  }
}

/** DuckDB over local CSV or Parquet files: the same plan through DuckDB's own readers. */
export async function openDuckDbFiles(pattern: string, o: RunnerOptions): Promise<SqlRunner> {
  const files = await expandFiles(pattern);
  const { format, gzip } = detectFormat(files[0]!);
  const list = `[${files.map((f) => DIALECTS.duckdb.text(f)).join(', ')}]`;
  let from: string;
  if (format === 'parquet') from = `read_parquet(${list})`;
  else if (format === 'csv' || format === 'tsv') from = `read_csv(${list}, header = true${format === 'tsv' ? ", delim = '\\t'" : ''}${gzip ? ", compression = 'gzip'" : ''})`;
  else from = `read_json(${list}, format = 'newline_delimited')`;
  const runner = new SqlRunner(await connectDuckDb({ label: files.join(', ') }, { onStatement: o.onStatement }), from, files[0]!, o);
  return Object.assign(runner, { files, format });
}

/** The warehouses, each through its vendor's maintained client, which each module imports on use. */
async function connectWarehouse(t: TableUrl, o: ConnectOptions): Promise<SqlConnection> {
  switch (t.scheme) {
    case 'bigquery':
      return connectBigQuery(t, o);
    case 'snowflake':
      return connectSnowflake(t, o);
    case 'databricks':
      return connectDatabricks(t, o);
    case 'trino':
      return connectTrino(t, o);
    default:
      throw new ConfigurationError(`${t.label}: no runner for ${t.scheme} tables`, { field: 'data' });
  }
}
