import { describe, expect, it } from 'vitest';
import { BinaryData, binaryConfidences, calibrationBins, computeMetrics, MulticlassData, topLabelConfidences, type CalibrationOptions } from '../src/index.js';
import { close, PY_CALIBRATION, python, seeded } from './sklearn.js';

interface Want {
  ece: number;
  mce: number;
  prob_true: number[];
  prob_pred: number[];
  counts: number[];
}
const RUN = PY_CALIBRATION + `
import json, sys
d = json.load(open(sys.argv[1]))
print(json.dumps([calibration(np.repeat(c["hit"], c["times"]), np.repeat(c["prob"], c["times"]), c["bins"], c["strategy"]) for c in d]))`;

/** Scores with ties and values exactly on the uniform edges (0.1, 0.3, 0.7, 1), where binning rules differ. */
function binary(n: number): BinaryData {
  const rnd = seeded(3);
  const y = Uint8Array.from({ length: n }, () => (rnd() < 0.35 ? 1 : 0));
  const score = Float64Array.from(y, (v, i) => (i % 17 === 0 ? [0.1, 0.3, 0.7, 1, 0][i % 5]! : Math.round(Math.min(1, v * 0.3 + rnd() * 0.7) * 100) / 100));
  return new BinaryData(y, score, 0.5);
}

function multiclass(n: number): MulticlassData {
  const rnd = seeded(5);
  const k = 4;
  const y = Int32Array.from({ length: n }, () => Math.floor(rnd() * k));
  const proba = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const raw = Array.from({ length: k }, (_, c) => rnd() + (c === y[i] ? 0.9 : 0));
    const s = raw.reduce((a, b) => a + b, 0);
    raw.forEach((v, c) => (proba[i * k + c] = v / s));
  }
  return new MulticlassData(y, new Int32Array(n), ['a', 'b', 'c', 'd'], proba);
}

const STRATEGIES: CalibrationOptions[] = [
  { bins: 10, strategy: 'uniform' },
  { bins: 10, strategy: 'quantile' },
  { bins: 7, strategy: 'quantile' },
  { bins: 15, strategy: 'uniform' },
];

describe('ECE and MCE match scikit-learn’s calibration_curve bins (1e-9)', () => {
  const b = binary(700);
  const m = multiclass(500);
  const counts = Int32Array.from({ length: 700 }, (_, i) => (i * 7919) % 3); // a bootstrap-like weighting: 0, 1 or 2 draws
  const cases = [
    ...STRATEGIES.map((o) => ({ name: `binary ${o.strategy} ${o.bins}`, c: binaryConfidences(b), o, times: undefined as Int32Array | undefined })),
    ...STRATEGIES.map((o) => ({ name: `multiclass top-label ${o.strategy} ${o.bins}`, c: topLabelConfidences(m)!, o, times: undefined as Int32Array | undefined })),
    ...STRATEGIES.slice(0, 2).map((o) => ({ name: `binary ${o.strategy}, resample weights (= rows repeated)`, c: binaryConfidences(b), o, times: counts })),
  ];
  const want = python<Want[]>(RUN, cases.map(({ c, o, times }) => ({ hit: [...c.hit], prob: [...c.prob], times: times ? [...times] : Array.from(c.prob, () => 1), bins: o.bins, strategy: o.strategy })));
  cases.forEach(({ name, c, o, times }, j) => {
    it(name, () => {
      const bins = calibrationBins(c, times, o);
      const w = want[j]!;
      expect(bins.map((x) => x.count)).toEqual(w.counts);
      bins.forEach((x, i) => {
        expect(close(x.observed, w.prob_true[i]!), `bin ${x.bin} observed`).toBe(true);
        expect(close(x.predicted, w.prob_pred[i]!), `bin ${x.bin} predicted`).toBe(true);
      });
      const data = name.startsWith('binary') ? b : m;
      data.calibration = o;
      const got = computeMetrics(name.startsWith('binary') ? 'binary' : 'multiclass', data, ['ece', 'mce'], times);
      expect(close(got.ece!, w.ece), `ece ${got.ece} vs ${w.ece}`).toBe(true);
      expect(close(got.mce!, w.mce), `mce ${got.mce} vs ${w.mce}`).toBe(true);
    });
  });

  it('perfect calibration has ECE 0; a constant 0.9 on a coin flip has ECE 0.4', () => {
    const y = Uint8Array.from({ length: 1000 }, (_, i) => i % 2);
    expect(computeMetrics('binary', new BinaryData(y, Float64Array.from(y, () => 0.9), 0.5), ['ece', 'mce'])).toEqual({ ece: expect.closeTo(0.4, 12), mce: expect.closeTo(0.4, 12) });
    expect(computeMetrics('binary', new BinaryData(y, Float64Array.from(y, (v) => v), 0.5), ['ece']).ece).toBe(0);
  });
});
