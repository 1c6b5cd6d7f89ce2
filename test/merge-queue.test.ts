import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeCacheService } from './support/cache-server.js';
import { FakeGitHub } from './support/github-server.js';
import { webhookErrors } from './support/openapi/validate.js';
import { ROOT, runAction, type RunOptions } from './support/run-action.js';

/**
 * Every action on a `merge_group` event, run as GitHub runs it: the bundle as a process with the
 * event file a merge queue sends (test/support/webhooks: the shape of @octokit/webhooks' example
 * `merge_group.checks_requested`, completed to GitHub's OpenAPI description of the payload) and the
 * runner's variables for that event (GITHUB_SHA is the group's head, GITHUB_REF its queue branch).
 */
type Payload = { merge_group: { head_sha: string; head_ref: string; base_ref: string; base_sha: string }; repository: { default_branch: string } };
const PAYLOAD = JSON.parse(readFileSync(join(ROOT, 'test/support/webhooks/merge_group.checks_requested.json'), 'utf8')) as Payload;
const HEAD = PAYLOAD.merge_group.head_sha;

function group(change: Partial<Payload['merge_group']> = {}): Payload {
  return { ...PAYLOAD, merge_group: { ...PAYLOAD.merge_group, ...change } };
}

function onQueue(payload: Payload, opts: Omit<RunOptions, 'event' | 'eventName'>): RunOptions {
  return { ...opts, event: payload, eventName: 'merge_group', env: { GITHUB_SHA: payload.merge_group.head_sha, GITHUB_REF: payload.merge_group.head_ref, ...opts.env } };
}

const BC = join(ROOT, 'examples/breast-cancer');
const gate = { config: join(BC, 'gate.yml'), predictions: join(BC, 'predictions/candidate.csv'), name: 'malignancy', 'github-token': 'ghs_queue' };
const dir = () => mkdtempSync(join(tmpdir(), 'mlgate-mq-'));

describe('the merge_group payload the tests send', () => {
  it("is GitHub's merge_group checks_requested payload as its OpenAPI description states it", () => {
    expect(webhookErrors('merge-group-checks-requested', PAYLOAD)).toEqual([]);
    expect(PAYLOAD.merge_group.head_ref).toMatch(/^refs\/heads\/gh-readonly-queue\/main\/pr-104-[0-9a-f]{40}$/);
    // and the description would catch a payload that is not one
    expect(webhookErrors('merge-group-checks-requested', { action: 'checks_requested', merge_group: { head_sha: HEAD } })).toContain('merge_group.head_ref: must have required property \'head_ref\'');
  });
});

describe('every action on a merge_group event (bundles, GitHub stand-in on loopback)', () => {
  const gh = new FakeGitHub();
  beforeAll(() => gh.start());
  afterAll(() => gh.stop());

  it('eval-gate: judged as on a pull request, the check run on merge_group.head_sha, the comment on the pull request named in head_ref', async () => {
    gh.addPullRequest(104, [{ body: 'ready to queue' }]);
    const r = await runAction('eval-gate', onQueue(PAYLOAD, { inputs: { ...gate, 'baseline-predictions': join(BC, 'predictions/production.csv') }, apiUrl: gh.url }));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report).toMatchObject({ tool: 'eval-gate', status: 'pass', pullRequest: 104 });
    const run = gh.checkRuns.at(-1)!;
    expect(run.body).toMatchObject({ name: 'mlgate eval-gate: malignancy', head_sha: HEAD, conclusion: 'success' });
    const comment = gh.issues.get(104)!.comments.find((c) => c.body.startsWith('<!-- mlgate:eval-gate:malignancy -->'))!;
    expect(comment.body).toContain('Judged in the merge queue on the merge group <code>2ffea6d</code> into <code>main</code>.');
    expect(comment.body).toContain('| metric | production | candidate |');
  });

  it("eval-gate: the baseline is the queue's base branch: what a push to main saved in the Actions cache", async () => {
    const cache = await new FakeCacheService().start();
    try {
      const env = { ...cache.env(), RUNNER_TEMP: dir() };
      const main = await runAction('eval-gate', { inputs: { ...gate, comment: 'never', 'fail-on': 'never', predictions: join(BC, 'predictions/production.csv') }, event: { repository: { default_branch: 'main' } }, eventName: 'push', env, apiUrl: gh.url });
      expect(main.code, main.stdout).toBe(0);
      expect(cache.entries).toHaveLength(1);
      const saved = JSON.parse(readFileSync(main.outputs.report!, 'utf8')).data.metrics as Array<{ name: string; candidate: number }>;
      gh.addPullRequest(104);
      const r = await runAction('eval-gate', onQueue(PAYLOAD, { inputs: gate, env, apiUrl: gh.url }));
      expect(r.code, r.stdout).toBe(0);
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
      expect(report.data.baselineSource).toBe("main's (the merge queue's base branch) last metrics (0123456), from the Actions cache");
      const rows = Object.fromEntries((report.data.metrics as Array<{ name: string; baseline?: number; status?: string }>).map((m) => [m.name, m]));
      for (const m of saved) expect(rows[m.name]!.baseline, m.name).toBe(m.candidate);
      expect(rows.roc_auc!.status).toBe('pass');
      expect(cache.entries).toHaveLength(1); // a merge group never saves a baseline
    } finally {
      await cache.stop();
    }
  });

  it('eval-gate: a rule it cannot decide without a baseline fails closed on the queue, saying why; on a pull request it is only skipped', async () => {
    const inputs = { ...gate, comment: 'never' };
    const pr = await runAction('eval-gate', { inputs, event: { pull_request: { number: 104, head: { sha: 'feedface', repo: { full_name: 'acme/churn' } }, base: { repo: { full_name: 'acme/churn' } } } }, apiUrl: gh.url });
    expect(pr.code, pr.stdout).toBe(0);
    expect(JSON.parse(readFileSync(pr.outputs.report!, 'utf8')).checks.find((c: { id: string }) => c.id === 'f1').status).toBe('skip');

    const r = await runAction('eval-gate', onQueue(PAYLOAD, { inputs, apiUrl: gh.url }));
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.passed).toBe('false');
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.status).toBe('fail');
    // roc_auc and recall hold their minimum, but their max-drop needs the baseline: undecided as well
    expect(report.headline).toMatch(/^failed closed on the merge queue: roc_auc, recall, f1 and 1 more could not be decided \(/);
    expect(report.checks.map((c: { id: string; status: string }) => `${c.id} ${c.status}`)).toEqual(['roc_auc fail', 'recall fail', 'f1 fail', 'log_loss fail']);
    expect(report.checks[0].message).toMatch(/≥ 0\.95; lift over no skill \(0\.5\) is \+0\.4973 ≥ 0\.3, but with no production baseline its change limit was not checked — not decided on a merge-group run, so it fails closed$/);
    const f1 = report.checks.find((c: { id: string }) => c.id === 'f1');
    expect(f1).toMatchObject({ status: 'fail', message: 'no production baseline, so the relative drop limit was not checked — not decided on a merge-group run, so it fails closed' });
    // the reason is an annotation at the rule, and the first thing in the summary and the check run
    expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringMatching(/^f1: no production baseline.*fails closed$/) }));
    expect(r.annotations.find((a) => a.message.startsWith('f1:'))!.props).toMatch(/file=.*gate\.yml,line=11/);
    expect(r.summary).toMatch(/^> \*\*❌ Failed closed on the merge queue\.\*\* A merge-group run \(into <code>main<\/code>\) must decide every check; these 4 could not be decided/);
    const run = gh.checkRuns.at(-1)!;
    expect(run.body).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
    expect((run.body.output as { title: string }).title).toMatch(/^failed closed on the merge queue/);
    // fail-on: never still reports the gate as not passed, and does not fail the step
    const never = await runAction('eval-gate', onQueue(PAYLOAD, { inputs: { ...inputs, 'fail-on': 'never' }, apiUrl: gh.url }));
    expect([never.code, never.outputs.passed]).toEqual([0, 'false']);
  });

  it('eval-gate: a queue into another branch than the default one has no cache baseline, says so, and fails closed', async () => {
    const cache = await new FakeCacheService().start();
    try {
      const env = { ...cache.env(), RUNNER_TEMP: dir() };
      await runAction('eval-gate', { inputs: { ...gate, comment: 'never', 'fail-on': 'never', predictions: join(BC, 'predictions/production.csv') }, event: { repository: { default_branch: 'main' } }, eventName: 'push', env, apiUrl: gh.url });
      expect(cache.entries).toHaveLength(1);
      gh.addPullRequest(7);
      const release = group({ base_ref: 'refs/heads/release/2.x', head_ref: `refs/heads/gh-readonly-queue/release/2.x/pr-7-${'c'.repeat(40)}` });
      const r = await runAction('eval-gate', onQueue(release, { inputs: gate, env, apiUrl: gh.url }));
      expect(r.code, r.stdout).toBe(1);
      expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: 'the merge queue merges into "release/2.x", but the Actions cache holds the metrics of "main" only (saved on a push to it): no baseline from "release/2.x"' }));
      expect(JSON.parse(readFileSync(r.outputs.report!, 'utf8'))).toMatchObject({ status: 'fail', pullRequest: 7 });
      expect(gh.issues.get(7)!.comments[0]!.body).toContain('into <code>release/2.x</code>');
      expect(cache.calls.filter((c) => c.method === 'GetCacheEntryDownloadURL')).toHaveLength(0);
    } finally {
      await cache.stop();
    }
  });

  it('a head_ref that names no pull request: the check run still goes on the head commit, the report only to the summary, with the reason', async () => {
    const before = gh.requests.length;
    const odd = group({ head_ref: 'refs/heads/queue/main/batch-12' });
    const r = await runAction('eval-gate', onQueue(odd, { inputs: { ...gate, 'baseline-predictions': join(BC, 'predictions/production.csv'), comment: 'always' }, apiUrl: gh.url }));
    expect(r.code, r.stdout).toBe(0);
    const reason = 'the merge group\'s ref "refs/heads/queue/main/batch-12" does not name a pull request (GitHub names it gh-readonly-queue/<base>/pr-<number>-<sha>)';
    expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: `${reason}: no pull request comment was posted; the report is in the job summary` }));
    expect(r.summary).toContain('> the merge group\'s ref "refs/heads/queue/main/batch-12" does not name a pull request &#40;GitHub names it gh-readonly-queue/&#60;base&#62;/pr-&#60;number&#62;-&#60;sha&#62;&#41;: no pull request comment was posted.');
    const sent = gh.requests.slice(before).map((q) => `${q.method} ${q.path}`);
    expect(sent).toEqual(['POST /repos/acme/churn/check-runs']);
    expect(gh.checkRuns.at(-1)!.body).toMatchObject({ head_sha: HEAD });
    expect(JSON.parse(readFileSync(r.outputs.report!, 'utf8')).pullRequest).toBeUndefined();
  });

  it('data-check and shadow-compare: the check run on the group head, the comment on the pull request', async () => {
    gh.addPullRequest(104);
    const d = dir();
    writeFileSync(join(d, 'suite.yml'), 'columns:\n  age: { min: 0, max: 120 }\n');
    writeFileSync(join(d, 'people.csv'), 'age\n34\n41\n');
    const dc = await runAction('data-check', onQueue(PAYLOAD, { inputs: { suite: join(d, 'suite.yml'), data: join(d, 'people.csv'), name: 'people', 'github-token': 'ghs_queue' }, apiUrl: gh.url }));
    expect(dc.code, dc.stdout).toBe(0);
    expect(gh.checkRuns.at(-1)!.body).toMatchObject({ name: 'mlgate data-check: people', head_sha: HEAD, conclusion: 'success' });

    const sh = join(ROOT, 'examples/shadow');
    const model = (v: string) => `command: node ${join(sh, 'model-server.mjs')} ${join(sh, `models/${v}.json`)} --stdin`;
    mkdirSync(join(d, 'in'));
    writeFileSync(join(d, 'in/inputs.jsonl'), readFileSync(join(sh, 'inputs.jsonl'), 'utf8').split('\n').slice(0, 30).join('\n') + '\n');
    writeFileSync(join(d, 'shadow.yml'), 'answer: predictions[0].score\nrules:\n  error_rate: { max: 0 }\n');
    const sc = await runAction('shadow-compare', onQueue(PAYLOAD, { inputs: { inputs: join(d, 'in/inputs.jsonl'), candidate: model('candidate'), production: model('candidate'), config: join(d, 'shadow.yml'), name: 'replay', 'github-token': 'ghs_queue' }, apiUrl: gh.url }));
    expect(sc.code, sc.stdout).toBe(0);
    expect(gh.checkRuns.at(-1)!.body).toMatchObject({ name: 'mlgate shadow-compare: replay', head_sha: HEAD, conclusion: 'success' });
    const bodies = gh.issues.get(104)!.comments.map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual(expect.arrayContaining(['<!-- mlgate:data-check:people -->', '<!-- mlgate:shadow-compare:replay -->']));
  });

  it("monitor: retraining is dispatched on the queue's base branch, never on the queue's own branch", async () => {
    const profile = join(BC, 'data/train.profile.json');
    const d = dir();
    const [header, ...rows] = readFileSync(join(BC, 'data/holdout.csv'), 'utf8').trim().split('\n');
    const cols = header!.split(',');
    const shifted = rows.map((row) => row.split(',').map((v, i) => (/^(mean|worst)_/.test(cols[i]!) ? String(Number(v) * 1.5) : v)).join(','));
    writeFileSync(join(d, 'week.csv'), [header, ...shifted].join('\n') + '\n');
    writeFileSync(join(d, 'rules.yml'), 'prediction:\n  column: malignant\ncolumn:\n  id: { ignore: true }\n');
    const release = group({ base_ref: 'refs/heads/release/2.x', head_ref: `refs/heads/gh-readonly-queue/release/2.x/pr-7-${'c'.repeat(40)}` });
    const r = await runAction('monitor', onQueue(release, { inputs: { reference: profile, rules: join(d, 'rules.yml'), data: join(d, 'week.csv'), name: 'breast-cancer-queue', retrain: 'retrain.yml', history: join(d, 'history.json'), 'github-token': 'ghs_queue' }, apiUrl: gh.url }));
    expect(r.outputs.drifted, r.stdout).toBe('true');
    expect(gh.dispatches.at(-1)).toMatchObject({ kind: 'workflow', workflow: 'retrain.yml', body: { ref: 'refs/heads/release/2.x' } });
  });

  it('deploy: the Deployment records the merge group head commit', async () => {
    const reg = dir();
    const model = dir();
    writeFileSync(join(model, 'model.bin'), 'weights');
    const r = await runAction('deploy', onQueue(PAYLOAD, { inputs: { model, registry: `file://${reg}`, name: 'churn', promote: 'staging', 'github-token': 'ghs_queue' }, apiUrl: gh.url }));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(gh.deployments.at(-1)).toMatchObject({ environment: 'staging', ref: HEAD });
  });
});
