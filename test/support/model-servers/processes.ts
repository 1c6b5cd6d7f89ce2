import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const EXAMPLE = resolve(ROOT, 'examples/shadow');
export const PYTHON = '/usr/bin/python3';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Start a model server process and wait for its `listening http://host:port` line. */
export function startServerProcess(command: string, args: string[], timeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err = (err + d).slice(-4000)));
  return new Promise((resolveP, reject) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not start within ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolveP({
          url: m[1]!,
          child,
          stop: () =>
            new Promise<void>((r) => {
              if (child.exitCode !== null || child.signalCode !== null) return r();
              child.once('exit', () => r());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(t);
      reject(new Error(`${command} exited with ${code} before listening: ${err}`));
    });
  });
}

/** The Node model of examples/shadow over HTTP. */
export const nodeModel = (variant: 'production' | 'candidate') => startServerProcess(process.execPath, [resolve(EXAMPLE, 'model-server.mjs'), resolve(EXAMPLE, `models/${variant}.json`), '--port', '0']);
/** The scikit-learn model of examples/shadow, trained at startup, over http.server. */
export const sklearnModel = (variant: 'production' | 'candidate') => startServerProcess(PYTHON, [resolve(EXAMPLE, 'serve_sklearn.py'), '--variant', variant, '--port', '0']);
