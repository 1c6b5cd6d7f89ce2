import { Agent, errors, request } from 'undici';
import type { Endpoint, Outcome, Request } from './types.js';
import { fault } from './types.js';
import { splitBatch, type Segment } from './path.js';

export interface HttpOptions {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  retries: number;
  /** First backoff in ms; doubles each retry, with jitter. */
  backoffMs: number;
  concurrency: number;
  /** Rows sent together as a JSON array (1: each request body as it is). */
  batchSize: number;
  path: Segment[];
}

/** Shows the URL without credentials or query string (which may hold a key). */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

const RETRYABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);

class Timeout extends Error {}

/** POST JSON over a keep-alive connection pool (undici), with a per-request deadline and retries. */
export class HttpEndpoint implements Endpoint {
  readonly kind = 'http' as const;
  readonly label: string;
  private readonly agent: Agent;
  constructor(private readonly o: HttpOptions) {
    this.label = safeUrl(o.url);
    this.agent = new Agent({ connections: Math.max(1, o.concurrency), keepAliveTimeout: 30_000, pipelining: 1 });
  }

  async start(): Promise<void> {}

  async call(batch: Request[]): Promise<Outcome[]> {
    const body = JSON.stringify(this.o.batchSize > 1 ? batch.map((r) => r.body) : batch[0]!.body);
    let retries = 0;
    for (;;) {
      const t0 = performance.now();
      const r = await this.once(body);
      const ms = performance.now() - t0;
      if (r.type === 'answer') return this.split(r.answer, batch, ms, retries);
      const retryable = r.type === 'status' ? r.status >= 500 : r.type === 'connection';
      if (retryable && retries < this.o.retries) {
        await sleep(backoff(this.o.backoffMs, retries));
        retries++;
        continue;
      }
      const after = retries ? ` (after ${retries} ${retries === 1 ? 'retry' : 'retries'})` : '';
      const f =
        r.type === 'status'
          ? fault('http-status', `HTTP ${r.status}${after}`, ms, retries)
          : r.type === 'timeout'
            ? fault('timeout', `no answer within ${this.o.timeoutMs} ms`, ms, retries)
            : r.type === 'malformed'
              ? fault('malformed', `the answer is not JSON: ${r.message}`, ms, retries)
              : fault('connection', `${r.message}${after}`, ms, retries);
      return batch.map(() => f);
    }
  }

  private split(answer: unknown, batch: Request[], ms: number, retries: number): Outcome[] {
    if (this.o.batchSize <= 1) return [{ ok: true, answer, ms, retries }];
    const parts = splitBatch(answer, this.o.path, batch.length);
    if ('error' in parts) return batch.map(() => fault('missing-path', parts.error, ms, retries));
    return parts.rows.map((row) => ({ ok: true as const, answer: row, ms, retries, row: true }));
  }

  private async once(body: string): Promise<{ type: 'answer'; answer: unknown } | { type: 'status'; status: number } | { type: 'timeout' } | { type: 'connection'; message: string } | { type: 'malformed'; message: string }> {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new Timeout()), this.o.timeoutMs);
    try {
      const res = await request(this.o.url, {
        method: 'POST',
        dispatcher: this.agent,
        headers: { 'content-type': 'application/json', accept: 'application/json', ...this.o.headers },
        body,
        signal: ac.signal,
      });
      const text = await res.body.text();
      if (res.statusCode < 200 || res.statusCode >= 300) return { type: 'status', status: res.statusCode };
      try {
        return { type: 'answer', answer: JSON.parse(text) };
      } catch (e) {
        return { type: 'malformed', message: (e as Error).message };
      }
    } catch (e) {
      if (ac.signal.aborted) return { type: 'timeout' };
      return { type: 'connection', message: describeError(e) };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<string[]> {
    await this.agent.close().catch(() => this.agent.destroy());
    return [];
  }
}

function describeError(e: unknown): string {
  const err = e as Error & { code?: string; cause?: { code?: string; message?: string } };
  const code = err.code ?? err.cause?.code;
  if (err instanceof errors.SocketError) return `the connection was closed before an answer (${err.message})`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the connection was reset';
  return code && RETRYABLE_CODES.has(code) ? `${code}: ${err.message}` : err.message || String(e);
}

export function backoff(baseMs: number, attempt: number): number {
  const d = Math.min(5000, baseMs * 2 ** attempt);
  return d / 2 + Math.random() * (d / 2);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
