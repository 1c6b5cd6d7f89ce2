/**
 * The scan's worker threads: how many a scan uses, where their script is, and workers started before
 * the action has read its suite (`prestart`). This module loads nothing but Node's own: the data-check
 * action imports it first, so a worker loads its bundle while the main thread loads its own and reads
 * the suite (about 50–150 ms on a 2-core runner) instead of after.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Below this many bytes of input a scan stays on one thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_BYTES = 16 << 20;

/** How many threads a scan of `files` in `format` uses (`MLGATE_THREADS` read from `env`). */
export function threadsFor(format: string, files: string[], threads: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (format === 'jsonl') return 1; // columns are known only as rows arrive
  if (threads !== undefined) return Math.max(1, Math.floor(threads));
  const fromEnv = Number(env.MLGATE_THREADS);
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return fromEnv;
  let bytes = 0;
  for (const f of files) bytes += statSync(f).size;
  return bytes >= PARALLEL_MIN_BYTES ? Math.min(availableParallelism(), 8) : 1;
}

/** The worker script beside this module: the bundled one in an action's dist/, or the TypeScript source in the workspace. */
export function workerScript(): { file: string; execArgv: string[] } | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'scan-worker', 'index.js');
  if (existsSync(bundled)) return { file: bundled, execArgv: [] };
  const source = join(here, ['scan-worker', 'dev', 'mjs'].join('.'));
  if (existsSync(source)) return { file: source, execArgv: [] };
  return undefined;
}

/**
 * The young generation a scan worker's heap may grow to. A worker's objects die young (a batch's cells,
 * a chunk's text), so a small young generation is collected as often without more promoted; Node's
 * default lets it grow to 48 MB per thread. 12 MB: less peak memory on the 1M-row CSV bench at the
 * same time, in paired runs (8 MB did the same, 6 MB was slower; docs/benchmarks.md).
 */
const WORKER_YOUNG_MB = 12;

/** What a worker started ahead is given first: it waits for a `{ start }` message with its work. */
export const WAIT = { kind: 'wait' } as const;

/** Workers started ahead and not yet given work (a worker that stopped meanwhile is dropped). */
const waiting: Worker[] = [];

function newWorker(script: { file: string; execArgv: string[] }, workerData: unknown): Worker {
  return new Worker(script.file, { workerData, execArgv: script.execArgv, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}

/** How many workers started ahead wait for work. */
export function waitingWorkers(): number {
  return waiting.length;
}

/** A scan worker given `workerData`: one started ahead when there is one, else a new one. */
export function startWorker(script: { file: string; execArgv: string[] }, workerData: unknown): Worker {
  const w = waiting.shift();
  if (!w) return newWorker(script, workerData);
  w.ref();
  w.postMessage({ start: workerData });
  return w;
}

/**
 * Start the workers a scan of the action's `data` input will use, before the suite is read: when it is
 * one local CSV, TSV or Parquet file that the streaming engine reads on more than one thread. They wait
 * unreferenced (the process does not wait for them), and one that is never given work costs its start.
 */
export function prestart(env: NodeJS.ProcessEnv = process.env): number {
  try {
    const data = env.INPUT_DATA?.trim();
    if (!data || env.INPUT_ENGINE?.trim() === 'duckdb' || !/\.(csv|tsv|parquet)(\.gz)?$/i.test(data) || /\.parquet\.gz$/i.test(data) || !existsSync(data)) return 0;
    const script = workerScript();
    if (!script) return 0;
    const n = threadsFor('', [data], undefined, env) - 1;
    for (let i = 0; i < n; i++) {
      const w = newWorker(script, WAIT);
      w.unref();
      w.on('error', () => undefined).on('exit', () => {
        const at = waiting.indexOf(w);
        if (at >= 0) waiting.splice(at, 1);
      });
      waiting.push(w);
    }
    return n;
  } catch {
    // a file that cannot be read is the scan's to report
    return 0;
  }
}
