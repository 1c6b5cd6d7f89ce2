#!/usr/bin/env node
// Retrains the malignancy screen in Node only: the candidate's recipe (logistic regression on all 30
// features, standardised, L2 penalty C = 1, as scikit-learn's LogisticRegression) fitted by Newton's
// method (IRLS) on the training split plus newly labelled production rows. Deterministic.
//
//   node retrain.mjs --new data/production-batch.csv --out retrained/
//
// Writes, under --out:
//   data/train.csv                    the new training data: the training split and the new rows
//   models/retrained/model.json       the model, in the format serve.mjs and serve.py read
//   predictions/retrained.csv         id, malignant, score  on the holdout (rows it never saw)
//   report.md                         what was fitted, on what, and how the fit converged
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    train: { type: 'string', default: join(HERE, 'data/train.csv') },
    new: { type: 'string', multiple: true, default: [] },
    holdout: { type: 'string', default: join(HERE, 'data/holdout.csv') },
    out: { type: 'string' },
    C: { type: 'string', default: '1' },
  },
});
if (!values.out) {
  process.stderr.write('usage: node retrain.mjs [--train CSV] --new CSV [--new CSV ...] [--holdout CSV] --out DIR\n');
  process.exit(2);
}
const LABEL = 'malignant';
const C = Number(values.C);

/** A CSV of plain numbers (and the id), as train.py writes it: header line, no quoting. */
function readCsv(file) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = header.split(',');
  return { columns, lines, rows: lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], columns[i] === 'id' ? v : Number(v)]))) };
}

const train = readCsv(values.train);
const added = values.new.map(readCsv);
for (const [i, a] of added.entries()) {
  if (a.columns.join(',') !== train.columns.join(',')) throw new Error(`${values.new[i]}: its columns differ from ${values.train}'s`);
}
const rows = [...train.rows, ...added.flatMap((a) => a.rows)];
const features = train.columns.filter((c) => c !== 'id' && c !== LABEL);
const p = features.length;
const n = rows.length;

// Standardise as scikit-learn's StandardScaler: the mean and the population standard deviation.
const mean = features.map((f) => rows.reduce((s, r) => s + r[f], 0) / n);
const scale = features.map((f, j) => Math.sqrt(rows.reduce((s, r) => s + (r[f] - mean[j]) ** 2, 0) / n) || 1);
const X = rows.map((r) => features.map((f, j) => (r[f] - mean[j]) / scale[j]));
const y = rows.map((r) => r[LABEL]);

/** Solves A x = b for a symmetric positive definite A (Cholesky). */
function solve(A, b) {
  const m = b.length;
  const L = A.map(() => new Array(m).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = i === j ? Math.sqrt(s) : s / L[j][j];
    }
  }
  const z = new Array(m);
  for (let i = 0; i < m; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i][k] * z[k];
    z[i] = s / L[i][i];
  }
  const x = new Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < m; k++) s -= L[k][i] * x[k];
    x[i] = s / L[i][i];
  }
  return x;
}

const sigmoid = (t) => 1 / (1 + Math.exp(-t));
const logLoss = (t, yi) => Math.max(t, 0) - t * yi + Math.log1p(Math.exp(-Math.abs(t)));

// Minimise ½‖w‖² + C Σ log-loss (the intercept, last, is not penalised): Newton steps on the exact
// gradient and Hessian, each a 31 × 31 solve, until the step is below 1e-10.
const w = new Array(p + 1).fill(0);
let iterations = 0;
let gradNorm = Infinity;
for (; iterations < 100; ) {
  const g = w.map((v, j) => (j < p ? v : 0));
  const H = w.map((_, i) => w.map((__, j) => (i === j && i < p ? 1 : 0)));
  for (let i = 0; i < n; i++) {
    const xi = [...X[i], 1];
    const q = sigmoid(xi.reduce((s, v, j) => s + v * w[j], 0));
    const r = C * (q - y[i]);
    const d = C * q * (1 - q);
    for (let a = 0; a <= p; a++) {
      g[a] += r * xi[a];
      for (let b = 0; b <= a; b++) H[a][b] += d * xi[a] * xi[b];
    }
  }
  for (let a = 0; a <= p; a++) for (let b = 0; b < a; b++) H[b][a] = H[a][b];
  gradNorm = Math.sqrt(g.reduce((s, v) => s + v * v, 0));
  const step = solve(H, g);
  for (let j = 0; j <= p; j++) w[j] -= step[j];
  iterations++;
  if (Math.max(...step.map(Math.abs)) < 1e-10) break;
}
const coef = w.slice(0, p);
const intercept = w[p];
const logit = (r) => features.reduce((s, f, j) => s + ((r[f] - mean[j]) / scale[j]) * coef[j], intercept);
const score = (r) => sigmoid(logit(r));
const trainLoss = rows.reduce((s, r) => s + logLoss(logit(r), r[LABEL]), 0) / n;

const out = values.out;
for (const d of ['data', 'models/retrained', 'predictions']) mkdirSync(join(out, d), { recursive: true });
writeFileSync(join(out, 'data/train.csv'), [train.columns.join(','), ...train.lines, ...added.flatMap((a) => a.lines)].join('\n') + '\n');
const model = { kind: 'logistic-regression', features, mean, scale, coef, intercept, trained_on: 'data/train.csv' };
writeFileSync(join(out, 'models/retrained/model.json'), JSON.stringify(model, null, 1));
const holdout = readCsv(values.holdout);
writeFileSync(join(out, 'predictions/retrained.csv'), ['id,malignant,score', ...holdout.rows.map((r) => `${r.id},${r[LABEL]},${Number(score(r).toFixed(10))}`)].join('\n') + '\n');

const share = (rs) => `${((100 * rs.filter((r) => r[LABEL] === 1).length) / rs.length).toFixed(1)}% malignant`;
const shown = (f) => (relative(process.cwd(), f).startsWith('..') ? resolve(f) : relative(process.cwd(), f) || '.');
const report = `### Retrained: logistic regression on ${p} features (Newton's method, Node only)

| | |
| --- | --- |
| training rows | ${n}: ${train.rows.length} of the training split (${share(train.rows)}) and ${n - train.rows.length} newly labelled production rows (${added.length ? share(added.flatMap((a) => a.rows)) : 'none'}) |
| model | standardised features, L2 penalty C = ${C} (scikit-learn's LogisticRegression) |
| fit | ${iterations} Newton steps; gradient norm ${gradNorm.toExponential(2)} before the last step |
| training log-loss | ${trainLoss.toFixed(4)} |
| scored | ${holdout.rows.length} holdout rows, none of them in training: \`predictions/retrained.csv\` |

Written to \`${shown(out)}\`: \`data/train.csv\`, \`models/retrained/model.json\`, \`predictions/retrained.csv\`.
`;
writeFileSync(join(out, 'report.md'), report);
process.stdout.write(`retrained on ${n} rows (${n - train.rows.length} new) in ${iterations} Newton steps; wrote ${shown(join(out, 'models/retrained/model.json'))} and ${holdout.rows.length} holdout scores\n`);
