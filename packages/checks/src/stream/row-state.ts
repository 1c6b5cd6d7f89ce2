import type { Batch } from '@mlgate/data';
import type { RowMetrics } from '../metrics.js';
import type { Plan } from '../plan.js';
import type { HashSeen, IntRuns } from '../sketch.js';

/** One row aggregate's running state. */
export interface RowState {
  agg: Plan['rows'][number];
  m: RowMetrics;
  test?: (v: unknown) => boolean;
  dedup?: DedupState;
  prev?: unknown;
}

/** Where unexpected rows go: counted, and the first few kept as samples. */
export interface Sampler {
  unexpected(s: RowState, value: unknown, batch: Batch, r: number): void;
  /** Whether the next unexpected row of `s` is kept as a sample (its value is then needed). */
  wantsSample(s: RowState): boolean;
  /** The first occurrence of a key found again later (row and line known, not in this batch). */
  first(s: RowState, value: unknown, row: number, line: number | undefined): void;
}

/** What duplicate detection keeps per check: exact keys first, runs and hashes past the limit. */
export interface DedupState {
  /** key → first row (−row−1 once reported as a duplicate) */
  seen?: Map<string, number>;
  /** first lines that are not row + lineDelta (CSV with multi-line fields) */
  lines?: Map<string, number>;
  hashed?: HashSeen;
  runs?: IntRuns;
  dupKeys?: Set<number>;
  /** Whether an integer key was ever put among the hashes (the runs gave up on it): only then must an integer key be looked up there. */
  intsHashed?: boolean;
  lineDelta?: number;
}
