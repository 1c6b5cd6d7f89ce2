import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { ConfigurationError } from '@mlgate/core';
import { PYTHON } from '../../../test/support/model-servers/processes.js';
import { diffySignificant, get, loadShadowConfig, MISSING, parseCommand, parseDuration, parsePath, psi, Quantiles, quantileSorted, resolveHeaders, splitBatch } from '../src/index.js';
import { tmp } from './helpers.js';

describe('answer paths', () => {
  it('reads keys, indexes, quoted keys and [*]', () => {
    expect(parsePath('predictions[0].score')).toEqual(['predictions', 0, 'score']);
    expect(parsePath('$.data["my.key"][2]')).toEqual(['data', 'my.key', 2]);
    expect(parsePath('')).toEqual([]);
    expect(get({ predictions: [{ score: 0.3 }] }, parsePath('predictions[0].score'))).toBe(0.3);
    expect(get({ predictions: [] }, parsePath('predictions[0].score'))).toBe(MISSING);
    expect(() => parsePath('predictions[0.score')).toThrow(ConfigurationError);
    const split = splitBatch({ predictions: [{ s: 1 }, { s: 2 }] }, parsePath('predictions[*].s'), 2);
    expect(split).toEqual({ rows: [{ s: 1 }, { s: 2 }], rest: ['s'] });
    expect(splitBatch({ predictions: [{ s: 1 }] }, parsePath('predictions[*].s'), 2)).toEqual({ error: 'the batch answer holds 1 rows for 2 requests' });
  });
});

describe('statistics', () => {
  it('quantiles are exact (NumPy linear) under the limit and within 1% from the sketch above it', () => {
    const xs = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 5000) / 100 + 0.01);
    const exact = new Quantiles();
    const sketched = new Quantiles(100);
    for (const x of xs) {
      exact.add(x);
      sketched.add(x);
    }
    const sorted = [...xs].sort((a, b) => a - b);
    expect(exact.quantile(0.95)).toBe(quantileSorted(sorted, 0.95));
    expect(sketched.exact).toBe(false);
    expect(Math.abs(sketched.quantile(0.95) / quantileSorted(sorted, 0.95) - 1)).toBeLessThan(0.02);
    expect(sketched.max).toBe(sorted.at(-1));
  });

  it('PSI matches NumPy with Evidently’s recipe (Sturges bins over both, empty bins 0.0001)', () => {
    const ref = Array.from({ length: 300 }, (_, i) => Math.sin(i) * 2 + i / 100);
    const cur = Array.from({ length: 250 }, (_, i) => Math.cos(i) * 2.5 + i / 80 + 0.3);
    const file = join(tmp(), 'psi.json');
    writeFileSync(file, JSON.stringify({ ref, cur }));
    const code = `
import json, sys, numpy as np
d = json.load(open(sys.argv[1])); r = np.array(d["ref"]); c = np.array(d["cur"])
edges = np.histogram_bin_edges(np.concatenate([r, c]), bins="sturges")
rp = np.histogram(r, edges)[0] / len(r); cp = np.histogram(c, edges)[0] / len(c)
rp[rp == 0] = 0.0001; cp[cp == 0] = 0.0001
print(json.dumps({"psi": float(np.sum((rp - cp) * np.log(rp / cp))), "bins": len(edges) - 1}))`;
    const want = JSON.parse(execFileSync(PYTHON, ['-c', code, file], { encoding: 'utf8' }));
    const got = psi(ref, cur)!;
    expect(got.edges.length - 1).toBe(want.bins);
    expect(got.psi).toBeCloseTo(want.psi, 9);
    expect(psi([1, 1, 1], [1, 1])!.psi).toBe(0);
  });

  it("Diffy's rule: raw differences count only well above the noise", () => {
    expect(diffySignificant(0.1, 0.01)).toBe(true);
    expect(diffySignificant(0.011, 0.01)).toBe(false); // relative gap under 20%
    expect(diffySignificant(0.0002, 0)).toBe(false); // absolute gap under 0.03% of requests
    expect(diffySignificant(0.01, 0.02)).toBe(false);
  });
});

describe('commands, durations, headers, config', () => {
  it('splits a command with quotes and refuses shell operators', () => {
    expect(parseCommand(`python "my model.py" --stdin --name 'a b'`, 'candidate')).toEqual(['python', 'my model.py', '--stdin', '--name', 'a b']);
    expect(parseCommand('node serve.js $HOME', 'candidate')).toEqual(['node', 'serve.js', '$HOME']);
    expect(() => parseCommand('python serve.py | tee log', 'candidate')).toThrow(/without a shell, so "\|"/);
    expect(() => parseCommand('python a.py; rm -rf /', 'candidate')).toThrow(/without a shell/);
  });

  it('durations', () => {
    expect(parseDuration('500ms', 'timeout')).toBe(500);
    expect(parseDuration('2m', 'timeout')).toBe(120_000);
    expect(parseDuration('3', 'timeout')).toBe(3000);
    expect(() => parseDuration('soon', 'timeout')).toThrow(/expected a duration/);
  });

  it('header values from the environment are masked; a missing variable is a one-line error', () => {
    const masked: string[] = [];
    const h = resolveHeaders({ Authorization: 'Bearer ${TOKEN}', 'X-Plain': 'v1' }, { TOKEN: 'abc123' }, 'headers', (v) => masked.push(v));
    expect(h).toEqual({ authorization: 'Bearer abc123', 'x-plain': 'v1' });
    expect(masked).toEqual(['abc123', 'Bearer abc123']);
    expect(() => resolveHeaders({ A: '${NOPE}' }, {}, 'headers', () => {})).toThrow(/environment variable NOPE is not set/);
  });

  it('config typos get "did you mean", with file and line', () => {
    const file = join(tmp(), 'shadow.yml');
    writeFileSync(file, 'answer: predictions[0].score\ntolerence: 0.01\n');
    expect(() => loadShadowConfig(file)).toThrow(/unknown key "tolerence"; did you mean "tolerance"/);
    try {
      loadShadowConfig(file);
    } catch (e) {
      expect((e as ConfigurationError).oneLine()).toMatch(/shadow\.yml:2:1: /);
    }
    writeFileSync(file, 'task: clasification\n');
    expect(() => loadShadowConfig(file)).toThrow(/did you mean "classification"/);
  });
});
