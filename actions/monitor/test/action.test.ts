import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegistry } from '@mlgate/registry';
import { FakeGitHub } from '../../../test/support/github-server.js';
import { AzuriteServer } from '../../../test/support/object-stores.js';
import { ROOT, runAction } from '../../../test/support/run-action.js';

const EX = join(ROOT, 'examples/breast-cancer/data');
const PROFILE = join(EX, 'train.profile.json');
const dir = mkdtempSync(join(tmpdir(), 'mlgate-monitor-'));

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** The real holdout set with a drift injected: every `mean_*` and `worst_*` feature scaled by `factor`. */
function shifted(name: string, factor: number): string {
  const [header, ...rows] = readFileSync(join(EX, 'holdout.csv'), 'utf8').trim().split('\n');
  const cols = header!.split(',');
  const scale = cols.map((c) => /^(mean|worst)_/.test(c));
  const out = rows.map((r) =>
    r
      .split(',')
      .map((v, i) => (scale[i] ? String(+(Number(v) * factor).toPrecision(6)) : v))
      .join(','),
  );
  return file(name, [header, ...out].join('\n') + '\n');
}

const RULES = file('rules.yml', ['prediction:', '  column: malignant', 'column:', '  id: { ignore: true }', 'keep-runs: 5', ''].join('\n'));

function noStack(out: string): void {
  expect(out).not.toMatch(/\n\s+at [\w.<]+ \(/);
  expect(out).not.toMatch(/internal error/);
}

describe('actions/monitor (bundle as a process, GitHub REST on loopback)', () => {
  const gh = new FakeGitHub();
  beforeAll(() => gh.start());
  afterAll(() => gh.stop());

  it('drift opens one issue and dispatches once; a second drift updates it without dispatching; a clean run comments and closes', async () => {
    // Other open issues, over more than one page, so the marker search must paginate.
    for (let i = 0; i < 105; i++) gh.issues.set(i + 1, { number: i + 1, title: `other ${i}`, body: i === 7 ? 'quotes <!-- mlgate:monitor:breast-cancer --> in the middle' : 'x', state: 'open', labels: [], comments: [] });
    const history = join(dir, 'history.json');
    const base = { reference: PROFILE, rules: RULES, name: 'breast-cancer', retrain: 'retrain.yml', history, 'github-token': 'ghs_monitor_secret' };
    const opts = { apiUrl: gh.url, eventName: 'schedule' };

    const first = await runAction('monitor', { ...opts, inputs: { ...base, data: shifted('week1.csv', 1.5) } });
    noStack(first.stdout + first.stderr);
    expect(first.code).toBe(1); // drift fails the step under fail-on: fail
    expect(first.outputs.drifted).toBe('true');
    const number = Number(first.outputs.issue);
    expect(number).toBe(106);
    const issue = gh.issues.get(number)!;
    expect(issue.state).toBe('open');
    expect(issue.labels.map((l) => l.name)).toEqual(['mlgate-drift']);
    expect(issue.body.startsWith('<!-- mlgate:monitor:breast-cancer -->')).toBe(true);
    expect(issue.body).toMatch(/<!-- mlgate:monitor-retrain:\{"target":"retrain.yml"/);
    expect(issue.body).toContain('https://github.com/acme/churn/actions/runs/4242');
    expect(issue.body).toContain('<code>mean&#95;radius</code>'); // column names are escaped
    expect(issue.body).toContain('```mermaid');
    expect(issue.body).toMatch(/bar \[/);
    expect(gh.dispatches).toHaveLength(1);
    expect(gh.dispatches[0]).toMatchObject({ kind: 'workflow', workflow: 'retrain.yml', body: { ref: 'refs/heads/main' } });
    expect(first.stdout.replace(/^::add-mask::.*$/m, '')).not.toContain('ghs_monitor_secret');
    const report = JSON.parse(readFileSync(first.outputs.report!, 'utf8'));
    expect(report.data.issue).toMatchObject({ number, action: 'opened' });
    expect(report.data.retrain).toMatchObject({ target: 'retrain.yml', dispatched: true });
    const drifted = report.data.columns.filter((c: { status: string }) => c.status === 'fail').map((c: { column: string }) => c.column);
    expect(drifted).toContain('mean_radius');
    expect(drifted).not.toContain('radius_error'); // not shifted
    expect(first.summary).toContain('drift');
    // rows never seen in training: the scaled mean_radius above the training maximum, counted here from train.csv
    const [trainHeader, ...trainRows] = readFileSync(join(EX, 'train.csv'), 'utf8').trim().split('\n');
    const at = trainHeader!.split(',').indexOf('mean_radius');
    const max = Math.max(...trainRows.map((r) => Number(r.split(',')[at])));
    const week1 = readFileSync(join(dir, 'week1.csv'), 'utf8').trim().split('\n').slice(1);
    const above = week1.map((r, i) => ({ v: Number(r.split(',')[at]), line: i + 2 })).filter((x) => x.v > max);
    expect(above.length).toBeGreaterThan(0);
    expect(report.data.novelty.columns.mean_radius).toMatchObject({ rows: above.length, reasons: { 'above-max': above.length } });
    expect(report.data.novelty.columns.mean_radius.examples.map((e: { line: number }) => e.line)).toEqual(above.slice(0, 20).map((x) => x.line));
    expect(issue.body).toContain('#### Rows never seen in training:');

    const second = await runAction('monitor', { ...opts, inputs: { ...base, data: shifted('week2.csv', 1.7) } });
    noStack(second.stdout + second.stderr);
    expect(second.outputs.drifted).toBe('true');
    expect(second.outputs.issue).toBe(String(number));
    expect(gh.issues.size).toBe(106); // no duplicate
    expect(gh.dispatches).toHaveLength(1); // requested once per open issue
    const updated = gh.issues.get(number)!.body;
    expect(updated).toMatch(/<!-- mlgate:monitor-retrain:/); // the record survives the update
    expect(updated).toContain('Trend over the last runs');
    expect(updated).toMatch(/line \[/);
    expect(updated).toContain('**Rows never seen in training** over the last 2 runs');
    expect(JSON.parse(readFileSync(second.outputs.report!, 'utf8')).data.retrain).toMatchObject({ dispatched: false });

    const clean = await runAction('monitor', { ...opts, inputs: { ...base, data: join(EX, 'holdout.csv') } });
    noStack(clean.stdout + clean.stderr);
    expect(clean.code).toBe(0);
    expect(clean.outputs.drifted).toBe('false');
    expect(clean.outputs.issue).toBe(String(number));
    const closed = gh.issues.get(number)!;
    expect(closed.state).toBe('closed');
    expect(closed.comments.at(-1)!.body).toMatch(/drift has cleared/);
    expect(gh.dispatches).toHaveLength(1);

    const h = JSON.parse(readFileSync(history, 'utf8'));
    expect(h.runs).toHaveLength(3);
    expect(h.runs.map((r: { drifted: boolean }) => r.drifted)).toEqual([true, true, false]);
    // The history holds the statistics: the injected 1.5× and 1.7× scale shows in the mean of mean_radius.
    const means = h.runs.map((r: { columns: Record<string, { mean: number }> }) => r.columns.mean_radius!.mean);
    expect(means[0] / means[2]).toBeCloseTo(1.5, 2);
    expect(means[1] / means[2]).toBeCloseTo(1.7, 2);
    // and the share of novel rows per column, which grows with the scale
    expect(h.runs[1].novel.columns.mean_radius).toBeGreaterThan(h.runs[0].novel.columns.mean_radius);

    // A new drift after the close opens a new issue and may request retraining again.
    const again = await runAction('monitor', { ...opts, inputs: { ...base, data: shifted('week4.csv', 1.5), 'fail-on': 'never' } });
    expect(again.code).toBe(0);
    expect(Number(again.outputs.issue)).toBe(107);
    expect(gh.dispatches).toHaveLength(2);
    expect(JSON.parse(readFileSync(history, 'utf8')).runs).toHaveLength(4);
  }, 40_000);

  it.each(['file', 'azblob'])('reference and history from the registry (%s://); repository_dispatch with a payload', async (kind) => {
    const azurite = kind === 'azblob' ? await new AzuriteServer(['models']).start() : undefined;
    const env: Record<string, string> = azurite ? { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString() } : {};
    Object.assign(process.env, env);
    const url = azurite ? `azblob://${AzuriteServer.account}/models/monitoring` : `file://${join(dir, 'registry')}`;
    const reg = openRegistry(url);
    const model = file('model.bin', 'weights');
    await reg.publish('cancer', { model, who: 'test', attachments: [{ role: 'data-profile', file: PROFILE }] });
    await reg.promote('cancer', 'production', '1', { who: 'test' });
    const inputs = { registry: url, name: 'cancer', rules: RULES, retrain: 'repository_dispatch:retrain-cancer', 'github-token': 't' };
    const r = await runAction('monitor', { apiUrl: gh.url, eventName: 'schedule', env, inputs: { ...inputs, data: shifted('reg.csv', 1.4) } });
    if (azurite) expect(r.stdout).toContain(`::add-mask::${AzuriteServer.key}`);
    noStack(r.stdout + r.stderr);
    expect(r.outputs.drifted).toBe('true');
    const d = gh.dispatches.at(-1)!;
    expect(d.kind).toBe('repository');
    expect(d.body).toMatchObject({ event_type: 'retrain-cancer', client_payload: { model: 'cancer', issue: Number(r.outputs.issue) } });
    expect(JSON.parse(readFileSync(r.outputs.report!, 'utf8')).data.reference).toMatchObject({ label: `cancer 1 (production) in ${url}`, rows: 341 });
    // The history is the newest version of cancer.monitor-history; a second run adds to it.
    await runAction('monitor', { apiUrl: gh.url, eventName: 'schedule', env, inputs: { ...inputs, data: join(EX, 'holdout.csv') } });
    const versions = await reg.versions('cancer.monitor-history');
    expect(versions).toEqual(['1', '2']);
    expect(gh.issues.get(Number(r.outputs.issue))!.state).toBe('closed');
    await azurite?.stop();
  }, 30_000);

  it('bad input: one line, naming the file, field or alias; exit 1', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ data: join(dir, 'missing.csv'), reference: PROFILE }, /data file not found.*missing\.csv|missing\.csv.*data file not found/],
      [{ data: join(EX, 'holdout.csv'), reference: PROFILE, rules: file('bad-rules.yml', 'shares: 0.3\n') }, /bad-rules\.yml:1:1: unknown key "shares"; did you mean "share"\?/],
      [{ data: join(EX, 'holdout.csv'), registry: `file://${join(dir, 'registry')}`, name: 'cancer', alias: 'staging' }, /cancer has no version or alias "staging"/],
      [{ data: join(EX, 'holdout.csv'), reference: PROFILE, retrain: 'rm -rf /' }, /input "retrain": expected a workflow file name/],
    ];
    for (const [inputs, re] of cases) await expectOneError(inputs, re);
  }, 20_000);

  it('an empty or column-less production export is an error naming the file, never "no drift"', async () => {
    const header = readFileSync(join(EX, 'holdout.csv'), 'utf8').split('\n')[0]!;
    const cases: Array<[string, RegExp]> = [
      [file('empty.csv', ''), /empty\.csv:1: the file is empty/], // the CSV reader's own error
      [file('empty.jsonl', ''), /empty\.jsonl:1: the file is empty/],
      [file('header-only.csv', header + '\n'), /header-only\.csv.*no rows|no rows.*header-only\.csv/],
      [file('other.csv', 'a,b\n1,2\n3,4\n'), /other\.csv.*no columns shared with the reference profile/],
    ];
    const history = join(dir, 'empty-export.history.json');
    for (const [data, re] of cases) {
      const r = await expectOneError({ data, reference: PROFILE, rules: RULES, name: 'breast-cancer', history }, re);
      expect(r.outputs.drifted).toBeUndefined();
      expect(existsSync(history)).toBe(false); // no run recorded
      expect(r.stdout + r.summary).not.toMatch(/0 of 0 columns/);
    }
  }, 20_000);

  async function expectOneError(inputs: Record<string, string>, re: RegExp) {
    {
      const r = await runAction('monitor', { apiUrl: gh.url, eventName: 'schedule', inputs });
      noStack(r.stdout + r.stderr);
      expect(r.code).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(`${errors[0]!.props} ${errors[0]!.message}`).toMatch(re);
      return r;
    }
  }
});
