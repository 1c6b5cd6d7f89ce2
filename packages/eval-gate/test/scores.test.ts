import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host } from '@mlgate/core';
import { evaluateGate } from '../src/index.js';
import { close, python } from '../../metrics/test/sklearn.js';

const host: Host = { input: () => undefined, setOutput: () => {}, info: () => {}, notice: () => {}, warning: () => {}, error: () => {}, debug: () => {}, summary: async () => {}, setSecret: () => {}, outDir: () => '', exit: () => {} };
const dir = mkdtempSync(join(tmpdir(), 'mlgate-scores-'));

/** 60 cases: the candidate fixes cases 0–9 and breaks 50–52; a hostile case id and output on 51. */
function write(): { cand: string; base: string } {
  const head = 'case,score,passed,answer,expected\n';
  const rows = (model: 'c' | 'b') =>
    Array.from({ length: 60 }, (_, i) => {
      const basePass = i >= 10;
      const pass = model === 'b' ? basePass : i < 10 ? true : i >= 50 && i <= 52 ? false : basePass;
      const score = pass ? 0.8 + (i % 5) / 50 : 0.2 - (model === 'c' && i === 52 ? 0.15 : 0);
      const id = i === 51 ? '"<img src=x onerror=alert(1)> | `case` 51"' : `q${i}`;
      const answer = pass ? `the answer is ${i}` : i === 51 && model === 'c' ? '"<script>alert(1)</script> ' + 'x'.repeat(300) + '"' : 'no idea';
      return `${id},${score},${pass},${answer},answer is ${i}`;
    });
  writeFileSync(join(dir, 'c.csv'), head + rows('c').join('\n') + '\n');
  writeFileSync(join(dir, 'b.csv'), head + rows('b').reverse().join('\n') + '\n');
  return { cand: join(dir, 'c.csv'), base: join(dir, 'b.csv') };
}

describe('task: scores (per-example results)', () => {
  const f = write();
  writeFileSync(join(dir, 'g.yml'), 'task: scores\nid: case\nscores: [score]\npass: passed\noutput: answer\nreference: expected\nrules:\n  pass_rate: { max-drop: 0.05 }\n  mean_score: { min: 0.5 }\n  token_f1: { max-drop: 0.5 }\nbootstrap: { resamples: 500 }\n');
  const run = () => evaluateGate({ name: 'llm', config: join(dir, 'g.yml'), predictions: f.cand, 'baseline-predictions': f.base, baseline: 'auto', alias: 'production' }, host);

  it('mean score, pass rate and text metrics with paired intervals; the flipped cases worst first, escaped', async () => {
    const { report, markdown } = await run();
    const m = Object.fromEntries(report.data!.metrics.map((r) => [r.name, r]));
    expect(m.pass_rate).toMatchObject({ candidate: 57 / 60, baseline: 50 / 60, status: 'pass' });
    expect(m.pass_rate!.delta).toBeCloseTo(7 / 60, 12);
    expect(m.pass_rate!.interval!.lo).toBeLessThan(7 / 60);
    expect(m.pass_rate!.interval!.hi).toBeGreaterThan(7 / 60);
    expect(Object.keys(m)).toEqual(expect.arrayContaining(['mean_score', 'exact_match', 'token_f1', 'rouge_l', 'bleu']));
    expect(report.data!.joinedBy).toBe('id');
    const v = report.data!.scores!;
    expect(v.counts).toEqual({ broken: 3, fixed: 10, fell: 0, rose: 0 });
    expect(v.broken[0]!.title).toBe('q52'); // the largest score fall first
    expect(markdown).toContain('#### Test cases that changed');
    expect(markdown).toContain('**❌ Passed in production, fail in the candidate (3)**, worst first');
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toMatch(/&#60;script&#62;alert&#40;1&#41;&#60;\/script&#62; x+…/);
    expect(report.headline).toMatch(/^passed/);
  });

  it('the paired bootstrap over cases is seeded and the means match a NumPy recomputation', async () => {
    const [a, b] = [await run(), await run()];
    expect(a.report.data!.metrics).toEqual(b.report.data!.metrics);
    const want = python<{ score: number }>(`
import csv, json, sys, numpy as np
a = json.load(open(sys.argv[1])); rows = list(csv.DictReader(open(a["cand"])))
print(json.dumps({"score": float(np.mean([float(r["score"]) for r in rows]))}))`, f);
    expect(close(a.report.data!.metrics.find((r) => r.name === 'mean_score')!.candidate!, want.score)).toBe(true);
  });

  it('a misspelt metric names its line and the metrics the run has', async () => {
    writeFileSync(join(dir, 'bad.yml'), 'task: scores\nid: case\npass: passed\nrules:\n  pass_rat: { min: 0.9 }\n');
    await expect(evaluateGate({ name: 'x', config: join(dir, 'bad.yml'), predictions: f.cand, baseline: 'none', alias: 'production' }, host)).rejects.toMatchObject({ message: expect.stringMatching(/unknown scores metric "pass_rat"; did you mean "pass_rate"\?/), location: { line: 5 } });
    writeFileSync(join(dir, 'dup.csv'), 'case,passed\nq1,true\nq1,false\n');
    writeFileSync(join(dir, 'one.yml'), 'task: scores\nid: case\n');
    await expect(evaluateGate({ name: 'x', config: join(dir, 'one.yml'), predictions: join(dir, 'dup.csv'), 'baseline-predictions': f.base, baseline: 'auto', alias: 'production' }, host)).rejects.toThrow(/case "q1" appears twice/);
    writeFileSync(join(dir, 'bad2.yml'), 'task: scores\nid: case\npass: passed\nslices: [case]\n');
    await expect(evaluateGate({ name: 'x', config: join(dir, 'bad2.yml'), predictions: f.cand, baseline: 'none', alias: 'production' }, host)).rejects.toThrow(/task scores has no rows to slice/);
  });
});

describe('promptfoo results files written by the real CLI (fixtures/promptfoo)', () => {
  const fx = join(import.meta.dirname, 'fixtures/promptfoo');
  it('reads success, score and named scores, matches cases by description and vars, lists the flips', async () => {
    writeFileSync(join(dir, 'pf.yml'), 'task: scores\nreference: expected\nrules:\n  pass_rate: { max-drop: 0.1 }\n  mean_correct: { min: 0.5 }\nbootstrap: { resamples: 300 }\n');
    const { report, markdown } = await evaluateGate({ name: 'quiz', config: join(dir, 'pf.yml'), predictions: join(fx, 'candidate.results.json'), 'baseline-predictions': join(fx, 'production.results.json'), baseline: 'auto', alias: 'production' }, host);
    const m = Object.fromEntries(report.data!.metrics.map((r) => [r.name, r]));
    expect(Object.keys(m).sort()).toEqual(['bleu', 'exact_match', 'mean_brevity', 'mean_correct', 'mean_score', 'pass_rate', 'rouge_l', 'token_f1']);
    expect(m.pass_rate).toMatchObject({ candidate: 5 / 6, baseline: 4 / 6 });
    expect(m.mean_correct).toMatchObject({ candidate: 5 / 6, baseline: 4 / 6, status: 'pass' });
    expect(m.exact_match!.candidate).toBe(0); // "The answer is Paris" against "Paris"
    expect(m.token_f1!.candidate).toBeCloseTo((4 * 0.5 + 0 + 0.5) / 6, 12); // "answer is X" vs "X": F1 0.5; "four" vs "4": 0; Hamlet: "answer is shakespeare"
    const v = report.data!.scores!;
    expect(v.counts).toMatchObject({ broken: 1, fixed: 2 });
    expect(v.broken[0]!.title).toBe('test 2 {"expected":"4","question":"2 + 2?"}');
    expect(v.fixed.map((c) => c.title).sort()).toEqual(['author of <Hamlet> | `play`', 'capital of Japan']);
    expect(markdown).toContain('author of &#60;Hamlet&#62; &#124; &#96;play&#96;');
  });

  it('a file holding two runs, and a missing reference var, are errors naming the file', async () => {
    const two = JSON.parse(readFileSync(join(fx, 'candidate.results.json'), 'utf8'));
    two.results.results.push({ ...two.results.results[0], promptIdx: 1, prompt: { label: 'second prompt' } });
    writeFileSync(join(dir, 'two.json'), JSON.stringify(two));
    writeFileSync(join(dir, 'pf2.yml'), 'task: scores\n');
    await expect(evaluateGate({ name: 'x', config: join(dir, 'pf2.yml'), predictions: join(dir, 'two.json'), baseline: 'none', alias: 'production' }, host)).rejects.toThrow(/holds 2 prompt × provider runs/);
    writeFileSync(join(dir, 'pf3.yml'), 'task: scores\nreference: answer\n');
    await expect(evaluateGate({ name: 'x', config: join(dir, 'pf3.yml'), predictions: join(fx, 'candidate.results.json'), baseline: 'none', alias: 'production' }, host)).rejects.toThrow(/reference var "answer" is missing/);
  });
});
