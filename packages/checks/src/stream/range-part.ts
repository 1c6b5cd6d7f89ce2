/**
 * One part of a file split by rows (ranges.ts), read where it is asked for: on a worker thread
 * (scan-worker.ts) or on the main thread, which reads the first part while the workers start.
 */
import { statSync } from 'node:fs';
import { openTable } from '@mlgate/data';
import { UserError } from '@mlgate/core/errors';
import type { ColumnNeeds, Plan } from '../plan.js';
import { countBrackets, sampleOf, SAMPLE, tally, type BracketCounts, type Brackets, type NumArray, type Tally } from '../sketch.js';
import type { ScanReply } from './parallel.js';
import { StreamEngine, type PartState, type StreamOptions } from './engine.js';
import { isKept, isTallied, Numbers, type Handed } from './numbers.js';
import { NotMergeable } from './rows.js';

/** What a worker reading a part of a file is given. */
export interface RangeJob {
  data: string;
  plan: Plan;
  range: { start: number; end?: number; header: string[] };
  /** How many parts the file is cut into (each part's share of a column's sample). */
  parts: number;
  opts: Omit<StreamOptions, 'part' | 'logKeys'>;
}

/** What it answers: its state, the line after its last record, and whether it ended between two records. */
export type RangeReply = { ok: true; state: PartState; samples: Array<Float64Array | undefined>; line: number; clean: boolean } | { ok: false; notMergeable: string } | Extract<ScanReply, { ok: false }>;

/** What a worker is asked once the parts are read: the quantiles and samples of some columns, from the parts' numbers in file order. */
export interface FinishTask {
  id: number;
  /** The parts' numbers in file order: kept exactly, or a sketch's state. */
  parts: Handed[];
  quantiles?: ColumnNeeds['quantiles'];
  sample?: boolean;
  exactLimit: number;
}

export interface Finished {
  id: number;
  exact: boolean;
  quantiles?: number[][];
  sample?: { values: number[]; weights?: number[] };
}

/** A column's numbers finished as one scan finishes them (run on a worker). */
export function finishNumbers(t: FinishTask): Finished {
  const parts = t.parts.every(isKept) ? t.parts : undefined;
  if (parts && !t.sample && parts.reduce((a, x) => a + x.kept.length, 0) <= t.exactLimit) {
    // quantiles only: selected across the parts as they are (no copy of the column into one array)
    return { id: t.id, exact: true, quantiles: t.quantiles?.map(({ method, qs }) => Numbers.quantilesOfParts(parts, qs, method)) };
  }
  const n = Numbers.ofParts(t.parts, t.exactLimit);
  const out: Finished = { id: t.id, exact: n.exact };
  if (t.quantiles) out.quantiles = t.quantiles.map(({ method, qs }) => n.quantiles(qs, method));
  if (t.sample) out.sample = n.sample();
  return out;
}

/** Whether a column's quantiles can be selected from counts against brackets (no drift sample, which needs every value sorted). */
export function countable(needs: ColumnNeeds): boolean {
  return !!needs.quantiles?.length && !needs.sample;
}

/**
 * Per column aggregate of a part: a sorted sample of its numbers (its share of the column's), where
 * its quantiles may be counted against brackets (16-bit integers are tallied instead: no sample).
 */
export function partSamples(state: PartState, parts: number): Array<Float64Array | undefined> {
  // room for a part with more than its share of the rows (each is thinned to its share when joined)
  return state.numbers.map((x, c) => (isKept(x) && x.kept.length > 0 && !(x.kept instanceof Int16Array) && countable(state.needs[c]!) ? sampleOf([x.kept], Math.ceil((1.5 * SAMPLE) / parts)).sort() : undefined));
}

/** A part's numbers of one column, to count against the column's brackets, or to tally (no brackets: 16-bit integers), on the thread that read the part. */
export interface CountTask {
  index: number;
  numbers: NumArray;
  brackets?: Brackets;
  /** the column's numbers in all parts */
  n: number;
}

export function countPart(t: CountTask): { index: number; numbers: NumArray; counts?: BracketCounts; tally?: Tally } {
  if (!t.brackets) return { index: t.index, numbers: t.numbers, tally: tally([t.numbers as Int16Array]) };
  return { index: t.index, numbers: t.numbers, counts: countBrackets([t.numbers], t.brackets, t.n) };
}

/** The buffers of numbers and sketches, moved (not copied) to another thread. */
export function buffersOf(parts: Array<Handed | undefined>): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const x of parts) {
    if (isKept(x)) out.add(x.kept.buffer as ArrayBuffer);
    else if (isTallied(x)) out.add(x.tally.buffer as ArrayBuffer);
    else if (x) for (const l of x.levels) out.add(l.buffer as ArrayBuffer);
  }
  return [...out];
}

export function failure(e: unknown): Extract<ScanReply, { ok: false }> {
  const err = e as Error;
  if (e instanceof UserError) return { ok: false, error: { name: err.name, message: err.message, kind: e.kind, location: e.location } };
  return { ok: false, error: { name: err?.name ?? 'Error', message: err?.message ?? String(e), stack: err?.stack } };
}

/** The reply and the buffers moved with it (not copied). */
export async function scanRange(job: RangeJob): Promise<[RangeReply, ArrayBuffer[]]> {
  try {
    let end = { line: 1, clean: false };
    const source = await openTable(job.data, { range: { ...job.range, done: (e) => (end = e) } });
    const engine = new StreamEngine(job.plan, { ...job.opts, logKeys: true });
    // the part's rows, estimated from its size and the characters per row of the first chunk of text
    // read whole (batches of a chunk share its text)
    const bytes = (job.range.end ?? statSync(job.data).size) - job.range.start;
    let chunk: unknown;
    let rows = 0;
    let estimated = false;
    for await (const b of source.batches()) {
      const text = (b as { text?: unknown }).text;
      if (!estimated && typeof text === 'string' && chunk !== text) {
        if (typeof chunk === 'string' && rows > 0) {
          engine.expectRows(bytes / (chunk.length / rows));
          estimated = true;
        }
        chunk = text;
      }
      engine.consume(b);
      rows += b.length;
      b.release?.();
    }
    const state = engine.partial();
    const samples = partSamples(state, job.parts);
    const moved = buffersOf(state.numbers);
    for (const k of state.keys) if (k) for (const a of [k.keys, k.rows, k.lines, k.lengths]) moved.push(a.buffer);
    for (const x of samples) if (x) moved.push(x.buffer as ArrayBuffer);
    return [{ ok: true, state, samples, ...end }, moved];
  } catch (e) {
    if (e instanceof NotMergeable) return [{ ok: false, notMergeable: e.message }, []];
    return [failure(e), []];
  }
}

/** What the merge asks of a part once it is read. */
export type PartRequest = { kind: 'count'; columns: CountTask[] } | { kind: 'finish'; tasks: FinishTask[] };

/**
 * The answer to a request and the buffers moved with it: the part's numbers counted against the
 * brackets of its columns' quantiles, or the quantiles of the columns it is given from every part's numbers.
 */
export function answer(msg: PartRequest): [unknown, ArrayBuffer[]] {
  try {
    if (msg.kind === 'count') {
      const counted = msg.columns.map(countPart);
      return [{ ok: true, counted }, counted.flatMap((c) => [c.numbers.buffer as ArrayBuffer, ...(c.counts?.inside.map((x) => x.buffer as ArrayBuffer) ?? []), ...(c.tally ? [c.tally.counts.buffer as ArrayBuffer] : [])])];
    }
    return [{ ok: true, finished: msg.tasks.map(finishNumbers) }, []];
  } catch (e) {
    return [failure(e), []];
  }
}
