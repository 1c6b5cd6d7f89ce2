import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
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
    for (const dir of ['data-check', 'eval-gate', 'eval-gate-blocked', 'shadow-compare', 'deploy-v2', 'rollback']) {
      expect(existsSync(join(out, dir, 'comment.md')), dir).toBe(true);
      expect(existsSync(join(out, dir, 'summary.md')), dir).toBe(true);
    }
    const rollback = JSON.parse(readFileSync(join(out, 'rollback', 'report.json'), 'utf8'));
    expect(JSON.stringify(rollback)).toMatch(/production/);
  }, 240_000);

  it('prints commands that work when pasted: each line a shell word list with the command string in one word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate demo '));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), 'demo', '--out', join(dir, 'out put')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('$ '));
    expect(lines.length).toBeGreaterThanOrEqual(7);
    for (const line of lines) {
      const words = parse(line.slice(2));
      expect(words.every((w) => typeof w === 'string'), line).toBe(true);
      expect(words[0]).toBe('mlgate');
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
