import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Host } from '@mlgate/core';
import { evaluateGate, renderMarkdown } from '../src/index.js';
import { python } from '../../metrics/test/sklearn.js';

const host: Host = { input: () => undefined, setOutput: () => {}, info: () => {}, notice: () => {}, warning: () => {}, error: () => {}, debug: () => {}, summary: async () => {}, setSecret: () => {}, outDir: () => '', exit: () => {} };
const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'breast-cancer');

/** scikit-learn's DummyClassifier(strategy="prior") and DummyRegressor(strategy="mean"): the simplest models, as scikit-learn defines them. */
const PY_DUMMY = `
import json, sys
import numpy as np
from sklearn.dummy import DummyClassifier, DummyRegressor
from sklearn import metrics as M
d = json.load(open(sys.argv[1]))
if d["task"] == "binary":
    y = np.array(d["y"]); X = np.zeros((len(y), 1))
    m = DummyClassifier(strategy="prior").fit(X, y)
    p = m.predict(X); s = m.predict_proba(X)[:, 1]
    out = dict(accuracy=M.accuracy_score(y, p), recall=M.recall_score(y, p, zero_division=0), roc_auc=M.roc_auc_score(y, s), log_loss=M.log_loss(y, s), brier=M.brier_score_loss(y, s), balanced_accuracy=M.balanced_accuracy_score(y, p))
elif d["task"] == "multiclass":
    y = np.array(d["y"]); X = np.zeros((len(y), 1))
    m = DummyClassifier(strategy="prior").fit(X, y)
    p = m.predict(X); P = m.predict_proba(X)
    out = dict(accuracy=M.accuracy_score(y, p), f1_macro=M.f1_score(y, p, average="macro", zero_division=0), log_loss=M.log_loss(y, P, labels=m.classes_), cohen_kappa=M.cohen_kappa_score(y, p))
else:
    y = np.array(d["y"], dtype=float); X = np.zeros((len(y), 1))
    p = DummyRegressor(strategy="mean").fit(X, y).predict(X)
    out = dict(mae=M.mean_absolute_error(y, p), rmse=float(np.sqrt(M.mean_squared_error(y, p))), r2=M.r2_score(y, p))
print(json.dumps({k: float(v) for k, v in out.items()}))
`;

describe('eval-gate shows the simplest model on the same rows, and min-lift gates on the lift over it', () => {
  const d = mkdtempSync(join(tmpdir(), 'mlgate-noskill-'));

  it('binary: the no-skill values are scikit-learn DummyClassifier(strategy="prior")’s on the breast-cancer holdout', async () => {
    const csv = join(EXAMPLE, 'predictions', 'candidate.csv');
    const y = readFileSync(csv, 'utf8').trim().split('\n').slice(1).map((l) => Number(l.split(',')[1]));
    const want = python<Record<string, number>>(PY_DUMMY, { task: 'binary', y });
    writeFileSync(join(d, 'g.yml'), 'task: binary\nlabel: malignant\nprediction: score\nrules:\n  roc_auc: { min-lift: 0.3 }\n  accuracy: { min-lift: 0.5 }\n');
    const { report } = await evaluateGate({ name: 'malignancy', config: join(d, 'g.yml'), predictions: csv, baseline: 'none', alias: 'production' }, host);
    const m = Object.fromEntries(report.data!.metrics.map((r) => [r.name, r]));
    for (const [name, v] of Object.entries(want)) expect(m[name]!.noSkill, name).toBeCloseTo(v, 10);
    expect(m.roc_auc!.noSkill).toBe(0.5);
    // lift in the metric's good direction: log loss is lower-is-better
    expect(m.log_loss!.lift).toBeCloseTo(want.log_loss! - m.log_loss!.candidate!, 12);
    expect(m.roc_auc).toMatchObject({ rule: 'lift ≥ 0.3', status: 'pass' });
    expect(m.accuracy!.status).toBe('fail');
    expect(m.accuracy!.message).toMatch(/^lift over no skill \(0\.\d+\) is \+0\.\d+, below the minimum 0\.5$/);
    const md = renderMarkdown(report);
    expect(md).toContain('| metric | production | candidate | no skill (lift) | Δ |');
    expect(md).toMatch(/\| <code>roc&#95;auc<\/code> \| — \| 0\.9\d+ \| 0\.5 \(lift \+0\.4\d+\) \|/);
    expect(md).toContain('"No skill" is the value of the simplest possible model on the same rows');
  });

  it('multiclass: DummyClassifier(strategy="prior")’s values — the majority class, the class shares as probabilities', async () => {
    const y = ['cat', 'dog', 'cat', 'eel', 'cat', 'dog', 'cat', 'eel', 'dog', 'cat'];
    const pred = ['cat', 'dog', 'dog', 'eel', 'cat', 'dog', 'cat', 'cat', 'dog', 'cat'];
    const rows = y.map((label, i) => ({ y: label, p: pred[i], proba_cat: pred[i] === 'cat' ? 0.8 : 0.1, proba_dog: pred[i] === 'dog' ? 0.8 : 0.1, proba_eel: pred[i] === 'eel' ? 0.8 : 0.1 }));
    writeFileSync(join(d, 'mc.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    writeFileSync(join(d, 'mc.yml'), 'task: multiclass\nlabel: y\nprediction: p\nprobabilities: proba_*\nrules:\n  accuracy: { min-lift: 0.2 }\n');
    const want = python<Record<string, number>>(PY_DUMMY, { task: 'multiclass', y });
    const { report } = await evaluateGate({ name: 'mc', config: join(d, 'mc.yml'), predictions: join(d, 'mc.jsonl'), baseline: 'none', alias: 'production' }, host);
    const m = Object.fromEntries(report.data!.metrics.map((r) => [r.name, r]));
    for (const [name, v] of Object.entries(want)) expect(m[name]!.noSkill, name).toBeCloseTo(v, 10);
    expect(m.accuracy).toMatchObject({ candidate: 0.8, noSkill: 0.5, status: 'pass' });
    expect(m.accuracy!.lift).toBeCloseTo(0.3, 12);
  });

  it('regression: DummyRegressor(strategy="mean")’s values; min-lift on a lower-is-better metric', async () => {
    const y = [3, 1.5, 4, 8, 2.5, 6, 7, 1];
    const pred = [2.5, 2, 4.5, 7, 2, 5.5, 7.5, 1.5];
    writeFileSync(join(d, 'r.csv'), 'label,prediction\n' + y.map((v, i) => `${v},${pred[i]}`).join('\n') + '\n');
    writeFileSync(join(d, 'rg.yml'), 'task: regression\nrules:\n  mae: { min-lift: 1 }\n  r2: { min-lift: 0.99 }\n');
    const want = python<Record<string, number>>(PY_DUMMY, { task: 'regression', y });
    const { report } = await evaluateGate({ name: 'reg', config: join(d, 'rg.yml'), predictions: join(d, 'r.csv'), baseline: 'none', alias: 'production' }, host);
    const m = Object.fromEntries(report.data!.metrics.map((r) => [r.name, r]));
    for (const [name, v] of Object.entries(want)) expect(m[name]!.noSkill, name).toBeCloseTo(v, 10);
    expect(m.r2!.noSkill).toBeCloseTo(0, 12);
    expect(m.mae).toMatchObject({ candidate: 0.5625, status: 'pass' });
    expect(m.mae!.lift).toBeCloseTo(want.mae! - 0.5625, 12);
    expect(m.r2!.status).toBe('fail');
  });

  it('min-lift on a metrics file is skipped and says why; a bad min-lift names file, line and field', async () => {
    writeFileSync(join(d, 'm.json'), JSON.stringify({ roc_auc: 0.93 }));
    writeFileSync(join(d, 'mg.yml'), 'rules:\n  roc_auc: { min-lift: 0.1 }\n');
    const { report } = await evaluateGate({ name: 'file', config: join(d, 'mg.yml'), metrics: join(d, 'm.json'), baseline: 'none', alias: 'production' }, host);
    expect(report.data!.metrics[0]).toMatchObject({ status: 'skip', message: expect.stringContaining('the lift was not checked') });
    expect(renderMarkdown(report)).not.toContain('no skill (lift)');
    writeFileSync(join(d, 'bad.yml'), 'task: binary\nrules:\n  roc_auc:\n    min-lift: high\n');
    const err = await evaluateGate({ name: 'bad', config: join(d, 'bad.yml'), metrics: join(d, 'm.json'), baseline: 'none', alias: 'production' }, host).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/`rules\.roc_auc\.min-lift` is "high"; expected a number/);
    expect((err as { location?: object }).location).toMatchObject({ file: join(d, 'bad.yml'), line: 4 });
  });
});
