import type { Batch, Cell, DictionaryCells, NumericCells } from '@mlgate/data';
import type { Metrics, Sample } from '../metrics.js';
import { mergeNeeds, type ColumnNeeds, type Plan } from '../plan.js';
import { numeric, TypeMismatch } from '../values.js';
import { columnPass, columnPassNulls, columnPassNumbers, countsOnly, finishColumn, needsParsed, newColumnState, numbersOnly, type ColumnState } from './columns.js';
import { Dedup } from './dedup.js';
import { evalCondition } from './filter.js';
import type { KeyRuns, RowState, Sampler } from './row-state.js';
import { newRowState, rowPass, type RowBatch } from './rows.js';
import type { Handed } from './numbers.js';

export interface StreamOptions {
  /** Cells are text to be read as numbers where a number is needed (CSV/TSV). */
  textual: boolean;
  /** Unexpected values kept per check (default: the plan's `samples`, else 20). */
  sampleLimit?: number;
  /** Numbers kept exactly per column for quantiles before switching to a sketch (default 1,000,000). */
  exactLimit?: number;
  /** Distinct values counted exactly per column before switching to HyperLogLog (default 100,000). */
  distinctLimit?: number;
  /** Only this share of the plan (one worker's part of a parallel scan, parallel.ts); default all of it. */
  part?: PlanPart;
  /** A part of a file split by rows (ranges.ts): unique checks log their keys for the merge instead of de-duplicating. */
  logKeys?: boolean;
}

/** What a part of a file split by rows hands to the merge (ranges.ts): the figures, and what only the merge can finish. */
export interface PartState {
  metrics: Metrics;
  /** Per column aggregate (as in `metrics.columnStats`): the shifted sums, and the numbers kept (undefined: none asked, or a sketch took them). */
  sums: Array<{ shift: number; s1: number; s2: number }>;
  /** Per column aggregate: what it asks for (profiled columns: the plan's `everyColumn` merged in). */
  needs: ColumnNeeds[];
  numbers: Array<Handed | undefined>;
  /** Per row aggregate (as in `metrics.rowStats`): a unique check's logged keys; a monotonic check's first and last values. */
  keys: Array<KeyRuns | undefined>;
  firsts: Array<Sample | undefined>;
  lasts: unknown[];
}

/** A share of a plan: column aggregates by index in `plan.columns`, row aggregates by id, filters by index, and the table columns profiled with `everyColumn`. */
export interface PlanPart {
  columns: number[];
  rows: number[];
  filters: number[];
  cover: string[];
}

/** Runs a plan over column-major batches in one pass with bounded memory, then hands out the metrics. */
export class StreamEngine implements Sampler {
  private rows = 0;
  /** The rows this engine is expected to read (a part of a file split by rows), once estimated. */
  private expected?: number;
  private columns: string[] | undefined;
  private readonly cols: ColumnState[];
  private readonly aggs: RowState[];
  private readonly filterCounts: number[];
  private readonly filterOn: boolean[];
  private readonly cover: ((column: string) => boolean) | undefined;
  private readonly sampleLimit: number;
  private readonly limits: { exactLimit: number; distinctLimit: number };
  private readonly dedup: Dedup;

  constructor(
    private readonly plan: Plan,
    private readonly opts: StreamOptions,
  ) {
    this.sampleLimit = opts.sampleLimit ?? plan.samples ?? 20;
    this.limits = { exactLimit: opts.exactLimit ?? 1_000_000, distinctLimit: opts.distinctLimit ?? 100_000 };
    this.dedup = new Dedup(this, this.limits.distinctLimit, opts.textual);
    this.filterCounts = plan.filters.map(() => 0);
    const part = opts.part;
    this.filterOn = plan.filters.map((_, k) => !part || part.filters.includes(k));
    this.cols = plan.columns.filter((_, i) => !part || part.columns.includes(i)).map((c) => newColumnState(c.column, c.filter, c.needs, this.limits));
    this.aggs = plan.rows.filter((agg) => !part || part.rows.includes(agg.id)).map((agg) => newRowState(agg, opts.textual, opts.logKeys));
    if (part) {
      const cover = new Set(part.cover);
      this.cover = (c) => cover.has(c);
    }
  }

  /** Profiles: every column of the table gets the `everyColumn` needs (merged into the suite's own). */
  private coverColumns(columns: string[]): void {
    const every = this.plan.everyColumn;
    if (!every) return;
    for (const c of columns) {
      if (this.cover && !this.cover(c)) continue;
      const i = this.cols.findIndex((s) => s.m.filter === -1 && s.m.column === c);
      if (i >= 0 && this.rows > 0) continue;
      const own = i >= 0 ? this.cols[i]!.needs : {};
      // a copy (histogram edges kept by reference: a KL judge finds its histogram by its edges)
      const needs = mergeNeeds({ ...own, quantiles: own.quantiles?.map((q) => ({ ...q })) }, { ...every, histograms: undefined, timestamps: undefined });
      const st = newColumnState(c, -1, needs, this.limits);
      if (i >= 0) this.cols[i] = st;
      else this.cols.push(st);
    }
  }

  consume(batch: Batch): void {
    if (!this.columns || (this.plan.everyColumn && batch.columns.some((c) => !this.columns!.includes(c)))) this.coverColumns(batch.columns);
    if (!this.columns) this.columns = [...batch.columns];
    else if (batch.columns.length > this.columns.length) for (const c of batch.columns) if (!this.columns.includes(c)) this.columns.push(c);
    const index = new Map(batch.columns.map((c, i) => [c, i]));
    const get = (name: string): Cell[] | undefined => {
      const i = index.get(name);
      return i === undefined ? undefined : batch.values[i];
    };
    const textual = this.opts.textual;
    const masks = this.plan.filters.map((f, k) => {
      if (!this.filterOn[k]) return undefined;
      const mask = new Uint8Array(batch.length);
      for (let r = 0; r < batch.length; r++) if (evalCondition(f, (c) => get(c)?.[r] ?? null, textual)) mask[r] = 1;
      this.filterCounts[k] += mask.reduce((a, b) => a + b, 0);
      return mask;
    });
    const cache = new Map<string, Float64Array>();
    const numbers = (name: string): NumericCells | undefined => {
      const i = index.get(name);
      return i === undefined ? undefined : batch.numbers?.(i);
    };
    const nulls = (name: string): Uint8Array | undefined => {
      const i = index.get(name);
      return i === undefined ? undefined : batch.nulls?.(i);
    };
    const cell = (name: string, r: number): Cell => {
      const i = index.get(name);
      return i === undefined ? null : batch.cell ? batch.cell(i, r) : batch.values[i]![r]!;
    };
    const codes = (name: string): DictionaryCells | undefined => {
      const i = index.get(name);
      return i === undefined ? undefined : batch.codes?.(i);
    };
    const nums = (name: string): Float64Array | undefined => {
      let a = cache.get(name);
      if (!a) {
        a = numbers(name)?.x;
        if (!a) {
          const v = get(name);
          if (!v) return undefined;
          a = new Float64Array(batch.length);
          for (let r = 0; r < batch.length; r++) a[r] = numeric(v[r], textual);
        }
        cache.set(name, a);
      }
      return a;
    };
    for (const s of this.cols) {
      const mask = s.m.filter >= 0 ? masks[s.m.filter] : undefined;
      const flags = countsOnly(s) ? nulls(s.m.column) : undefined;
      if (flags) {
        columnPassNulls(s, flags, batch.length, mask);
        continue;
      }
      const cells = numbersOnly(s) ? numbers(s.m.column) : undefined;
      if (cells) columnPassNumbers(s, cells, (r) => cell(s.m.column, r), batch, mask);
      else columnPass(s, get(s.m.column), batch, mask, needsParsed(s) ? nums(s.m.column) : undefined, this.limits.distinctLimit);
    }
    for (const s of this.aggs) {
      if (s.m.error) continue;
      const b: RowBatch = { batch, mask: s.agg.filter >= 0 ? masks[s.agg.filter] : undefined, textual, get, nums, numbers, nulls, cell, codes, out: this, dedup: this.dedup };
      try {
        rowPass(s, b);
      } catch (e) {
        if (e instanceof TypeMismatch) s.m.error = e.message;
        else throw e;
      }
    }
    this.rows += batch.length;
    if (this.expected !== undefined) for (const c of this.cols) c.nums?.project(this.rows, this.expected);
    // the table's rows, when known: kept numbers grow to what they will be at once
    const whole = this.expected ?? batch.tableRows;
    if (whole !== undefined) for (const c of this.cols) c.nums?.aim(this.rows, whole);
  }

  unexpected(s: RowState, value: unknown, batch: Batch, r: number): void {
    s.m.unexpected++;
    if (s.m.samples.length < this.sampleLimit) s.m.samples.push({ value, row: batch.rowStart + r, line: batch.lines?.[r] });
  }

  wantsSample(s: RowState): boolean {
    return s.m.samples.length < this.sampleLimit;
  }

  first(s: RowState, value: unknown, row: number, line: number | undefined): void {
    s.m.unexpected++;
    if (s.m.samples.length < this.sampleLimit) s.m.samples.push({ value, row, line });
  }

  /** How many rows this scan will read, as estimated from the part's size: a column whose numbers will be many more than its limit goes to its sketch early (`Numbers.project`). */
  expectRows(rows: number): void {
    this.expected = rows;
  }

  /** The state of a part of a file split by rows, for the merge: quantiles, samples of values and duplicates are left to it. */
  partial(): PartState {
    const numbers = this.cols.map((s) => s.nums?.handOver());
    const columnStats = this.cols.map((s) => finishColumn(s, false));
    return {
      metrics: { textual: this.opts.textual, rows: this.rows, columns: this.columns ?? [], columnStats, rowStats: this.aggs.map((s) => s.m), filterRows: [...this.filterCounts] },
      sums: this.cols.map((s) => ({ shift: s.shift, s1: s.s1, s2: s.s2 })),
      needs: this.cols.map((s) => s.needs),
      numbers,
      keys: this.aggs.map((s) => s.keys?.runs()),
      firsts: this.aggs.map((s) => s.first),
      lasts: this.aggs.map((s) => s.prev),
    };
  }

  finish(): Metrics {
    const columnStats = this.cols.map((s) => finishColumn(s));
    for (const s of this.aggs) s.m.samples.sort((a: Sample, b: Sample) => a.row - b.row);
    return { textual: this.opts.textual, rows: this.rows, columns: this.columns ?? [], columnStats, rowStats: this.aggs.map((s) => s.m), filterRows: [...this.filterCounts] };
  }
}
