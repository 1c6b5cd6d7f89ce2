/**
 * bench/registry: on a real registry (Debian's docker-registry on loopback, htpasswd auth):
 *   (1) promote and rollback time (goal: under 2 s each), median of several moves;
 *   (2) push throughput of a 200 MB model file: mlgate's blob upload (one PUT, the default at this
 *       size, and forced chunked) beside `curl` uploading the same blob (POST for the session, then PUT -T), in one run.
 * Run: node --import tsx bench/registry/run.ts [MB]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OciClient, hashFile, openRegistry, type Registry } from '../../packages/registry/src/index.js';
import { OciRegistry } from '../../test/support/oci-registry.js';

const MB = Number(process.argv[2] ?? 200);
const RUNS = Number(process.env.RUNS ?? 5);
const user = 'bench';
const password = 'bench-Pa55';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const reg = await new OciRegistry({ users: { [user]: password } }).start();
const work = mkdtempSync(join(tmpdir(), 'mlgate-bench-registry-'));
try {
  // --- promote / rollback
  const r: Registry = openRegistry(reg.url('bench'), { username: user, password });
  const modelDir = mkdtempSync(join(work, 'm-'));
  const { writeFileSync } = await import('node:fs');
  for (let i = 1; i <= 3; i++) {
    writeFileSync(join(modelDir, 'model.bin'), randomBytes(1 << 20));
    await r.publish('churn', { model: modelDir, who: 'bench' });
  }
  await r.promote('churn', 'production', '1', { who: 'bench' });
  const promote: number[] = [];
  const rollback: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    await r.promote('churn', 'production', String(2 + (i % 2)), { who: 'bench' });
    promote.push(performance.now() - t);
    t = performance.now();
    await r.rollback('churn', 'production', { who: 'bench', why: 'bench' });
    rollback.push(performance.now() - t);
    await r.promote('churn', 'production', '1', { who: 'bench' });
  }

  // --- push throughput
  const file = join(work, 'model.bin');
  const out = createWriteStream(file);
  for (let i = 0; i < MB; i++) if (!out.write(randomBytes(1 << 20))) await new Promise<void>((res) => out.once('drain', () => res()));
  await new Promise<void>((res) => out.end(() => res()));
  const t0 = performance.now();
  const { digest, size } = await hashFile(file);
  const hashMs = performance.now() - t0;

  const base = `http://${reg.host}`;
  const auth = `${user}:${password}`;
  const curlPush = (repo: string): number => {
    const t = performance.now();
    const post = spawnSync('curl', ['-sS', '-f', '-u', auth, '-X', 'POST', '-D', '-', '-o', '/dev/null', `${base}/v2/${repo}/blobs/uploads/`], { encoding: 'utf8' });
    const loc = post.stdout.match(/^location:\s*(\S+)/im)?.[1];
    if (!loc) throw new Error(`curl POST failed: ${post.stderr}`);
    const u = new URL(loc, base);
    u.searchParams.set('digest', digest);
    const put = spawnSync('curl', ['-sS', '-f', '-u', auth, '-X', 'PUT', '-H', 'Content-Type: application/octet-stream', '-T', file, '-o', '/dev/null', u.toString()], { encoding: 'utf8' });
    if (put.status !== 0) throw new Error(`curl PUT failed: ${put.stderr}`);
    return performance.now() - t;
  };
  const mlgatePush = async (repo: string, chunked: boolean): Promise<number> => {
    // The default: one PUT up to 256 MiB; forced chunked: 128 MiB PATCHes (the default above 256 MiB).
    const c = new OciClient({ host: reg.host, scheme: 'http', username: user, password, ...(chunked ? { monolithicMax: 0 } : {}) });
    await c.hasBlob(repo, 'sha256:' + '0'.repeat(64)); // log in first, as curl sends credentials up front
    const t = performance.now();
    await c.putBlob(repo, { digest, size, file });
    return performance.now() - t;
  };
  const times = { curl: [] as number[], monolithic: [] as number[], chunked: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    times.curl.push(curlPush(`curl-${i}`));
    times.monolithic.push(await mlgatePush(`mono-${i}`, false));
    times.chunked.push(await mlgatePush(`chunked-${i}`, true));
  }
  const mbps = (ms: number) => size / 1e6 / (ms / 1000);
  const curlMbps = mbps(median(times.curl));
  const row = (label: string, ms: number) => `| ${label} | ${(ms / 1000).toFixed(2)} s | ${mbps(ms).toFixed(0)} MB/s | ${((mbps(ms) / curlMbps) * 100).toFixed(0)}% |`;
  const curlVersion = spawnSync('curl', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
  console.log(`registry: ${spawnSync('/usr/bin/docker-registry', ['--version'], { encoding: 'utf8' }).stdout.trim()}, loopback, htpasswd auth; node ${process.version}; ${curlVersion}`);
  console.log(`\n| move (median of ${promote.length}) | time | goal |\n|---|---:|---|`);
  console.log(`| promote | ${median(promote).toFixed(0)} ms | < 2000 ms |`);
  console.log(`| rollback | ${median(rollback).toFixed(0)} ms | < 2000 ms |`);
  console.log(`\n| push of a ${MB} MB blob (median of ${RUNS}) | time | throughput | vs curl |\n|---|---:|---:|---:|`);
  console.log(row('curl (POST + PUT -T)', median(times.curl)));
  console.log(row('mlgate, one PUT (the default up to 256 MiB)', median(times.monolithic)));
  console.log(row('mlgate, chunked: 128 MiB PATCHes, resumable (the default above 256 MiB)', median(times.chunked)));
  console.log(`\nsha256 of the ${MB} MB file before the push (mlgate publish does this once): ${(hashMs / 1000).toFixed(2)} s`);
  console.log(`raw: ${JSON.stringify({ promote: promote.map(Math.round), rollback: rollback.map(Math.round), ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map(Math.round)])) })}`);
} finally {
  await reg.stop();
  rmSync(work, { recursive: true, force: true });
}
