import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/run-action.js';

const EX = 'examples/breast-cancer';

function mlgate(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('examples/breast-cancer', () => {
  it('the Node model server answers exactly what scikit-learn answers for the same model file', () => {
    const out = mkdtempSync(join(tmpdir(), 'mlgate-ex-'));
    const r = mlgate([
      'shadow-compare', '--inputs', `${EX}/replay.jsonl`,
      '--candidate', `command: /usr/bin/python3 ${EX}/serve.py ${EX}/models/candidate/model.json --stdin`,
      '--production', `command: node ${EX}/serve.mjs ${EX}/models/candidate/model.json --stdin`,
      '--config', `${EX}/shadow.yml`, '--out', out,
    ]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const text = JSON.stringify(report.data);
    expect(report.headline).toMatch(/agrees with production on 100\.00% of 228 inputs/);
    expect(text).not.toMatch(/"errors":[1-9]/);
  });

  it('the committed predictions are what the committed models answer on the holdout', () => {
    const rows = readFileSync(join(ROOT, EX, 'replay.jsonl'), 'utf8').trim().split('\n');
    for (const name of ['production', 'candidate']) {
      const served = spawnSync(process.execPath, [join(ROOT, EX, 'serve.mjs'), join(ROOT, EX, `models/${name}/model.json`), '--stdin'], { input: rows.join('\n') + '\n', encoding: 'utf8' });
      const scores = served.stdout.trim().split('\n').map((l) => JSON.parse(l).predictions[0].score as number);
      const csv = readFileSync(join(ROOT, EX, `predictions/${name}.csv`), 'utf8').trim().split('\n').slice(1);
      expect(csv).toHaveLength(rows.length);
      csv.forEach((line, i) => {
        const [id, , score] = line.split(',');
        expect(id).toBe(JSON.parse(rows[i]!).id);
        expect(Number(score)).toBeCloseTo(scores[i]!, 9);
      });
    }
  });
  it('drift.mjs writes the committed drifted batch byte for byte, from the training split only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-ex-'));
    mkdirSync(join(dir, 'data'));
    copyFileSync(join(ROOT, EX, 'drift.mjs'), join(dir, 'drift.mjs'));
    copyFileSync(join(ROOT, EX, 'data/train.csv'), join(dir, 'data/train.csv'));
    const r = spawnSync(process.execPath, [join(dir, 'drift.mjs')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const batch = readFileSync(join(dir, 'data/production-batch.csv'), 'utf8');
    expect(batch).toBe(readFileSync(join(ROOT, EX, 'data/production-batch.csv'), 'utf8'));
    const rows = batch.trim().split('\n').slice(1).map((l) => l.split(','));
    const malignant = rows.filter((r) => r.at(-1) === '1').length / rows.length;
    expect(malignant).toBeGreaterThan(0.6); // the training split has 37%
    const holdoutIds = new Set(readFileSync(join(ROOT, EX, 'data/holdout.csv'), 'utf8').split('\n').map((l) => l.split(',')[0]));
    expect(rows.some((r) => holdoutIds.has(r[0]))).toBe(false);
  });

  it('retrain.mjs fits what scikit-learn fits: the same coefficients and holdout scores as LogisticRegression(C=1) on the same rows', () => {
    const out = mkdtempSync(join(tmpdir(), 'mlgate-ex-'));
    const r = spawnSync(process.execPath, [join(ROOT, EX, 'retrain.mjs'), '--new', join(ROOT, EX, 'data/production-batch.csv'), '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const script = [
      'import json, sys',
      'import pandas as pd',
      'from sklearn.linear_model import LogisticRegression',
      'from sklearn.preprocessing import StandardScaler',
      'out, holdout = sys.argv[1], sys.argv[2]',
      "d = pd.read_csv(out + '/data/train.csv')",
      "f = [c for c in d.columns if c not in ('id', 'malignant')]",
      's = StandardScaler().fit(d[f])',
      'm = LogisticRegression(C=1.0, max_iter=10000, tol=1e-12).fit(s.transform(d[f]), d.malignant)',
      'h = pd.read_csv(holdout)',
      "print(json.dumps({'coef': m.coef_[0].tolist(), 'intercept': float(m.intercept_[0]), 'scores': m.predict_proba(s.transform(h[f]))[:, 1].tolist()}))",
    ].join('\n');
    const py = spawnSync('/usr/bin/python3', ['-c', script, out, join(ROOT, EX, 'data/holdout.csv')], { encoding: 'utf8', timeout: 120_000 });
    expect(py.status, py.stderr).toBe(0);
    const sk = JSON.parse(py.stdout) as { coef: number[]; intercept: number; scores: number[] };
    const model = JSON.parse(readFileSync(join(out, 'models/retrained/model.json'), 'utf8')) as { coef: number[]; intercept: number };
    // Newton's method converges to the optimum; lbfgs stops near it: they agree to about 1e-4
    model.coef.forEach((c, i) => expect(Math.abs(c - sk.coef[i]!)).toBeLessThan(1e-3));
    expect(Math.abs(model.intercept - sk.intercept)).toBeLessThan(1e-3);
    const scores = readFileSync(join(out, 'predictions/retrained.csv'), 'utf8').trim().split('\n').slice(1).map((l) => Number(l.split(',')[2]));
    scores.forEach((s, i) => expect(Math.abs(s - sk.scores[i]!)).toBeLessThan(1e-4));
  }, 120_000);
});
