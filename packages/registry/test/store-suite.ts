import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { RemoteError } from '@mlgate/core';
import { AliasConflictError, deploy, type ObjectStoreBackend, type OpenOptions, type Registry } from '../src/index.js';
import { modelDir, registryBehaviour, uniqueName } from './suite.js';

export interface StoreEnv {
  /** The registry URL under test, e.g. `s3://models/ml/registry`. */
  url: string;
  open: (opts?: OpenOptions) => Registry;
  /** The key prefix of the registry inside the bucket or container. */
  prefix: string;
  /** The raw SDK: read, write and list objects by full key, bypassing mlgate. */
  read: (key: string) => Promise<Buffer>;
  write: (key: string, bytes: Buffer) => Promise<void>;
  keys: (prefix: string) => Promise<string[]>;
  /** How many conditional writes the store refused so far, where the test can see it. */
  refused?: () => number;
  /**
   * A store of its own for the store-crash test: same URL, its endpoint set by `use()`. Left out for
   * Azurite, which keeps its metadata in memory until it saves it: killed, it forgets containers
   * (Azure does not).
   */
  crashStore?: () => Promise<{ use: () => () => void; kill: () => Promise<void>; start: () => Promise<unknown>; stop: () => Promise<void> }>;
  /** What the error of a push cut off by a dead store says (with `crashStore`). */
  unreachable?: RegExp;
}

/** The shared backend suite plus what every object-store backend must show (S3 and Azure Blob). */
export function objectStoreBehaviour(env: StoreEnv): void {
  registryBehaviour({
    registry: () => env.open(),
    concurrent: true,
    corrupt: async (digest, how, name) => {
      const key = `${env.prefix}/${name}/blobs/sha256/${digest.slice(7)}`;
      const b = await env.read(key);
      if (how === 'flip') b[b.length >> 1] ^= 0xff;
      await env.write(key, how === 'truncate' ? b.subarray(0, 1000) : b);
    },
  });

  it('lays a model out for a person to browse: blobs by digest, versions/N/{lineage,manifest}.json, aliases/<alias>.json, history/<alias>.jsonl', async () => {
    const r = env.open();
    const name = uniqueName();
    const p = await r.publish(name, { model: modelDir('layout'), who: 'ci', source: { commit: 'deadbeef' } });
    await r.promote(name, 'production', p.version, { who: 'ci', why: 'ship' });
    const base = `${env.prefix}/${name}/`;
    const keys = (await env.keys(base)).map((k) => k.slice(base.length)).sort();
    const blobs = [...p.lineage.files.map((f) => f.digest), p.manifest.config.digest].map((d) => `blobs/sha256/${d.slice(7)}`);
    expect(keys).toEqual([...blobs, 'aliases/production.json', 'history/production.jsonl', 'locks/alias.production.json', 'locks/publish.json', 'versions/1/lineage.json', 'versions/1/manifest.json'].sort());
    expect(JSON.parse((await env.read(`${base}aliases/production.json`)).toString())).toEqual({ version: '1', digest: p.digest });
    expect(JSON.parse((await env.read(`${base}versions/1/lineage.json`)).toString())).toMatchObject({ name, version: '1', source: { commit: 'deadbeef' } });
    expect(JSON.parse((await env.read(`${base}history/production.jsonl`)).toString())).toMatchObject({ action: 'promote', to: { version: '1' }, why: 'ship' });
    expect((await env.read(`${base}versions/1/manifest.json`)).equals(Buffer.from(JSON.stringify(p.manifest)))).toBe(true);
    expect(await env.open().models()).toContain(name);
  });

  it('moves an alias only by compare-and-swap on its ETag: a write by another client in between is refused and nothing changes', async () => {
    const r = env.open();
    const name = uniqueName();
    for (const s of ['e1', 'e2', 'e3']) await r.publish(name, { model: modelDir(s), who: 'ci' });
    await r.promote(name, 'production', '1', { who: 'ci' });
    const b = r.backend as ObjectStoreBackend;
    expect((await b.getAlias(name, 'production'))?.version).toBe('1');
    // Another writer (a promoter whose lease was taken over as expired, or a person) moves it meanwhile.
    await env.open().promote(name, 'production', '2', { who: 'other' });
    const before = env.refused?.();
    await expect(b.setAlias(name, 'production', { version: '3', digest: (await r.resolve(name, '3')).digest })).rejects.toBeInstanceOf(AliasConflictError);
    if (before !== undefined) expect(env.refused!()).toBe(before + 1);
    expect((await r.alias(name, 'production'))?.version).toBe('2');
    // A version is created once: a second manifest under the same number is refused (If-None-Match: *).
    const lineage = await env.read(`${env.prefix}/${name}/versions/1/lineage.json`);
    await expect(b.putVersion(name, '1', Buffer.from('{}'), 'sha256:0')).rejects.toThrow(/version 1 of .* already exists .* immutable/);
    await expect(b.putVersion(name, '1', Buffer.from('{}'), 'sha256:0', Buffer.from('{"other":true}'))).rejects.toThrow(/version 1 of .* already exists .* immutable/);
    expect((await env.read(`${env.prefix}/${name}/versions/1/lineage.json`)).equals(lineage)).toBe(true);
    expect((await r.resolve(name, '1')).version).toBe('1');
  });

  it('of two registries (two processes) promoting from the same view at once, exactly one wins', async () => {
    const name = uniqueName();
    const r = env.open();
    for (const s of ['t1', 't2', 't3']) await r.publish(name, { model: modelDir(s), who: 'ci' });
    await r.promote(name, 'production', '1', { who: 'ci' });
    const results = await Promise.allSettled([env.open().promote(name, 'production', '2', { who: 'one', expect: '1' }), env.open().promote(name, 'production', '3', { who: 'two', expect: '1' })]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((x) => x.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(AliasConflictError);
    expect((await r.history(name, 'production')).length).toBe(2);
  });

  it('takes over a lease left by a crashed holder once it expires, names a live holder, and the late holder releases nothing', async () => {
    const name = uniqueName();
    const r = env.open({ store: { leaseMs: 1200 } });
    await r.publish(name, { model: modelDir('lease'), who: 'ci' });
    let release!: () => void;
    const holding = r.backend.withLock(name, 'alias.production', 'release-bot', 1000, () => new Promise<void>((res) => (release = res)));
    await new Promise((res) => setTimeout(res, 200));
    const err = (await r.promote(name, 'production', '1', { who: 'ci', waitMs: 300 }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/another move is under way \(held by release-bot since .*\); nothing was changed/);
    await new Promise((res) => setTimeout(res, 1200));
    expect((await r.promote(name, 'production', '1', { who: 'ci' })).moved).toBe(true);
    release();
    await holding;
    expect(JSON.parse((await env.read(`${env.prefix}/${name}/locks/alias.production.json`)).toString())).toMatchObject({ holder: 'ci', state: 'released' });
  });

  it('a deploy process killed in the middle of a push leaves no version visible and no alias moved; a retry completes', async () => {
    const name = uniqueName();
    await deploy(env.open(), { name, model: modelDir('first'), promote: 'production', who: 'ci' });
    const big = modelDir('killed', 24_000_000);
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'deploy-child.ts'), env.url, name, big], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    let killedAt = -1;
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      const sent = [...out.matchAll(/sent (\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const).find(([s, n]) => n === 24_000_000 && s >= 5 << 20 && s < n);
      if (sent && killedAt < 0) {
        killedAt = sent[0];
        child.kill('SIGKILL');
      }
    });
    const code = await new Promise<string | null>((res) => child.on('close', (_c, sig) => res(sig)));
    expect(code, out).toBe('SIGKILL');
    expect(killedAt).toBeGreaterThan(0);
    expect(await env.open().versions(name)).toEqual(['1']);
    expect((await env.open().alias(name, 'production'))?.version).toBe('1');
    const again = await deploy(env.open(), { name, model: big, promote: 'production', who: 'ci' });
    expect(again.version.version).toBe('2');
    expect((await env.open().history(name, 'production')).map((e) => e.to.version)).toEqual(['1', '2']);
  });

  if (env.crashStore) it('a store killed in the middle of a push leaves no version visible and every alias where it was; a retry completes', async () => {
    const own = await env.crashStore!();
    const restore = own.use();
    try {
      const name = uniqueName();
      await deploy(env.open(), { name, model: modelDir('stable'), promote: 'production', who: 'ci' });
      const big = modelDir('big', 24_000_000);
      let killed = false;
      const err = (await deploy(env.open(), {
        name,
        model: big,
        promote: 'production',
        who: 'ci',
        progress: (p) => {
          if (!killed && p.sent >= 5 << 20 && p.sent < p.size) {
            killed = true;
            void own.kill();
          }
        },
      }).catch((e: unknown) => e)) as Error;
      expect(killed).toBe(true);
      expect(err).toBeInstanceOf(RemoteError);
      expect(err.message).toMatch(env.unreachable!);
      expect(err.message).toMatch(/; nothing was promoted: production is still at 1 \(sha256:/);
      await own.start();
      expect(await env.open().versions(name)).toEqual(['1']);
      expect((await env.open().alias(name, 'production'))?.version).toBe('1');
      const again = await deploy(env.open(), { name, model: big, promote: 'production', who: 'ci' });
      expect(again.version.version).toBe('2');
      expect((await env.open().history(name, 'production')).map((e) => e.to.version)).toEqual(['1', '2']);
    } finally {
      restore();
      await own.stop();
    }
  });
}
