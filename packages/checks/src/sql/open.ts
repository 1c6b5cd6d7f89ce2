/** Opening a SQL runner for a `data:` URL, or DuckDB over local files (`engine: duckdb`). */
import { ConfigurationError } from '@mlgate/core';
import { expandFiles, detectFormat } from '@mlgate/data';
import type { RunnerOptions } from '../plan-runner.js';
import { DIALECTS } from './dialect.js';
import { connectDuckDb } from './duckdb.js';
import { connectPostgres } from './postgres.js';
import { SqlRunner } from './runner.js';
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
      throw new ConfigurationError(`${t.label}: ${t.scheme} tables are compiled to SQL but not yet run by data-check; PostgreSQL and DuckDB are (docs/data-check-sql.md)`, { field: 'data' });
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
