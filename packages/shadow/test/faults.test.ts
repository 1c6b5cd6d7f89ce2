import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../../../test/support/model-servers/processes.js';
import { fakeScore, startFaultServer, type FaultServer } from '../../../test/support/model-servers/fault-server.js';
import { compare, INPUTS, tmp, value, writeLines } from './helpers.js';

const STDIN_MODEL = resolve(ROOT, 'test/support/model-servers/stdin-model.mjs');
const rows = readFileSync(INPUTS, 'utf8').trim().split('\n').slice(0, 40).map((l) => JSON.parse(l) as Record<string, number>);
const config = { answer: 'predictions[0].score' };

describe('faults are reported and counted, never a hang or a crash', () => {
  let inputs: string;
  let good: FaultServer;
  beforeAll(async () => {
    inputs = writeLines(join(tmp(), 'inputs.jsonl'), rows);
    good = await startFaultServer('ok');
  });
  afterAll(() => good.stop());

  async function against(mode: Parameters<typeof startFaultServer>[0], extra: Partial<Parameters<typeof compare>[0]> = {}) {
    const bad = await startFaultServer(mode, { failures: 2 });
    try {
      const r = await compare({ inputs, candidate: bad.url, production: good.url, config, timeoutMs: 400, retries: 2, backoffMs: 5, ...extra });
      return { ...r, bad };
    } finally {
      await bad.stop();
    }
  }

  it('500: each request retried with backoff, then counted as an HTTP error', async () => {
    const { result, bad } = await against('500');
    const c = result.roles.candidate!;
    expect(c.faults['http-status']).toBe(40);
    expect(c.retried).toBe(40);
    expect(c.retries).toBe(80);
    expect(bad.requests).toBe(120);
    expect(c.error_rate).toBe(1);
    expect(c.examples[0]!.message).toBe('HTTP 500 (after 2 retries)');
    expect(result.roles.production!.ok).toBe(40);
  });

  it('a flaky server (503 twice): the retries succeed and are counted', async () => {
    const { result } = await against('flaky');
    expect(result.roles.candidate!.ok).toBe(40);
    expect(result.roles.candidate!.retries).toBe(2);
    expect(result.comparison.delta!.max).toBe(0);
  });

  it('a server that hangs: each request times out after the per-request timeout, not retried', async () => {
    const t0 = Date.now();
    const { result } = await against('hang', { concurrency: 8 });
    expect(result.roles.candidate!.faults.timeout).toBe(40);
    expect(result.roles.candidate!.timeout_rate).toBe(1);
    expect(Date.now() - t0).toBeLessThan(5 * 400 + 2000); // 40 inputs / 8 in flight × 400 ms, plus slack
  });

  it('a server that closes the connection: a connection error after retries', async () => {
    const { result } = await against('close');
    expect(result.roles.candidate!.faults.connection).toBe(40);
    expect(result.roles.candidate!.retries).toBe(80);
    expect(result.roles.candidate!.examples[0]!.message).toMatch(/closed|reset|socket/i);
  });

  it('nothing listening: connection refused', async () => {
    const r = await compare({ inputs, candidate: 'http://127.0.0.1:9/predict', production: good.url, config, retries: 1, backoffMs: 1 });
    expect(r.result.roles.candidate!.faults.connection).toBe(40);
    expect(r.result.roles.candidate!.examples[0]!.message).toMatch(/refused/);
  });

  it('malformed JSON and an answer without the path', async () => {
    const m = await against('malformed');
    expect(m.result.roles.candidate!.faults.malformed).toBe(40);
    expect(m.result.roles.candidate!.retries).toBe(0);
    const p = await against('no-path');
    expect(p.result.roles.candidate!.faults['missing-path']).toBe(40);
    expect(p.result.roles.candidate!.examples[0]!.message).toContain('predictions[0].score');
  });

  it('a command model that exits early: its answers so far count, the rest is "exited" with its last stderr line', async () => {
    const { result, seen } = await compare({ inputs, candidate: `command: ${process.execPath} ${STDIN_MODEL} --exit-after 15 --malformed-at 3`, production: good.url, config, concurrency: 1 });
    const c = result.roles.candidate!;
    expect(c.ok).toBe(14);
    expect(c.faults.malformed).toBe(1);
    expect(c.faults.exited).toBe(25);
    expect(c.examples.find((e) => e.kind === 'exited')!.message).toMatch(/code 3.*out of memory/);
    expect(value(seen.get(0)!.candidate)).toBeCloseTo(fakeScore(rows[0]), 12);
    expect(value(seen.get(14)!.candidate)).toBeCloseTo(fakeScore(rows[14]), 12); // answers after the bad line keep their order
  });

  it('a command that cannot start is reported, not thrown', async () => {
    const { result } = await compare({ inputs, candidate: 'command: /nonexistent/model --stdin', production: good.url, config });
    expect(result.roles.candidate!.faults.exited).toBe(40);
    expect(result.roles.candidate!.examples[0]!.message).toMatch(/not found/);
  });

  it('a file with fewer answers than inputs: the missing ones are counted; extra answers are noted', async () => {
    const dir = tmp();
    const short = writeLines(join(dir, 'short.jsonl'), rows.slice(0, 30).map((r) => ({ predictions: [{ score: fakeScore(r) }] })));
    const { result } = await compare({ inputs, candidate: `file: ${short}`, production: good.url, config });
    expect(result.roles.candidate!.ok).toBe(30);
    expect(result.roles.candidate!.faults['missing-answer']).toBe(10);
    expect(result.comparison.delta!.max).toBeLessThan(1e-12);
    const long = writeLines(join(dir, 'long.jsonl'), [...rows, ...rows.slice(0, 3)].map((r) => ({ predictions: [{ score: fakeScore(r) }] })));
    const l = await compare({ inputs, candidate: `file: ${long}`, production: good.url, config });
    expect(l.result.notes.join()).toMatch(/3 more answers than there are inputs/);
  });

  it('an endpoint down for good: after max-consecutive-failures the rest is not sent', async () => {
    const r = await compare({ inputs, candidate: 'http://127.0.0.1:9/', production: good.url, config: { ...config, 'max-consecutive-failures': 5 }, retries: 0, concurrency: 1 });
    expect(r.result.roles.candidate!.faults.connection).toBe(5);
    expect(r.result.roles.candidate!.faults['not-sent']).toBe(35);
  });
});
