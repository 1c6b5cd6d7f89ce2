import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync, truncateSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deploy, FileBackend, openRegistry } from '../src/index.js';
import { modelDir, registryBehaviour, tmp, uniqueName } from './suite.js';

const dir = tmp('mlgate-file-registry-');

function blobFile(digest: string): string {
  return join(dir, 'blobs', 'sha256', digest.slice(7));
}

describe('registry on file://', () => {
  registryBehaviour({
    registry: () => openRegistry(`file://${dir}`),
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

  it('keeps a version immutable even when two processes publish the same number', async () => {
    const r = openRegistry(dir);
    expect(r.backend).toBeInstanceOf(FileBackend);
    const name = uniqueName();
    await r.publish(name, { model: modelDir('one'), version: '2.0.0', who: 'x' });
    const bytes = readFileSync(join(dir, 'models', name, 'versions', '2.0.0.json'));
    await expect(r.backend.putVersion(name, '2.0.0', Buffer.from('{}'), 'sha256:0')).rejects.toThrow(/immutable/);
    expect(readFileSync(join(dir, 'models', name, 'versions', '2.0.0.json')).equals(bytes)).toBe(true);
  });

  it('breaks the lock of a crashed process after 30 s, and catches a tampered manifest', async () => {
    const r = openRegistry(dir);
    const name = uniqueName();
    await r.publish(name, { model: modelDir('lock'), who: 'x' });
    const lock = join(dir, 'models', name, 'locks', 'alias-production.lock');
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, JSON.stringify({ holder: 'crashed', since: '2020-01-01T00:00:00Z' }));
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect((await r.promote(name, 'production', '1', { who: 'x' })).moved).toBe(true);
    expect(existsSync(lock)).toBe(false);
    const m = join(dir, 'models', name, 'versions', '1.json');
    writeFileSync(m, readFileSync(m, 'utf8').replace('"schemaVersion":2', '"schemaVersion": 2'));
    await expect(r.pull(name, 'production', tmp())).rejects.toThrow(/the manifest of .* 1 is corrupt: its sha256 is sha256:[0-9a-f]+, expected sha256:/);
  });

  it('lets exactly one of two processes promote from the same view (O_EXCL lock across processes)', async () => {
    const r = openRegistry(dir);
    const name = uniqueName();
    for (const s of ['pa', 'pb', 'pc']) await r.publish(name, { model: modelDir(s), who: 'x' });
    await r.promote(name, 'production', '1', { who: 'x' });
    const script = resolve(import.meta.dirname, 'promote-child.ts');
    const run = (version: string) =>
      new Promise<{ code: number; out: string }>((res) => {
        const c = spawn(process.execPath, ['--import', 'tsx', script, dir, name, version], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        c.stdout.on('data', (d) => (out += d));
        c.stderr.on('data', (d) => (out += d));
        c.on('close', (code) => res({ code: code ?? -1, out }));
      });
    const [a, b] = await Promise.all([run('2'), run('3')]);
    expect([a.code, b.code].sort()).toEqual([0, 1]);
    const loser = a.code === 1 ? a : b;
    expect(loser.out).toMatch(/expected at 1 but is at [23]|under way/);
    const winner = a.code === 0 ? '2' : '3';
    expect((await r.alias(name, 'production'))?.version).toBe(winner);
    expect((await r.history(name, 'production')).map((e) => e.to.version)).toEqual(['1', winner]);
  });
});

describe('deploy() on file://', () => {
  it('promotes an existing version without a model, refuses rollback mixed with promote, and names the missing work', async () => {
    const r = openRegistry(dir);
    const name = uniqueName();
    await r.publish(name, { model: modelDir('d1'), who: 'x' });
    await r.publish(name, { model: modelDir('d2'), who: 'x' });
    const up = await deploy(r, { name, promote: 'staging', version: '2', who: 'x' });
    expect(up).toMatchObject({ alias: 'staging', previous: null, version: { version: '2' } });
    expect(up.published).toBeUndefined();
    const back = await deploy(r, { name, rollback: 'staging', rollbackTo: '1', who: 'x' });
    expect(back).toMatchObject({ previous: { version: '2' }, version: { version: '1' } });
    await expect(deploy(r, { name, rollback: 'staging', promote: 'staging', who: 'x' })).rejects.toThrow(/rollback cannot be combined/);
    await expect(deploy(r, { name, promote: 'staging', who: 'x' })).rejects.toThrow(/nothing to do/);
  });
});
