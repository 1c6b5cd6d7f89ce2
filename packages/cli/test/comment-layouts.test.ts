import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { mermaidParser } from '../../report/test/mermaid.js';

// The comments as a reviewer sees them: each gate run by the CLI on the example, its comment.md
// rendered by cmark-gfm (GitHub's Markdown) and its charts parsed by Mermaid itself.
const ROOT = resolve(import.meta.dirname, '../../..');
const EX = join(ROOT, 'examples/breast-cancer');
const dir = mkdtempSync(join(tmpdir(), 'mlgate-layout-'));

function mlgate(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Run a command into its own folder and return its comment rendered as GitHub renders Markdown. */
function comment(out: string, args: string[]) {
  const r = mlgate([...args, '--out', join(dir, out)]);
  const md = readFileSync(join(dir, out, 'comment.md'), 'utf8');
  const html = execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter'], { input: md, encoding: 'utf8' });
  const doc = new JSDOM(html).window.document;
  return { ...r, md, doc, h3: doc.querySelector('h3')?.textContent ?? '' };
}

let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  parse = await mermaidParser();
}, 30_000);

const serve = (model: string) => `command: node ${join(EX, 'serve.mjs')} ${join(EX, 'models', model, 'model.json')} --stdin`;
type El = ReturnType<InstanceType<typeof JSDOM>['window']['document']['querySelector']>;
const headers = (table: El | undefined) => [...(table?.querySelectorAll('th') ?? [])].map((th) => th.textContent);

describe('comment layouts, rendered', () => {
  it('eval-gate: the headline names the gate once, and Δ says better or worse by the metric’s direction', () => {
    const c = comment('eg', ['eval-gate', '--config', join(EX, 'gate.yml'), '--predictions', join(EX, 'predictions/candidate.csv'), '--baseline-predictions', join(EX, 'predictions/production.csv')]);
    expect(c.h3).toBe('✅ eval-gate: passed: 4 of 4 rules hold — roc_auc 0.9973 (▲ +0.01432 better vs production)');
    const row = (metric: string) => [...c.doc.querySelectorAll('tr')].find((tr) => tr.querySelector('td')?.textContent === metric)!;
    // the Δ column, found by its header (a no-skill column stands before it when a rule asks for lift)
    const delta = headers(c.doc.querySelector('table') ?? undefined).indexOf('Δ');
    expect(delta).toBeGreaterThan(2);
    expect(row('roc_auc').querySelectorAll('td')[delta]!.textContent).toMatch(/^▲ \+0\.01432 better/);
    // log loss fell: lower is better, so the fall is the improvement
    expect(row('log_loss').querySelectorAll('td')[delta]!.textContent).toMatch(/^▼ −0\.1029 better/);
    const swapped = comment('eg-swapped', ['eval-gate', '--config', join(EX, 'gate.yml'), '--predictions', join(EX, 'predictions/production.csv'), '--baseline-predictions', join(EX, 'predictions/candidate.csv'), '--name', 'malignancy']);
    expect(swapped.h3).toMatch(/^❌ eval-gate malignancy: failed on recall, f1/);
    expect([...swapped.doc.querySelectorAll('tr')].find((tr) => tr.querySelector('td')?.textContent === 'log_loss')!.querySelectorAll('td')[delta]!.textContent).toMatch(/^▲ \+0\.1029 worse/);
  });

  it('eval-gate: a rule with no production baseline is "not checked", never "0 of 1 rules hold"', () => {
    const g = join(dir, 'drop-only.yml');
    writeFileSync(g, 'task: binary\nlabel: malignant\nprediction: score\nrules:\n  roc_auc: { max-drop: 0.01 }\n');
    const c = comment('eg-nobase', ['eval-gate', '--config', g, '--predictions', join(EX, 'predictions/candidate.csv')]);
    expect(c.h3).toBe('✅ eval-gate: 1 rule not checked: no production baseline — roc_auc 0.9973');
  });

  it('shadow-compare: bars and a line told apart, answers before the request, no meaningless tolerance share', async () => {
    const c = comment('sc', ['shadow-compare', '--inputs', join(EX, 'replay.jsonl'), '--candidate', serve('candidate'), '--production', serve('production'), '--config', join(EX, 'shadow.yml')]);
    // the latency rule is warn-only and two local processes' p95 (about half a millisecond) varies from run to run
    expect(c.h3).toMatch(/^⚠️ shadow-compare: passed with warnings on psi(, latency_p95_ms)? — candidate agrees with production on 95\.18% of 228 inputs/);
    const charts = [...c.md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    expect(charts).toHaveLength(1);
    await expect(parse(charts[0]!)).resolves.toBeTruthy();
    expect(charts[0]!.match(/^ {2}(bar|line) \[/gm)).toEqual(['  bar [', '  line [']);
    expect(c.md).toContain('<sub>▮ bars: production · ━ line: candidate</sub>');
    expect(charts[0]).toMatch(/x-axis \["0–0\.1", "0\.1–0\.2"/);
    const tables = [...c.doc.querySelectorAll('table')];
    expect(tables.flatMap(headers)).not.toContainEqual(expect.stringMatching(/beyond tolerance/));
    const divergent = tables.find((t) => headers(t).includes('request (truncated)'));
    expect(headers(divergent)).toEqual(['input', 'production', 'candidate', '|Δ|', 'flipped', 'request (truncated)']);
  });

  it('shadow-compare: a dead production endpoint is one warning with its cause, and no latency figures', () => {
    const c = comment('sc-dead', ['shadow-compare', '--inputs', join(EX, 'replay.jsonl'), '--candidate', serve('candidate'), '--production', 'http://127.0.0.1:9/', '--retries', '0']);
    const down = c.stderr.split('\n').filter((l) => l.includes('is down'));
    expect(down).toEqual(['warning: production (http://127.0.0.1:9/) is down: 50 requests in a row failed, the last with connection refused; the rest is not sent to it']);
    expect(c.h3).not.toMatch(/latency/);
    const endpoints = [...c.doc.querySelectorAll('table')].find((t) => headers(t).includes('answered'))!;
    const production = [...endpoints.querySelectorAll('tr')].find((tr) => tr.querySelector('td')?.textContent === 'production')!;
    expect([...production.querySelectorAll('td')].slice(-3).map((td) => td.textContent)).toEqual(['—', '—', '—']);
    const latency = [...c.doc.querySelectorAll('tr')].find((tr) => tr.querySelector('td')?.textContent === 'latency_p95_ms');
    expect(latency?.textContent).toContain('not checked');
  });

  it('data-check and monitor: no repeated names, no "no drift" beside drifted columns', () => {
    const dc = comment('dc', ['data-check', '--suite', join(EX, 'data-suite.yml'), '--data', join(EX, 'data/holdout.csv'), '--reference', join(EX, 'data/train.profile.json')]);
    expect(dc.h3).toBe('✅ data-check: all 23 checks passed — 228 rows');
    const mo = comment('mo', ['monitor', '--data', join(EX, 'data/holdout.csv'), '--reference', join(EX, 'data/train.profile.json'), '--history', 'none']);
    expect(mo.h3).toMatch(/^⚠️ monitor: no dataset drift: 1 of 31 columns drifted, below the 50% share/);
    const dep = comment('dep', ['deploy', '--registry', `file://${join(dir, 'registry')}`, '--name', 'screen', '--model', join(EX, 'models/candidate'), '--promote', 'production']);
    expect(dep.h3).toBe('✅ deploy: screen 1 deployed to production');
  });
});
