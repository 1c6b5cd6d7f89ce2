import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { ConfigurationError } from '@mlgate/core';
import { AliasConflictError, deploy, diffVersions, hashFile, renderDeploy, renderDiff, sha256, type Registry } from '../src/index.js';
import { manifestErrors } from './oci-schema.js';

export function tmp(prefix = 'mlgate-reg-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A model directory with a binary weight file, a nested file and a small JSON file. */
export function modelDir(seed: string, size = 200_000): string {
  const d = tmp('mlgate-model-');
  mkdirSync(join(d, 'tokenizer'));
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed.charCodeAt(i % seed.length)) & 0xff;
  writeFileSync(join(d, 'model.bin'), bytes);
  writeFileSync(join(d, 'tokenizer', 'vocab.txt'), `vocab of ${seed}\n`);
  writeFileSync(join(d, 'params.json'), JSON.stringify({ seed }));
  return d;
}

export function listFiles(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, base), { withFileTypes: true })) {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

let counter = 0;
/** A fresh model name per test, so tests share one registry. */
export function uniqueName(): string {
  return `m${Date.now().toString(36)}-${counter++}-${randomBytes(2).toString('hex')}`;
}

export interface SuiteEnv {
  registry: () => Registry;
  /** Overwrite (or cut short) the stored bytes of a blob of model `name`. */
  corrupt: (digest: string, how: 'flip' | 'truncate', name: string) => void | Promise<void>;
  /** Run the tests at the same time (each has its own model): network-bound backends finish sooner. */
  concurrent?: boolean;
}

/** The behaviour every backend must show, run against each of them. */
export function registryBehaviour(env: SuiteEnv): void {
  const who = 'tester';
  const it = env.concurrent ? test.concurrent : test;

  it('publishes versions in sequence, a given semver, and the same files as the same version', async () => {
    const r = env.registry();
    const name = uniqueName();
    const a = await r.publish(name, { model: modelDir('a'), who, source: { commit: 'abc123', repository: 'acme/churn' } });
    expect(a.version).toBe('1');
    expect(a.created).toBe(true);
    expect(a.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.lineage.files.map((f) => f.path)).toEqual(['model.bin', 'params.json', 'tokenizer/vocab.txt']);
    expect(a.lineage.source.commit).toBe('abc123');
    const b = await r.publish(name, { model: modelDir('b'), who });
    expect(b.version).toBe('2');
    const again = await r.publish(name, { model: modelDir('a'), who });
    expect(again).toMatchObject({ version: '1', digest: a.digest, created: false });
    const s = await r.publish(name, { model: modelDir('c'), version: '1.4.0', who });
    expect(s.version).toBe('1.4.0');
    await expect(r.publish(name, { model: modelDir('d'), version: '1.4.0', who })).rejects.toThrow(/1\.4\.0 .*already exists.*immutable/);
    expect(await r.versions(name)).toEqual(['1', '2', '1.4.0']);
    const shown = await r.resolve(name, '2');
    expect(shown.digest).toBe(b.digest);
  });

  it('pulls byte-identical files and verifies the manifest digest an alias records', async () => {
    const r = env.registry();
    const name = uniqueName();
    const src = modelDir('pull', 3_000_000);
    const p = await r.publish(name, { model: src, who });
    await r.promote(name, 'staging', p.version, { who });
    const dest = tmp();
    const got = await r.pull(name, 'staging', dest);
    expect(got.digest).toBe(p.digest);
    expect(listFiles(dest)).toEqual(listFiles(src));
    for (const f of listFiles(src)) expect(readFileSync(join(dest, f)).equals(readFileSync(join(src, f)))).toBe(true);
  });

  it('keeps reports with a version and reads them back verified', async () => {
    const r = env.registry();
    const name = uniqueName();
    const dir = tmp();
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ schema: 'mlgate/report@1', tool: 'eval-gate', name: 'churn', status: 'pass', headline: 'roc_auc 0.91', checks: [] }));
    const p = await r.publish(name, { model: modelDir('att'), who, attachments: [{ role: 'evaluation', file: join(dir, 'report.json') }] });
    expect(p.lineage.attachments[0]).toMatchObject({ role: 'evaluation', tool: 'eval-gate', status: 'pass', headline: 'roc_auc 0.91' });
    const report = (await r.attachment(name, await r.resolve(name, p.version), 'evaluation')) as { headline: string };
    expect(report.headline).toBe('roc_auc 0.91');
  });

  it('copies an eval-gate override into the lineage: why a model that failed its gate reached production', async () => {
    const r = env.registry();
    const name = uniqueName();
    const dir = tmp();
    const override = { by: 'mia', permission: 'maintain', at: '2026-12-05T10:00:00Z', reason: 'relabelled benign set', via: 'comment', commit: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', rules: ['roc_auc'], url: 'https://github.com/acme/churn/pull/40#issuecomment-7' };
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ schema: 'mlgate/report@1', tool: 'eval-gate', name: 'churn', status: 'pass', headline: 'overridden by @mia: failed on roc_auc', checks: [], override }));
    const p = await r.publish(name, { model: modelDir('ovr'), who, attachments: [{ role: 'evaluation', file: join(dir, 'report.json') }] });
    expect(p.lineage.attachments[0]!.override).toEqual(override);
    const again = await r.resolve(name, p.version);
    expect(again.lineage.attachments[0]!.override).toEqual(override);
    const md = renderDeploy({ model: name, registry: 'file:///r', version: p.version, digest: p.digest, action: 'publish', lineage: p.lineage }, 'pass');
    expect(md).toContain('| ⚠️ gate overridden | by @mia (maintain) via comment at 2026-12-05T10&#58;00&#58;00Z for <code>c0ffee00c0ff</code>: relabelled benign set (rules: <code>roc&#95;auc</code>) |');
    // a malformed override is not copied
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ tool: 'eval-gate', status: 'pass', override: { by: 'x' } }));
    const q = await r.publish(uniqueName(), { model: modelDir('ovr2'), who, attachments: [{ role: 'evaluation', file: join(dir, 'bad.json') }] });
    expect(q.lineage.attachments[0]!.override).toBeUndefined();
  });

  it('records the data a version was trained on (files, globs, .dvc files, dvc.lock as DVC wrote them) and diffs two versions', async () => {
    const r = env.registry();
    const name = uniqueName();
    const d = tmp('mlgate-data-');
    mkdirSync(join(d, 'train'));
    writeFileSync(join(d, 'train', 'a.csv'), 'x,y\n1,0\n');
    writeFileSync(join(d, 'train', 'b.csv'), 'x,y\n2,1\n');
    writeFileSync(join(d, 'eval.csv'), 'x,y\n3,1\n');
    const fixtures = join(import.meta.dirname, 'fixtures', 'dvc');
    const a = await r.publish(name, { model: modelDir('data-a'), who, source: { commit: 'aaa111' }, data: [join(d, 'train', '*.csv'), join(d, 'eval.csv'), join(fixtures, 'dvc.lock')] });
    const data = a.lineage.data!;
    expect(data.files.map((f) => f.path)).toEqual([`${d}/eval.csv`, `${d}/train/a.csv`, `${d}/train/b.csv`]);
    expect(data.files[1]).toMatchObject({ size: 8, digest: sha256('x,y\n1,0\n') });
    // DVC's paths and hashes as DVC wrote them, every stage's deps and outs
    expect(data.dvc.map((x) => `${x.stage}:${x.kind}:${x.path}:${x.md5}`)).toEqual([
      'prepare:dep:data/data.xml:22a1a2931c8370d3aeedd7183606fd7f',
      'prepare:dep:src/prepare.py:f09ea0c15980b43010257ccb9f0055e2',
      'prepare:out:data/prepared:153aad06d376b6595932470e459ef42a.dir',
      'train:dep:data/features:f35d4cc2c552ac959ae602162b8543f3.dir',
      'train:out:model.pkl:4ad2aa3a4a0a0c4d6f8a1e3d6a1f0c51',
    ]);
    expect(data.dvc[2]).toMatchObject({ hash: 'md5', size: 8437363, nfiles: 2 });
    // read back from the registry, verified like any lineage
    expect((await r.resolve(name, a.version)).lineage.data).toEqual(data);

    // the same weights recorded as trained on other data are a new version
    writeFileSync(join(d, 'train', 'b.csv'), 'x,y\n2,0\n');
    const report = join(d, 'report.json');
    writeFileSync(report, JSON.stringify({ tool: 'eval-gate', status: 'pass', data: { metrics: [{ name: 'roc_auc', candidate: 0.9 }] } }));
    const b = await r.publish(name, { model: modelDir('data-a'), who, source: { commit: 'bbb222' }, data: [join(d, 'train', '*.csv'), join(fixtures, 'data.xml.dvc')], attachments: [{ role: 'evaluation', file: report }] });
    expect(b).toMatchObject({ version: '2', created: true });
    expect(b.lineage.data!.dvc).toEqual([{ file: expect.stringMatching(/data\.xml\.dvc$/), kind: 'out', path: 'data.xml', md5: '22a1a2931c8370d3aeedd7183606fd7f', hash: 'md5', size: 14445097 }]);
    const again = await r.publish(name, { model: modelDir('data-a'), who, data: [join(d, 'train', '*.csv'), join(fixtures, 'data.xml.dvc')] });
    expect(again).toMatchObject({ version: '2', created: false });

    const diff = await diffVersions(r, name, '1', '2');
    expect(diff.sameFiles).toBe(true);
    expect(diff.commit).toEqual({ a: 'aaa111', b: 'bbb222' });
    expect(diff.data.files.map((c) => `${c.key.split('/').at(-1)}:${c.before ? 'b' : ''}${c.after ? 'a' : ''}`)).toEqual(['eval.csv:b', 'b.csv:ba']);
    expect(diff.data.dvc.filter((c) => c.after).map((c) => c.key.split('/').at(-1))).toEqual(['data.xml.dvc out data.xml']);
    expect(diff.metrics).toEqual([{ name: 'roc_auc', a: undefined, b: 0.9 }]);
    const text = renderDiff(diff);
    expect(text).toContain('commit      aaa111 → bbb222');
    expect(text).toMatch(/changed \S*train\/b\.csv {2}[0-9a-f]{12} 8 B → [0-9a-f]{12} 8 B/);
    expect(text).toMatch(/roc_auc +— → 0\.9/);

    // a broken DVC file names file, line and field, and nothing is published
    const err = await r.publish(name, { model: modelDir('data-c'), who, data: [join(fixtures, 'broken.dvc')] }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/`outs\.0\.size` is "large"; expected a whole number/);
    expect((err as { location?: { file?: string; line?: number } }).location).toMatchObject({ file: expect.stringMatching(/broken\.dvc$/), line: 3 });
    await expect(r.publish(name, { model: modelDir('data-c'), who, data: [join(d, 'nothing', '*.csv')] })).rejects.toThrow(/input "data": no file matches the pattern/);
    expect(await r.versions(name)).toEqual(['1', '2']);
  });

  it('answers where an alias pointed at a given moment: which version, since when, moved by whom and why', async () => {
    const r = env.registry();
    const name = uniqueName();
    for (const s of ['t1', 't2']) await r.publish(name, { model: modelDir(s), who });
    const before = new Date(Date.now() - 1000);
    await r.promote(name, 'production', '1', { who: 'alice', why: 'first release' });
    await new Promise((res) => setTimeout(res, 20));
    const between = new Date();
    await new Promise((res) => setTimeout(res, 20));
    await r.promote(name, 'production', '2', { who: 'bob', why: 'retrained on November data' });
    expect(await r.aliasAt(name, 'production', before)).toBeUndefined();
    expect(await r.aliasAt(name, 'production', between)).toMatchObject({ to: { version: '1' }, who: 'alice', why: 'first release', action: 'promote' });
    const now = await r.aliasAt(name, 'production', new Date(Date.now() + 1000));
    expect(now).toMatchObject({ to: { version: '2' }, from: { version: '1' }, who: 'bob', why: 'retrained on November data' });
    expect(Date.parse(now!.when)).toBeGreaterThan(between.getTime());
  });

  it('promotes, rolls back step by step and to a named version, and records every move', async () => {
    const r = env.registry();
    const name = uniqueName();
    const v = [];
    for (const s of ['x', 'y', 'z']) v.push(await r.publish(name, { model: modelDir(s), who }));
    await r.promote(name, 'production', '1', { who: 'alice', why: 'first release' });
    await r.promote(name, 'production', '2', { who: 'bob', why: 'better auc' });
    const third = await r.promote(name, 'production', '3', { who: 'bob', why: 'retrained' });
    expect(third).toMatchObject({ moved: true, from: { version: '2' }, to: { version: '3', digest: v[2]!.digest } });
    const same = await r.promote(name, 'production', '3', { who: 'bob' });
    expect(same.moved).toBe(false);
    const back = await r.rollback(name, 'production', { who: 'carol', why: 'latency regression' });
    expect(back.to.version).toBe('2');
    const back2 = await r.rollback(name, 'production', { who: 'carol', why: 'still bad' });
    expect(back2.to.version).toBe('1');
    await expect(r.rollback(name, 'production', { who })).rejects.toThrow(/no earlier version to roll back to/);
    const named = await r.rollback(name, 'production', { who, to: '3', why: 'fixed upstream' });
    expect(named.to.version).toBe('3');
    expect((await r.alias(name, 'production'))?.version).toBe('3');
    const h = await r.history(name, 'production');
    expect(h.map((e) => `${e.action}:${e.from?.version ?? '-'}>${e.to.version}`)).toEqual(['promote:->1', 'promote:1>2', 'promote:2>3', 'rollback:3>2', 'rollback:2>1', 'rollback:1>3']);
    expect(h[3]).toMatchObject({ who: 'carol', why: 'latency regression' });
    expect(Date.parse(h[0]!.when)).toBeGreaterThan(Date.now() - 120_000);
    expect(Object.keys(await r.aliases(name))).toEqual(['production']);
  });

  it('refuses a promotion from a stale view and leaves the alias where it was', async () => {
    const r = env.registry();
    const name = uniqueName();
    for (const s of ['p', 'q', 's']) await r.publish(name, { model: modelDir(s), who });
    await r.promote(name, 'production', '1', { who });
    await r.promote(name, 'production', '2', { who, expect: '1' });
    const err = await r.promote(name, 'production', '3', { who, expect: '1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AliasConflictError);
    expect((err as Error).message).toMatch(/production .* was expected at 1 but is at 2 .*nothing was changed/);
    expect((await r.alias(name, 'production'))?.version).toBe('2');
    await expect(r.rollback(name, 'nope', { who })).rejects.toThrow(/never been set/);
    await expect(r.promote(name, 'production', '9', { who })).rejects.toThrow(/no version or alias "9"/);
  });

  it('of two concurrent promotions from the same view, exactly one wins', async () => {
    const r = env.registry();
    const name = uniqueName();
    for (const s of ['c1', 'c2', 'c3']) await r.publish(name, { model: modelDir(s), who });
    await r.promote(name, 'production', '1', { who });
    const results = await Promise.allSettled([r.promote(name, 'production', '2', { who: 'one', expect: '1' }), r.promote(name, 'production', '3', { who: 'two', expect: '1' })]);
    const won = results.filter((x) => x.status === 'fulfilled');
    const lost = results.filter((x) => x.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason, String(lost[0]!.reason?.message)).toBeInstanceOf(AliasConflictError);
    expect(String(lost[0]!.reason.message)).toMatch(/expected at 1 but is at [23]|under way/);
    const winner = (won[0] as PromiseFulfilledResult<{ to: { version: string } }>).value.to.version;
    expect((await r.alias(name, 'production'))?.version).toBe(winner);
    expect((await r.history(name, 'production')).length).toBe(2);
  });

  it('promotes and rolls back in well under 2 s each', async () => {
    const r = env.registry();
    const name = uniqueName();
    await r.publish(name, { model: modelDir('t1'), who });
    await r.publish(name, { model: modelDir('t2'), who });
    await r.promote(name, 'production', '1', { who });
    let t = performance.now();
    await r.promote(name, 'production', '2', { who });
    expect(performance.now() - t).toBeLessThan(2000);
    t = performance.now();
    await r.rollback(name, 'production', { who });
    expect(performance.now() - t).toBeLessThan(2000);
    expect((await r.alias(name, 'production'))?.version).toBe('1');
  });

  it('refuses a corrupt or truncated blob on pull and leaves no file under its name', async () => {
    const r = env.registry();
    const name = uniqueName();
    const p = await r.publish(name, { model: modelDir('corrupt', 500_000), who });
    const model = p.lineage.files.find((f) => f.path === 'model.bin')!;
    await env.corrupt(model.digest, 'flip', name);
    const dest = tmp();
    await expect(r.pull(name, p.version, dest)).rejects.toThrow(/model\.bin of .* is corrupt: its sha256 is sha256:[0-9a-f]+, the manifest records/);
    expect(existsSync(join(dest, 'model.bin'))).toBe(false);
    await env.corrupt(model.digest, 'truncate', name);
    await expect(r.pull(name, p.version, tmp())).rejects.toThrow(/model\.bin of .* is truncated: \d+ of 500000 bytes/);
  });

  it('refuses a model whose symbolic links lead outside it, and publishes nothing: no blob, no version, no alias', async () => {
    const r = env.registry();
    const name = uniqueName();
    const outside = tmp('mlgate-outside-');
    writeFileSync(join(outside, 'secret.txt'), 'not for the registry\n');
    const cases: Array<[string, (d: string) => void, RegExp]> = [
      ['a file outside', (d) => symlinkSync('/etc/passwd', join(d, 'leak')), /symbolic link leak -> \/etc\/passwd leads outside the model directory \(to \/etc\/passwd\)/],
      ['the whole disk', (d) => symlinkSync('/', join(d, 'root')), /symbolic link root -> \/ leads outside the model directory \(to \/\)/],
      ['a chain of links', (d) => (symlinkSync('b', join(d, 'a')), symlinkSync(join(outside, 'secret.txt'), join(d, 'b'))), /symbolic link a -> b leads outside the model directory \(to .*secret\.txt\)/],
      ['..', (d) => symlinkSync(`../../${outside.split('/').pop()}/secret.txt`, join(d, 'tokenizer', 'up')), /symbolic link tokenizer\/up -> \.\.\/\.\.\/.*secret\.txt leads outside/],
      ['a dangling link', (d) => symlinkSync('missing.bin', join(d, 'gone')), /symbolic link gone -> missing\.bin points at nothing/],
      ['a loop', (d) => symlinkSync('..', join(d, 'tokenizer', 'loop')), /link tokenizer\/loop -> \.\. loops back/],
      ['the reserved folder', (d) => (mkdirSync(join(d, '.mlgate')), writeFileSync(join(d, '.mlgate', 'x.json'), '{}')), /holds \.mlgate\/x\.json: the folder \.mlgate\/ is where mlgate keeps the reports/],
    ];
    for (const [what, make, message] of cases) {
      const d = modelDir(`${name}-${what}`);
      make(d);
      const err = await deploy(r, { name, model: d, promote: 'production', who }).catch((e: unknown) => e);
      expect(err, what).toBeInstanceOf(ConfigurationError);
      expect((err as Error).message, what).toMatch(message);
      expect((err as Error).message, what).toMatch(/nothing was promoted: production is still at \(unset\)/);
      expect(await r.backend.hasBlob(name, (await hashFile(join(d, 'model.bin'))).digest), what).toBe(false);
    }
    expect(await r.versions(name)).toEqual([]);
    expect(await r.alias(name, 'production')).toBeUndefined();
  });

  it('follows links that stay inside the model directory: the link is published as a regular file under its own path', async () => {
    const r = env.registry();
    const name = uniqueName();
    const d = modelDir(name);
    symlinkSync('model.bin', join(d, 'weights.bin'));
    symlinkSync('tokenizer', join(d, 'tok'));
    symlinkSync('../params.json', join(d, 'tokenizer', 'params.json'));
    const p = await r.publish(name, { model: d, who });
    expect(p.lineage.files.map((f) => f.path)).toEqual(['model.bin', 'params.json', 'tok/params.json', 'tok/vocab.txt', 'tokenizer/params.json', 'tokenizer/vocab.txt', 'weights.bin']);
    const dest = tmp();
    await r.pull(name, p.version, dest);
    expect(readFileSync(join(dest, 'weights.bin')).equals(readFileSync(join(d, 'model.bin')))).toBe(true);
    expect(readFileSync(join(dest, 'tok', 'vocab.txt'), 'utf8')).toBe(`vocab of ${name}\n`);
  });

  it('writes image-spec 1.1.1 manifests: reports under .mlgate/ with titles of their own, the source annotation a URL', async () => {
    const r = env.registry();
    const name = uniqueName();
    const d = modelDir(name);
    const report = JSON.stringify({ schema: 'mlgate/report@1', tool: 'eval-gate', status: 'pass', headline: 'ok', checks: [] });
    writeFileSync(join(d, 'report.json'), 'the model\'s own report.json\n');
    const a = tmp();
    const b = tmp();
    for (const x of [a, b]) writeFileSync(join(x, 'report.json'), report.replace('eval-gate', x === a ? 'eval-gate' : 'data-check'));
    const src = { repository: 'acme/churn', repositoryUrl: 'https://github.com/acme/churn', commit: 'abc' };
    const attachments = [{ role: 'evaluation' as const, file: join(a, 'report.json') }, { role: 'data-profile' as const, file: join(b, 'report.json') }, { role: 'data-profile' as const, file: join(a, 'report.json') }];
    const p = await r.publish(name, { model: d, who, source: src, attachments });
    expect(manifestErrors(p.manifest)).toEqual([]);
    const titles = p.manifest.layers.map((l) => l.annotations?.['org.opencontainers.image.title']);
    expect(titles).toEqual(['model.bin', 'params.json', 'report.json', 'tokenizer/vocab.txt', '.mlgate/evaluation/report.json', '.mlgate/data-profile/report.json', '.mlgate/data-profile/2/report.json']);
    expect(p.manifest.annotations?.['org.opencontainers.image.source']).toBe('https://github.com/acme/churn');
    expect(((await r.attachment(name, p, 'evaluation')) as { tool: string }).tool).toBe('eval-gate');
    expect(((await r.attachment(name, p, 'data-profile')) as { tool: string }).tool).toBe('data-check');
    const dest = tmp();
    await r.pull(name, p.version, dest);
    expect(listFiles(dest)).toEqual(['model.bin', 'params.json', 'report.json', 'tokenizer/vocab.txt']);
    // Without a URL (a local publish knows only owner/repo) the annotation is left out.
    const q = await r.publish(name, { model: modelDir(`${name}-2`), who, source: { repository: 'acme/churn' } });
    expect(q.manifest.annotations?.['org.opencontainers.image.source']).toBeUndefined();
    expect(manifestErrors(q.manifest)).toEqual([]);
  });

  it('reads, pulls, promotes and rolls back a version written by earlier mlgate (report titled by its file name, source owner/repo)', async () => {
    const r = env.registry();
    const name = uniqueName();
    const d = modelDir(name);
    const files = [];
    for (const path of ['model.bin', 'params.json', 'tokenizer/vocab.txt']) {
      const bytes = readFileSync(join(d, path));
      await r.backend.putBlob(name, { digest: sha256(bytes), size: bytes.length, bytes });
      files.push({ path, digest: sha256(bytes), size: bytes.length });
    }
    const rep = Buffer.from(JSON.stringify({ tool: 'eval-gate', status: 'pass', headline: 'old gate' }));
    await r.backend.putBlob(name, { digest: sha256(rep), size: rep.length, bytes: rep });
    const content = 'sha256:' + '0'.repeat(64);
    const attachment = { role: 'evaluation', path: 'report.json', digest: sha256(rep), size: rep.length, tool: 'eval-gate', status: 'pass', headline: 'old gate' };
    const lineage = Buffer.from(JSON.stringify({ schema: 'mlgate/model@1', name, version: '1', contentDigest: content, files, createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'old', source: { repository: 'acme/churn' }, attachments: [attachment] }, null, 2) + '\n');
    await r.backend.putBlob(name, { digest: sha256(lineage), size: lineage.length, bytes: lineage });
    const old = Buffer.from(JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.mlgate.model.v1',
      config: { mediaType: 'application/vnd.mlgate.model.config.v1+json', digest: sha256(lineage), size: lineage.length },
      layers: [
        ...files.map((f) => ({ mediaType: 'application/vnd.mlgate.model.file.v1', digest: f.digest, size: f.size, annotations: { 'org.opencontainers.image.title': f.path } })),
        { mediaType: 'application/vnd.mlgate.report.v1+json', digest: sha256(rep), size: rep.length, annotations: { 'org.opencontainers.image.title': 'report.json', 'vnd.mlgate.role': 'evaluation' } },
      ],
      annotations: { 'vnd.mlgate.model.name': name, 'org.opencontainers.image.version': '1', 'org.opencontainers.image.created': '2026-01-01T00:00:00.000Z', 'vnd.mlgate.model.content-digest': content, 'org.opencontainers.image.source': 'acme/churn' },
    }));
    await r.backend.withLock(name, 'publish', 'old', 1000, () => r.backend.putVersion(name, '1', old, sha256(old)));
    await r.promote(name, 'production', '1', { who: 'old' });
    const two = await r.publish(name, { model: modelDir(`${name}-2`), who, attachments: [{ role: 'evaluation', file: join(d, 'params.json') }] });
    await r.promote(name, 'production', '2', { who });
    const back = await r.rollback(name, 'production', { who });
    expect(back.to).toEqual({ version: '1', digest: sha256(old) });
    const info = await r.resolve(name, 'production');
    expect(info.lineage.attachments[0]!.path).toBe('report.json');
    expect(await r.attachment(name, info, 'evaluation')).toMatchObject({ headline: 'old gate' });
    const dest = tmp();
    await r.pull(name, 'production', dest);
    expect(listFiles(dest)).toEqual(['model.bin', 'params.json', 'tokenizer/vocab.txt']);
    expect(two.lineage.attachments[0]!.path).toBe('.mlgate/evaluation/params.json');
    expect((await r.history(name, 'production')).map((e) => e.to.version)).toEqual(['1', '2', '1']);
  });
}
