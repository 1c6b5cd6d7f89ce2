import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'shell-quote';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('mlgate demo', () => {
  it('runs every step on the example, twice in a row, and writes the rendered page', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mlgate-demo-')), 'demo-out');
    for (let run = 1; run <= 2; run++) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), 'demo', '--out', out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
      expect(r.status, `run ${run}: ${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toContain('✔ demo complete');
      expect(r.stdout).not.toContain('✘');
    }
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    for (const step of ['data-check', 'eval-gate', 'shadow-compare', 'deploy', 'rollback']) expect(html).toContain(step);
    expect(html).toContain('<table>');
    for (const dir of ['data-check', 'eval-gate', 'eval-gate-blocked', 'shadow-compare', 'deploy-v2', 'rollback', 'monitor', 'retrain-data-check', 'retrain-eval-gate', 'retrain-deploy', 'retrain-rollback']) {
      expect(existsSync(join(out, dir, 'comment.md')), dir).toBe(true);
      expect(existsSync(join(out, dir, 'summary.md')), dir).toBe(true);
    }
    const rollback = JSON.parse(readFileSync(join(out, 'rollback', 'report.json'), 'utf8'));
    expect(JSON.stringify(rollback)).toMatch(/production/);
  }, 240_000);

  it('runs the retraining loop: drift found and retraining requested, the model retrained and gated against production from the registry, promoted, rolled back', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mlgate-demo-')), 'demo-out');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), 'demo', '--out', out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const report = (dir: string) => JSON.parse(readFileSync(join(out, dir, 'report.json'), 'utf8'));

    // 1. the monitor holds the batch against the profile kept with production: dataset drift, and the request it would send
    const monitor = report('monitor');
    expect(monitor.data.drifted).toBe(true);
    expect(monitor.data.driftedFeatures / monitor.data.compared).toBeGreaterThanOrEqual(monitor.data.share);
    expect(monitor.data.reference.label).toMatch(/^malignancy-screen 1 \(production\) in file:/);
    expect(monitor.data.retrain).toMatchObject({ target: 'retrain.yml', dispatched: false, request: { event: 'workflow_dispatch', workflow: 'retrain.yml' } });
    expect(readFileSync(join(out, 'monitor/comment.md'), 'utf8')).toMatch(/Retraining <code>retrain\.yml<\/code>: not sent/);

    // 2. the model was retrained: its file reads in serve.mjs's format and its scores are its own on the holdout
    const model = JSON.parse(readFileSync(join(out, 'retrain/models/retrained/model.json'), 'utf8'));
    expect(model.features).toHaveLength(30);
    const trainRows = readFileSync(join(out, 'retrain/data/train.csv'), 'utf8').trim().split('\n').length - 1;
    const batchRows = readFileSync(join(ROOT, 'examples/breast-cancer/data/production-batch.csv'), 'utf8').trim().split('\n').length - 1;
    expect(trainRows).toBe(341 + batchRows);
    const served = spawnSync(process.execPath, [join(ROOT, 'examples/breast-cancer/serve.mjs'), join(out, 'retrain/models/retrained/model.json'), '--stdin'], { input: readFileSync(join(ROOT, 'examples/breast-cancer/replay.jsonl')), encoding: 'utf8' });
    const scores = served.stdout.trim().split('\n').map((l) => JSON.parse(l).predictions[0].score as number);
    const predicted = readFileSync(join(out, 'retrain/predictions/retrained.csv'), 'utf8').trim().split('\n').slice(1).map((l) => Number(l.split(',')[2]));
    expect(predicted).toHaveLength(228);
    predicted.forEach((p, i) => expect(p).toBeCloseTo(scores[i]!, 9));

    // 3. data-check of the new training data passed; eval-gate held the retrained model against version 1's recorded evaluation
    expect(report('retrain-data-check').status).not.toBe('fail');
    const gate = report('retrain-eval-gate');
    expect(gate.status).toBe('pass');
    expect(gate.data.baselineSource).toMatch(/^malignancy-screen 1 \(production\) in file:.*as evaluated when deployed/);
    const production = report('eval-gate-blocked').data.metrics;
    for (const name of ['roc_auc', 'recall', 'f1']) {
      const m = gate.data.metrics.find((x: { name: string }) => x.name === name);
      expect(m.baseline, name).toBe(production.find((x: { name: string }) => x.name === name).candidate);
      expect(m.candidate, name).toBeGreaterThanOrEqual(m.baseline);
      expect(m.status, name).toBe('pass');
    }

    // 4 and 5. promoted with its lineage, then rolled back; the alias history says who and why
    const promoted = report('retrain-deploy').data;
    expect(promoted).toMatchObject({ action: 'promote', version: '3', previous: { version: '1' } });
    expect(promoted.lineage.attachments.map((a: { role: string }) => a.role).sort()).toEqual(['data-profile', 'evaluation']);
    expect(promoted.lineage.data.files).toHaveLength(1);
    expect(report('retrain-rollback').data).toMatchObject({ action: 'rollback', version: '1', previous: { version: '3' } });
    const { openRegistry } = await import('@mlgate/registry');
    const history = await openRegistry(`file://${join(out, 'registry')}`).history('malignancy-screen', 'production');
    expect(history.map((e) => `${e.action} ${e.from?.version ?? '-'}→${e.to.version}`)).toEqual(['promote -→1', 'promote 1→2', 'rollback 2→1', 'promote 1→3', 'rollback 3→1']);
    expect(history.at(-2)!.why).toMatch(/retrained on drifted production data/);
    expect(history.at(-1)!.why).toMatch(/retrained model rolled back/);
    expect(history.every((e) => e.who.length > 0)).toBe(true);
    expect(readFileSync(join(out, 'alias-history/output.txt'), 'utf8')).toContain('rollback        3 → 1');

    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<h1 class="part">The retraining loop</h1>');
    for (const text of ['Retrained: logistic regression on 30 features', 'malignancy-retrained', 'every move of production']) expect(html).toContain(text);
  }, 240_000);

  it('fails when a step of the loop does not do what it must: production rows that are the training split find no drift', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-demo-'));
    const ex = join(dir, 'example');
    cpSync(join(ROOT, 'examples/breast-cancer'), ex, { recursive: true });
    cpSync(join(ex, 'data/train.csv'), join(ex, 'data/production-batch.csv'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), 'demo', '--example', ex, '--out', join(dir, 'out')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('✘ monitor: the monitor found no drift in the drifted batch');
    // the same rows again in the training data: their ids repeat, and data-check stops the loop there
    expect(r.stdout).toMatch(/✘ data-check: failed \(exit 1\)/);
    expect(r.stdout).toMatch(/✘ 2 step\(s\) did not behave as expected/);
    expect(readFileSync(join(dir, 'out/index.html'), 'utf8')).toContain('the monitor found no drift in the drifted batch');
  }, 120_000);

  it('prints commands that work when pasted: each line a shell word list with the command string in one word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate demo '));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), 'demo', '--out', join(dir, 'out put')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('$ '));
    expect(lines.length).toBeGreaterThanOrEqual(14);
    for (const line of lines) {
      const words = parse(line.slice(2));
      expect(words.every((w) => typeof w === 'string'), line).toBe(true);
      // mlgate's commands, and the example's own training script run with node
      expect(words[0] === 'mlgate' || (words[0] === 'node' && words[1] === 'examples/breast-cancer/retrain.mjs'), line).toBe(true);
      if (!words.includes('--out')) continue;
      expect(String(words[words.indexOf('--out') + 1])).toMatch(new RegExp(`^${join(dir, 'out put').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
    }
    const shadow = parse(lines.find((l) => l.includes('shadow-compare'))!.slice(2)) as string[];
    const candidate = shadow[shadow.indexOf('--candidate') + 1]!;
    expect(candidate).toMatch(/^command: /);
    expect(parse(candidate.slice('command: '.length))).toEqual(['node', 'examples/breast-cancer/serve.mjs', 'examples/breast-cancer/models/candidate/model.json', '--stdin']);
  }, 120_000);

  it('index.html draws its Mermaid charts with no network (headless Chromium, every request off the machine refused)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mlgate-demo-')), 'demo-out');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), 'demo', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    const charts = (html.match(/class="language-mermaid"/g) ?? []).length;
    expect(charts).toBeGreaterThan(0);
    const dom = spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--proxy-server=127.0.0.1:9', '--virtual-time-budget=15000', '--dump-dom', `file://${join(out, 'index.html')}`], { encoding: 'utf8', timeout: 90_000 });
    expect(dom.status, dom.stderr).toBe(0);
    expect((dom.stdout.match(/<svg[^>]*aria-roledescription="xychart"/g) ?? []).length).toBe(charts);
    expect(dom.stdout).not.toMatch(/Syntax error in text/);
  }, 180_000);
});
