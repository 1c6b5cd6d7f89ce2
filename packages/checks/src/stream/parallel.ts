/**
 * A scan on several cores: the plan is shared out by column among threads (the main thread takes the
 * largest share, worker threads the others, so one worker fewer starts and holds a heap). Each reads
 * the whole file but copies only the cells of its own columns (CSV scans past the others; Parquet does
 * not decode them) and computes only its share of the aggregates, over every row in file order. So
 * each aggregate is computed exactly as a single-threaded scan computes it (same rows, same order,
 * same floating-point sums), and the results are put back together, not merged: the metrics are
 * identical to one thread's, bit for bit.
 */
import type { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { ConfigurationError, DataError, RemoteError, UserError, type SourceLocation, type UserErrorKind } from '@mlgate/core/errors';
import type { ColumnMetrics, Metrics, RowMetrics } from '../metrics.js';
import type { ColumnNeeds, Condition, Plan } from '../plan.js';
import { openTable } from '@mlgate/data';
import { StreamEngine, type PlanPart, type StreamOptions } from './engine.js';
import { startWorker, workerScript } from './threads.js';

/** What a worker is given (structured-cloned: plain data only). */
export interface ScanJob {
  data: string;
  plan: Plan;
  part: PlanPart;
  /** The columns whose cells this worker reads. */
  keep: string[];
  opts: Omit<StreamOptions, 'part'>;
}

/** What a worker answers. */
export type ScanReply = { ok: true; metrics: Metrics } | { ok: false; error: { name: string; message: string; kind?: UserErrorKind; location?: SourceLocation; stack?: string } };

interface Unit {
  columns: number[];
  rows: number[];
  cover: string[];
  reads: Set<string>;
  filters: Set<number>;
  cost: number;
}

function conditionColumns(c: Condition, into: Set<string>): void {
  if ('args' in c) for (const a of c.args) conditionColumns(a, into);
  else into.add(c.column);
}

/** Relative cost of one column aggregate per row (measured shares of bench/data-check's profile, rounded). */
function needsCost(n: ColumnNeeds): number {
  return 1 + (n.values ? 2 : 0) + (n.quantiles?.length || n.sample ? 1.5 : 0) + (n.kinds ? 1 : 0) + (n.timestamps ? 2 : 0) + (n.histograms?.length ? 0.5 : 0) + (n.tokens ? 3 : 0);
}

function rowColumns(agg: Plan['rows'][number]): string[] {
  switch (agg.kind) {
    case 'pair':
      return [agg.a, agg.b];
    case 'compound_unique':
    case 'multicolumn_sum':
    case 'unique_within_record':
      return agg.columns;
    default:
      return [agg.column];
  }
}

/** The table columns a plan reads (its column and row checks and its filters); undefined when it profiles every column. */
export function planReads(plan: Plan): string[] | undefined {
  if (plan.everyColumn) return undefined;
  const reads = new Set(plan.columns.map((c) => c.column));
  for (const agg of plan.rows) for (const c of rowColumns(agg)) reads.add(c);
  for (const f of plan.filters) conditionColumns(f, reads);
  return [...reads];
}

const ROW_COST: Record<Plan['rows'][number]['kind'], number> = { map: 1.5, unique: 4, monotonic: 1, pair: 1.5, compound_unique: 5, multicolumn_sum: 1.5, unique_within_record: 2 };

/**
 * Share a plan among `workers` by longest-processing-time-first: each unit (a column aggregate, a row
 * aggregate, a profiled column) goes to the least loaded worker, counting a column's copying once per
 * worker that reads it. A column aggregate without a filter and the same column's profile stay together
 * (the profile extends that aggregate). Returns the parts that got any work.
 */
export function sharePlan(plan: Plan, header: string[], workers: number): Array<{ part: PlanPart; keep: string[]; load: number }> {
  const units: Unit[] = [];
  const filterCols = plan.filters.map((f) => {
    const s = new Set<string>();
    conditionColumns(f, s);
    return s;
  });
  const withFilter = (u: Unit, f: number): void => {
    if (f < 0) return;
    u.filters.add(f);
    for (const c of filterCols[f]!) u.reads.add(c);
  };
  const unfiltered = new Map<string, Unit>();
  plan.columns.forEach((c, i) => {
    const u: Unit = { columns: [i], rows: [], cover: [], reads: new Set([c.column]), filters: new Set(), cost: needsCost(c.needs) };
    withFilter(u, c.filter);
    if (c.filter < 0) unfiltered.set(c.column, u);
    units.push(u);
  });
  if (plan.everyColumn) {
    const every = needsCost(plan.everyColumn);
    for (const c of header) {
      const own = unfiltered.get(c);
      if (own) {
        own.cover.push(c);
        own.cost += every;
      } else units.push({ columns: [], rows: [], cover: [c], reads: new Set([c]), filters: new Set(), cost: every });
    }
  }
  for (const agg of plan.rows) {
    const u: Unit = { columns: [], rows: [agg.id], cover: [], reads: new Set(rowColumns(agg)), filters: new Set(), cost: ROW_COST[agg.kind] * (agg.kind === 'map' && agg.predicate.op === 'regex' ? 2 : 1) };
    withFilter(u, agg.filter);
    units.push(u);
  }
  const known = new Set(header);
  // Two ways to share: whole groups of units that read a common column (no column copied twice), or
  // unit by unit (better balance when one group is most of the work); the one with the lower peak load.
  const byGroup = assign(groups(units, known), workers, known);
  const byUnit = assign(units.map((u) => [u]), workers, known);
  const shares = peak(byGroup) <= peak(byUnit) ? byGroup : byUnit;
  return shares
    .filter((sh) => sh.units.length > 0)
    .map((sh) => {
      const part: PlanPart = { columns: [], rows: [], filters: [], cover: [] };
      const filters = new Set<number>();
      for (const u of sh.units) {
        part.columns.push(...u.columns);
        part.rows.push(...u.rows);
        part.cover.push(...u.cover);
        for (const f of u.filters) filters.add(f);
      }
      part.columns.sort((a, b) => a - b);
      part.rows.sort((a, b) => a - b);
      part.filters = [...filters].sort((a, b) => a - b);
      return { part, keep: header.filter((c) => sh.reads.has(c)), load: sh.load };
    });
}

interface Share {
  load: number;
  units: Unit[];
  reads: Set<string>;
}

/** Units joined when they read a common column of the table (union-find over columns). */
function groups(units: Unit[], known: Set<string>): Unit[][] {
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let r = c;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(c, r);
    return r;
  };
  for (const u of units) {
    const cols = [...u.reads].filter((c) => known.has(c));
    for (const c of cols) if (!parent.has(c)) parent.set(c, c);
    for (const c of cols.slice(1)) parent.set(find(c), find(cols[0]!));
  }
  const out = new Map<string, Unit[]>();
  for (const u of units) {
    const c = [...u.reads].find((x) => known.has(x));
    const key = c === undefined ? `\u0000${out.size}` : find(c);
    let g = out.get(key);
    if (!g) out.set(key, (g = []));
    g.push(u);
  }
  return [...out.values()];
}

/** Longest processing time first: each batch of units to the worker whose load grows least (copying a column it does not read yet costs 1). */
function assign(batches: Unit[][], workers: number, known: Set<string>): Share[] {
  const shares: Share[] = Array.from({ length: workers }, () => ({ load: 0, units: [], reads: new Set<string>() }));
  const cost = (b: Unit[]): number => b.reduce((a, u) => a + u.cost, 0);
  for (const b of [...batches].sort((x, y) => cost(y) - cost(x))) {
    let best = shares[0]!;
    let bestLoad = Infinity;
    for (const sh of shares) {
      const fresh = new Set<string>();
      for (const u of b) for (const c of u.reads) if (known.has(c) && !sh.reads.has(c)) fresh.add(c);
      const load = sh.load + cost(b) + fresh.size;
      if (load < bestLoad) {
        bestLoad = load;
        best = sh;
      }
    }
    best.load = bestLoad;
    for (const u of b) {
      best.units.push(u);
      for (const c of u.reads) best.reads.add(c);
    }
  }
  return shares;
}

const peak = (shares: Share[]): number => Math.max(...shares.map((s) => s.load));

export function revive(e: Extract<ScanReply, { ok: false }>['error']): Error {
  let err: Error;
  if (e.kind === 'data') err = new DataError(e.message, e.location);
  else if (e.kind === 'config') err = new ConfigurationError(e.message, e.location);
  else if (e.kind === 'remote') err = new RemoteError(e.message, e.location);
  else if (e.kind) err = new UserError(e.kind, e.message, e.location);
  else {
    err = new Error(e.message);
    err.name = e.name;
  }
  if (e.stack) err.stack = e.stack;
  return err;
}

/**
 * The next message of a worker; a worker that fails or stops before it rejects. Its error listener
 * stays (a no-op once answered): a worker's later 'error' with no listener would end the process.
 */
export function nextMessage<T>(w: EventEmitter): Promise<T> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      w.off('message', onMessage).off('exit', onExit);
      return true;
    };
    const onMessage = (reply: T): void => void (settle() && resolve(reply));
    const onExit = (code: number): void => void (settle() && reject(new Error(`a data-check scan worker stopped with exit code ${code} before answering`)));
    w.on('message', onMessage).on('exit', onExit).on('error', (e: Error) => void (settle() && reject(e)));
  });
}

async function runWorker(script: { file: string; execArgv: string[] }, job: ScanJob, started: Worker[]): Promise<Metrics> {
  const w = startWorker(script, job);
  started.push(w);
  const reply = await nextMessage<ScanReply>(w);
  if (reply.ok) return reply.metrics;
  throw revive(reply.error);
}

/** Put the parts' metrics back in the order and shape a single-threaded scan gives. */
export function assemble(plan: Plan, header: string[], results: Array<{ part: PlanPart; metrics: Metrics }>): Metrics {
  const parts = results.map((r) => r.metrics);
  const first = parts[0]!;
  const byKey = new Map<string, ColumnMetrics>();
  for (const p of parts) for (const c of p.columnStats) byKey.set(`${c.filter}\u0000${c.column}`, c);
  const columnStats: ColumnMetrics[] = [];
  const take = (column: string, filter: number, needs: ColumnNeeds | undefined): void => {
    const c = byKey.get(`${filter}\u0000${column}`);
    if (!c) throw new Error(`no worker computed column "${column}" (filter ${filter})`);
    // histogram edges by reference, as the plan holds them (a KL judge finds its histogram by its edges)
    if (c.histograms && needs?.histograms) c.histograms.forEach((h, i) => (h.bins = needs.histograms![i] ?? h.bins));
    columnStats.push(c);
  };
  const planned = new Set<string>();
  for (const c of plan.columns) {
    take(c.column, c.filter, c.needs);
    if (c.filter < 0) planned.add(c.column);
  }
  if (plan.everyColumn) for (const c of header) if (!planned.has(c)) take(c, -1, undefined);
  const rowStats: RowMetrics[] = new Array(plan.rows.length);
  for (const p of parts) for (const r of p.rowStats) if (r) rowStats[r.id] = r;
  const filterRows = plan.filters.map((_, k) => results.find((r) => r.part.filters.includes(k))?.metrics.filterRows[k] ?? 0);
  return { textual: first.textual, rows: first.rows, columns: first.columns, columnStats, rowStats, filterRows };
}

/** One share of a plan over the whole table: what a worker thread computes, and the main thread for its own share. `stop` is asked between batches. */
export async function scanShare(job: ScanJob, stop: () => boolean = () => false): Promise<Metrics> {
  const source = await openTable(job.data, { columns: job.keep });
  const engine = new StreamEngine(job.plan, { ...job.opts, part: job.part });
  for await (const b of source.batches()) {
    if (stop()) throw new Error('the scan was stopped');
    engine.consume(b);
    b.release?.();
  }
  return engine.finish();
}

/** Run the plan's parts, the largest on this thread and the others on worker threads, and assemble the metrics; the first error stops the workers and is thrown. */
export async function scanParallel(data: string, plan: Plan, header: string[], workers: number, opts: Omit<StreamOptions, 'part'>, script = workerScript()): Promise<Metrics | undefined> {
  if (!script) return undefined;
  const shares = sharePlan(plan, header, workers).sort((a, b) => b.load - a.load);
  if (shares.length < 2) return undefined;
  const started: Worker[] = [];
  let failed = false;
  try {
    // the workers first: they start reading while this thread reads its own share
    const others = shares.slice(1).map(async ({ part, keep }) => ({ part, metrics: await runWorker(script, { data, plan, part, keep, opts }, started) }));
    const mine = scanShare({ data, plan, part: shares[0]!.part, keep: shares[0]!.keep, opts }, () => failed).then((metrics) => ({ part: shares[0]!.part, metrics }));
    try {
      return assemble(plan, header, await Promise.all([mine, ...others]));
    } catch (e) {
      // a worker's error stops this thread's share at the next batch after this thread sees it (a
      // reader that never waits for I/O, as Parquet's, sees it only once its share is read); the
      // first error is the one thrown
      failed = true;
      await mine.catch(() => undefined);
      throw e;
    }
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
  }
}
