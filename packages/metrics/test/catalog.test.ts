import { describe, expect, it } from 'vitest';
import { ALL_METRIC_NAMES, availableMetrics, computeMetrics, higherIsBetter, METRICS, MulticlassData, type Task } from '../src/index.js';

describe('the metric catalog', () => {
  it('holds each metric once per task, every record complete', () => {
    for (const task of Object.keys(METRICS) as Task[]) {
      const names = METRICS[task].map((m) => m.name);
      expect(new Set(names).size, task).toBe(names.length);
      for (const m of METRICS[task]) {
        expect(m.task).toBe(task);
        expect(m.description.length, m.name).toBeGreaterThan(5);
      }
    }
    expect(ALL_METRIC_NAMES).toContain('roc_auc_ovr_macro');
    expect(higherIsBetter('eval.log_loss')).toBe(false);
  });

  it('offers the metrics that need per-class probabilities only when there are some, and computes each record', () => {
    const y = Int32Array.from([0, 1, 2, 2, 1, 0]);
    const pred = Int32Array.from([0, 1, 2, 1, 1, 0]);
    const proba = Float64Array.from([0.8, 0.1, 0.1, 0.1, 0.8, 0.1, 0.1, 0.1, 0.8, 0.1, 0.5, 0.4, 0.2, 0.7, 0.1, 0.6, 0.3, 0.1]);
    expect(availableMetrics('multiclass', false)).toEqual(METRICS.multiclass.filter((m) => !m.needsProbabilities).map((m) => m.name));
    expect(availableMetrics('multiclass', true)).toEqual(METRICS.multiclass.map((m) => m.name));
    expect(METRICS.multiclass.filter((m) => m.needsProbabilities).map((m) => m.name)).toEqual(['log_loss', 'roc_auc_ovr_macro', 'ece', 'mce']);
    const values = computeMetrics('multiclass', new MulticlassData(y, pred, ['a', 'b', 'c'], proba));
    expect(Object.keys(values)).toEqual(METRICS.multiclass.map((m) => m.name));
    expect(values.accuracy).toBeCloseTo(5 / 6, 12);
    expect(values.f1_micro).toBe(values.accuracy);
    expect(Number.isNaN(computeMetrics('multiclass', new MulticlassData(y, pred, ['a', 'b', 'c']), ['ece']).ece)).toBe(true);
    expect(() => computeMetrics('regression', new MulticlassData(y, pred, ['a', 'b', 'c']) as never, ['accuracy'])).toThrow(/metric accuracy is not defined for task regression/);
  });
});
