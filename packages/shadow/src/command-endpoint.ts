import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { parse } from 'shell-quote';
import { ConfigurationError } from '@mlgate/core';
import type { Endpoint, CallResult, Request } from './types.js';
import { fault, MAX_ANSWER_BYTES } from './types.js';

/**
 * Split `python serve.py --stdin` into an argument vector, with shell quoting rules but no shell:
 * no variables are expanded and operators (|, >, &&, ;) are refused rather than run.
 */
export function parseCommand(text: string, field: string): string[] {
  const tokens = parse(text, (key) => `$${key}`);
  const argv: string[] = [];
  for (const t of tokens) {
    if (typeof t === 'string') argv.push(t);
    else if ('op' in t && t.op === 'glob') argv.push((t as { pattern: string }).pattern);
    else throw new ConfigurationError(`${field}: the command is run without a shell, so ${'op' in t ? `"${t.op}"` : 'a comment'} cannot be used; write a script that does it`, { field });
  }
  if (argv.length === 0) throw new ConfigurationError(`${field}: the command is empty`, { field });
  return argv;
}

interface Pending {
  resolve: (o: CallResult) => void;
  t0: number;
  /** Sent before the process gave any answer: its wait includes the start-up, so no latency is kept. */
  warmup: boolean;
  timer?: NodeJS.Timeout;
  done: boolean;
}

export interface CommandOptions {
  argv: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Until the first answer, a request may wait this long (the model loads). */
  startupMs: number;
}

/**
 * A long-lived process that reads one JSON request a line on stdin and writes one JSON answer a line
 * on stdout, in order. A request that times out keeps its place in the queue, so its late answer is
 * read and dropped instead of being given to the next request.
 */
export class CommandEndpoint implements Endpoint {
  readonly kind = 'command' as const;
  readonly label: string;
  private child?: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private exited?: string;
  private answered = false;
  private stderrTail = '';
  /** The answer line being read: its pieces, their length, and whether it went past the cap (then it is skipped to its end). */
  private pieces: Buffer[] = [];
  private pendingBytes = 0;
  private skipping = false;
  constructor(private readonly o: CommandOptions) {
    this.label = `command: ${o.argv.join(' ')}`;
  }

  async start(): Promise<void> {
    const child = spawn(this.o.argv[0]!, this.o.argv.slice(1), { cwd: this.o.cwd, env: this.o.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    await new Promise<void>((resolve) => {
      child.once('spawn', () => resolve());
      child.once('error', (e) => {
        const code = (e as NodeJS.ErrnoException).code;
        this.stop(code === 'ENOENT' ? `command not found: ${this.o.argv[0]}` : code === 'EACCES' ? `command not executable: ${this.o.argv[0]}` : `could not start ${this.o.argv[0]}: ${e.message}`);
        resolve();
      });
    });
    child.stdin.on('error', () => {}); // EPIPE when the process died; reported through 'exit'
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      this.stderrTail = (this.stderrTail + d).slice(-2000);
    });
    child.stdout.on('data', (d: Buffer) => this.onData(d));
    child.stdout.on('end', () => {
      if (this.pieces.length && !this.skipping) this.onLine(Buffer.concat(this.pieces).toString('utf8'));
      this.pieces = [];
    });
    child.once('exit', (code, signal) => {
      const last = this.stderrTail.trim().split('\n').slice(-1)[0]?.slice(0, 300);
      this.stop(`the command exited (${signal ? `signal ${signal}` : `code ${code}`})${last ? `: ${last}` : ''}`);
    });
  }

  /** Split stdout into answer lines, each held to MAX_ANSWER_BYTES: a longer one answers its request with a fault. */
  private onData(d: Buffer): void {
    let from = 0;
    let nl = d.indexOf(10);
    while (nl >= 0) {
      if (this.skipping) this.skipping = false;
      else {
        const part = d.subarray(from, nl);
        const line = this.pieces.length ? Buffer.concat([...this.pieces, part]) : part;
        this.pieces = [];
        this.pendingBytes = 0;
        if (line.length > MAX_ANSWER_BYTES) this.oversized();
        else this.onLine(line.toString('utf8'));
      }
      from = nl + 1;
      nl = d.indexOf(10, from);
    }
    if (from < d.length && !this.skipping) {
      this.pendingBytes += d.length - from;
      if (this.pendingBytes > MAX_ANSWER_BYTES) {
        this.pieces = [];
        this.pendingBytes = 0;
        this.skipping = true;
        this.oversized();
      } else this.pieces.push(d.subarray(from));
    }
  }

  private oversized(): void {
    this.answered = true;
    const p = this.queue.shift();
    if (!p || p.done) return;
    p.done = true;
    clearTimeout(p.timer);
    p.resolve(fault('too-large', `the answer line is longer than ${MAX_ANSWER_BYTES / 1048576} MiB (the cap on one answer); it was skipped`, p.warmup ? undefined : performance.now() - p.t0));
  }

  private onLine(line: string): void {
    if (line.trim() === '') return;
    this.answered = true;
    const p = this.queue.shift();
    if (!p || p.done) return; // a late answer to a request that already timed out
    p.done = true;
    clearTimeout(p.timer);
    const ms = performance.now() - p.t0;
    try {
      p.resolve({ ok: true, answer: JSON.parse(line), ms: p.warmup ? undefined : ms, retries: 0 });
    } catch (e) {
      p.resolve(fault('malformed', `the answer line is not JSON: ${(e as Error).message}`, p.warmup ? undefined : ms));
    }
  }

  private stop(reason: string): void {
    if (this.exited) return;
    this.exited = reason;
    for (const p of this.queue.splice(0)) {
      if (p.done) continue;
      p.done = true;
      clearTimeout(p.timer);
      p.resolve(fault('exited', reason, performance.now() - p.t0));
    }
  }

  call(batch: Request[]): Promise<CallResult[]> {
    return Promise.all(batch.map((r) => this.one(r)));
  }

  private one(r: Request): Promise<CallResult> {
    if (this.exited || !this.child) return Promise.resolve(fault('exited', this.exited ?? 'the command is not running', undefined));
    return new Promise<CallResult>((resolve) => {
      const p: Pending = { resolve, t0: performance.now(), done: false, warmup: !this.answered };
      const wait = this.answered ? this.o.timeoutMs : Math.max(this.o.timeoutMs, this.o.startupMs);
      p.timer = setTimeout(() => {
        if (p.done) return;
        p.done = true;
        resolve(fault('timeout', `no answer within ${wait} ms`, performance.now() - p.t0));
      }, wait);
      this.queue.push(p);
      this.child!.stdin.write((r.text ?? JSON.stringify(r.body)) + '\n');
    });
  }

  async close(): Promise<string[]> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return [];
    this.exited ??= 'the run ended';
    child.stdin.end();
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    const t = setTimeout(() => child.kill('SIGTERM'), 2000);
    const k = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(t);
    clearTimeout(k);
    return [];
  }
}
