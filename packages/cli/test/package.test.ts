import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

// @mlgate/cli as a user gets it: packed, installed from the tarball into an empty project with no
// registry reachable, and run from a subfolder of that project with relative paths.
const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'packages/cli');
const NO_REGISTRY = { npm_config_registry: 'http://127.0.0.1:9/', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

let project: string;
let work: string;
let tarball: string;

function mlgate(args: string[], cwd = work, env: Record<string, string> = {}) {
  const r = spawnSync(join(project, 'node_modules/.bin/mlgate'), args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', MLGATE_REGISTRY: '', ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: `${r.stdout}\n${r.stderr}` };
}

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', dir], { cwd: CLI, stdio: 'pipe' });
  tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
  project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-model', private: true }));
  execFileSync('npm', ['install', '--offline', '--save-dev', tarball], { cwd: project, stdio: 'pipe', env: { ...process.env, ...NO_REGISTRY } });
  cpSync(join(ROOT, 'examples/breast-cancer'), join(project, 'model'), { recursive: true });
  work = join(project, 'ci', 'gates');
  mkdirSync(work, { recursive: true });
}, 300_000);

describe('@mlgate/cli from its tarball', () => {
  it('depends on nothing at install time: one package, the mlgate bin, Node 20 or later, DuckDB an optional peer', () => {
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules/@mlgate/cli/package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ mlgate: 'dist/index.js' });
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.peerDependenciesMeta['@duckdb/node-api'].optional).toBe(true);
    expect(readdirSync(join(project, 'node_modules')).sort()).toEqual(['.bin', '.package-lock.json', '@mlgate']);
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).devDependencies['@mlgate/cli']).toMatch(/\.tgz$/);
  });

  it('eval-gate resolves relative paths from the folder it runs in', () => {
    const r = mlgate(['eval-gate', '--config', '../../model/gate.yml', '--predictions', '../../model/predictions/candidate.csv', '--baseline-predictions', '../../model/predictions/production.csv', '--out', 'out/eval-gate']);
    expect(r.code, r.all).toBe(0);
    expect(r.stdout).toMatch(/^roc_auc\s+0\.983\s+0\.9973/m);
    expect(r.stdout).toContain('report: out/eval-gate/report.json');
    expect(existsSync(join(work, 'out/eval-gate/comment.md'))).toBe(true);
  });

  it('data-check, on one thread and on two (the scan worker bundled beside the CLI)', () => {
    expect(existsSync(join(project, 'node_modules/@mlgate/cli/dist/scan-worker/index.js'))).toBe(true);
    const profiles = ['1', '2'].map((threads) => {
      const r = mlgate(['data-check', '--suite', '../../model/data-suite.yml', '--data', '../../model/data/holdout.csv', '--reference', '../../model/data/train.profile.json', '--profile-out', `out/holdout.${threads}.profile.json`, '--out', 'out/data-check'], work, { MLGATE_THREADS: threads });
      expect(r.code, r.all).toBe(0);
      expect(r.stdout).toMatch(/23 checks passed/);
      return JSON.parse(readFileSync(join(work, `out/holdout.${threads}.profile.json`), 'utf8'));
    });
    expect(profiles[0].rows).toBe(228);
    expect(profiles[1].columns).toEqual(profiles[0].columns);
  });

  it('shadow-compare, the models started as commands with relative paths', () => {
    const serve = (m: string) => `command: node ../../model/serve.mjs ../../model/models/${m}/model.json --stdin`;
    const r = mlgate(['shadow-compare', '--inputs', '../../model/replay.jsonl', '--candidate', serve('candidate'), '--production', serve('production'), '--config', '../../model/shadow.yml', '--out', 'out/shadow']);
    expect(r.code, r.all).toBe(0);
    expect(r.stdout).toMatch(/agrees with production on 95\.18% of 228 inputs/);
  });

  it('deploy, registry and monitor on a file:// registry under the folder', () => {
    const d = mlgate(['deploy', '--registry', 'file://registry', '--name', 'screen', '--model', '../../model/models/candidate', '--data-profile', 'out/holdout.1.profile.json', '--promote', 'production', '--out', 'out/deploy']);
    expect(d.code, d.all).toBe(0);
    expect(existsSync(join(work, 'registry'))).toBe(true);
    const list = mlgate(['registry', 'list', '--registry', 'file://registry', '--name', 'screen']);
    expect(list.stdout.trim()).toBe('1  ← production');
    const m = mlgate(['monitor', '--data', '../../model/data/holdout.csv', '--registry', 'file://registry', '--name', 'screen', '--history', 'out/monitor.history.json', '--out', 'out/monitor']);
    expect(m.code, m.all).toBe(0);
    expect(existsSync(join(work, 'out/monitor.history.json'))).toBe(true);
  });

  it('demo runs the example shipped in the package into ./demo-out', () => {
    const r = mlgate(['demo']);
    expect(r.code, r.all).toBe(0);
    expect(r.stdout).toContain('✔ demo complete: open demo-out/index.html');
    expect(existsSync(join(work, 'demo-out/index.html'))).toBe(true);
    expect(existsSync(join(work, 'demo-out/mermaid.min.js'))).toBe(true);
  }, 120_000);

  it('npx runs the installed bin from a subfolder, offline', () => {
    const r = spawnSync('npm', ['exec', '--offline', '--', 'mlgate', '--help'], { cwd: work, encoding: 'utf8', env: { ...process.env, ...NO_REGISTRY } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/usage: mlgate <command>/);
  });

  it('--help lists every input of action.yml with its default; demo --help does not run the demo', () => {
    for (const tool of ['eval-gate', 'data-check', 'shadow-compare', 'deploy', 'monitor']) {
      const r = mlgate([tool, '--help']);
      expect(r.code).toBe(0);
      const meta = parse(readFileSync(join(ROOT, 'actions', tool, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
      for (const [name, input] of Object.entries(meta.inputs)) {
        if (name === 'comment') continue;
        const line = r.stdout.split('\n').find((l) => l.startsWith(`  --${name} `));
        expect(line, `${tool} --${name}`).toBeDefined();
        if (input.default !== undefined && !input.default.includes('${{')) expect(line).toContain(`(default: ${input.default})`);
      }
      expect(r.stdout).toMatch(/^ {2}--out VALUE/m);
    }
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-help-'));
    const demo = mlgate(['demo', '--help'], dir);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/--out VALUE .*\(default: demo-out\)/);
    expect(existsSync(join(dir, 'demo-out'))).toBe(false);
  });

  it('an unknown flag names the closest one', () => {
    const r = mlgate(['eval-gate', '--predictons', 'p.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown option --predictons; did you mean --predictions\?$/m);
    expect(mlgate(['registry', 'list', '--regsitry', 'x']).stderr).toMatch(/did you mean --registry\?/);
    expect(mlgate(['demo', '--ouput', 'x']).stderr).toMatch(/did you mean --out\?/);
  });
});
