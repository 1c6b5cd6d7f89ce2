/**
 * bench/registry/stores: the s3:// and azblob:// registries on their test servers (s3rver behind the
 * conditional-write proxy, Azurite), on loopback:
 *   (1) promote and rollback time per backend (goal: under 2 s each);
 *   (2) pushing a model file of MB megabytes (default 200): mlgate's blob upload, and mlgate publish
 *       (sha256 + upload + manifest), beside the raw SDK upload of the same file with the SDK's
 *       defaults (`@aws-sdk/lib-storage` Upload; `@azure/storage-blob` uploadFile). Goal: ≥ 70% of
 *       the raw SDK's rate.
 * Rounds alternate the order of the contenders; each line gives the min and median and the 1-minute
 * load average seen at each round (figures from a loaded machine are not comparable).
 * Run: node --import tsx bench/registry/stores.ts [MB]   (RUNS=5 by default)
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { BlobServiceClient } from '@azure/storage-blob';
import { hashFile, openRegistry, type Registry } from '../../packages/registry/src/index.js';
import { AzuriteServer, S3Server } from '../../test/support/object-stores.js';

const MB = Number(process.argv[2] ?? 200);
const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const min = (xs: number[]) => Math.min(...xs);
const time = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

const s3 = await new S3Server('bench').start();
const azurite = await new AzuriteServer(['bench']).start();
Object.assign(process.env, s3.env(), { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString() });
const work = mkdtempSync(join(tmpdir(), 'mlgate-bench-stores-'));

interface Backend {
  label: string;
  url: string;
  raw: (file: string, key: string) => Promise<unknown>;
}
const s3client = new S3Client({ region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true });
const container = BlobServiceClient.fromConnectionString(azurite.connectionString()).getContainerClient('bench');
const backends: Backend[] = [
  { label: 's3 (s3rver)', url: 's3://bench/registry', raw: (file, key) => new Upload({ client: s3client, params: { Bucket: 'bench', Key: `raw/${key}`, Body: createReadStream(file) } }).done() },
  { label: 'azblob (Azurite)', url: `azblob://${AzuriteServer.account}/bench/registry`, raw: (file, key) => container.getBlockBlobClient(`raw/${key}`).uploadFile(file) },
];

try {
  const file = join(work, 'model.bin');
  const out = createWriteStream(file);
  for (let i = 0; i < MB; i++) if (!out.write(randomBytes(1 << 20))) await new Promise<void>((res) => out.once('drain', () => res()));
  await new Promise<void>((res) => out.end(() => res()));
  const blob = await hashFile(file);
  const modelDir = mkdtempSync(join(work, 'm-'));

  console.log(`node ${process.version}; ${MB} MB file; ${RUNS} rounds, contenders in rotated order; load average (1 min) per round in brackets\n`);
  console.log('| backend | contender | min | median | MB/s (median) | vs raw SDK | load per round |\n|---|---|---:|---:|---:|---:|---|');
  for (const b of backends) {
    // --- promote / rollback
    const r: Registry = openRegistry(b.url);
    const name = `churn-${Date.now().toString(36)}`;
    for (let i = 1; i <= 3; i++) {
      writeFileSync(join(modelDir, 'model.bin'), randomBytes(1 << 20));
      await r.publish(name, { model: modelDir, who: 'bench' });
    }
    await r.promote(name, 'production', '1', { who: 'bench' });
    const moves = { promote: [] as number[], rollback: [] as number[] };
    const moveLoad: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      moveLoad.push(loadavg()[0]!);
      moves.promote.push(await time(() => r.promote(name, 'production', String(2 + (i % 2)), { who: 'bench' })));
      moves.rollback.push(await time(() => r.rollback(name, 'production', { who: 'bench', why: 'bench' })));
      await r.promote(name, 'production', '1', { who: 'bench' });
    }
    const load = (xs: number[]) => xs.map((l) => l.toFixed(1)).join(' ');
    for (const [k, v] of Object.entries(moves)) console.log(`| ${b.label} | ${k} (goal < 2000 ms) | ${min(v).toFixed(0)} ms | ${median(v).toFixed(0)} ms | | | ${load(moveLoad)} |`);

    // --- push: raw SDK, mlgate's blob upload, mlgate publish; rotated each round
    const contenders: Record<string, (round: number) => Promise<unknown>> = {
      'raw SDK upload': (round) => b.raw(file, `${name}-${round}`),
      'mlgate blob upload': (round) => openRegistry(b.url).backend.putBlob(`${name}-blob-${round}`, { ...blob, file }),
      'mlgate publish (sha256 + upload + manifest)': (round) => openRegistry(b.url).publish(`${name}-pub-${round}`, { model: file, who: 'bench' }),
    };
    const names = Object.keys(contenders);
    const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const pushLoad: number[] = [];
    for (let round = 0; round < RUNS; round++) {
      pushLoad.push(loadavg()[0]!);
      for (let j = 0; j < names.length; j++) {
        const n = names[(round + j) % names.length]!;
        times[n]!.push(await time(() => contenders[n]!(round)));
      }
    }
    const mbps = (ms: number) => blob.size / 1e6 / (ms / 1000);
    const rawRate = mbps(median(times['raw SDK upload']!));
    for (const n of names) {
      const v = times[n]!;
      console.log(`| ${b.label} | ${n} | ${(min(v) / 1000).toFixed(2)} s | ${(median(v) / 1000).toFixed(2)} s | ${mbps(median(v)).toFixed(0)} | ${((mbps(median(v)) / rawRate) * 100).toFixed(0)}% | ${load(pushLoad)} |`);
    }
  }
} finally {
  await Promise.all([s3.stop(), azurite.stop()]);
  rmSync(work, { recursive: true, force: true });
}
