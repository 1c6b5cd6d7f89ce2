import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
});
