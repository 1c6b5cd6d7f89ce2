/**
 * A scan on several cores by rows: a plain CSV/TSV file is cut at line starts into one part per thread;
 * this thread reads the first part and a worker each of the others (range-part.ts): each reads only its
 * part, runs the whole plan on it, and hands its state to the merge here. Against the split by columns
 * (parallel.ts), no thread tokenises the whole file.
 *
 * The merge gives what one scan gives: counts, minima and maxima, histograms, samples (in the order one
 * scan finds them), duplicates and quantiles (the parts' numbers joined in file order, so a sketch past
 * the exact limit is fed the same sequence when every part kept its numbers) are identical. Sums are
 * the parts' sums added, so a sum, a mean or a variance can differ from one thread's in the last bits;
 * a part with more numbers of a column than are kept exactly hands over its sketch, merged with the
 * others' (the same error bound as one scan's sketch, not the same estimate) (docs/data-check.md).
 * Plans the merge cannot reproduce (distinct values, words, dates, compound keys, unique keys that are
 * not integers) are not split by rows: `scanRanges` answers undefined and the caller splits by columns.
 */
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { cutPoints } from '@mlgate/data';
import { UserError } from '@mlgate/core/errors';
import type { ColumnMetrics, Metrics, RowMetrics, Sample } from '../metrics.js';
import type { ColumnNeeds, Plan } from '../plan.js';
import { compare, TypeMismatch } from '../values.js';
import type { PartState, StreamOptions } from './engine.js';
import { exactQuantiles, isKept, isTallied, pickedNumbers, rankIndex, sizeOf, type Kept } from './numbers.js';
import { addCounts, addTallies, bracketsFor, joinSamples, pickInBrackets, pickInTally, SAMPLE, SAMPLED_MIN, type BracketCounts, type Brackets, type Tally } from '../sketch.js';
import { nextMessage, revive, type ScanReply } from './parallel.js';
import { startWorker } from './threads.js';
import { outOfOrder } from './rows.js';
import { answer, buffersOf, countable, countPart, scanRange, type CountTask, type Finished, type FinishTask, type PartRequest, type RangeJob, type RangeReply } from './range-part.js';

function mergeable(n: ColumnNeeds | undefined): boolean {
  return !n || (!n.values && !n.tokens && !n.timestamps);
}

/** Whether the merge reproduces what one scan of this plan gives. */
export function rowSplittable(plan: Plan): boolean {
  return mergeable(plan.everyColumn) && plan.columns.every((c) => mergeable(c.needs)) && plan.rows.every((r) => r.kind !== 'compound_unique');
}

/** What reads a part and answers the merge's requests: a worker thread, or this thread for the first part. */
type PartThread = Pick<Worker, 'postMessage' | 'terminate'> & EventEmitter;

/** The first part, read on this thread: it answers as a worker does (messages, after the current task). */
class LocalPart extends EventEmitter {
  read(job: RangeJob): void {
    void scanRange(job).then(([reply]) => this.emit('message', reply));
  }

  postMessage(msg: PartRequest): void {
    setImmediate(() => this.emit('message', answer(msg)[0]));
  }

  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
}

/**
 * Scan `file` in `workers` parts by rows and merge; undefined when the file or the plan is not for it
 * (or a part found what the merge cannot reproduce), so the caller reads the file another way.
 */
export async function scanRanges(file: string, plan: Plan, workers: number, opts: Omit<StreamOptions, 'part' | 'logKeys'>, script: { file: string; execArgv: string[] } | undefined): Promise<Metrics | undefined> {
  if (!script || !rowSplittable(plan)) return undefined;
  // this thread's part a little larger: it starts while the workers load (about 80 ms, 3 % of a 1M-row
  // scan on the bench machine; with 0.53 of the bench file the two parts ended 0–20 ms apart, with 0.5 40–70 ms)
  const cut = cutPoints(file, workers, 1 / workers + 0.03);
  if (!cut) return undefined;
  const exactLimit = opts.exactLimit ?? 1_000_000;
  const started: PartThread[] = [];
  try {
    // each part keeps a share of the exact limit (with room for parts of unequal rows) before its sketch takes over
    const partLimit = Math.ceil((exactLimit / cut.starts.length) * 1.25);
    const jobs = cut.starts.map((start, k): RangeJob => ({ data: file, plan, range: { start, end: cut.starts[k + 1], header: cut.header }, parts: cut.starts.length, opts: { ...opts, exactLimit: partLimit } }));
    // the workers start first; this thread reads the first part meanwhile (no worker to start and hold a heap for it)
    const others = jobs.slice(1).map((job) => startWorker(script, { kind: 'range', job }));
    const local = new LocalPart();
    started.push(local, ...others);
    const asked = started.map((w) => nextMessage<RangeReply>(w));
    local.read(jobs[0]!);
    const replies = await Promise.all(asked);
    // in file order: the first error is the one a single scan meets first
    const states: PartState[] = [];
    const samples: Array<Array<Float64Array | undefined>> = [];
    const offsets: Offset[] = [];
    let row = 0;
    let line = cut.firstLine - 1;
    for (const [k, reply] of replies.entries()) {
      if (!reply.ok) {
        if ('notMergeable' in reply) return undefined;
        const err = revive(reply.error);
        if (err instanceof UserError && err.location?.line !== undefined) err.location.line += line;
        throw err;
      }
      if (!reply.clean && k < replies.length - 1) return undefined; // cut inside a quoted field
      states.push(reply.state);
      samples.push(reply.samples);
      offsets.push({ row, line });
      row += reply.state.metrics.rows;
      line += reply.line - 1;
    }
    const at = columnsAt(states);
    // a part went to its sketch though the column has no more numbers than one scan keeps exactly: read by columns
    for (const where of at) {
      const parts = numbersAt(states, where);
      const n = parts.reduce((a, x) => a + (isKept(x) ? x.kept.length : x.n), 0);
      if (n <= exactLimit && parts.some((x) => !isKept(x) && !isTallied(x))) return undefined;
    }
    const finished = await countOnWorkers(states, samples, at, started, exactLimit);
    for (const [i, f] of await finishOnWorkers(states, at, started, exactLimit, finished)) finished.set(i, f);
    return mergeParts(plan, states, at, offsets, { exactLimit, distinctLimit: opts.distinctLimit ?? 100_000, sampleLimit: opts.sampleLimit ?? plan.samples ?? 20 }, finished);
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
  }
}

/** For each column aggregate of the first part (in its order), its index in every part's metrics (−1: that part has none: no rows). */
function columnsAt(states: PartState[]): number[][] {
  const key = (c: ColumnMetrics): string => `${c.filter}\u0000${c.column}`;
  return states[0]!.metrics.columnStats.map((c0, i) => {
    const k = key(c0);
    return states.map((st, j) => (j === 0 ? i : st.metrics.columnStats.findIndex((c) => key(c) === k)));
  });
}

/** One column's numbers from every part that kept any, in file order. */
function numbersAt(states: PartState[], where: number[]): FinishTask['parts'] {
  return states.flatMap((st, j) => {
    const x = where[j]! >= 0 ? st.numbers[where[j]!] : undefined;
    return x ? [x] : [];
  });
}

/**
 * The quantiles of the columns whose numbers all parts kept exactly, selected where the numbers are:
 * the parts' samples joined bracket the wanted positions, each worker counts its own part against the
 * brackets (the numbers go back to the thread that read them and return with the counts, moved, not
 * copied) and the positions are picked from the counts here; 16-bit integers need no sample: each
 * worker tallies its part and the positions are read off the tallies added. A column whose brackets
 * miss is left to `finishOnWorkers`. By the column's index in the first part.
 */
async function countOnWorkers(states: PartState[], samples: Array<Array<Float64Array | undefined>>, at: number[][], workers: PartThread[], exactLimit: number): Promise<Map<number, Finished>> {
  const out = new Map<number, Finished>();
  const columns: Array<{ i: number; n: number; want: number[]; brackets?: Brackets }> = [];
  at.forEach((where, i) => {
    const needs = states[0]!.needs[i]!;
    if (!countable(needs)) return;
    const found = where.map((w, k) => (w >= 0 ? states[k]!.numbers[w] : undefined));
    if (!found.every((x) => x === undefined || isKept(x))) return;
    const parts = found as Array<Kept | undefined>;
    // the parts' samples and counts compare the integers kept: every part must keep the same kind at the same scale (else the finish unifies them)
    const one = parts.find((x) => x !== undefined && x.kept.length > 0);
    if (!one || parts.some((x) => x !== undefined && x.kept.length > 0 && (x.scale !== one.scale || x.kept.constructor !== one.kept.constructor))) return;
    const n = parts.reduce((a, x) => a + (x?.kept.length ?? 0), 0);
    if (n > exactLimit || n < SAMPLED_MIN) return;
    const want = [...new Set(needs.quantiles!.flatMap(({ method, qs }) => qs.flatMap((q) => rankIndex(q, n, method).slice(0, 2))))].sort((a, b) => a - b);
    if (one.kept instanceof Int16Array) {
      columns.push({ i, n, want });
      return;
    }
    const sample = where.map((w, k) => (w >= 0 && (parts[k]?.kept.length ?? 0) > 0 ? samples[k]![w] : new Float64Array(0)));
    if (sample.some((x) => x === undefined)) return;
    const joined = joinSamples(sample as Float64Array[], parts.map((x) => x?.kept.length ?? 0), SAMPLE);
    columns.push({ i, n, want, brackets: bracketsFor(joined, n, want) });
  });
  if (columns.length === 0) return out;
  const replies = await Promise.all(
    workers.map((w, k) => {
      const mine: CountTask[] = [];
      for (const c of columns) {
        const x = at[c.i]![k]! >= 0 ? states[k]!.numbers[at[c.i]![k]!] : undefined;
        if (isKept(x)) mine.push({ index: c.i, numbers: x.kept, brackets: c.brackets, n: c.n });
      }
      if (mine.length === 0) return Promise.resolve({ ok: true as const, counted: [] as ReturnType<typeof countPart>[] });
      const reply = nextMessage<{ ok: true; counted: ReturnType<typeof countPart>[] } | Extract<ScanReply, { ok: false }>>(w);
      w.postMessage({ kind: 'count', columns: mine }, mine.map((t) => t.numbers.buffer as ArrayBuffer));
      return reply;
    }),
  );
  const counts = new Map<number, Array<BracketCounts | undefined>>();
  const tallies = new Map<number, Tally[]>();
  replies.forEach((r, k) => {
    if (!r.ok) throw revive(r.error);
    for (const c of r.counted) {
      // the numbers are back where the merge and any other finishing read them
      const slot = at[c.index]![k]!;
      states[k]!.numbers[slot] = { ...(states[k]!.numbers[slot] as Kept), kept: c.numbers };
      if (c.tally) tallies.set(c.index, [...(tallies.get(c.index) ?? []), c.tally]);
      else counts.set(c.index, [...(counts.get(c.index) ?? []), c.counts]);
    }
  });
  for (const c of columns) {
    let picked: Map<number, number> | undefined;
    if (!c.brackets) {
      picked = pickInTally(addTallies(tallies.get(c.i) ?? []), c.want);
      if (picked.size < c.want.length) continue;
    } else {
      const list = counts.get(c.i) ?? [];
      if (list.length === 0 || list.some((x) => x === undefined)) continue;
      picked = pickInBrackets(c.brackets, addCounts(list as BracketCounts[]), c.want);
    }
    if (!picked) continue;
    const needs = states[0]!.needs[c.i]!;
    // the numbers the picked integers stand for (the parts are back here: a zero is signed as it sorts among them)
    const read = pickedNumbers(picked, numbersAt(states, at[c.i]!) as Kept[]);
    out.set(c.i, { id: -1, exact: true, quantiles: needs.quantiles!.map(({ method, qs }) => exactQuantiles(c.n, qs, method, () => read)) });
  }
  return out;
}

/** Quantiles and samples of every column with numbers not finished yet (`done`), shared among the workers by size (the parts' numbers moved, not copied); by the column's index in the first part. */
async function finishOnWorkers(states: PartState[], at: number[][], workers: PartThread[], exactLimit: number, done: Map<number, Finished>): Promise<Map<number, Finished>> {
  const tasks: Array<FinishTask & { column: number; size: number }> = [];
  at.forEach((where, i) => {
    const parts = numbersAt(states, where);
    if (parts.length === 0 || done.has(i)) return;
    const needs = states[0]!.needs[i]!;
    tasks.push({ id: tasks.length, column: i, parts, quantiles: needs.quantiles, sample: needs.sample, exactLimit, size: parts.reduce((a, x) => a + sizeOf(x), 0) });
  });
  const load = workers.map(() => 0);
  const share: FinishTask[][] = workers.map(() => []);
  for (const t of [...tasks].sort((a, b) => b.size - a.size)) {
    const w = load.indexOf(Math.min(...load));
    load[w]! += t.size;
    share[w]!.push({ id: t.id, parts: t.parts, quantiles: t.quantiles, sample: t.sample, exactLimit: t.exactLimit });
  }
  const answers = await Promise.all(
    workers.map((w, k) => {
      if (share[k]!.length === 0) return Promise.resolve({ ok: true as const, finished: [] as Finished[] });
      const reply = nextMessage<{ ok: true; finished: Finished[] } | Extract<ScanReply, { ok: false }>>(w);
      w.postMessage({ kind: 'finish', tasks: share[k] }, buffersOf(share[k]!.flatMap((t) => t.parts)));
      return reply;
    }),
  );
  const out = new Map<number, Finished>();
  for (const a of answers) {
    if (!a.ok) throw revive(a.error);
    for (const f of a.finished) out.set(tasks[f.id]!.column, f);
  }
  return out;
}

type Offset = { row: number; line: number };

function moved(x: Sample, o: Offset): Sample {
  return { value: x.value, row: x.row + o.row, line: x.line === undefined ? undefined : x.line + o.line };
}

interface Limits {
  exactLimit: number;
  distinctLimit: number;
  sampleLimit: number;
}

/** The parts' states as one scan's metrics (the shape `StreamEngine.finish` gives). */
function mergeParts(plan: Plan, parts: PartState[], at: number[][], offsets: Offset[], limits: Limits, finished: Map<number, Finished>): Metrics {
  const first = parts[0]!.metrics;
  const columnStats = at.map((where, i) => mergeColumn(parts, where, offsets, finished.get(i)));
  const rowStats = first.rowStats.map((_, i) => mergeRow(plan, parts, i, offsets, limits, first.textual));
  const columns = parts.find((p) => p.metrics.columns.length > 0)?.metrics.columns ?? [];
  return {
    textual: first.textual,
    rows: parts.reduce((a, p) => a + p.metrics.rows, 0),
    columns,
    columnStats,
    rowStats,
    filterRows: first.filterRows.map((_, f) => parts.reduce((a, p) => a + p.metrics.filterRows[f]!, 0)),
  };
}

function mergeColumn(parts: PartState[], at: number[], offsets: Offset[], fin: Finished | undefined): ColumnMetrics {
  const m: ColumnMetrics = { ...parts[0]!.metrics.columnStats[at[0]!]! };
  const acc = { numeric: 0, min: Infinity, max: -Infinity, sum: 0, shift: 0, s1: 0, s2: 0 };
  let hists: ColumnMetrics['histograms'];
  let kinds: Record<string, number> | undefined;
  m.rows = m.nulls = m.nonNull = m.nonNumeric = 0;
  m.firstNonNumeric = undefined;
  for (const [j, p] of parts.entries()) {
    const i = at[j]!;
    if (i < 0) continue;
    const c = p.metrics.columnStats[i]!;
    m.rows += c.rows;
    m.nulls += c.nulls;
    m.nonNull += c.nonNull;
    m.nonNumeric += c.nonNumeric;
    if (!m.firstNonNumeric && c.firstNonNumeric) m.firstNonNumeric = moved(c.firstNonNumeric, offsets[j]!);
    if (c.numeric > 0) {
      const s = p.sums[i]!;
      if (acc.numeric === 0) Object.assign(acc, { shift: s.shift, s1: s.s1, s2: s.s2 });
      else {
        // the part's sums around its own first value, moved to the first part's
        const d = s.shift - acc.shift;
        acc.s2 += s.s2 + 2 * d * s.s1 + c.numeric * d * d;
        acc.s1 += s.s1 + c.numeric * d;
      }
      acc.numeric += c.numeric;
      acc.min = Math.min(acc.min, c.min);
      acc.max = Math.max(acc.max, c.max);
      acc.sum += c.sum;
    }
    if (c.histograms) {
      if (!hists) hists = c.histograms.map((h) => ({ bins: h.bins, counts: [...h.counts], below: h.below, above: h.above }));
      else
        c.histograms.forEach((h, b) => {
          const into = hists![b]!;
          h.counts.forEach((n, q) => (into.counts[q]! += n));
          into.below += h.below;
          into.above += h.above;
        });
    }
    if (c.kinds) {
      kinds ??= {};
      for (const [kind, n] of Object.entries(c.kinds)) kinds[kind] = (kinds[kind] ?? 0) + n;
    }
  }
  if (m.firstNonNumeric === undefined) delete m.firstNonNumeric;
  if (hists) m.histograms = hists;
  if (kinds) m.kinds = kinds;
  m.numeric = acc.numeric;
  if (acc.numeric > 0) {
    Object.assign(m, { min: acc.min, max: acc.max, sum: acc.sum, mean: acc.shift + acc.s1 / acc.numeric, m2: Math.max(0, acc.s2 - (acc.s1 * acc.s1) / acc.numeric) });
  } else Object.assign(m, { min: NaN, max: NaN, mean: NaN, sum: 0, m2: 0 });
  if (fin) {
    const needs = parts[0]!.needs[at[0]!]!;
    m.quantilesExact = fin.exact;
    if (needs.quantiles && fin.quantiles) m.quantiles = needs.quantiles.map(({ method, qs }, q) => ({ method, qs, values: fin.quantiles![q]! }));
    if (fin.sample) m.sample = fin.sample;
  }
  return m;
}

function mergeRow(plan: Plan, parts: PartState[], i: number, offsets: Offset[], limits: Limits, textual: boolean): RowMetrics {
  const agg = plan.rows.find((r) => r.id === parts[0]!.metrics.rowStats[i]!.id)!;
  const m: RowMetrics = { ...parts[0]!.metrics.rowStats[i]!, samples: [] };
  m.total = 0;
  m.unexpected = 0;
  const push = (x: Sample): void => {
    if (m.samples.length < limits.sampleLimit) m.samples.push(x);
  };
  let last: unknown;
  for (const [j, p] of parts.entries()) {
    const r = p.metrics.rowStats[i]!;
    if (agg.kind === 'monotonic' && j > 0 && !m.error) {
      const f = p.firsts[i];
      if (f !== undefined && last !== undefined) {
        try {
          if (outOfOrder(agg, compare(f.value, last, textual))) {
            m.unexpected++;
            push(moved(f, offsets[j]!));
          }
        } catch (e) {
          if (e instanceof TypeMismatch) m.error = e.message;
          else throw e;
        }
      }
    }
    if (m.error) break;
    m.total += r.total;
    m.unexpected += r.unexpected;
    for (const x of r.samples) push(moved(x, offsets[j]!));
    if (r.error) m.error = r.error;
    if (r.approximate) m.approximate = true;
    if (p.lasts[i] !== undefined) last = p.lasts[i];
  }
  if (parts[0]!.keys[i]) mergeUnique(m, parts, i, offsets, limits);
  m.samples.sort((a, b) => a.row - b.row);
  return m;
}

/** Duplicates over the parts' logged keys: every row of a repeated key, samples in the order one scan finds them. */
function mergeUnique(m: RowMetrics, parts: PartState[], i: number, offsets: Offset[], limits: Limits): void {
  // every part's runs, rows and lines moved to the whole file's
  const logs = parts.map((p) => p.keys[i]!);
  const count = logs.reduce((a, l) => a + l.keys.length, 0);
  const K = new Float64Array(count);
  const R = new Float64Array(count);
  const L = new Float64Array(count);
  const N = new Float64Array(count);
  let o = 0;
  logs.forEach((l, j) => {
    const off = offsets[j]!;
    for (let q = 0; q < l.keys.length; q++, o++) {
      K[o] = l.keys[q]!;
      R[o] = l.rows[q]! + off.row;
      L[o] = l.lines[q]! < 0 ? -1 : l.lines[q]! + off.line;
      N[o] = l.lengths[q]!;
    }
  });
  const total = N.reduce((a, b) => a + b, 0);
  m.unexpected = 0;
  m.samples = [];
  // keys rising from run to run (an id column): no duplicates
  let rising = true;
  for (let q = 1; q < count && rising; q++) if (!(K[q]! > K[q - 1]! + N[q - 1]! - 1)) rising = false;
  if (rising) {
    if (total > limits.distinctLimit) m.approximate = true;
    return;
  }
  const keys = new Float64Array(total);
  for (let q = 0, at = 0; q < count; q++) for (let d = 0; d < N[q]!; d++) keys[at++] = K[q]! + d;
  keys.sort();
  let distinct = 0;
  const dups = new Set<number>();
  for (let a = 0; a < total; ) {
    let b = a + 1;
    while (b < total && keys[b] === keys[a]) b++;
    distinct++;
    if (b - a > 1) {
      dups.add(keys[a]!);
      m.unexpected += b - a;
    }
    a = b;
  }
  if (distinct > limits.distinctLimit) m.approximate = true;
  if (dups.size === 0) return;
  // one scan reports a key's first row when it meets the key again, then each later row
  const firstAt = new Map<number, Sample | null>();
  for (let q = 0; q < count && m.samples.length < limits.sampleLimit; q++) {
    for (let d = 0; d < N[q]! && m.samples.length < limits.sampleLimit; d++) {
      const k = K[q]! + d;
      if (!dups.has(k)) continue;
      const here: Sample = { value: String(k), row: R[q]! + d, line: L[q]! < 0 ? undefined : L[q]! + d };
      const f = firstAt.get(k);
      if (f === undefined) {
        firstAt.set(k, here);
        continue;
      }
      if (f !== null) {
        m.samples.push(f);
        firstAt.set(k, null);
        if (m.samples.length >= limits.sampleLimit) break;
      }
      m.samples.push(here);
    }
  }
}
