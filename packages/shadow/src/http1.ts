import { connect, type Socket } from 'node:net';
import { MAX_ANSWER_BYTES } from './types.js';

/** What one HTTP attempt came to. */
const TOO_LARGE = 'too large';

export type Attempt = { type: 'answer'; answer: unknown } | { type: 'status'; status: number } | { type: 'timeout' } | { type: 'connection'; message: string } | { type: 'malformed'; message: string } | { type: 'too-large' };

/**
 * A keep-alive HTTP/1.1 client for plain `http://` model servers, made for the replay's one shape
 * of request: a POST of a JSON body, the JSON answer read whole. Each request is one socket write
 * of a request head prepared once; the answer is read from the socket's own buffers (status line,
 * Content-Length or chunked body, Connection and Keep-Alive). The replay's whole CPU per request
 * falls by about a fifth against undici's pool (58 against 75 µs, docs/benchmarks.md), which on a
 * shared machine is throughput the model server gets back. `https://` goes through undici.
 *
 * Semantics kept from undici: one request per connection at a time (no pipelining), at most
 * `connections` sockets, a deadline per request that destroys the socket it was on, idle sockets
 * dropped when the server closes them or its Keep-Alive timeout is near. A request that fails on a
 * reused socket before any byte of the answer (the server closed it as the request went out) is
 * sent once more on a new connection, as browsers do.
 */
export class Http1Pool {
  private readonly idle: Connection[] = [];
  private readonly waiting: Exchange[] = [];
  private open = 0;
  private closed = false;
  /** The request head up to the Content-Length value. */
  readonly head: string;

  constructor(
    readonly host: string,
    readonly port: number,
    /** The Host header: host and port as in the URL. */
    hostHeader: string,
    path: string,
    headers: Record<string, string>,
    private readonly connections: number,
    readonly timeoutMs: number,
  ) {
    let head = `POST ${path} HTTP/1.1\r\nhost: ${hostHeader}\r\nconnection: keep-alive\r\n`;
    for (const [k, v] of Object.entries(headers)) {
      const name = k.toLowerCase();
      if (name === 'content-length' || name === 'host' || name === 'connection' || name === 'transfer-encoding') continue;
      head += `${k}: ${v}\r\n`;
    }
    this.head = `${head}content-length: `;
  }

  request(body: string): Promise<Attempt> {
    return new Promise<Attempt>((resolve) => this.dispatch(new Exchange(this, body, resolve)));
  }

  /** Start an exchange on an idle connection, a new one, or queue it. */
  dispatch(x: Exchange): void {
    if (this.closed) return x.finish({ type: 'connection', message: 'the client was closed' });
    let c: Connection | undefined;
    while ((c = this.idle.pop()) !== undefined) {
      if (c.reusable()) return c.send(x);
      c.destroy();
    }
    if (this.open < this.connections) {
      this.open++;
      return new Connection(this).send(x);
    }
    this.waiting.push(x);
  }

  /** A connection finished an exchange and can take the next. */
  release(c: Connection): void {
    if (this.closed) return c.destroy();
    const next = this.waiting.shift();
    if (next) c.send(next);
    else this.idle.push(c);
  }

  /** A connection is gone: its place goes to the next waiting exchange. */
  gone(c: Connection): void {
    this.open--;
    const i = this.idle.indexOf(c);
    if (i >= 0) this.idle.splice(i, 1);
    const next = this.waiting.shift();
    if (next) this.dispatch(next);
  }

  unqueue(x: Exchange): void {
    const i = this.waiting.indexOf(x);
    if (i >= 0) this.waiting.splice(i, 1);
  }

  close(): void {
    this.closed = true;
    for (const c of this.idle.splice(0)) c.destroy();
    for (const x of this.waiting.splice(0)) x.finish({ type: 'connection', message: 'the client was closed' });
  }
}

/** One request and its answer; settles once (answer, fault or deadline). */
class Exchange {
  settled = false;
  connection: Connection | undefined;
  /** Sent once more after a reused connection failed before answering. */
  resent = false;
  readonly wire: string;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pool: Http1Pool,
    body: string,
    private readonly resolve: (a: Attempt) => void,
  ) {
    this.wire = `${pool.head}${Buffer.byteLength(body)}\r\n\r\n${body}`;
    this.timer = setTimeout(Exchange.expire, pool.timeoutMs, this);
  }

  private static expire(x: Exchange): void {
    x.finish({ type: 'timeout' });
    if (x.connection) x.connection.destroy();
    else x.pool.unqueue(x);
  }

  finish(a: Attempt): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    this.resolve(a);
  }
}

const enum State {
  Head,
  Body,
  ChunkSize,
  ChunkData,
  ChunkEnd,
  Trailers,
  UntilClose,
}

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
const MAX_HEAD = 64 * 1024;

/** One socket, one exchange at a time, and the parser of its answers. */
class Connection {
  private readonly socket: Socket;
  private x: Exchange | undefined;
  private uses = 0;
  /** Bytes received and not yet parsed. */
  private pending: Buffer | undefined;
  private state = State.Head;
  private status = 0;
  private remaining = 0;
  private keepAlive = true;
  private expires = 0;
  private body: Buffer[] = [];
  private received = 0;
  private error: NodeJS.ErrnoException | undefined;
  private dead = false;

  constructor(private readonly pool: Http1Pool) {
    this.socket = connect({ host: pool.host, port: pool.port, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => this.onData(chunk));
    this.socket.on('error', (e: NodeJS.ErrnoException) => (this.error = e));
    this.socket.on('close', () => this.onClose());
  }

  reusable(): boolean {
    return !this.dead && this.keepAlive && (this.expires === 0 || Date.now() < this.expires);
  }

  send(x: Exchange): void {
    this.x = x;
    x.connection = this;
    this.uses++;
    this.state = State.Head;
    this.status = 0;
    this.body = [];
    this.received = 0;
    this.socket.write(x.wire);
  }

  destroy(): void {
    if (this.dead) return;
    this.socket.destroy();
  }

  private onClose(): void {
    if (this.dead) return;
    this.dead = true;
    const x = this.x;
    this.x = undefined;
    this.pool.gone(this);
    if (!x || x.settled) return;
    if (this.state === State.UntilClose) return this.complete(x);
    if (this.received === 0 && this.uses > 1 && !x.resent) {
      // the server closed the idle connection as the request went out: send it again on a new one
      x.resent = true;
      x.connection = undefined;
      return this.pool.dispatch(x);
    }
    x.finish({ type: 'connection', message: describe(this.error) });
  }

  private onData(chunk: Buffer): void {
    const x = this.x;
    if (!x || x.settled) return this.destroy(); // bytes nobody asked for, or after the deadline
    this.received += chunk.length;
    // the body and its framing past the cap (and a head of up to 64 KiB): stop reading it
    if (this.received > MAX_ANSWER_BYTES + MAX_HEAD) return this.tooLarge(x);
    const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    let at = 0;
    while (at < buf.length || this.state === State.Body) {
      if (this.state === State.Head) {
        const end = buf.indexOf(HEAD_END, at);
        if (end < 0) {
          if (buf.length - at > MAX_HEAD) return this.fail(x, 'the answer\'s header is larger than 64 KiB');
          break;
        }
        const err = this.parseHead(buf.toString('latin1', at, end));
        if (err === TOO_LARGE) return this.tooLarge(x);
        if (err) return this.fail(x, err);
        at = end + 4;
        if (this.status >= 100 && this.status < 200) {
          this.state = State.Head; // an informational answer: the real one follows
          continue;
        }
      } else if (this.state === State.Body) {
        const take = Math.min(this.remaining, buf.length - at);
        if (take > 0) this.body.push(buf.subarray(at, at + take));
        at += take;
        this.remaining -= take;
        if (this.remaining > 0) break;
        return this.done(x, buf, at);
      } else if (this.state === State.UntilClose) {
        this.body.push(buf.subarray(at));
        at = buf.length;
      } else if (this.state === State.ChunkSize || this.state === State.Trailers || this.state === State.ChunkEnd) {
        const eol = buf.indexOf(CRLF, at);
        if (eol < 0) break;
        const line = buf.toString('latin1', at, eol);
        at = eol + 2;
        if (this.state === State.ChunkEnd) {
          if (line !== '') return this.fail(x, 'a chunk of the answer does not end with CRLF');
          this.state = State.ChunkSize;
        } else if (this.state === State.Trailers) {
          if (line === '') return this.done(x, buf, at);
        } else {
          const size = parseInt(line, 16);
          if (!Number.isFinite(size) || size < 0) return this.fail(x, `bad chunk size "${line.slice(0, 20)}"`);
          if (size === 0) this.state = State.Trailers;
          else {
            this.remaining = size;
            this.state = State.ChunkData;
          }
        }
      } else {
        const take = Math.min(this.remaining, buf.length - at);
        this.body.push(buf.subarray(at, at + take));
        at += take;
        this.remaining -= take;
        if (this.remaining === 0) this.state = State.ChunkEnd;
      }
    }
    if (at < buf.length) this.pending = buf.subarray(at);
  }

  /** Status line and the headers that frame the body; an error message if it is not HTTP. */
  private parseHead(head: string): string | undefined {
    const lines = head.split('\r\n');
    const m = /^HTTP\/1\.([01]) (\d{3})/.exec(lines[0]!);
    if (!m) return `not an HTTP answer: "${lines[0]!.slice(0, 40)}"`;
    this.status = Number(m[2]);
    this.keepAlive = m[1] === '1';
    let length = -1;
    let chunked = false;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') length = Number(value);
      else if (name === 'transfer-encoding') chunked = /chunked\s*$/i.test(value);
      else if (name === 'connection') this.keepAlive = !/close/i.test(value) && (this.keepAlive || /keep-alive/i.test(value));
      else if (name === 'keep-alive') {
        const t = /timeout=(\d+)/i.exec(value);
        // stop reusing the connection a second before the server would close it
        if (t) this.expires = Date.now() + Math.max(0, Number(t[1]) - 1) * 1000;
      }
    }
    if (this.status < 200 || this.status === 204 || this.status === 304) {
      this.remaining = 0;
      this.state = this.status < 200 ? State.Head : State.Body;
    } else if (chunked) this.state = State.ChunkSize;
    else if (length >= 0) {
      if (!Number.isSafeInteger(length)) return 'bad Content-Length in the answer';
      if (length > MAX_ANSWER_BYTES) return TOO_LARGE;
      this.remaining = length;
      this.state = State.Body;
    } else {
      this.keepAlive = false;
      this.state = State.UntilClose;
    }
    return undefined;
  }

  /** The answer is complete: settle, and hand the connection back (or close it). */
  private done(x: Exchange, buf: Buffer, at: number): void {
    this.x = undefined;
    x.connection = undefined;
    this.complete(x);
    if (at < buf.length || !this.keepAlive) return this.destroy(); // no pipelining: extra bytes are an error
    this.state = State.Head;
    this.pool.release(this);
  }

  private complete(x: Exchange): void {
    const body = this.body;
    this.body = [];
    x.finish(attemptOf(this.status, body.length === 1 ? body[0] : body.length ? Buffer.concat(body) : undefined));
  }

  /** An answer longer than the cap: a fault of this request; the connection is closed rather than drained. */
  private tooLarge(x: Exchange): void {
    x.finish({ type: 'too-large' });
    this.destroy();
  }

  /** Not HTTP/1.1 as expected: the connection cannot be trusted further. */
  private fail(x: Exchange, message: string): void {
    x.finish({ type: 'connection', message: `the answer is not valid HTTP/1.1: ${message}` });
    this.destroy();
  }
}

/** An answer's status and body as an attempt: a status fault, malformed JSON, or the answer. */
export function attemptOf(status: number, body: Buffer | undefined): Attempt {
  if (status < 200 || status >= 300) return { type: 'status', status };
  try {
    return { type: 'answer', answer: JSON.parse(body ? body.toString('utf8') : '') };
  } catch (e) {
    return { type: 'malformed', message: (e as Error).message };
  }
}

function describe(e: NodeJS.ErrnoException | undefined): string {
  if (!e) return 'the connection was closed before an answer';
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (e.code === 'ECONNRESET') return 'the connection was reset';
  return e.code ? `${e.code}: ${e.message}` : e.message;
}
