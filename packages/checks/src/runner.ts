import type { PlanRunner, RunnerOptions } from './plan-runner.js';
import { isTableUrl } from './sql/url.js';
import { openStreamRunner } from './stream/runner.js';

/** The runner for a `data:` value: a table URL (postgresql://, duckdb://, …) or files (paths, globs). */
export async function openRunner(data: string, opts: RunnerOptions = {}): Promise<PlanRunner> {
  if (isTableUrl(data)) {
    const { openSqlRunner } = await import('./sql/open.js');
    return openSqlRunner(data, opts);
  }
  if (opts.engine === 'duckdb') {
    const { openDuckDbFiles } = await import('./sql/open.js');
    return openDuckDbFiles(data, opts);
  }
  return openStreamRunner(data, opts);
}
