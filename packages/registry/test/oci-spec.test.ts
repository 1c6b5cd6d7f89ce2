import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_DESCRIPTOR, openRegistry, sha256, type ImageManifest, type OciBackend } from '../src/index.js';
import { OciRegistry } from '../../../test/support/oci-registry.js';
import { manifestErrors } from './oci-schema.js';
import { modelDir, tmp, uniqueName } from './suite.js';

const run = promisify(execFile);
const SKOPEO = '/usr/bin/skopeo';
const reg = new OciRegistry();
beforeAll(() => reg.start());
afterAll(() => reg.stop());
const open = () => openRegistry(reg.url('ml'), { oci: { settleMs: 50 } });

function report(tool: string): string {
  const d = tmp();
  writeFileSync(join(d, 'report.json'), JSON.stringify({ schema: 'mlgate/report@1', tool, status: 'pass', headline: `${tool} ok`, checks: [] }));
  return join(d, 'report.json');
}

describe('manifests on the wire (oci://, a real distribution registry)', () => {
  it('every manifest mlgate writes — versions, aliases, lease and history — conforms to image-spec v1.1.1', async () => {
    const r = open();
    const name = uniqueName();
    await r.publish(name, { model: modelDir(name), who: 'ci', source: { repositoryUrl: 'https://github.com/acme/churn', commit: 'abc' }, attachments: [{ role: 'evaluation', file: report('eval-gate') }] });
    await r.publish(name, { model: modelDir(`${name}-2`), who: 'ci' });
    await r.promote(name, 'production', '1', { who: 'ci' });
    await r.promote(name, 'production', '2', { who: 'ci' });
    await r.rollback(name, 'production', { who: 'ci' });
    await r.promote(name, 'staging', '2', { who: 'ci' });
    const client = (r.backend as OciBackend).client;
    const repo = `ml/${name}`;
    const tags = (await client.tags(repo)).sort();
    expect(tags).toEqual(['mlgate.history.production', 'mlgate.history.staging', 'mlgate.lease.alias.production', 'mlgate.lease.alias.staging', 'mlgate.lease.publish', 'production', 'staging', 'v1', 'v2']);
    for (const tag of tags) {
      const m = JSON.parse((await client.getManifest(repo, tag))!.bytes.toString('utf8')) as ImageManifest;
      expect(manifestErrors(m), tag).toEqual([]);
      expect(m.layers.length, tag).toBeGreaterThan(0);
      if (tag.startsWith('mlgate.')) expect(m.layers, tag).toEqual([EMPTY_DESCRIPTOR]);
    }
    expect(await client.hasBlob(repo, EMPTY_DESCRIPTOR.digest)).toBe(true);
  });

  it('an independent client (skopeo) reads a version back: the same manifest, layer digests and file bytes', async () => {
    const r = open();
    const name = uniqueName();
    const src = modelDir(name, 1_500_000);
    const p = await r.publish(name, { model: src, who: 'ci', attachments: [{ role: 'evaluation', file: report('eval-gate') }] });
    await r.promote(name, 'production', p.version, { who: 'ci' });
    const ref = (tag: string) => `docker://${reg.host}/ml/${name}:${tag}`;
    for (const tag of ['v1', 'production']) {
      const raw = (await run(SKOPEO, ['inspect', '--raw', '--tls-verify=false', ref(tag)], { encoding: 'buffer' })).stdout as Buffer;
      expect(sha256(raw), tag).toBe(p.digest);
    }
    const out = join(tmp(), 'copy');
    await run(SKOPEO, ['copy', '--src-tls-verify=false', ref('production'), `dir:${out}`]);
    const manifest = readFileSync(join(out, 'manifest.json'));
    expect(sha256(manifest)).toBe(p.digest);
    const m = JSON.parse(manifest.toString('utf8')) as ImageManifest;
    expect(m.layers.map((l) => l.digest)).toEqual(p.manifest.layers.map((l) => l.digest));
    for (const l of m.layers) {
      const blob = readFileSync(join(out, l.digest.slice(7)));
      expect(sha256(blob)).toBe(l.digest);
      const title = l.annotations!['org.opencontainers.image.title']!;
      if (!title.startsWith('.mlgate/')) expect(blob.equals(readFileSync(join(src, title))), title).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(out, m.layers.at(-1)!.digest.slice(7)), 'utf8'))).toMatchObject({ tool: 'eval-gate' });
    expect(readdirSync(out)).toContain(m.config.digest.slice(7));
  });

  it('reads and moves on from a history and a lease written by earlier mlgate (layers: [])', async () => {
    const r = open();
    const name = uniqueName();
    await r.publish(name, { model: modelDir(name), who: 'ci' });
    const two = await r.publish(name, { model: modelDir(`${name}-2`), who: 'ci' });
    const one = await r.resolve(name, '1');
    const client = (r.backend as OciBackend).client;
    const repo = `ml/${name}`;
    // What earlier mlgate left in a registry: the alias at 1, its history as a manifest without layers, a released lease.
    await client.putManifest(repo, 'production', Buffer.from(JSON.stringify(one.manifest)), 'application/vnd.oci.image.manifest.v1+json');
    const history = Buffer.from(JSON.stringify({ schema: 'mlgate/alias-history@1', alias: 'production', events: [{ alias: 'production', action: 'promote', from: null, to: { version: '1', digest: one.digest }, who: 'old', when: '2026-01-01T00:00:00.000Z', why: 'first' }] }));
    await client.putBlob(repo, { digest: sha256(history), size: history.length, bytes: history });
    const oldShape = (artifactType: string, config: object, annotations?: object) => Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', artifactType, config, layers: [], ...(annotations ? { annotations } : {}) }));
    await client.putManifest(repo, 'mlgate.history.production', oldShape('application/vnd.mlgate.alias-history.v1', { mediaType: 'application/vnd.mlgate.alias-history.v1+json', digest: sha256(history), size: history.length }), 'application/vnd.oci.image.manifest.v1+json');
    await client.putBlob(repo, { digest: EMPTY_DESCRIPTOR.digest, size: 2, bytes: Buffer.from('{}') });
    const { data: _d, ...empty } = EMPTY_DESCRIPTOR;
    const lease = { schema: 'mlgate/lease@1', key: 'alias.production', owner: 'x', holder: 'old', since: '2026-01-01T00:00:00.000Z', expires: '2026-01-01T00:00:00.000Z', state: 'released' };
    await client.putManifest(repo, 'mlgate.lease.alias.production', oldShape('application/vnd.mlgate.lease.v1', empty, { 'vnd.mlgate.lease': JSON.stringify(lease) }), 'application/vnd.oci.image.manifest.v1+json');

    expect((await r.history(name, 'production')).map((e) => e.who)).toEqual(['old']);
    expect((await r.promote(name, 'production', '2', { who: 'new' })).to.digest).toBe(two.digest);
    expect((await r.rollback(name, 'production', { who: 'new' })).to).toEqual({ version: '1', digest: one.digest });
    expect((await r.history(name, 'production')).map((e) => `${e.who}:${e.to.version}`)).toEqual(['old:1', 'new:2', 'new:1']);
    for (const tag of ['mlgate.history.production', 'mlgate.lease.alias.production']) expect(manifestErrors(JSON.parse((await client.getManifest(repo, tag))!.bytes.toString('utf8'))), tag).toEqual([]);
  });
});
