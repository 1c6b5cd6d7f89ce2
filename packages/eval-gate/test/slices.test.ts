import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host } from '@mlgate/core';
import { evaluateGate } from '../src/index.js';
import { close, python, seeded } from '../../metrics/test/sklearn.js';
import { mermaidBlocks, mermaidParser } from '../../report/test/mermaid.js';

const host: Host = { input: () => undefined, setOutput: () => {}, info: () => {}, notice: () => {}, warning: () => {}, error: () => {}, debug: () => {}, summary: async () => {}, setSecret: () => {}, outDir: () => '', exit: () => {} };
const dir = mkdtempSync(join(tmpdir(), 'mlgate-slices-'));
const COUNTRIES = ['DE', 'FR', 'US', 'IT'];

/** 900 rows; the candidate scores DE much worse than production, elsewhere a little better; IT has 12 rows. */
function write(): { cand: string; base: string } {
  const rnd = seeded(11);
  const rows: string[] = [];
  const base: string[] = [];
  for (let i = 0; i < 900; i++) {
    const country = i % 75 === 0 ? 'IT' : COUNTRIES[i % 3]!;
    const sex = rnd() < 0.5 ? 'f' : 'm';
    const age = 18 + Math.floor(rnd() * 70);
    const y = rnd() < 0.45 ? 1 : 0;
    const noise = rnd();
    const good = Math.round(Math.min(1, y * 0.45 + noise * 0.6) * 1000) / 1000;
    const bad = Math.round(Math.min(1, y * 0.08 + noise * 0.9) * 1000) / 1000;
    const c = country === 'DE' ? bad : Math.min(1, good + 0.01);
    rows.push(`r${i},${y},${c},${country},${sex},${age}`);
    base.push(`r${i},${y},${good},${country},${sex},${age}`);
  }
  const head = 'id,label,prediction,country,sex,age\n';
  writeFileSync(join(dir, 'cand.csv'), head + rows.join('\n') + '\n');
  writeFileSync(join(dir, 'base.csv'), head + base.reverse().join('\n') + '\n');
  return { cand: join(dir, 'cand.csv'), base: join(dir, 'base.csv') };
}

const CONFIG = `task: binary
rules:
  roc_auc: { max-drop: 0.05 }
slices:
  - country
  - { name: "65 and over", where: "age >= 65" }
slice-rules:
  roc_auc: { max-drop: 0.02 }
fairness:
  group: sex
  equalized_odds_difference: { max: 0.3 }
  demographic_parity_difference: { max-rise: 0.5 }
  roc_auc_ratio: { min: 0.5 }
bootstrap: { resamples: 300 }
`;

/** scikit-learn on each slice's and group's rows, read from the same files by Python's csv module. */
const SKLEARN = `
import csv, json, sys
from sklearn.metrics import roc_auc_score, confusion_matrix
a = json.load(open(sys.argv[1]))
def read(f): return {r["id"]: r for r in csv.DictReader(open(f))}
cand, base = read(a["cand"]), read(a["base"])
ids = list(cand)
def auc(rows, src): return roc_auc_score([int(src[i]["label"]) for i in rows], [float(src[i]["prediction"]) for i in rows])
out = {"slices": {}, "groups": {}}
for c in ["DE", "FR", "US", "IT"]:
    rows = [i for i in ids if cand[i]["country"] == c]
    out["slices"]["country=" + c] = {"n": len(rows), "candidate": auc(rows, cand), "production": auc(rows, base)}
rows = [i for i in ids if int(cand[i]["age"]) >= 65]
out["slices"]["65 and over"] = {"n": len(rows), "candidate": auc(rows, cand), "production": auc(rows, base)}
for g in ["f", "m"]:
    rows = [i for i in ids if cand[i]["sex"] == g]
    y = [int(cand[i]["label"]) for i in rows]; p = [int(float(cand[i]["prediction"]) >= 0.5) for i in rows]
    tn, fp, fn, tp = confusion_matrix(y, p, labels=[0, 1]).ravel()
    out["groups"][g] = {"tpr": tp / (tp + fn), "fpr": fp / (fp + tn), "sel": (tp + fp) / len(rows), "roc_auc": auc(rows, cand)}
print(json.dumps(out))`;

describe('slices and fairness', () => {
  const files = write();
  writeFileSync(join(dir, 'g.yml'), CONFIG);
  const run = () => evaluateGate({ name: 'churn', config: join(dir, 'g.yml'), predictions: files.cand, 'baseline-predictions': files.base, baseline: 'auto', alias: 'production' }, host);
  let parse: (text: string) => Promise<unknown>;
  beforeAll(async () => {
    parse = await mermaidParser();
  }, 30_000);

  it('computes each slice and group as scikit-learn does on its rows; the failing slice is named', async () => {
    const { report, markdown } = await run();
    const want = python<{ slices: Record<string, { n: number; candidate: number; production: number }>; groups: Record<string, Record<string, number>> }>(SKLEARN, files);
    const slices = report.data!.slices!;
    expect(slices.map((s) => s.name).sort()).toEqual(Object.keys(want.slices).sort());
    for (const s of slices) {
      const auc = s.metrics.find((m) => m.name === 'roc_auc')!;
      expect(s.rows).toBe(want.slices[s.name]!.n);
      expect(close(auc.candidate!, want.slices[s.name]!.candidate), `${s.name} candidate`).toBe(true);
      expect(close(auc.baseline!, want.slices[s.name]!.production), `${s.name} production`).toBe(true);
    }
    const de = slices.find((s) => s.name === 'country=DE')!.metrics[0]!;
    expect(de).toMatchObject({ status: 'fail' });
    expect(de.interval!.hi).toBeLessThan(-0.02);
    expect(slices.find((s) => s.name === 'country=IT')).toMatchObject({ rows: 12, gated: false, metrics: [{ status: 'skip' }] });
    expect(slices.find((s) => s.name === 'country=FR')!.metrics[0]!.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'slice:country=DE:roc_auc')).toMatchObject({ status: 'fail', title: 'roc_auc on slice country=DE', location: { file: join(dir, 'g.yml'), line: 8 } });
    expect(report.headline).toMatch(/failed on .*roc_auc on slice country=DE/);

    const f = report.data!.fairness!;
    const g = Object.fromEntries(f.groups.map((x) => [x.group, x.candidate]));
    for (const sex of ['f', 'm']) {
      expect(close(g[sex]!.true_positive_rate!, want.groups[sex]!.tpr!)).toBe(true);
      expect(close(g[sex]!.false_positive_rate!, want.groups[sex]!.fpr!)).toBe(true);
      expect(close(g[sex]!.selection_rate!, want.groups[sex]!.sel!)).toBe(true);
      expect(close(g[sex]!.roc_auc!, want.groups[sex]!.roc_auc!)).toBe(true);
    }
    const m = Object.fromEntries(f.measures.map((x) => [x.name, x]));
    const [wf, wm] = [want.groups.f!, want.groups.m!];
    expect(close(m.equalized_odds_difference!.candidate!, Math.max(Math.abs(wf.tpr! - wm.tpr!), Math.abs(wf.fpr! - wm.fpr!)))).toBe(true);
    expect(close(m.demographic_parity_difference!.candidate!, Math.abs(wf.sel! - wm.sel!))).toBe(true);
    expect(close(m.roc_auc_ratio!.candidate!, Math.min(wf.roc_auc!, wm.roc_auc!) / Math.max(wf.roc_auc!, wm.roc_auc!))).toBe(true);
    const eo = m.equalized_odds_difference!;
    expect(eo.valueInterval!.lo).toBeLessThanOrEqual(eo.candidate!);
    expect(eo.valueInterval!.hi).toBeGreaterThanOrEqual(eo.candidate!);
    expect(eo.interval).toBeDefined();

    expect(markdown).toContain('#### Slices (5, worst first)');
    expect(markdown.indexOf('country=DE')).toBeLessThan(markdown.indexOf('country=FR'));
    expect(markdown).toContain('#### Fairness across <code>sex</code>');
    const charts = mermaidBlocks(markdown);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toContain('"roc_auc per slice"');
    for (const c of charts) await expect(parse(c), c).resolves.toBeTruthy();
  });

  it('is reproducible: the same seed gives the same intervals', async () => {
    const [a, b] = [await run(), await run()];
    expect(a.report.data!.slices).toEqual(b.report.data!.slices);
    expect(a.report.data!.fairness).toEqual(b.report.data!.fairness);
  });

  it('config errors name the line: a misspelt fairness measure, a bad condition', async () => {
    writeFileSync(join(dir, 'bad1.yml'), 'task: binary\nfairness:\n  group: sex\n  equalised_odds_difference: { max: 0.1 }\n');
    await expect(evaluateGate({ name: 'x', config: join(dir, 'bad1.yml'), predictions: files.cand, baseline: 'none', alias: 'production' }, host)).rejects.toMatchObject({
      message: expect.stringMatching(/unknown fairness measure "equalised_odds_difference".*did you mean "equalized_odds_difference"/),
      location: { line: 4 },
    });
    writeFileSync(join(dir, 'bad2.yml'), 'task: binary\nslices:\n  - { name: old, where: "age >>= 65" }\n');
    await expect(evaluateGate({ name: 'x', config: join(dir, 'bad2.yml'), predictions: files.cand, baseline: 'none', alias: 'production' }, host)).rejects.toMatchObject({ message: expect.stringMatching(/slice "old": condition/), location: { line: 3 } });
    writeFileSync(join(dir, 'bad3.yml'), 'task: binary\nslices: [contry]\n');
    await expect(evaluateGate({ name: 'x', config: join(dir, 'bad3.yml'), predictions: files.cand, baseline: 'none', alias: 'production' }, host)).rejects.toThrow(/column "contry" not found; did you mean "country"/);
  });
});
