import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../test/support/model-servers/processes.js';
import { tmp } from './helpers.js';

describe('mlgate shadow-compare (the CLI as a process, the demo of examples/shadow)', () => {
  it('starts both models through command: endpoints, prints the verdict, writes the report, exits by the rules', () => {
    const out = tmp();
    const args = [
      '--import', 'tsx', 'packages/cli/src/bin.ts', 'shadow-compare',
      '--inputs', 'examples/shadow/inputs.jsonl',
      '--candidate', 'command: node examples/shadow/model-server.mjs examples/shadow/models/candidate.json --stdin',
      '--production', 'command: node examples/shadow/model-server.mjs examples/shadow/models/production.json --stdin',
      '--config', 'examples/shadow/shadow.yml',
      '--out', out,
    ];
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(1); // the candidate shifts the score distribution: PSI above 0.1
    expect(r.stdout).toMatch(/❌ shadow-compare: failed on psi/);
    expect(r.stdout).toMatch(/agreement 98\.07% of 569/);
    expect(r.stderr).toMatch(/examples\/shadow\/shadow\.yml:8:\d+: PSI of the predictions \(psi\): candidate 0\.37\d* is above the maximum 0\.1/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    // the flip matrix, computed here from the two exported models
    const m = (v: string) => JSON.parse(readFileSync(join(ROOT, `examples/shadow/models/${v}.json`), 'utf8'));
    const [p, c] = [m('production'), m('candidate')];
    const cls = (mod: typeof p, row: Record<string, number>) => (mod.features.reduce((z: number, f: string, i: number) => z + ((row[f]! - mod.mean[i]) / mod.scale[i]) * mod.coef[i], mod.intercept) > 0 ? '1' : '0');
    const want: Record<string, Record<string, number>> = {};
    for (const line of readFileSync(join(ROOT, 'examples/shadow/inputs.jsonl'), 'utf8').trim().split('\n')) {
      const row = JSON.parse(line);
      const [a, b] = [cls(p, row), cls(c, row)];
      (want[a] ??= {})[b] = (want[a]![b] ?? 0) + 1;
    }
    const got = Object.fromEntries(report.data.comparison.flips.map((f: { from: string; to: object }) => [f.from, f.to]));
    expect(got).toEqual(want);
    expect(readFileSync(join(out, 'comment.md'), 'utf8')).toContain('#### Agreement: 98.07% of 569 inputs');
  });

  it('a usage error is one line', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', 'shadow-compare', '--inputs', 'nope.jsonl', '--candidate', 'http://127.0.0.1:9/', '--production', 'file: x.jsonl'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^error: .*nope\.jsonl: inputs file not found$/);
  });
});
