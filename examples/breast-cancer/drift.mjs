#!/usr/bin/env node
// Writes data/production-batch.csv: a batch of production rows that has drifted, for the retraining
// loop of the demo (monitor → retrain.mjs → gates → deploy → rollback). Deterministic (seed 11):
//
//   node examples/breast-cancer/drift.mjs
//
// How it drifts, as production data does: the screen went live at a referral clinic, so far more of
// its patients have malignant tumours (about 70% instead of the training split's 37%; a change of case
// mix moves nearly every feature), and each measurement carries the small noise of another scanner
// (±1.5%, uniform; every value stays inside the data-suite's physical ranges). Rows are drawn from the
// training split, never the holdout, so a model retrained on them is still judged on rows it never saw.
// The labels are the pathology results that came back for these patients: the rows retraining adds.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROWS = 160;
const MALIGNANT_SHARE = 0.7;
const NOISE = 0.015;

/** mulberry32: a small seeded generator, so the batch is the same file on every machine. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const [header, ...lines] = readFileSync(join(HERE, 'data/train.csv'), 'utf8').trim().split('\n');
const columns = header.split(',');
const label = columns.indexOf('malignant');
const rows = lines.map((l) => l.split(','));
const byClass = [rows.filter((r) => r[label] === '0'), rows.filter((r) => r[label] === '1')];

const random = generator(11);
const out = [header];
for (let i = 0; i < ROWS; i++) {
  const pool = byClass[random() < MALIGNANT_SHARE ? 1 : 0];
  const row = pool[Math.floor(random() * pool.length)];
  const cells = row.map((v, c) => {
    if (c === 0) return `p${String(1000 + i).padStart(4, '0')}`; // new patients: ids after the 569 of the data set
    if (c === label) return v;
    return String(Number((Number(v) * (1 + NOISE * (2 * random() - 1))).toPrecision(4)));
  });
  out.push(cells.join(','));
}
writeFileSync(join(HERE, 'data/production-batch.csv'), out.join('\n') + '\n');
process.stdout.write(`wrote data/production-batch.csv: ${ROWS} rows\n`);
