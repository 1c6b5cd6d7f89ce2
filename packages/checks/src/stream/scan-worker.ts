/** A worker thread of a parallel scan (parallel.ts): one share of the plan over the whole table. */
import { parentPort, workerData } from 'node:worker_threads';
import { openTable } from '@mlgate/data';
import { UserError } from '@mlgate/core';
import type { ScanJob, ScanReply } from './parallel.js';
import { StreamEngine } from './engine.js';

async function scan(job: ScanJob): Promise<ScanReply> {
  try {
    const source = await openTable(job.data, { columns: job.keep });
    const engine = new StreamEngine(job.plan, { ...job.opts, part: job.part });
    for await (const b of source.batches()) engine.consume(b);
    return { ok: true, metrics: engine.finish() };
  } catch (e) {
    const err = e as Error;
    if (e instanceof UserError) return { ok: false, error: { name: err.name, message: err.message, kind: e.kind, location: e.location } };
    return { ok: false, error: { name: err?.name ?? 'Error', message: err?.message ?? String(e), stack: err?.stack } };
  }
}

parentPort!.postMessage(await scan(workerData as ScanJob));
