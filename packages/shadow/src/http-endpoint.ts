import type { Pool } from 'undici';
import { ConfigurationError } from '@mlgate/core';
import { attemptOf, Http1Pool, type Attempt } from './http1.js';
import type { Endpoint, CallResult, Request } from './types.js';
import { fault, MAX_ANSWER_BYTES } from './types.js';
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

/**
 * POST JSON over keep-alive connections, with a per-request deadline and retries: `http://` through
 * mlgate's own HTTP/1.1 client (`http1.ts`: less CPU per request), `https://` through undici.
 */
export class HttpEndpoint implements Endpoint {
  readonly kind = 'http' as const;
  readonly label: string;
  /** undici, for `https://` only: loaded on first use (it is most of the bundle's start-up). */
  private readonly pool: Promise<Pool> | undefined;
  private readonly plain: Http1Pool | undefined;
  private readonly origin: string;
  private readonly path: string;
  private readonly headers: Record<string, string>;
  constructor(private readonly o: HttpOptions) {
    this.label = safeUrl(o.url);
    const u = new URL(o.url);
    this.origin = u.origin;
    this.path = `${u.pathname}${u.search}`;
    this.headers = { 'content-type': 'application/json', accept: 'application/json', ...o.headers };
    if (u.username || u.password) this.headers.authorization ??= `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
    for (const [k, v] of Object.entries(this.headers)) {
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k)) throw new ConfigurationError(`header name "${k.slice(0, 40)}" is not a valid HTTP header name`, { field: 'headers' });
      if (/[\r\n\0]/.test(v)) throw new ConfigurationError(`header "${k}" has a line break or NUL in its value`, { field: `headers.${k}` });
    }
    // one keep-alive connection per request in flight, as a load driver would hold
    const connections = Math.max(1, o.concurrency);
    if (u.protocol === 'http:') this.plain = new Http1Pool(u.hostname.replace(/^\[|\]$/g, ''), Number(u.port || 80), u.host, this.path, this.headers, connections, o.timeoutMs);
    else this.pool = import('undici').then(({ Pool }) => new Pool(this.origin, { connections, keepAliveTimeout: 30_000, pipelining: 1 }));
  }

  async start(): Promise<void> {}

  async call(batch: Request[]): Promise<CallResult[]> {
    const body = this.o.batchSize > 1 ? `[${batch.map((r) => r.text ?? JSON.stringify(r.body)).join(',')}]` : (batch[0]!.text ?? JSON.stringify(batch[0]!.body));
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
            : r.type === 'too-large'
              ? fault('too-large', `the answer is longer than ${MAX_ANSWER_BYTES / 1048576} MiB (the cap on one answer); it was not read further`, ms, retries)
              : r.type === 'malformed'
              ? fault('malformed', `the answer is not JSON: ${r.message}`, ms, retries)
              : fault('connection', `${r.message}${after}`, ms, retries);
      return batch.map(() => f);
    }
  }

  private split(answer: unknown, batch: Request[], ms: number, retries: number): CallResult[] {
    if (this.o.batchSize <= 1) return [{ ok: true, answer, ms, retries }];
    const parts = splitBatch(answer, this.o.path, batch.length);
    if ('error' in parts) return batch.map(() => fault('missing-path', parts.error, ms, retries));
    return parts.rows.map((row) => ({ ok: true as const, answer: row, ms, retries, row: true }));
  }

  /**
   * One POST through undici's dispatch API: the answer is gathered as chunks without a body stream,
   * which keeps mlgate's own cost per request small next to the model's. The handler is one object
   * per request (no closures), and the deadline one timer.
   */
  private async once(body: string): Promise<Attempt> {
    if (this.plain) return this.plain.request(body);
    const pool = await this.pool!;
    return new Promise<Attempt>((resolve) => {
      const h = new Once(resolve, this.o.timeoutMs);
      pool.dispatch({ origin: this.origin, path: this.path, method: 'POST', headers: this.headers, body }, h);
    });
  }

  async close(): Promise<string[]> {
    this.plain?.close();
    const pool = await this.pool;
    if (pool) await pool.close().catch(() => pool.destroy());
    return [];
  }
}

type Controller = { abort(reason: Error): void };

/** The undici handler of one attempt: gathers the answer, settles once (answer, fault or deadline). */
class Once {
  private status = 0;
  private chunk: Buffer | undefined;
  private chunks: Buffer[] | undefined;
  private bytes = 0;
  private settled = false;
  private controller: Controller | undefined;
  private readonly timer: NodeJS.Timeout;
  constructor(
    private readonly resolve: (a: Attempt) => void,
    timeoutMs: number,
  ) {
    this.timer = setTimeout(Once.expire, timeoutMs, this);
  }

  private static expire(h: Once): void {
    h.finish({ type: 'timeout' });
    h.controller?.abort(new Timeout('timeout'));
  }

  private finish(a: Attempt): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    this.resolve(a);
  }

  onRequestStart(c: Controller): void {
    this.controller = c;
    if (this.settled) c.abort(new Timeout('timeout'));
  }

  onResponseStart(_c: unknown, statusCode: number): void {
    this.status = statusCode;
  }

  onResponseData(_c: unknown, chunk: Buffer): void {
    if (this.settled) return;
    this.bytes += chunk.length;
    if (this.bytes > MAX_ANSWER_BYTES) {
      this.chunk = this.chunks = undefined;
      this.finish({ type: 'too-large' });
      this.controller?.abort(new Error('the answer is too large'));
      return;
    }
    if (this.chunk === undefined && this.chunks === undefined) this.chunk = chunk;
    else (this.chunks ??= [this.chunk!]).push(chunk);
  }

  onResponseEnd(): void {
    this.finish(attemptOf(this.status, this.chunks ? Buffer.concat(this.chunks) : this.chunk));
  }

  onResponseError(_c: unknown, err: unknown): void {
    this.finish({ type: 'connection', message: describeError(err) });
  }
}

function describeError(e: unknown): string {
  const err = e as Error & { code?: string; cause?: { code?: string; message?: string } };
  const code = err.code ?? err.cause?.code;
  if (code === 'UND_ERR_SOCKET') return `the connection was closed before an answer (${err.message})`;
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
