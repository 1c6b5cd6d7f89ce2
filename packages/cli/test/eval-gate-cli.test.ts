import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const EX = join(ROOT, 'examples/breast-cancer');

function mlgate(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('mlgate eval-gate (the CLI as a process)', () => {
  it('prints the table, writes report.json, comment.md and summary.md, and exits as the action', () => {
    const out = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const r = mlgate(['eval-gate', '--config', join(EX, 'gate.yml'), '--predictions', join(EX, 'predictions/candidate.csv'), '--baseline-predictions', join(EX, 'predictions/production.csv'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✅ eval-gate: passed: 4 of 4 rules hold/m);
    expect(r.stdout).toMatch(/^roc_auc\s+0\.983\s+0\.9973\s+0\.5 \(lift \+0\.4973\)\s+▲ \+0\.01432 better\s+\[0\.00\d+, 0\.02\d+\]\s+≥ 0\.95, drop ≤ 0\.01, lift ≥ 0\.3\s+✅ pass$/m);
    for (const f of ['report.json', 'comment.md', 'summary.md']) expect(existsSync(join(out, f)), f).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual(['roc_auc', 'recall', 'f1', 'log_loss']);
  });

  it('task scores on promptfoo results files: the metrics, then the test cases that flipped', () => {
    const out = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const fx = join(ROOT, 'packages/eval-gate/test/fixtures/promptfoo');
    writeFileSync(join(out, 'gate.yml'), 'task: scores\nreference: expected\nrules:\n  mean_correct: { min: 0.8 }\n');
    const r = mlgate(['eval-gate', '--config', join(out, 'gate.yml'), '--predictions', join(fx, 'candidate.results.json'), '--baseline-predictions', join(fx, 'production.results.json'), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^mean_correct\s+0\.6667\s+0\.8333\s+▲ \+0\.1667\s+\[.*\]\s+≥ 0\.8\s+✅ pass$/m);
    expect(r.stdout).toContain('❌ passed in production, fail in the candidate (1): "test 2');
    expect(r.stdout).toContain('✅ failed in production, pass in the candidate (2):');
  });

  it('exits 1 with the failing rules when the weaker model is the candidate', () => {
    const out = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const r = mlgate(['eval-gate', '--config', join(EX, 'gate.yml'), '--predictions', join(EX, 'predictions/production.csv'), '--baseline-predictions', join(EX, 'predictions/candidate.csv'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/failed on recall, f1/);
    expect(r.stderr).toMatch(/error: .*gate\.yml:\d+:\d+: recall: 0\.8471 is below the minimum 0\.9/);
  });

  it('`pnpm mlgate` in this repository resolves relative paths from the folder it was typed in', () => {
    const out = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const r = spawnSync('pnpm', ['-s', 'mlgate', 'eval-gate', '--config', 'breast-cancer/gate.yml', '--predictions', 'breast-cancer/predictions/candidate.csv', '--out', out], { cwd: join(ROOT, 'examples'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, 'report.json'))).toBe(true);
  });

  it('a bad flag is a usage error; a config typo is one line', () => {
    expect(mlgate(['eval-gate', '--predictons', 'x']).code).toBe(2);
    const d = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    writeFileSync(join(d, 'g.yml'), 'task: binary\nlable: malignant\n');
    const r = mlgate(['eval-gate', '--config', join(d, 'g.yml'), '--predictions', join(EX, 'predictions/candidate.csv'), '--out', d]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/g\.yml:2:1: unknown key "lable"; did you mean "label"\?/);
  });

  it('a config with several mistakes reports them all, in file order, in plain words', () => {
    const d = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const g = join(d, 'g.yml');
    writeFileSync(g, 'task: binary\nrules:\n  auc: { min: 0.8 }\n  f1: { max-relative-drop: two }\n  rmse: { max: 3 }\nlable: malignant\n');
    const r = mlgate(['eval-gate', '--config', g, '--predictions', join(EX, 'predictions/candidate.csv'), '--out', d]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `error: ${g}:3:3: unknown binary metric "auc"; did you mean "roc_auc" or "pr_auc"?`,
      `error: ${g}:4:28: \`rules.f1.max-relative-drop\` is "two"; expected a number or a percentage such as \`2%\``,
      `error: ${g}:5:3: "rmse" is a regression metric, and this gate's task is binary; expected one of the binary metrics: accuracy, precision, recall, f1, roc_auc, pr_auc, log_loss, brier, mcc, balanced_accuracy, ece, mce`,
      `error: ${g}:6:1: unknown key "lable"; did you mean "label"?`,
    ]);
    writeFileSync(g, 'task: binary\nrules:\n');
    expect(mlgate(['eval-gate', '--config', g, '--predictions', join(EX, 'predictions/candidate.csv'), '--out', d]).stderr.trim()).toBe(`error: ${g}:2:7: \`rules\` is empty; add at least one rule such as \`roc_auc: { min: 0.8 }\``);
  });

  it('messages about the command line name flags, not action inputs', () => {
    const r = mlgate(['eval-gate', '--predictions', join(EX, 'predictions/candidate.csv'), '--metrics', 'm.json', '--baseline', 'sometimes']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('error: --baseline: expected one of auto, registry, cache, none (got "sometimes")');
    expect(mlgate(['eval-gate', '--baseline-predictions', 'p.csv']).stderr.trim()).toBe('error: set --predictions (a CSV or JSON Lines file) or --metrics (a metrics file)');
  });
});
