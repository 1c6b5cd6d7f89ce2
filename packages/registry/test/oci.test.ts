import { readFileSync, writeFileSync, truncateSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteError } from '@mlgate/core';
import { AliasConflictError, openRegistry, type OciBackend } from '../src/index.js';
import { OciRegistry } from '../../../test/support/oci-registry.js';
import { modelDir, registryBehaviour, tmp, uniqueName } from './suite.js';

const reg = new OciRegistry({ users: { ci: 's3cret-pw' } });
beforeAll(() => reg.start());
afterAll(() => reg.stop());

const creds = { username: 'ci', password: 's3cret-pw' };
/** Small chunks so that the 3 MB files of the suite go up in a chunked upload. */
const open = () => openRegistry(reg.url('ml/models'), { ...creds, oci: { monolithicMax: 1 << 20, chunkSize: 1 << 20, settleMs: 100 } });

function blobFile(digest: string): string {
  const hex = digest.slice(7);
  return join(reg.dir, 'storage', 'docker', 'registry', 'v2', 'blobs', 'sha256', hex.slice(0, 2), hex, 'data');
}

describe('registry on oci:// (a real distribution registry on loopback, htpasswd auth)', () => {
  registryBehaviour({
    registry: open,
    concurrent: true,
    corrupt: (digest, how) => {
      const f = blobFile(digest);
      if (how === 'truncate') truncateSync(f, 1000);
      else {
        const b = readFileSync(f);
        b[b.length >> 1] ^= 0xff;
        writeFileSync(f, b);
      }
    },
  });

  it('stores a version as an OCI artifact: model files as blobs, lineage as the config, versions and aliases as tags, history in the registry', async () => {
    const r = open();
    const name = uniqueName();
    const p = await r.publish(name, { model: modelDir('layout'), who: 'ci', source: { commit: 'deadbeef' } });
    await r.promote(name, 'production', p.version, { who: 'ci', why: 'ship' });
    const client = (r.backend as OciBackend).client;
    const repo = `ml/models/${name}`;
    expect((await client.tags(repo)).sort()).toEqual(['mlgate.history.production', 'mlgate.lease.alias.production', 'mlgate.lease.publish', 'production', 'v1']);
    const m = JSON.parse((await client.getManifest(repo, 'production'))!.bytes.toString('utf8'));
    expect(m).toMatchObject({ mediaType: 'application/vnd.oci.image.manifest.v1+json', artifactType: 'application/vnd.mlgate.model.v1', config: { mediaType: 'application/vnd.mlgate.model.config.v1+json' } });
    expect(m.layers.map((l: { annotations: Record<string, string> }) => l.annotations['org.opencontainers.image.title'])).toEqual(['model.bin', 'params.json', 'tokenizer/vocab.txt']);
    expect(m.annotations['org.opencontainers.image.revision']).toBe('deadbeef');
    expect(await client.headManifest(repo, 'production')).toBe(p.digest);
    // A tag pushed by another tool is not taken for an alias.
    const foreign = (await client.getManifest(repo, 'mlgate.history.production'))!.bytes;
    await client.putManifest(repo, 'latest', foreign, 'application/vnd.oci.image.manifest.v1+json');
    expect(Object.keys(await r.aliases(name))).toEqual(['production']);
    // The history survives in the registry itself: a fresh client reads it back.
    const h = await open().history(name, 'production');
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ to: { version: '1', digest: p.digest }, who: 'ci', why: 'ship' });
  });

  it('a held lease makes a concurrent move wait, then fail naming the holder; an expired lease is taken over', async () => {
    const r = open();
    const name = uniqueName();
    await r.publish(name, { model: modelDir('l1'), who: 'ci' });
    const holder = openRegistry(reg.url('ml/models'), { ...creds, oci: { settleMs: 100, leaseMs: 1500 } });
    let release!: () => void;
    const held = new Promise<void>((res) => (release = res));
    const holding = holder.backend.withLock(name, 'alias.production', 'release-bot', 1000, () => held);
    await new Promise((res) => setTimeout(res, 400));
    const err = (await r.promote(name, 'production', '1', { who: 'ci', waitMs: 300 }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/another move is under way \(held by release-bot since .*\); nothing was changed/);
    expect(await r.alias(name, 'production')).toBeUndefined();
    // The holder dies without releasing: once its lease expires (1.5 s), the next move goes through.
    await new Promise((res) => setTimeout(res, 1300));
    expect((await r.promote(name, 'production', '1', { who: 'ci' })).moved).toBe(true);
    release();
    await holding;
  });

  it('a lease taken over by a contender whose write arrived late: the promotion that lost it writes nothing', async () => {
    const name = uniqueName();
    await open().publish(name, { model: modelDir('t1'), who: 'ci' });
    const r = openRegistry(reg.url('ml/models'), { ...creds, oci: { settleMs: 50 } });
    // the late contender's lease lands after our settle, while we decide (here: as we read the alias's history, under the lock)
    const takeover = async () => {
      const late = openRegistry(reg.url('ml/models'), creds).backend as unknown as { putLease(n: string, tag: string, lease: object): Promise<string> };
      const since = new Date();
      await late.putLease(name, 'mlgate.lease.alias.production', { schema: 'mlgate/lease@1', key: 'alias.production', owner: 'late', holder: 'late-bot', since: since.toISOString(), expires: new Date(since.getTime() + 30_000).toISOString(), state: 'held' });
    };
    const readHistory = r.backend.readHistory.bind(r.backend);
    r.backend.readHistory = async (n: string, a: string) => {
      await takeover();
      return readHistory(n, a);
    };
    const err = (await r.promote(name, 'production', '1', { who: 'ci' }).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(AliasConflictError);
    expect(err.message).toMatch(/another move is under way \(held by late-bot since .*\); nothing was changed/);
    expect(await open().alias(name, 'production')).toBeUndefined();
    expect(await open().history(name, 'production')).toEqual([]);
  });

  it('says a wrong password is wrong, without the password', async () => {
    const r = openRegistry(reg.url('ml/models'), { username: 'ci', password: 'wrong-Pa55word' });
    const err = (await r.versions(uniqueName()).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(RemoteError);
    expect(err.message).toMatch(/refused the credentials of user "ci" \(401 .*check registry-username and registry-password/);
    expect(err.message).not.toContain('wrong-Pa55word');
    const anon = (await openRegistry(reg.url('ml/models')).versions('x').catch((e: unknown) => e)) as Error;
    expect(anon.message).toMatch(/requires a username and password/);
  });

  it('resumes a chunked upload after a dropped connection, or starts it again when the registry lost the half-written chunk', async () => {
    // A proxy in front of the registry: it drops the 3rd PATCH before forwarding a byte (the registry
    // still knows the offset: resume) and cuts the 6th after half its bytes (distribution then
    // invalidates the session: start again).
    let patches = 0;
    const proxy = createServer((req, res) => {
      const n = req.method === 'PATCH' ? ++patches : 0;
      if (n === 3) {
        req.resume();
        req.on('end', () => req.socket.destroy());
        return;
      }
      const cut = n === 6;
      const up = httpRequest({ host: '127.0.0.1', port: reg.port, method: req.method, path: req.url, headers: req.headers }, (ur) => {
        res.writeHead(ur.statusCode ?? 502, ur.headers);
        ur.pipe(res);
      });
      up.on('error', () => res.destroy());
      if (!cut) return void req.pipe(up);
      const half = Number(req.headers['content-length']) / 2;
      let seen = 0;
      req.on('data', (c: Buffer) => {
        if (seen < half) up.write(c.subarray(0, Math.max(0, Math.min(c.length, half - seen))));
        seen += c.length;
        if (seen >= half) {
          up.destroy();
          req.socket.destroy();
        }
      });
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const port = (proxy.address() as AddressInfo).port;
      const r = openRegistry(`oci://127.0.0.1:${port}/ml/models`, { ...creds, oci: { monolithicMax: 1 << 20, chunkSize: 1 << 20, settleMs: 100 } });
      const name = uniqueName();
      const src = modelDir('resume', 4_500_000);
      const p = await r.publish(name, { model: src, who: 'ci' });
      expect((r.backend as OciBackend).client.stats).toEqual({ resumes: 1, restarts: 1 });
      expect(patches).toBeGreaterThan(6);
      const dest = tmp();
      await open().pull(name, p.version, dest);
      expect(readFileSync(join(dest, 'model.bin')).equals(readFileSync(join(src, 'model.bin')))).toBe(true);
    } finally {
      proxy.closeAllConnections();
      await new Promise<void>((r) => proxy.close(() => r()));
    }
  });

});
