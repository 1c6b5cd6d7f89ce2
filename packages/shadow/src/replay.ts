import { statSync } from 'node:fs';
import { ConfigurationError, DataError } from '@mlgate/core';
import { Comparison, readAnswer, type Answered, type ComparisonSummary, type PairSummary, type Role } from './compare.js';
import type { ShadowConfig } from './config.js';
import { makeEndpoint } from './endpoint.js';
import { readRequests } from './inputs.js';
import { get, MISSING, parsePath, type Segment } from './path.js';
import type { NoveltyDetector, NoveltyResult } from '@mlgate/checks/novelty';
import { waitFor } from './ready.js';
import { fault, type Endpoint, type CallResult, type Request } from './types.js';

export interface ShadowOptions {
  inputs: string;
  candidate: string;
  production: string;
  secondary?: string;
  config: ShadowConfig;
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  /** How long a command model may take to give its first answer (it loads). */
  startupMs?: number;
  waitFor?: string[];
  waitTimeoutMs?: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each value taken from the environment into a header, to mask it. */
  secret?: (value: string) => void;
  log?: (message: string) => void;
  warn?: (message: string) => void;
  /** Holds every input against the training profile (the `reference` input); its result goes to `novelty`. */
  novelty?: NoveltyDetector;
  /** Sees every input with each model's answer (tests, recording). */
  observe?: (request: Request, answers: Partial<Record<Role, Answered>>) => void;
}

export interface ShadowResult extends Omit<ComparisonSummary, 'byNovelty'> {
  /** Inputs with values training never saw (with a `reference`), and the models compared on novel and familiar inputs apart. */
  novelty?: NoveltyResult & { comparison: { novel: PairSummary; familiar: PairSummary } };
  endpoints: Partial<Record<Role, { kind: Endpoint['kind']; label: string }>>;
  concurrency: number;
  timeoutMs: number;
  retries: number;
  batchSize: number;
  seconds: number;
  notes: string[];
}

/** A shadow-compare report's data: the run's result and whether the rules came from a config file or the defaults. */
export type ShadowData = ShadowResult & { checksFrom: 'config' | 'defaults' };

/** `${NAME}` in a header value → the variable's value, which is then masked as a secret. */
export function resolveHeaders(headers: Record<string, string>, env: NodeJS.ProcessEnv, field: string, secret: (v: string) => void): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const resolved = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, v: string) => {
      const got = env[v];
      if (got === undefined || got === '') throw new ConfigurationError(`config field "${field}.${name}": the environment variable ${v} is not set (pass the secret in the step's env:)`, { field: `${field}.${name}` });
      secret(got);
      return got;
    });
    // Credentials often sit in literal values too; never let them reach a log.
    if (resolved !== value || /auth|token|key|secret|password|cookie/i.test(name)) secret(resolved);
    out[name.toLowerCase()] = resolved;
  }
  return out;
}

/**
 * Replay every recorded input against the candidate, production and (optionally) a second
 * production instance, with bounded concurrency; measure and compare what they answer.
 */
export async function shadowCompare(o: ShadowOptions): Promise<ShadowResult> {
  const started = performance.now();
  const c = o.config;
  const concurrency = o.concurrency ?? 8;
  const timeoutMs = o.timeoutMs ?? 10_000;
  const retries = o.retries ?? 2;
  const env = o.env ?? process.env;
  const cwd = o.cwd ?? process.cwd();
  const secret = o.secret ?? (() => {});
  const log = o.log ?? (() => {});
  const path = parsePath(c.answer, 'answer');
  const score = c.score !== undefined ? parsePath(c.score, 'score') : undefined;
  const roles: Array<[Role, string]> = [
    ['candidate', o.candidate],
    ['production', o.production],
  ];
  if (o.secondary) roles.push(['production-secondary', o.secondary]);
  const endpoints = roles.map(([role, target]) => {
    const headers = { ...resolveHeaders(c.headers, env, 'headers', secret), ...resolveHeaders(c.endpoints[role]?.headers ?? {}, env, `endpoints.${role}.headers`, secret) };
    return {
      role,
      ep: makeEndpoint(target, role, { headers, timeoutMs, retries, backoffMs: o.backoffMs ?? 100, concurrency, batchSize: c['batch-size'], path, startupMs: o.startupMs ?? 60_000, cwd, env }),
      failuresInARow: 0,
      down: false,
    };
  });
  const comparison = new Comparison({ task: c.task, tolerance: c.tolerance, threshold: c.threshold, divergent: c.divergent, secondary: !!o.secondary, novelty: !!o.novelty });
  const features = parsePath(c.novelty.features, 'novelty.features');
  const notes: string[] = [];
  checkReadable(o.inputs);
  try {
    for (const e of endpoints) await e.ep.start();
    if (o.waitFor?.length) await waitFor(o.waitFor, o.waitTimeoutMs ?? 60_000, log);
    const batches = batchesOf(readRequests(o.inputs), c['batch-size']);
    const limit = c['max-consecutive-failures'];
    const call = async (e: (typeof endpoints)[number], batch: Request[]): Promise<CallResult[]> => {
      if (e.failuresInARow >= limit) return batch.map(() => fault('not-sent', `not sent: the ${e.role} failed ${limit} requests in a row`, undefined));
      const outs = await e.ep.call(batch);
      for (const x of outs) e.failuresInARow = x.ok ? 0 : x.kind === 'missing-path' || x.kind === 'malformed' ? e.failuresInARow : e.failuresInARow + 1;
      // said once, with its cause (the batches in flight when it went down all end here)
      if (e.failuresInARow >= limit && !e.down) {
        e.down = true;
        const last = outs.findLast((x) => !x.ok);
        o.warn?.(`${e.role} (${e.ep.label}) is down: ${limit} requests in a row failed${last && !last.ok ? `, the last with ${last.message}` : ''}; the rest is not sent to it`);
      }
      return outs;
    };
    const pathText = { value: c.answer, score: c.score };
    let done = 0;
    let nextLog = 10_000;
    const worker = async () => {
      for (;;) {
        const n = await batches.next();
        if (n.done) return;
        const batch = n.value;
        const outs = endpoints.length === 2 ? await Promise.all([call(endpoints[0]!, batch), call(endpoints[1]!, batch)]) : await Promise.all(endpoints.map((e) => call(e, batch)));
        for (let i = 0; i < batch.length; i++) {
          const r = batch[i]!;
          const answers: Partial<Record<Role, Answered>> = {};
          for (let k = 0; k < endpoints.length; k++) answers[endpoints[k]!.role] = readAnswer(outs[k]![i]!, path, score, pathText);
          comparison.add(r, answers, o.novelty ? isNovel(o.novelty, r, features) : undefined);
          o.observe?.(r, answers);
        }
        done += batch.length;
        if (done >= nextLog) {
          log(`${done} inputs replayed`);
          nextLog += 10_000;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  } finally {
    for (const e of endpoints) notes.push(...(await e.ep.close().catch((err: Error) => [`could not stop ${e.ep.label}: ${err.message}`])));
  }
  const { byNovelty, ...summary } = comparison.summary();
  return {
    ...summary,
    endpoints: Object.fromEntries(endpoints.map((e) => [e.role, { kind: e.ep.kind, label: e.ep.label }])),
    concurrency,
    timeoutMs,
    retries,
    batchSize: c['batch-size'],
    seconds: (performance.now() - started) / 1000,
    notes,
    ...(o.novelty && byNovelty ? { novelty: { ...o.novelty.result(), comparison: byNovelty } } : {}),
  };
}

/** Hold one request's features against the training profile; features missing at the path are a novel row. */
function isNovel(d: NoveltyDetector, r: Request, features: Segment[]): boolean {
  const body = r.text !== undefined ? (JSON.parse(r.text) as unknown) : r.body;
  const f = features.length ? get(body, features) : body;
  return d.check(f === MISSING ? undefined : f, r.line);
}

/** Fail on a missing inputs file before any model is started. */
function checkReadable(file: string): void {
  try {
    if (statSync(file).isDirectory()) throw new DataError('inputs is a directory, expected a file', { file });
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'inputs file not found' : `cannot read the inputs: ${(e as Error).message}`, { file });
  }
}

/**
 * Group the stream of request chunks into batches; safe to pull from several workers at once. Takes
 * from a buffer without awaiting while it holds enough, so a request costs no extra promise hops.
 */
const LOW_WATER = 256;

function batchesOf(source: AsyncGenerator<Request[]>, size: number): { next(): Promise<IteratorResult<Request[]>> } {
  let buf: Request[] = [];
  let pos = 0;
  let finished = false;
  let filling: Promise<void> | undefined;
  const fill = async () => {
    const r = await source.next();
    if (r.done) finished = true;
    else {
      buf = pos < buf.length ? buf.slice(pos).concat(r.value) : r.value;
      pos = 0;
    }
  };
  return {
    async next() {
      for (;;) {
        if (buf.length - pos >= size || (finished && pos < buf.length)) {
          const b = size === 1 ? [buf[pos]!] : buf.slice(pos, pos + size);
          pos += b.length;
          // read ahead, so no worker ever waits for the disk
          if (!finished && !filling && buf.length - pos < LOW_WATER) filling = fill().finally(() => (filling = undefined));
          return { done: false, value: b };
        }
        if (finished) return { done: true, value: undefined };
        filling ??= fill().finally(() => (filling = undefined));
        await filling;
      }
    },
  };
}
