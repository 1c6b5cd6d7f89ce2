import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sfc32 } from '../src/random.js';

/** Debian's python3-sklearn (the system interpreter: a PATH python may be another one). */
export const PYTHON = '/usr/bin/python3';

/** Run Python code on a JSON input (sys.argv[1]) and parse the JSON it prints. */
export function python<T>(code: string, input: unknown): T {
  const file = join(mkdtempSync(join(tmpdir(), 'mlgate-py-')), 'in.json');
  writeFileSync(file, JSON.stringify(input));
  return JSON.parse(execFileSync(PYTHON, ['-c', code, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as T;
}

/** A seeded stream of numbers in [0, 1) for test data (the bootstrap's own generator). */
export function seeded(seed: number): () => number {
  const r = new Sfc32(seed);
  return () => r.next();
}

export const close = (actual: number, expected: number, tol = 1e-9) => Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected));

/**
 * ECE and MCE from scikit-learn's calibration_curve (its bins: linspace or percentile edges,
 * np.searchsorted on the inner ones), weighted by np.bincount of the same bin ids. Python source.
 */
export const PY_CALIBRATION = `
import numpy as np
from sklearn.calibration import calibration_curve
def calibration(hit, prob, bins=10, strategy="uniform"):
    hit = np.asarray(hit); prob = np.asarray(prob, dtype=float)
    prob_true, prob_pred = calibration_curve(hit, prob, n_bins=bins, strategy=strategy, pos_label=1)
    edges = np.percentile(prob, np.linspace(0, 1, bins + 1) * 100) if strategy == "quantile" else np.linspace(0.0, 1.0, bins + 1)
    counts = np.bincount(np.searchsorted(edges[1:-1], prob), minlength=bins)
    n = counts[counts > 0]
    gaps = np.abs(prob_true - prob_pred)
    return dict(ece=float(np.sum(n / n.sum() * gaps)), mce=float(np.max(gaps)), prob_true=prob_true.tolist(), prob_pred=prob_pred.tolist(), counts=n.tolist())
`;
