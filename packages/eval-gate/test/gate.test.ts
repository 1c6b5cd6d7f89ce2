import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host } from '@mlgate/core';
import { evaluateGate, judge, ruleSchema, type MetricRow } from '../src/index.js';

const rule = (r: object) => ruleSchema.parse(r);
const row = (delta: number, lo: number, hi: number, baseline = 0.9): MetricRow => ({ name: 'roc_auc', candidate: baseline + delta, baseline, delta, relDelta: delta / baseline, interval: { lo, hi, relLo: lo / baseline, relHi: hi / baseline, valid: 1000 } });

describe('a change limit is judged on the interval', () => {
  it('passes when the interval lies within the allowed drop', () => expect(judge(row(-0.002, -0.008, 0.004), rule({ 'max-drop': 0.01 })).status).toBe('pass'));
  it('warns when the interval straddles it', () => expect(judge(row(-0.009, -0.02, 0.001), rule({ 'max-drop': 0.01 })).status).toBe('warn'));
  it('fails only when the interval lies wholly past it', () => expect(judge(row(-0.03, -0.04, -0.015), rule({ 'max-drop': 0.01 })).status).toBe('fail'));
  it('mirrors for rises of lower-is-better metrics', () => {
    expect(judge({ ...row(0.05, 0.03, 0.07), name: 'log_loss' }, rule({ 'max-rise': 0.02 })).status).toBe('fail');
    expect(judge({ ...row(0.01, -0.01, 0.03), name: 'log_loss' }, rule({ 'max-rise': 0.02 })).status).toBe('warn');
  });
  it('relative limits use the relative interval; "2%" means 0.02', () => {
    expect(rule({ 'max-relative-drop': '2%' })['max-relative-drop']).toBe(0.02);
    expect(judge(row(-0.045, -0.06, -0.03), rule({ 'max-relative-drop': '2%' })).status).toBe('fail');
  });
  it('warn-only turns a failure into a warning; no baseline skips change limits', () => {
    expect(judge(row(-0.03, -0.04, -0.015), rule({ 'max-drop': 0.01, 'warn-only': true })).status).toBe('warn');
    expect(judge({ name: 'f1', candidate: 0.8 }, rule({ 'max-drop': 0.01 })).status).toBe('skip');
    expect(judge({ name: 'f1', candidate: 0.8 }, rule({ min: 0.9, 'max-drop': 0.01 }))).toMatchObject({ status: 'fail', message: '0.8 is below the minimum 0.9' });
  });
});

const host: Host = { input: () => undefined, setOutput: () => {}, info: () => {}, notice: () => {}, warning: () => {}, error: () => {}, debug: () => {}, summary: async () => {}, setSecret: () => {}, outDir: () => '', exit: () => {} };

describe('evaluateGate on multiclass JSON Lines and regression CSV', () => {
  const d = mkdtempSync(join(tmpdir(), 'mlgate-gate-'));
  it('multiclass with a probability prefix, joined by id in a different order', async () => {
    const rows = [
      { id: 'a', y: 'cat', p: 'cat', proba_cat: 0.7, proba_dog: 0.2, proba_eel: 0.1 },
      { id: 'b', y: 'dog', p: 'dog', proba_cat: 0.1, proba_dog: 0.8, proba_eel: 0.1 },
      { id: 'c', y: 'eel', p: 'dog', proba_cat: 0.1, proba_dog: 0.5, proba_eel: 0.4 },
      { id: 'd', y: 'cat', p: 'cat', proba_cat: 0.6, proba_dog: 0.3, proba_eel: 0.1 },
    ];
    writeFileSync(join(d, 'c.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const base = rows.map((r) => ({ ...r, p: 'cat', proba_cat: 0.5, proba_dog: 0.3, proba_eel: 0.2 })).reverse();
    writeFileSync(join(d, 'b.jsonl'), base.map((r) => JSON.stringify(r)).join('\n') + '\n');
    writeFileSync(join(d, 'g.yml'), 'task: multiclass\nlabel: y\nprediction: p\nprobabilities: proba_*\nrules:\n  accuracy: { max-drop: 0.5 }\nbootstrap: { resamples: 200 }\n');
    const { report } = await evaluateGate({ name: 'mc', config: join(d, 'g.yml'), predictions: join(d, 'c.jsonl'), 'baseline-predictions': join(d, 'b.jsonl'), baseline: 'auto', alias: 'production' }, host);
    const m = Object.fromEntries(report.data!.metrics.map((r) => [r.name, r]));
    expect(report.data!.joinedBy).toBe('id');
    expect(m.accuracy).toMatchObject({ candidate: 0.75, baseline: 0.5, status: 'pass' });
    expect(m.log_loss!.candidate).toBeCloseTo(-(Math.log(0.7) + Math.log(0.8) + Math.log(0.4) + Math.log(0.6)) / 4, 12);
  });
  it('regression by row order', async () => {
    writeFileSync(join(d, 'r.csv'), 'label,prediction\n1,1.5\n2,2\n3,2\n4,4.5\n');
    writeFileSync(join(d, 'rb.csv'), 'label,prediction\n1,1\n2,3\n3,3\n4,4\n');
    writeFileSync(join(d, 'rg.yml'), 'task: regression\nrules:\n  mae: { max: 1, max-rise: 0.5 }\n');
    const { report } = await evaluateGate({ name: 'reg', config: join(d, 'rg.yml'), predictions: join(d, 'r.csv'), 'baseline-predictions': join(d, 'rb.csv'), baseline: 'auto', alias: 'production' }, host);
    const mae = report.data!.metrics.find((r) => r.name === 'mae')!;
    expect(mae).toMatchObject({ candidate: 0.5, baseline: 0.25, delta: 0.25 });
    expect(report.data!.joinedBy).toBe('row order');
  });
});

describe('config errors point at the metric', () => {
  it('an unknown name in "metrics" names its line and the closest metric', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mlgate-gate-'));
    writeFileSync(join(d, 'g.yml'), 'task: regression\nmetrics:\n  - mae\n  - rmes\n');
    writeFileSync(join(d, 'r.csv'), 'label,prediction\n1,1\n2,2\n');
    await expect(evaluateGate({ name: 'x', config: join(d, 'g.yml'), predictions: join(d, 'r.csv'), baseline: 'none', alias: 'production' }, host)).rejects.toThrow(/unknown regression metric "rmes"; did you mean "rmse"\?/);
    try {
      await evaluateGate({ name: 'x', config: join(d, 'g.yml'), predictions: join(d, 'r.csv'), baseline: 'none', alias: 'production' }, host);
    } catch (e) {
      expect((e as { location: { line: number } }).location.line).toBe(4);
    }
  });
});
