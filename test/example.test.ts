import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
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
});
