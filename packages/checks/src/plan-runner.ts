/**
 * The seam between a plan and where the data lives: a runner computes a plan's metrics (plain data,
 * metrics.ts) over one table. The streaming engine over files is the first; the judges never know
 * which runner ran.
 */
import type { Metrics } from './metrics.js';
import type { Plan } from './plan.js';

export interface PlanRunner {
  /** Which runner: `stream` (files, in-process), or a SQL dialect. */
  readonly kind: string;
  /** What the table is, for reports: the files read, or the table as a URL without credentials. */
  readonly files: string[];
  readonly format: string;
  run(plan: Plan): Promise<Metrics>;
}

export interface RunnerOptions {
  /** Unexpected values kept per check (default 20). */
  sampleLimit?: number;
  /** Numbers kept exactly per column for quantiles before a sketch (stream runner; default 1,000,000). */
  exactLimit?: number;
  /** Distinct values counted exactly per column (default 100,000). */
  distinctLimit?: number;
  /** Stream runner: worker threads (1: one thread; default: `MLGATE_THREADS`, else every core for inputs of 16 MiB or more). */
  threads?: number;
  /** Local files: the streaming engine (default) or DuckDB's own readers. */
  engine?: 'auto' | 'stream' | 'duckdb';
  /** SQL: the password when the URL and the client's environment variable do not give one. */
  password?: string;
  /** SQL: statement timeout (default 10 minutes). */
  timeoutMs?: number;
  /** SQL: called with each statement sent (tests count them; the debug log shows them). */
  onStatement?: (sql: string) => void;
}
