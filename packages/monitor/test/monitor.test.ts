import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Host } from '@mlgate/core';
import { openRegistry } from '@mlgate/registry';
import { appendRun, emptyHistory, fileStore, loadRules, noveltyTrend, registryStore, monitor, parseRetrain, readRetrainMarker, referenceFromFile, retrainMarker, trendCharts, unsentRetrain, type RunPoint } from '../src/index.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const EX = join(ROOT, 'examples/breast-cancer/data');
const dir = mkdtempSync(join(tmpdir(), 'mlgate-monitor-unit-'));

/** A run of the history on day i of January with a drift statistic. */
const run = (i: number, stat: number): RunPoint => ({ at: `2026-01-${String(i).padStart(2, '0')}T00:00:00Z`, rows: 10, drifted: false, columns: { age: { mean: 30 + i, stat, threshold: 0.1, method: 'psi', status: 'pass' } } });

function host(): Host & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    input: () => undefined,
    setOutput: () => {},
    info: () => {},
    notice: () => {},
    warning: (m) => warnings.push(m),
    error: () => {},
    debug: () => {},
    summary: async () => {},
    setSecret: () => {},
    outDir: () => dir,
    exit: () => {},
  };
}

describe('rules', () => {
  it('defaults as data-check drift: automatic method, share 0.5, 30 runs', () => {
    const r = loadRules(undefined);
    expect(r).toMatchObject({ columns: 'all', method: 'auto', share: 0.5, keepRuns: 30 });
  });
  it('per-column and prediction rules; an unknown key is an error with its line', () => {
    const f = join(dir, 'r.yml');
    writeFileSync(f, 'share: 0.3\nprediction:\n  column: score\n  method: psi\n  threshold: 0.1\ncolumn:\n  age: { method: ks, treshold: 0.01 }\n');
    expect(() => loadRules(f)).toThrow(/r\.yml.*line 7|treshold.*did you mean "threshold"/);
  });
});

describe('retrain target', () => {
  it('a workflow file or repository_dispatch:EVENT; anything else is refused', () => {
    expect(parseRetrain('retrain.yml')).toEqual({ kind: 'workflow', workflow: 'retrain.yml' });
    expect(parseRetrain('.github/workflows/retrain.yaml')).toEqual({ kind: 'workflow', workflow: 'retrain.yaml' });
    expect(parseRetrain('repository_dispatch:retrain-model')).toEqual({ kind: 'repository', eventType: 'retrain-model' });
    expect(() => parseRetrain('retrain.yml; rm -rf /')).toThrow(/workflow file name/);
    expect(() => parseRetrain('repository_dispatch:')).toThrow(/event type/);
  });
  it('the dispatch record round-trips through the issue body and cannot close the comment early', () => {
    const m = retrainMarker({ target: 'x-->y.yml', at: '2026-01-01T00:00:00Z' });
    expect(m.match(/-->/g)).toHaveLength(1);
    expect(readRetrainMarker(`<!-- mlgate:monitor:m -->\n${m}\nbody`)).toMatchObject({ at: '2026-01-01T00:00:00Z' });
    expect(readRetrainMarker('no marker')).toBeUndefined();
  });
});

describe('history', () => {
  it('keeps the last N runs', () => {
    let h = emptyHistory('m');
    for (let i = 1; i <= 12; i++) h = appendRun(h, run(i, i / 100), 5);
    expect(h.runs.map((r) => r.at.slice(8, 10))).toEqual(['08', '09', '10', '11', '12']);
  });
  it('a slow drift shows as a rising line under its threshold', () => {
    let h = emptyHistory('m');
    for (let i = 1; i <= 4; i++) h = appendRun(h, run(i, i * 0.02), 30);
    const [chart] = trendCharts(h, [{ column: 'age' }]);
    expect(chart).toContain('line [0.02, 0.04, 0.06, 0.08]');
    expect(chart).toContain('line [0.1, 0.1, 0.1, 0.1]');
    expect(chart).toContain('line [31, 32, 33, 34]');
  });
  it('a file that is not a history is replaced with a warning, never fatal', async () => {
    const f = join(dir, 'h.json');
    writeFileSync(f, '{"runs": 3}');
    const hs = host();
    const h = await fileStore(f).load('m', hs);
    expect(h.runs).toEqual([]);
    expect(hs.warnings[0]).toMatch(/h\.json does not have the expected shape/);
    await fileStore(f).add(run(1, 0), 30, h, hs);
    expect(JSON.parse(readFileSync(f, 'utf8')).runs).toHaveLength(1);
  });
});

describe('a history in the registry, shared by runs that overlap', () => {
  it('two runs that read the same history and append at once both land, in time order', async () => {
    const registry = openRegistry(`file://${join(dir, 'registry')}`);
    const store = registryStore(registry, 'churn', 'test');
    const hs = host();
    const [a, b] = [await store.load('churn', hs), await store.load('churn', hs)];
    await Promise.all([store.add(run(2, 0.02), 30, b, hs), store.add(run(1, 0.01), 30, a, hs)]);
    const after = await store.load('churn', hs);
    expect(after.runs.map((r) => r.at)).toEqual([run(1, 0).at, run(2, 0).at]);
    expect(hs.warnings).toEqual([]);
    const third = await store.add(run(3, 0.03), 2, after, hs);
    expect(third.runs.map((r) => r.at)).toEqual([run(2, 0).at, run(3, 0).at]);
  });
});

describe('monitor on real data (breast cancer, train profile as reference)', () => {
  const reference = referenceFromFile(join(EX, 'train.profile.json'));
  it('the holdout set does not drift; an identifier column is not compared', async () => {
    const r = await monitor({ data: join(EX, 'holdout.csv'), reference, rules: loadRules(undefined) });
    expect(r.drifted).toBe(false);
    expect(r.skipped.map((s) => s.column)).toEqual(['id']);
    expect(r.point.columns.mean_radius!.q).toHaveLength(5);
    expect(r.point.columns.malignant!.mean).toBeCloseTo(0.37, 1);
  });
  it('the drifted production batch of the example drifts; a run that opens no issue says which request it did not send', async () => {
    const r = await monitor({ data: join(EX, 'production-batch.csv'), reference, rules: loadRules(undefined) });
    expect(r.drifted).toBe(true);
    expect(r.driftedFeatures / r.compared).toBeGreaterThanOrEqual(0.5);
    const drifted = r.columns.filter((c) => c.status === 'fail').map((c) => c.column);
    expect(drifted).toContain('malignant');
    const workflow = unsentRetrain(parseRetrain('retrain.yml'), { name: 'm', result: r, why: 'no GitHub connection in this run' });
    expect(workflow).toMatchObject({ target: 'retrain.yml', dispatched: false, request: { event: 'workflow_dispatch', workflow: 'retrain.yml' } });
    expect(workflow.note).toMatch(/^not sent \(no GitHub connection in this run\); .* workflow_dispatch of retrain\.yml/);
    const repo = unsentRetrain(parseRetrain('repository_dispatch:retrain-model'), { name: 'm', result: r, runUrl: 'https://example.test/run/1', why: 'x' });
    expect(repo.request).toEqual({ event: 'repository_dispatch', event_type: 'retrain-model', client_payload: { model: 'm', drifted, run_url: 'https://example.test/run/1' } });
  });
  it('the prediction column alone makes drift when its share of positives moves', async () => {
    const [header, ...rows] = readFileSync(join(EX, 'holdout.csv'), 'utf8').trim().split('\n');
    const flipped = rows.map((r, i) => (i % 2 === 0 ? r.replace(/,0$/, ',1') : r));
    const f = join(dir, 'flipped.csv');
    writeFileSync(f, [header, ...flipped].join('\n') + '\n');
    const rules = join(dir, 'pred.yml');
    writeFileSync(rules, 'prediction:\n  column: malignant\n');
    const r = await monitor({ data: f, reference, rules: loadRules(rules) });
    expect(r.datasetDrift).toBe(false);
    expect(r.prediction).toMatchObject({ column: 'malignant', status: 'fail' });
    expect(r.drifted).toBe(true);
  });
  it('a prediction column missing from the data is a configuration error with a suggestion', async () => {
    const rules = join(dir, 'pred2.yml');
    writeFileSync(rules, 'prediction:\n  column: malignnt\n');
    await expect(monitor({ data: join(EX, 'holdout.csv'), reference, rules: loadRules(rules) })).rejects.toThrow(/"malignnt" is not in the data; did you mean "malignant"/);
  });
});

describe('monitor: production rows never seen in training', () => {
  const reference = referenceFromFile(join(EX, 'train.profile.json'));
  /** The CSV as numbers by column (the id as text), read here apart from mlgate. */
  const read = (f: string) => {
    const [header, ...rows] = readFileSync(f, 'utf8').trim().split('\n');
    const cols = header!.split(',');
    return { cols, rows: rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i]!, cols[i] === 'id' ? v : Number(v)]))) as Array<Record<string, number>> };
  };
  const train = read(join(EX, 'train.csv'));
  const holdout = read(join(EX, 'holdout.csv'));
  const numeric = train.cols.filter((c) => c !== 'id');
  const range = Object.fromEntries(numeric.map((c) => [c, [Math.min(...train.rows.map((r) => r[c]!)), Math.max(...train.rows.map((r) => r[c]!))]]));
  const novelLines = (margin: number) =>
    holdout.rows
      .map((r, i) => (numeric.some((c) => { const [lo, hi] = range[c]!; const pad = margin * (hi! - lo!); return r[c]! < lo! - pad || r[c]! > hi! + pad; }) ? i + 2 : 0))
      .filter(Boolean);

  it('counts the holdout rows outside the training ranges, per column, with their CSV line numbers, and keeps the shares in the history point', async () => {
    const r = await monitor({ data: join(EX, 'holdout.csv'), reference, rules: loadRules(undefined) });
    const lines = novelLines(0);
    expect(lines.length).toBeGreaterThan(0); // a 40% holdout holds values its 60% training split never reached
    expect(r.novelty).toMatchObject({ checked: holdout.rows.length, rows: lines.length, share: lines.length / holdout.rows.length, categoriesUnchecked: ['id'] });
    for (const [col, c] of Object.entries(r.novelty!.columns)) {
      const [lo, hi] = range[col]!;
      const expected = holdout.rows.map((row, i) => ({ row, line: i + 2 })).filter(({ row }) => row[col]! < lo! || row[col]! > hi!);
      expect(c.rows, col).toBe(expected.length);
      expect(c.examples.map((e) => e.line)).toEqual(expected.slice(0, 20).map((e) => e.line));
    }
    expect(r.point.novel!.share).toBeCloseTo(lines.length / holdout.rows.length, 3);
    expect(Object.keys(r.point.novel!.columns).sort()).toEqual(Object.keys(r.novelty!.columns).sort());
  });

  it('a margin widens the ranges; novelty: false leaves the pass out', async () => {
    const f = join(dir, 'margin.yml');
    writeFileSync(f, 'novelty: { margin: 0.1 }\n');
    const r = await monitor({ data: join(EX, 'holdout.csv'), reference, rules: loadRules(f) });
    expect(r.novelty!.rows).toBe(novelLines(0.1).length);
    expect(r.novelty!.rows).toBeLessThan(novelLines(0).length);
    writeFileSync(f, 'novelty: false\n');
    const off = await monitor({ data: join(EX, 'holdout.csv'), reference, rules: loadRules(f) });
    expect(off.novelty).toBeUndefined();
    expect(off.point.novel).toBeUndefined();
    writeFileSync(f, 'novelty: { margn: 0.1 }\n');
    expect(() => loadRules(f)).toThrow(/unknown key "margn"; did you mean "margin"\?/);
  });

  it('keeps the novel share through the history file and draws its trend, column names escaped', async () => {
    const r = await monitor({ data: join(EX, 'holdout.csv'), reference, rules: loadRules(undefined) });
    const earlier: RunPoint = { ...r.point, at: '2026-01-01T00:00:00Z', novel: { share: 0.01, columns: { '<b>x</b>': 0.01 } } };
    const store = fileStore(join(dir, 'novel-history.json'));
    await store.add(earlier, 30, await store.load('m', host()), host());
    await store.add(r.point, 30, await store.load('m', host()), host());
    const back = await store.load('m', host());
    expect(back.runs.map((x) => x.novel?.share)).toEqual([0.01, r.point.novel!.share]);
    const md = noveltyTrend(back, { ...r.novelty!, columns: { '<b>x</b>': { rows: 1, share: 0.01, reasons: {}, examples: [] } } }).join('\n');
    expect(md).toContain('**Rows never seen in training** over the last 2 runs');
    expect(md).toContain('xychart-beta');
    expect(md).toContain('<code>&#60;b&#62;x&#60;/b&#62;</code>');
    expect(md).not.toContain('<b>');
  });
});

