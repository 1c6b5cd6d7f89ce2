/** A worker thread of a parallel scan: one share of the plan over the whole table (parallel.ts), or the whole plan over a part of a file (ranges.ts). */
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { openTable } from '@mlgate/data';
import { UserError } from '@mlgate/core';
import { scanShare, type ScanJob, type ScanReply } from './parallel.js';
import { buffersOf, countPart, finishNumbers, partSamples, type CountTask, type FinishTask, type RangeJob, type RangeReply } from './ranges.js';
import { StreamEngine } from './engine.js';
import { NotMergeable } from './rows.js';

function failure(e: unknown): Extract<ScanReply, { ok: false }> {
  const err = e as Error;
  if (e instanceof UserError) return { ok: false, error: { name: err.name, message: err.message, kind: e.kind, location: e.location } };
  return { ok: false, error: { name: err?.name ?? 'Error', message: err?.message ?? String(e), stack: err?.stack } };
}

async function scan(job: ScanJob): Promise<ScanReply> {
  try {
    return { ok: true, metrics: await scanShare(job) };
  } catch (e) {
    return failure(e);
  }
}

/** The reply and the buffers moved with it (not copied). */
async function scanRange(job: RangeJob): Promise<[RangeReply, ArrayBuffer[]]> {
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

const data = workerData as ScanJob | { kind: 'range'; job: RangeJob };
if ('kind' in data) {
  const [reply, transfer] = await scanRange(data.job);
  if (reply.ok) {
    // then: this part's numbers counted against the brackets of its columns' quantiles, and the
    // quantiles of the columns this worker is given from every part's numbers
    parentPort!.on('message', (msg: { kind: 'count'; columns: CountTask[] } | { kind: 'finish'; tasks: FinishTask[] }) => {
      try {
        if (msg.kind === 'count') {
          const counted = msg.columns.map(countPart);
          parentPort!.postMessage({ ok: true, counted }, counted.flatMap((c) => [c.numbers.buffer as ArrayBuffer, ...(c.counts?.inside.map((x) => x.buffer as ArrayBuffer) ?? [])]));
        } else parentPort!.postMessage({ ok: true, finished: msg.tasks.map(finishNumbers) });
      } catch (e) {
        parentPort!.postMessage(failure(e));
      }
    });
  }
  parentPort!.postMessage(reply, transfer);
} else parentPort!.postMessage(await scan(data));
