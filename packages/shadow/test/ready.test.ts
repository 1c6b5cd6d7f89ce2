import { describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RemoteError } from '@mlgate/core';
import { waitFor } from '../src/index.js';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('wait-for', () => {
  it('polls until a model that starts late (503 while loading, then 200) is ready', async () => {
    const port = await freePort();
    let server: Server | undefined;
    let ready = false;
    const starting = setTimeout(() => {
      server = createServer((req, res) => res.writeHead(ready ? 200 : 503).end()).listen(port, '127.0.0.1');
      setTimeout(() => (ready = true), 300);
    }, 400);
    const t0 = Date.now();
    const log: string[] = [];
    await waitFor([`http://127.0.0.1:${port}/health`], 10_000, (m) => log.push(m));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(650);
    expect(log).toEqual([`http://127.0.0.1:${port}/health is ready`]);
    clearTimeout(starting);
    await new Promise<void>((r) => server!.close(() => r()));
  });

  it('fails at the deadline with the last error, without the query string (it may hold a key)', async () => {
    const port = await freePort();
    const t0 = Date.now();
    const err = await waitFor([`http://127.0.0.1:${port}/health?key=secret`], 600).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteError);
    expect((err as RemoteError).message).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/health was not ready within 1 s \\(wait-for\\); last: connection refused$`));
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
