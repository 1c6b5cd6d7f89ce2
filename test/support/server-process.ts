import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });
}

/**
 * A server the tests run as a process of its own on a free loopback port, with a temporary data
 * directory. `start()` waits until `ready()`; `kill()` cuts it off hard (SIGKILL: a crash, a network
 * partition) and `start()` brings it back on the same port and data; `stop()` ends it and removes
 * the data.
 */
export abstract class ServerProcess {
  readonly dir: string;
  port = 0;
  private child?: ChildProcess;

  constructor(prefix: string, private readonly startupMs = 20_000) {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
  }

  /** The executable (an absolute path) and its arguments; called once `port` is set. */
  protected abstract command(): { bin: string; args: string[] };
  /** True once the server answers. */
  protected abstract ready(): Promise<boolean>;

  async start(): Promise<this> {
    if (!this.port) this.port = await freePort();
    const { bin, args } = this.command();
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: this.dir });
    this.child = child;
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const deadline = Date.now() + this.startupMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${bin} exited with ${child.exitCode}: ${stderr}`);
      try {
        if (await this.ready()) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${bin} did not start within ${this.startupMs / 1000} s: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this;
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((res) => {
      child.once('exit', () => res());
      child.kill(signal);
    });
  }

  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.end('SIGTERM');
    rmSync(this.dir, { recursive: true, force: true });
  }
}
