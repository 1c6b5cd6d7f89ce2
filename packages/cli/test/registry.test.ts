import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registry } from '../src/commands/registry.js';
import { deploy } from '../src/commands/deploy.js';
import { AzuriteServer, S3Server } from '../../../test/support/object-stores.js';

const s3 = new S3Server('models');
const azurite = new AzuriteServer(['models']);
beforeAll(async () => {
  await Promise.all([s3.start(), azurite.start()]);
  Object.assign(process.env, s3.env(), { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString() });
});
afterAll(() => Promise.all([s3.stop(), azurite.stop()]));

/** A fresh registry of each kind: its URL. */
const registries: Record<string, () => string> = {
  file: () => `file://${mkdtempSync(join(tmpdir(), 'mlgate-cli-reg-'))}/registry`,
  s3: () => `s3://models/cli-${Date.now().toString(36)}`,
  azblob: () => `azblob://${AzuriteServer.account}/models/cli-${Date.now().toString(36)}`,
};

async function cli(cmd: { run(argv: string[]): Promise<number> }, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await cmd.run(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

function model(text: string): string {
  const d = mkdtempSync(join(tmpdir(), 'mlgate-cli-model-'));
  mkdirSync(join(d, 'weights'));
  writeFileSync(join(d, 'weights', 'model.bin'), text.repeat(1000));
  return d;
}

afterEach(() => vi.restoreAllMocks());

describe('mlgate registry / mlgate deploy', () => {
  it.each(Object.keys(registries))('runs the demo sequence twice with the same outcome (publish, promote, publish, promote, rollback) on %s://', async (kind) => {
    const reg = registries[kind]!();
    const a = model('a');
    const b = model('b');
    const base = ['--registry', reg, '--name', 'churn'];
    for (let run = 0; run < 2; run++) {
      expect((await cli(registry, 'publish', ...base, '--model', a)).code).toBe(0);
      expect((await cli(registry, 'promote', ...base, '--alias', 'production', '--version', '1')).code).toBe(0);
      expect((await cli(registry, 'publish', ...base, '--model', b)).code).toBe(0);
      const up = await cli(registry, 'promote', ...base, '--alias', 'production', '--version', '2');
      expect(up.out).toContain('churn: production 1 → 2');
      expect(up.out).toContain(`roll back with: mlgate registry rollback --registry ${reg} --name churn --alias production`);
      const back = await cli(registry, 'rollback', ...base, '--alias', 'production', '--why', 'demo');
      expect(back).toMatchObject({ code: 0, out: 'churn: production rolled back 2 → 1\n' });
    }
    expect(JSON.parse((await cli(registry, 'list', '--registry', reg, '--json')).out)).toEqual(['churn']);
    const list = JSON.parse((await cli(registry, 'list', ...base, '--json')).out);
    expect(list).toMatchObject({ versions: ['1', '2'], aliases: { production: { version: '1' } } });
    const h = JSON.parse((await cli(registry, 'history', ...base, '--alias', 'production', '--json')).out) as Array<{ action: string; to: { version: string } }>;
    expect(h.map((e) => `${e.action}:${e.to.version}`)).toEqual(['promote:1', 'promote:2', 'rollback:1', 'promote:2', 'rollback:1']);
    const dest = mkdtempSync(join(tmpdir(), 'mlgate-cli-pull-'));
    const pulled = await cli(registry, 'pull', ...base, '--alias', 'production', '--out', dest);
    expect(pulled.out).toMatch(/pulled churn 1 .* every digest verified/);
    expect(readFileSync(join(dest, 'weights', 'model.bin'), 'utf8')).toBe('a'.repeat(1000));
    const show = await cli(registry, 'show', ...base, '--version', '2');
    expect(show.out).toMatch(/churn 2\n {2}digest {5}sha256:[0-9a-f]{64}/);
  });

  it('fails in one line on a user error and with usage on a bad command line', async () => {
    const reg = `file://${mkdtempSync(join(tmpdir(), 'mlgate-cli-reg-'))}`;
    const missing = await cli(registry, 'promote', '--registry', reg, '--name', 'churn', '--alias', 'production', '--version', '3');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`error: churn has no version or alias "3" in ${reg} (it has no versions yet)\n`);
    const bad = await cli(registry, 'promote', '--registry', reg, '--nope');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^error: unknown option --nope(; did you mean --[a-z-]+\?)?\n/);
  });

  it('mlgate deploy runs the action: publish and promote, outputs in report.json', async () => {
    const reg = `file://${mkdtempSync(join(tmpdir(), 'mlgate-cli-reg-'))}`;
    const out = mkdtempSync(join(tmpdir(), 'mlgate-cli-out-'));
    const r = await cli(deploy, '--registry', reg, '--name', 'churn', '--model', model('d'), '--promote', 'staging', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('churn 1 deployed to staging');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.data).toMatchObject({ model: 'churn', version: '1', alias: 'staging', previous: null });
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain(`mlgate registry rollback --registry ${reg} --name churn --alias staging`);
  });

  it('show NAME@VERSION prints the data a version was trained on, diff A B what changed, history --at where an alias was', async () => {
    const reg = `file://${mkdtempSync(join(tmpdir(), 'mlgate-cli-reg-'))}`;
    const d = mkdtempSync(join(tmpdir(), 'mlgate-cli-data-'));
    writeFileSync(join(d, 'train.csv'), 'x,y\n1,0\n');
    const dvc = join(import.meta.dirname, '..', '..', 'registry', 'test', 'fixtures', 'dvc', 'data.xml.dvc');
    const base = ['--registry', reg, '--name', 'churn'];
    expect((await cli(registry, 'publish', ...base, '--model', model('a'), '--data', join(d, 'train.csv'), '--data', dvc)).code).toBe(0);
    expect((await cli(registry, 'promote', ...base, '--alias', 'production', '--version', '1', '--why', 'first release')).code).toBe(0);
    const between = new Date().toISOString();
    await new Promise((res) => setTimeout(res, 20));
    writeFileSync(join(d, 'train.csv'), 'x,y\n1,0\n2,1\n');
    expect((await cli(registry, 'publish', ...base, '--model', model('b'), '--data', join(d, 'train.csv'))).code).toBe(0);
    expect((await cli(registry, 'promote', ...base, '--alias', 'production', '--version', '2', '--why', 'retrained')).code).toBe(0);

    const show = await cli(registry, 'show', '--registry', reg, 'churn@1');
    expect(show.code).toBe(0);
    expect(show.out).toMatch(/ {2}data {7}1 file, 8 B; 1 DVC path \(sha256:[0-9a-f]{64}\)\n/);
    expect(show.out).toContain(`    ${join(d, 'train.csv')}  8 B  sha256:`);
    expect(show.out).toMatch(/ {4}data\.xml {2}13\.8 MiB {2}md5 22a1a2931c8370d3aeedd7183606fd7f {2}\(DVC out in \S+data\.xml\.dvc\)/);

    const diff = await cli(registry, 'diff', '--registry', reg, 'churn@1', 'churn@production');
    expect(diff.code).toBe(0);
    expect(diff.out).toMatch(/^churn 1 → 2\n {2}model files changed\n/);
    expect(diff.out).toMatch(/changed \S+train\.csv {2}[0-9a-f]{12} 8 B → [0-9a-f]{12} 12 B/);
    expect(diff.out).toMatch(/removed \S+data\.xml\.dvc out data\.xml \(DVC\) {2}22a1a2931c8370d3aeedd7183606fd7f/);
    expect((await cli(registry, 'diff', '--registry', reg, 'churn@1')).code).toBe(2);

    const at = await cli(registry, 'history', '--registry', reg, 'churn', '--alias', 'production', '--at', between);
    expect(at.code).toBe(0);
    expect(at.out).toMatch(new RegExp(`^churn: at ${between.replace(/[.]/g, '\\.')} production pointed at 1 \\(sha256:[0-9a-f]{64}\\)\\n {2}since \\S+: promote from \\(unset\\) by \\S+ — first release\\n$`));
    const early = await cli(registry, 'history', '--registry', reg, 'churn', '--alias', 'production', '--at', '2020-01-01T00:00Z', '--json');
    expect(JSON.parse(early.out)).toEqual({ alias: 'production', at: '2020-01-01T00:00:00.000Z', event: null });
    const bad = await cli(registry, 'history', '--registry', reg, 'churn', '--alias', 'production', '--at', 'yesterday');
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('--at: expected an ISO 8601 time with its zone, such as 2026-11-20T10:00Z (got "yesterday")') });
  });
});
