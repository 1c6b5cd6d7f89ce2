import type { Batch } from '@mlgate/data';
import type { RowMetrics, Sample } from '../metrics.js';
import type { Plan } from '../plan.js';
import type { HashSeen, IntFirsts, IntRuns } from '../sketch.js';

/** One row aggregate's running state. */
export interface RowState {
  agg: Plan['rows'][number];
  m: RowMetrics;
  test?: (v: unknown) => boolean;
  dedup?: DedupState;
  prev?: unknown;
  /** The first value a monotonic check compared (a part of a file split by rows: compared with the previous part's last at the merge). */
  first?: Sample;
  /** A part of a file split by rows: the keys of a unique check, logged for the merge instead of de-duplicated here. */
  keys?: KeyLog;
}

/**
 * Integer keys of a unique check, in row order, as runs: a run is consecutive keys on consecutive rows
 * and lines (an id column 1…n is one run), so a part of a file costs memory only where its keys jump.
 */
export interface KeyRuns {
  /** Per run: its first key, row and line (−1: none), and its length. */
  keys: Float64Array<ArrayBuffer>;
  rows: Float64Array<ArrayBuffer>;
  lines: Float64Array<ArrayBuffer>;
  lengths: Float64Array<ArrayBuffer>;
}

/** The key log of a part of a file split by rows (ranges.ts merges the parts' logs). */
export class KeyLog {
  private keys = new Float64Array(64);
  private rows = new Float64Array(64);
  private lines = new Float64Array(64);
  private lengths = new Float64Array(64);
  private n = 0;
  private nextKey = NaN;
  private nextRow = NaN;
  private nextLine = NaN;

  add(key: number, row: number, line: number | undefined): void {
    const l = line ?? -1;
    if (key === this.nextKey && row === this.nextRow && (l === this.nextLine || (l < 0 && this.nextLine < 0))) {
      this.lengths[this.n - 1]!++;
    } else {
      if (this.n === this.keys.length) {
        const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.keys = grow(this.keys);
        this.rows = grow(this.rows);
        this.lines = grow(this.lines);
        this.lengths = grow(this.lengths);
      }
      this.keys[this.n] = key;
      this.rows[this.n] = row;
      this.lines[this.n] = l;
      this.lengths[this.n++] = 1;
    }
    this.nextKey = key + 1;
    this.nextRow = row + 1;
    this.nextLine = l < 0 ? -1 : l + 1;
  }

  runs(): KeyRuns {
    const n = this.n;
    return { keys: this.keys.slice(0, n), rows: this.rows.slice(0, n), lines: this.lines.slice(0, n), lengths: this.lengths.slice(0, n) };
  }
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
  /** key → first row (−row−1 once reported as a duplicate), for keys other than integer numbers */
  seen?: Map<string, number>;
  /** integer number keys → first row, as `seen` (stream/dedup.ts) */
  ints?: IntFirsts;
  /** first lines that are not row + lineDelta (CSV with multi-line fields) */
  lines?: Map<string, number>;
  hashed?: HashSeen;
  runs?: IntRuns;
  dupKeys?: Set<number>;
  /** Whether an integer key was ever put among the hashes (the runs gave up on it): only then must an integer key be looked up there. */
  intsHashed?: boolean;
  lineDelta?: number;
}
