/** A worker thread of a parallel scan: one share of the plan over the whole table (parallel.ts), or the whole plan over a part of a file (ranges.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { scanShare, type ScanJob, type ScanReply } from './parallel.js';
import { answer, failure, scanRange, type PartRequest, type RangeJob } from './range-part.js';
import type { WAIT } from './threads.js';

async function scan(job: ScanJob): Promise<ScanReply> {
  try {
    return { ok: true, metrics: await scanShare(job) };
  } catch (e) {
    return failure(e);
  }
}

type Work = ScanJob | { kind: 'range'; job: RangeJob };
// a worker started ahead (threads.ts) is given its work by the first message
const given = workerData as Work | typeof WAIT;
const data = 'kind' in given && given.kind === 'wait' ? await new Promise<Work>((resolve) => parentPort!.once('message', (m: { start: Work }) => resolve(m.start))) : (given as Work);
if ('kind' in data) {
  const [reply, transfer] = await scanRange(data.job);
  if (reply.ok) {
    // then: what the merge asks of this part
    parentPort!.on('message', (msg: PartRequest) => {
      const [out, moved] = answer(msg);
      parentPort!.postMessage(out, moved);
    });
  }
  parentPort!.postMessage(reply, transfer);
} else parentPort!.postMessage(await scan(data));
