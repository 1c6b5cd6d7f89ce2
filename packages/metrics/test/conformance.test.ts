import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BinaryData, computeMetrics, MulticlassData, RegressionData, METRICS } from '../src/index.js';

const DIR = resolve(import.meta.dirname, '../../../test/conformance/metrics');

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

describe('metrics match scikit-learn (../shared/conformance/metrics, 1e-9 relative)', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
  it('has fixtures for every task', () => {
    expect(new Set(files.map((f) => f.split('_')[0]))).toEqual(new Set(['binary', 'multiclass', 'regression']));
  });
  for (const f of files) {
    it(f, () => {
      const fx = JSON.parse(readFileSync(join(DIR, f), 'utf8'));
      let got: Record<string, number>;
      if (fx.task === 'binary') {
        got = computeMetrics('binary', new BinaryData(Uint8Array.from(fx.label), Float64Array.from(fx.score), fx.threshold));
      } else if (fx.task === 'multiclass') {
        const k = fx.proba[0].length;
        const classes = Array.from({ length: k }, (_, i) => String(i));
        got = computeMetrics('multiclass', new MulticlassData(Int32Array.from(fx.label), Int32Array.from(fx.prediction), classes, Float64Array.from(fx.proba.flat())));
      } else {
        got = computeMetrics('regression', new RegressionData(Float64Array.from(fx.label), Float64Array.from(fx.prediction)));
      }
      const names = METRICS[fx.task as 'binary'].map((m) => m.name);
      for (const name of Object.keys(fx.expected)) expect(names, `${name} is a ${fx.task} metric`).toContain(name);
      for (const [name, expected] of Object.entries(fx.expected as Record<string, number>)) {
        expect(close(got[name]!, expected), `${name}: got ${got[name]}, sklearn ${expected}`).toBe(true);
      }
    });
  }
});
