import { describe, expect, it } from 'vitest';
import { BinaryData, byGroup, disparities, fairnessMeasures, METRICS, MulticlassData, RegressionData, splitByGroup, type Task, type TaskData } from '../src/index.js';
import { close, PY_CALIBRATION, python, seeded } from './sklearn.js';

/** Every per-group metric computed by scikit-learn on that group's rows alone. */
const SKLEARN = PY_CALIBRATION + `
import json, sys, numpy as np
from sklearn import metrics as M
d = json.load(open(sys.argv[1])); task = d["task"]; out = {}
for g in sorted(set(d["group"]), key=lambda x: (len(x), x)):
    idx = [i for i, x in enumerate(d["group"]) if x == g]
    y = np.array(d["y"])[idx]; r = {}
    if task == "binary":
        s = np.array(d["score"])[idx]; p = (s >= d["threshold"]).astype(int)
        tn, fp, fn, tp = M.confusion_matrix(y, p, labels=[0, 1]).ravel()
        r = dict(accuracy=M.accuracy_score(y, p), precision=M.precision_score(y, p, zero_division=0), recall=M.recall_score(y, p, zero_division=0),
                 f1=M.f1_score(y, p, zero_division=0), roc_auc=M.roc_auc_score(y, s), pr_auc=M.average_precision_score(y, s),
                 log_loss=M.log_loss(y, s, labels=[0, 1]), brier=M.brier_score_loss(y, s), mcc=M.matthews_corrcoef(y, p),
                 balanced_accuracy=M.balanced_accuracy_score(y, p), selection_rate=float(p.mean()),
                 true_positive_rate=tp / (tp + fn), false_positive_rate=fp / (fp + tn))
        c = calibration(y, s); r["ece"] = c["ece"]; r["mce"] = c["mce"]
    elif task == "multiclass":
        p = np.array(d["pred"])[idx]; pr = np.array(d["proba"])[idx]; k = pr.shape[1]
        r = dict(accuracy=M.accuracy_score(y, p), f1_macro=M.f1_score(y, p, average="macro", zero_division=0),
                 f1_weighted=M.f1_score(y, p, average="weighted", zero_division=0), f1_micro=M.f1_score(y, p, average="micro", zero_division=0),
                 precision_macro=M.precision_score(y, p, average="macro", zero_division=0), recall_macro=M.recall_score(y, p, average="macro", zero_division=0),
                 log_loss=M.log_loss(y, pr, labels=list(range(k))), roc_auc_ovr_macro=M.roc_auc_score(y, pr, multi_class="ovr", average="macro", labels=list(range(k))),
                 cohen_kappa=M.cohen_kappa_score(y, p))
        top = pr.argmax(axis=1); c = calibration((top == y).astype(int), pr.max(axis=1)); r["ece"] = c["ece"]; r["mce"] = c["mce"]
    else:
        p = np.array(d["pred"])[idx]
        r = dict(mae=M.mean_absolute_error(y, p), mse=M.mean_squared_error(y, p), rmse=float(np.sqrt(M.mean_squared_error(y, p))), r2=M.r2_score(y, p),
                 mape=M.mean_absolute_percentage_error(y, p), median_ae=M.median_absolute_error(y, p), explained_variance=M.explained_variance_score(y, p), max_error=M.max_error(y, p))
    out[g] = {k: float(v) for k, v in r.items()}
print(json.dumps(out))`;

function fixture(task: Task, n: number): { input: Record<string, unknown>; data: TaskData; group: string[] } {
  const rnd = seeded(7 + n);
  const group = Array.from({ length: n }, (_, i) => ['a', 'b', 'c'][i % 3]!);
  if (task === 'binary') {
    const y = Array.from({ length: n }, () => (rnd() < 0.4 ? 1 : 0));
    // group c is scored worse on purpose so the disparities are not zero
    const score = y.map((v, i) => Math.round(Math.min(1, Math.max(0, v * (group[i] === 'c' ? 0.15 : 0.4) + rnd() * 0.6)) * 100) / 100);
    return { input: { task, group, y, score, threshold: 0.5 }, data: new BinaryData(Uint8Array.from(y), Float64Array.from(score), 0.5), group };
  }
  if (task === 'multiclass') {
    const k = 3;
    const y = Array.from({ length: n }, () => Math.floor(rnd() * k));
    const proba = y.map((v) => {
      const raw = Array.from({ length: k }, (_, c) => rnd() + (c === v ? 0.8 : 0));
      const s = raw.reduce((a, b) => a + b, 0);
      return raw.map((x) => x / s);
    });
    const pred = proba.map((p) => p.indexOf(Math.max(...p)));
    return { input: { task, group, y, pred, proba }, data: new MulticlassData(Int32Array.from(y), Int32Array.from(pred), ['0', '1', '2'], Float64Array.from(proba.flat())), group };
  }
  const y = Array.from({ length: n }, () => 1 + rnd() * 10);
  const pred = y.map((v, i) => v + (rnd() - 0.5) * (group[i] === 'b' ? 4 : 1));
  return { input: { task, group, y, pred }, data: new RegressionData(Float64Array.from(y), Float64Array.from(pred)), group };
}

describe('per-group metrics match scikit-learn on each group’s rows (1e-9 relative)', () => {
  for (const task of ['binary', 'multiclass', 'regression'] as Task[]) {
    it(`${task}: every metric of every group, and Fairlearn's disparities from them`, () => {
      const { input, data, group } = fixture(task, 301);
      const want = python<Record<string, Record<string, number>>>(SKLEARN, input);
      const split = splitByGroup(data, group);
      expect(split.groups).toEqual(Object.keys(want));
      const names = Object.keys(want.a!).filter((m) => METRICS[task].some((d) => d.name === m) || task === 'binary');
      const got = byGroup(task, split, names);
      split.groups.forEach((g, i) => {
        for (const m of names) expect(close(got[i]![m]!, want[g]![m]!), `${task} group ${g} ${m}: got ${got[i]![m]}, sklearn ${want[g]![m]}`).toBe(true);
      });
      // MetricFrame.difference() / .ratio() between groups, from scikit-learn's per-group values
      const measures = fairnessMeasures(task);
      const disp = disparities(measures, got);
      for (const m of measures) {
        const parts = (m.startsWith('demographic_parity') ? ['selection_rate'] : m.startsWith('equalized_odds') ? ['true_positive_rate', 'false_positive_rate'] : [m.replace(/_(difference|ratio)$/, '')]).map((b) => {
          const v = Object.values(want).map((r) => r[b]!);
          return m.endsWith('_ratio') ? Math.min(...v) / Math.max(...v) : Math.max(...v) - Math.min(...v);
        });
        const expected = m.endsWith('_ratio') ? Math.min(...parts) : Math.max(...parts);
        expect(close(disp[m]!, expected), `${m}: got ${disp[m]}, expected ${expected}`).toBe(true);
      }
      if (task === 'binary') expect(disp.equalized_odds_difference).toBeGreaterThan(0.05);
    });
  }

  it('under bootstrap weights a group gets the counts of its own rows', () => {
    const { data, group } = fixture('regression', 30);
    const split = splitByGroup(data, group);
    const counts = Int32Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 2 : 0));
    const got = byGroup('regression', split, ['mae'], counts);
    const d = data as RegressionData;
    split.rows.forEach((rows, g) => {
      const kept = [...rows].filter((i) => i % 2 === 0);
      expect(got[g]!.mae).toBeCloseTo(kept.reduce((s, i) => s + d.absErr[i]!, 0) / kept.length, 12);
    });
  });
});
