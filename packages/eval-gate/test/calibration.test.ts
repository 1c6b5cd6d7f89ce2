import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host } from '@mlgate/core';
import { evaluateGate } from '../src/index.js';
import { close, PY_CALIBRATION, python, seeded } from '../../metrics/test/sklearn.js';
import { mermaidBlocks, mermaidParser } from '../../report/test/mermaid.js';

const host: Host = { input: () => undefined, setOutput: () => {}, info: () => {}, notice: () => {}, warning: () => {}, error: () => {}, debug: () => {}, summary: async () => {}, setSecret: () => {}, outDir: () => '', exit: () => {} };
const dir = mkdtempSync(join(tmpdir(), 'mlgate-calibration-'));

/** Production is calibrated (P(y=1) = score); the candidate is overconfident (score pushed to the ends). */
function files(): { cand: string; base: string } {
  const rnd = seeded(21);
  const c: string[] = [], b: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const p = Math.round(rnd() * 1000) / 1000;
    const y = rnd() < p ? 1 : 0;
    const over = Math.round(Math.min(1, Math.max(0, 0.5 + (p - 0.5) * 1.8)) * 1000) / 1000;
    c.push(`${i},${y},${over}`);
    b.push(`${i},${y},${p}`);
  }
  writeFileSync(join(dir, 'c.csv'), 'id,label,prediction\n' + c.join('\n') + '\n');
  writeFileSync(join(dir, 'b.csv'), 'id,label,prediction\n' + b.join('\n') + '\n');
  return { cand: join(dir, 'c.csv'), base: join(dir, 'b.csv') };
}

const PY = PY_CALIBRATION + `
import csv, json, sys
a = json.load(open(sys.argv[1])); out = {}
for name in ["cand", "base"]:
    rows = list(csv.DictReader(open(a[name])))
    out[name] = calibration([int(r["label"]) for r in rows], [float(r["prediction"]) for r in rows], a["bins"], a["strategy"])
print(json.dumps(out))`;

describe('calibration in the gate', () => {
  const f = files();
  let parse: (text: string) => Promise<unknown>;
  beforeAll(async () => {
    parse = await mermaidParser();
  }, 30_000);

  for (const strategy of ['uniform', 'quantile'] as const) {
    it(`ece and mce are gateable; ${strategy} bins match calibration_curve; the reliability diagram parses`, async () => {
      writeFileSync(join(dir, `${strategy}.yml`), `task: binary\nrules:\n  ece: { max: 0.05, max-rise: 0.01 }\n  mce: { max: 0.5 }\ncalibration: { bins: 8, strategy: ${strategy} }\nbootstrap: { resamples: 200 }\n`);
      const { report, markdown } = await evaluateGate({ name: 'cal', config: join(dir, `${strategy}.yml`), predictions: f.cand, 'baseline-predictions': f.base, baseline: 'auto', alias: 'production' }, host);
      const want = python<Record<string, { ece: number; mce: number; prob_true: number[]; prob_pred: number[] }>>(PY, { ...f, bins: 8, strategy });
      const m = Object.fromEntries(report.data!.metrics.map((r) => [r.name, r]));
      expect(close(m.ece!.candidate!, want.cand!.ece)).toBe(true);
      expect(close(m.ece!.baseline!, want.base!.ece)).toBe(true);
      expect(close(m.mce!.candidate!, want.cand!.mce)).toBe(true);
      expect(m.ece).toMatchObject({ status: 'fail' });
      expect(m.ece!.interval!.lo).toBeGreaterThan(0.01);
      const cal = report.data!.calibration!;
      expect(cal.candidate.map((b) => b.observed)).toEqual(want.cand!.prob_true.map((v) => expect.closeTo(v, 12)));
      expect(cal.baseline!.map((b) => b.predicted)).toEqual(want.base!.prob_pred.map((v) => expect.closeTo(v, 12)));
      expect(markdown).toContain(`#### Calibration (8 ${strategy === 'uniform' ? 'equal-width' : 'equal-frequency'} bins of the score)`);
      const charts = mermaidBlocks(markdown);
      expect(charts).toHaveLength(1);
      for (const c of charts) await expect(parse(c), c).resolves.toBeTruthy();
    });
  }

  it('multiclass top-label, and an error for a bad strategy naming its line', async () => {
    writeFileSync(join(dir, 'mc.jsonl'), [
      { y: 'a', p: 'a', p_a: 0.9, p_b: 0.1 },
      { y: 'b', p: 'a', p_a: 0.6, p_b: 0.4 },
      { y: 'b', p: 'b', p_a: 0.2, p_b: 0.8 },
      { y: 'a', p: 'b', p_a: 0.45, p_b: 0.55 },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n');
    writeFileSync(join(dir, 'mc.yml'), 'task: multiclass\nlabel: y\nprediction: p\nprobabilities: p_*\nrules:\n  ece: { max: 1 }\n');
    const { report } = await evaluateGate({ name: 'mc', config: join(dir, 'mc.yml'), predictions: join(dir, 'mc.jsonl'), baseline: 'none', alias: 'production' }, host);
    // top labels 0.9 (hit), 0.6 (miss), 0.8 (hit), 0.55 (miss): bins 0.5–0.6 {0.6, 0.55}, 0.7–0.8 {0.8}, 0.8–0.9 {0.9}
    const ece = (2 / 4) * Math.abs(0 - 0.575) + (1 / 4) * Math.abs(1 - 0.8) + (1 / 4) * Math.abs(1 - 0.9);
    expect(report.data!.metrics.find((r) => r.name === 'ece')!.candidate).toBeCloseTo(ece, 12);
    expect(report.data!.calibration).toMatchObject({ kind: 'top label', bins: 10 });
    writeFileSync(join(dir, 'bad.yml'), 'task: binary\ncalibration:\n  strategy: quantiles\n');
    await expect(evaluateGate({ name: 'x', config: join(dir, 'bad.yml'), predictions: f.cand, baseline: 'none', alias: 'production' }, host)).rejects.toMatchObject({ message: expect.stringMatching(/did you mean "quantile"/), location: { line: 3 } });
  });
});
