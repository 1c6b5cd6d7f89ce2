import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXAMPLE, PYTHON, nodeModel, sklearnModel, type ServerProcess } from '../../../test/support/model-servers/processes.js';
import { startFaultServer } from '../../../test/support/model-servers/fault-server.js';
import { compare, INPUTS, sklearnAnswers, tmp, value, writeLines } from './helpers.js';
import { quantileSorted } from '../src/index.js';

const N = readFileSync(INPUTS, 'utf8').trim().split('\n').length;
/** Python's http.server answers a few hundred requests a second: its tests use the first 200 inputs. */
const PY_N = 200;
let pyInputs = '';
const rows = readFileSync(INPUTS, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
const model = (v: string) => JSON.parse(readFileSync(resolve(EXAMPLE, `models/${v}.json`), 'utf8')) as { features: string[]; mean: number[]; scale: number[]; coef: number[]; intercept: number };

/** The Node model's score computed here from the exported coefficients, independent of its server. */
function nodeScore(v: string, row: Record<string, number>): number {
  const m = model(v);
  const z = m.features.reduce((acc, f, i) => acc + ((row[f]! - m.mean[i]!) / m.scale[i]!) * m.coef[i]!, m.intercept);
  return 1 / (1 + Math.exp(-z));
}

describe('shadow-compare against real model servers on loopback', () => {
  let skProd: ServerProcess, nodeProd: ServerProcess, nodeCand: ServerProcess;
  let expected: { production: Array<{ label: number; score: number }>; candidate: Array<{ label: number; score: number }> };
  beforeAll(async () => {
    pyInputs = writeLines(join(tmp(), 'inputs.jsonl'), rows.slice(0, PY_N));
    let production, candidate;
    [skProd, nodeProd, nodeCand, production, candidate] = await Promise.all([sklearnModel('production'), nodeModel('production'), nodeModel('candidate'), sklearnAnswers('production'), sklearnAnswers('candidate')]);
    expected = { production, candidate };
  });
  afterAll(async () => {
    await Promise.all([skProd, nodeProd, nodeCand].map((s) => s?.stop()));
  });

  it('scikit-learn over http.server vs scikit-learn as a command: (stdin): every answer is what the models return; agreement, flips and |Δ| follow from them', async () => {
    const candidate = `command: ${PYTHON} ${join(EXAMPLE, 'serve_sklearn.py')} --variant candidate --stdin`;
    const { result, seen } = await compare({ inputs: pyInputs, candidate, production: skProd.url, config: { answer: 'predictions[0].label', score: 'predictions[0].score', task: 'classification' } });
    expect(seen.size).toBe(PY_N);
    for (const [i, a] of seen) {
      expect(value(a.production)).toBe(expected.production[i]!.label);
      expect(value(a.candidate)).toBe(expected.candidate[i]!.label);
      expect((a.candidate as { score: number }).score).toBeCloseTo(expected.candidate[i]!.score, 12);
    }
    const prodL = expected.production.slice(0, PY_N);
    const agree = prodL.filter((p, i) => p.label === expected.candidate[i]!.label).length;
    expect(result.task).toBe('classification');
    expect(result.comparison.agreement).toBeCloseTo(agree / PY_N, 12);
    expect(agree).toBeLessThan(PY_N); // the two models really differ on some inputs
    const flips01 = prodL.filter((p, i) => p.label === 0 && expected.candidate[i]!.label === 1).length;
    expect(result.comparison.flips!.find((f) => f.from === '0')!.to['1'] ?? 0).toBe(flips01);
    const deltas = prodL.map((p, i) => Math.abs(p.score - expected.candidate[i]!.score)).sort((a, b) => a - b);
    expect(result.comparison.delta!.max).toBeCloseTo(deltas[deltas.length - 1]!, 12);
    expect(result.comparison.delta!.p95).toBeCloseTo(quantileSorted(deltas, 0.95), 12);
    expect(result.roles.candidate!.ok).toBe(PY_N);
    expect(result.roles.candidate!.latency!.p50).toBeGreaterThan(0);
    expect(result.divergent.length).toBe(10);
    expect(result.divergent[0]!.flipped).toBe(true);
    expect(result.endpoints).toMatchObject({ candidate: { kind: 'command' }, production: { kind: 'http' } });
  });

  it('a Node HTTP model vs a Node command: model, with answers checked against the exported models', async () => {
    const { result, seen } = await compare({
      inputs: INPUTS,
      candidate: `command: ${process.execPath} ${join(EXAMPLE, 'model-server.mjs')} ${join(EXAMPLE, 'models/candidate.json')} --stdin`,
      production: nodeProd.url,
      config: { answer: 'predictions[0].score' },
    });
    expect(seen.size).toBe(N);
    for (const [i, a] of seen) {
      expect(value(a.production) as number).toBeCloseTo(nodeScore('production', rows[i]!), 12);
      expect(value(a.candidate) as number).toBeCloseTo(nodeScore('candidate', rows[i]!), 12);
      // the Node port answers what scikit-learn answers
      expect(value(a.candidate) as number).toBeCloseTo(expected.candidate[i]!.score, 12);
    }
    expect(result.task).toBe('regression');
    expect(result.endpoints.candidate!.kind).toBe('command');
    expect(result.comparison.psi!.psi).toBeGreaterThan(0);
    expect(result.comparison.delta!.beyond).toBe(N);
  });

  it('batches rows into one POST and reads predictions[*].score back per row', async () => {
    const { result, seen } = await compare({ inputs: INPUTS, candidate: nodeCand.url, production: nodeProd.url, config: { answer: 'predictions[*].score', 'batch-size': 16, threshold: 0.5 } });
    for (const [i, a] of seen) expect(value(a.candidate) as number).toBeCloseTo(nodeScore('candidate', rows[i]!), 12);
    expect(result.roles.candidate!.ok).toBe(N);
    // with a threshold, scores get classes: agreement is measured
    const agree = rows.filter((r) => nodeScore('candidate', r) >= 0.5 === nodeScore('production', r) >= 0.5).length;
    expect(result.comparison.agreement).toBeCloseTo(agree / N, 12);
  });

  it('CSV inputs: one row a request, sent as an object keyed by the header, numbers as numbers', async () => {
    const features = Object.keys(rows[0]!);
    const csv = join(tmp(), 'inputs.csv');
    writeFileSync(csv, [features.map((f) => `"${f}"`).join(','), ...rows.slice(0, 50).map((r) => features.map((f) => r[f]).join(','))].join('\n') + '\n');
    const { result, seen } = await compare({ inputs: csv, candidate: nodeCand.url, production: nodeProd.url, config: { answer: 'predictions[0].score' } });
    expect(result.inputs).toBe(50);
    for (const [i, a] of seen) {
      expect(a.request.line).toBe(i + 2);
      expect(value(a.candidate) as number).toBeCloseTo(nodeScore('candidate', rows[i]!), 12);
    }
  });

  it('recorded answers in a file: as production, in the order of the inputs', async () => {
    const file = writeLines(join(tmp(), 'answers.jsonl'), expected.production.map((p) => ({ predictions: [p] })));
    const { result, seen } = await compare({ inputs: INPUTS, candidate: `command: ${process.execPath} ${join(EXAMPLE, 'model-server.mjs')} ${join(EXAMPLE, 'models/production.json')} --stdin`, production: `file: ${file}`, config: { answer: 'predictions[0].score' } });
    for (const [i, a] of seen) expect(value(a.production)).toBe(expected.production[i]!.score);
    // the Node port of the same scikit-learn model answers the same, to float precision
    expect(result.comparison.delta!.max).toBeLessThan(1e-12);
    expect(result.roles.production!.latency).toBeUndefined();
  });

  it('a second production instance: its differences are noise, reported apart and not held against the candidate', async () => {
    const noisy = await startFaultServer('noisy', { noise: 0.2 });
    const prod = await startFaultServer('ok');
    try {
      const { result } = await compare({ inputs: INPUTS, candidate: prod.url, production: prod.url, secondary: noisy.url, config: { answer: 'predictions[0].score', tolerance: 1e-6 } });
      expect(result.noise!.noisy).toBe(Math.floor(N / 5)); // every fifth answer of the secondary is off by 0.2
      expect(result.noise!.clean.compared).toBe(N - result.noise!.noisy);
      expect(result.comparison.differ).toBe(0);
    } finally {
      await Promise.all([noisy.stop(), prod.stop()]);
    }
  });
});
