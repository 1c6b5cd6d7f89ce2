import { createServer, type Server, type RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultServer, type FaultServer } from '../../../test/support/model-servers/fault-server.js';
import { compare, tmp, writeLines } from './helpers.js';

const BIG = Buffer.alloc(50_000_000, 0x20); // 50 MB of JSON whitespace: valid JSON once a value follows
const config = { answer: 'predictions[0].score' };

/** A model server that answers every request with 50 MB, by Content-Length or chunked. */
async function bigServer(chunked: boolean, tls?: { key: Buffer; cert: Buffer }): Promise<{ url: string; stop: () => Promise<void> }> {
  const answer: RequestListener = (req, res) => {
    req.resume();
    req.on('end', () => {
      res.on('error', () => {});
      res.writeHead(200, chunked ? { 'content-type': 'application/json' } : { 'content-type': 'application/json', 'content-length': BIG.length + 2 });
      if (chunked) for (let k = 0; k < BIG.length; k += 1 << 20) res.write(BIG.subarray(k, k + (1 << 20)));
      else res.write(BIG);
      res.end('{}');
    });
  };
  const server: Server = tls ? createHttpsServer(tls, answer) : createServer(answer);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return { url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}/predict`, stop: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

describe('answers longer than the cap (16 MiB) are a fault of their request, not unbounded memory', () => {
  let good: FaultServer;
  let inputs: string;
  beforeAll(async () => {
    good = await startFaultServer('ok');
    inputs = writeLines(join(tmp(), 'inputs.jsonl'), Array.from({ length: 6 }, (_, i) => ({ x: i })));
  });
  afterAll(() => good.stop());

  for (const chunked of [false, true]) {
    it(`an HTTP server answering 50 MB (${chunked ? 'chunked' : 'Content-Length'}): every request counted as too-large, the run goes on`, async () => {
      const big = await bigServer(chunked);
      try {
        const { result } = await compare({ inputs, candidate: big.url, production: good.url, config, timeoutMs: 20_000, retries: 2, backoffMs: 5 });
        const c = result.roles.candidate!;
        expect(c.faults['too-large']).toBe(6);
        expect(c.retried).toBe(0);
        expect(c.examples[0]!.message).toBe('the answer is longer than 16 MiB (the cap on one answer); it was not read further');
        expect(result.roles.production!.ok).toBe(6);
      } finally {
        await big.stop();
      }
    });
  }

  it('an https:// server (undici) answering 50 MB: every request counted as too-large', async () => {
    const d = tmp();
    const gen = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(d, 'key.pem'), '-out', join(d, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    const big = await bigServer(false, { key: readFileSync(join(d, 'key.pem')), cert: readFileSync(join(d, 'cert.pem')) });
    const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // the test's self-signed certificate
    try {
      const { result } = await compare({ inputs, candidate: big.url, production: good.url, config, timeoutMs: 20_000, retries: 2, backoffMs: 5 });
      const c = result.roles.candidate!;
      expect(c.examples[0]!.message).toBe('the answer is longer than 16 MiB (the cap on one answer); it was not read further');
      expect(c.faults['too-large']).toBe(6);
      expect(result.roles.production!.ok).toBe(6);
    } finally {
      if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
      await big.stop();
    }
  });

  it('a command: model writing a 20 MB line: that request is too-large, the next answers are read', async () => {
    const script = join(tmp(), 'big-model.mjs');
    writeFileSync(
      script,
      `import { createInterface } from 'node:readline';
let n = 0;
for await (const line of createInterface({ input: process.stdin })) {
  if (n++ === 1) process.stdout.write(' '.repeat(20_000_000) + '{"predictions":[{"score":1}]}\\n');
  else process.stdout.write(JSON.stringify({ predictions: [{ score: JSON.parse(line).x / 10 }] }) + '\\n');
}
`,
    );
    const { result, seen } = await compare({ inputs, candidate: `command: node ${script}`, production: good.url, config, timeoutMs: 20_000, retries: 0, backoffMs: 5, concurrency: 1 });
    const c = result.roles.candidate!;
    expect(c.faults['too-large']).toBe(1);
    expect(c.ok).toBe(5);
    expect(seen.get(1)!.candidate).toMatchObject({ ok: false, kind: 'too-large' });
    expect(seen.get(2)!.candidate).toMatchObject({ ok: true, value: 0.2 });
  });
});
