import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeCacheService } from '../../../test/support/cache-server.js';
import { FakeGitHub } from '../../../test/support/github-server.js';
import { ROOT, runAction } from '../../../test/support/run-action.js';

const EX = join(ROOT, 'examples/breast-cancer');
const prEvent = (n: number) => ({
  pull_request: { number: n, head: { sha: 'feedface', repo: { full_name: 'acme/churn' } }, base: { repo: { full_name: 'acme/churn' } } },
  repository: { default_branch: 'main' },
});
const forkEvent = (n: number) => ({ ...prEvent(n), pull_request: { ...prEvent(n).pull_request, head: { repo: { full_name: 'mallory/churn' } } } });

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'mlgate-eg-'));
}

describe('actions/eval-gate (bundle as a process, GitHub REST on loopback)', () => {
  const gh = new FakeGitHub();
  beforeAll(() => gh.start());
  afterAll(() => gh.stop());

  const inputs = {
    config: join(EX, 'gate.yml'),
    predictions: join(EX, 'predictions/candidate.csv'),
    'baseline-predictions': join(EX, 'predictions/production.csv'),
    'github-token': 'ghs_topsecret',
  };

  it('creates the sticky comment on the first run and updates it on the second', async () => {
    gh.addPullRequest(12, Array.from({ length: 130 }, (_, i) => ({ body: `chatter ${i}` })));
    const first = await runAction('eval-gate', { inputs: { ...inputs, name: 'malignancy' }, event: prEvent(12), apiUrl: gh.url });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.passed).toBe('true');
    const report = JSON.parse(readFileSync(first.outputs.report!, 'utf8'));
    expect(report).toMatchObject({ tool: 'eval-gate', name: 'malignancy', status: 'pass', pullRequest: 12 });
    expect(readFileSync(first.outputs.markdown!, 'utf8')).toContain('| metric | production | candidate | no skill (lift) | Δ | 95% interval | rule | verdict |');
    expect(first.summary).toContain('<code>roc&#95;auc</code>');
    const second = await runAction('eval-gate', { inputs: { ...inputs, name: 'malignancy' }, event: prEvent(12), apiUrl: gh.url });
    expect(second.code).toBe(0);
    const ours = gh.issues.get(12)!.comments.filter((c) => c.body.startsWith('<!-- mlgate:eval-gate:malignancy -->'));
    expect(ours).toHaveLength(1);
    expect(gh.issues.get(12)!.comments).toHaveLength(131);
    // the listing was paged through to find the marker past the first page
    expect(gh.requests.some((r) => r.method === 'GET' && r.query.get('page') === '2')).toBe(true);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    // the token never appears in the log
    const log = (first.stdout + second.stdout).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(log.join('\n')).not.toContain('ghs_topsecret');
    expect(first.stdout).toContain('::add-mask::ghs_topsecret');
  });

  it('fails the step when a rule fails, naming the rule and why', async () => {
    gh.addPullRequest(13);
    const d = dir();
    writeFileSync(join(d, 'gate.yml'), 'task: binary\nlabel: malignant\nprediction: score\nrules:\n  roc_auc: { max-drop: 0.001 }\n  recall: { min: 0.99 }\n');
    // swap the roles: the weaker model is now the candidate
    const r = await runAction('eval-gate', {
      inputs: { config: join(d, 'gate.yml'), predictions: join(EX, 'predictions/production.csv'), 'baseline-predictions': join(EX, 'predictions/candidate.csv'), 'github-token': 't' },
      event: prEvent(13),
      apiUrl: gh.url,
      // the gate file is in the checked-out repository, as on a runner
      env: { GITHUB_WORKSPACE: d },
    });
    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe('false');
    const errors = r.annotations.filter((a) => a.level === 'error');
    const auc = errors.find((a) => a.message.startsWith('roc_auc:'))!;
    expect(auc.message).toMatch(/fell by .* wholly past the allowed drop of 0\.001/);
    expect(auc.props).toContain(`file=${join(d, 'gate.yml')}`);
    expect(auc.props).toContain('line=5');
    expect(errors.find((a) => a.message.startsWith('recall:'))!.message).toMatch(/below the minimum 0\.99/);
    expect(gh.issues.get(13)!.comments[0]!.body).toContain('❌');
    // a check run named after the gate, on the PR's head commit, with an annotation per failed rule
    const run = gh.checkRuns.at(-1)!.body as { name: string; head_sha: string; conclusion: string; output: { annotations: Array<{ path: string; start_line: number; annotation_level: string }> } };
    expect(run).toMatchObject({ name: 'mlgate eval-gate: eval-gate', head_sha: 'feedface', conclusion: 'failure' });
    expect(run.output.annotations).toContainEqual(expect.objectContaining({ path: 'gate.yml', start_line: 5, annotation_level: 'failure' }));
    expect(gh.rejected).toEqual([]);
  });

  it('on a fork (read-only token) writes the summary, warns why there is no comment, and still decides the exit code', async () => {
    gh.addPullRequest(14);
    gh.writeStatus = 403;
    try {
      const r = await runAction('eval-gate', { inputs, event: forkEvent(14), apiUrl: gh.url });
      expect(r.code).toBe(0);
      expect(r.summary).toContain('eval-gate');
      expect(r.annotations.find((a) => a.level === 'warning')!.message).toMatch(/fork.*read-only.*job summary/);
      expect(gh.issues.get(14)!.comments).toHaveLength(0);
      expect(r.annotations.filter((a) => a.level === 'warning')).toHaveLength(1);
    } finally {
      gh.writeStatus = undefined;
    }
  });

  it('reads metrics files (nested, as DVC writes them) and gates point to point', async () => {
    const d = dir();
    writeFileSync(join(d, 'cand.json'), JSON.stringify({ eval: { roc_auc: 0.91, log_loss: 0.35 } }));
    writeFileSync(join(d, 'prod.yaml'), 'eval:\n  roc_auc: 0.93\n  log_loss: 0.30\n');
    writeFileSync(join(d, 'gate.yml'), 'rules:\n  roc_auc: { max-drop: 0.01 }\n  log_loss: { max-rise: 0.1 }\n');
    const r = await runAction('eval-gate', { inputs: { config: join(d, 'gate.yml'), metrics: join(d, 'cand.json'), 'baseline-metrics': join(d, 'prod.yaml'), comment: 'never' } });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    const rows = Object.fromEntries(report.data.metrics.map((m: { name: string }) => [m.name, m]));
    expect(rows.roc_auc).toMatchObject({ candidate: 0.91, baseline: 0.93, status: 'fail' });
    expect(rows.roc_auc.delta).toBeCloseTo(-0.02, 12);
    expect(rows.log_loss).toMatchObject({ status: 'pass' });
  });

  it("baseline: auto through the Actions cache: a push to main saves its metrics, a pull request gates against them", async () => {
    const cache = await new FakeCacheService().start();
    try {
      // RUNNER_TEMP is the same path in every job of a runner image; the cache version includes it
      const env = { ...cache.env(), RUNNER_TEMP: dir() };
      const gate = { config: join(EX, 'gate.yml'), name: 'malignancy', comment: 'never' };
      const pr = await runAction('eval-gate', { inputs: { ...gate, predictions: join(EX, 'predictions/candidate.csv') }, event: prEvent(16), env });
      expect(pr.annotations.some((a) => a.level === 'notice' && /no baseline from main yet for "malignancy"/.test(a.message))).toBe(true);
      expect(cache.entries).toHaveLength(0); // a pull request never saves

      const main = await runAction('eval-gate', { inputs: { ...gate, 'fail-on': 'never', predictions: join(EX, 'predictions/production.csv') }, event: { repository: { default_branch: 'main' } }, eventName: 'push', env });
      expect(main.code, main.stdout + main.stderr).toBe(0);
      expect(cache.entries).toHaveLength(1);
      expect(cache.entries[0]).toMatchObject({ finalized: true, key: expect.stringMatching(/^mlgate-eval-gate-malignancy-0123456789abcdef/) });
      const mainRows = JSON.parse(readFileSync(main.outputs.report!, 'utf8')).data.metrics as Array<{ name: string; candidate: number }>;

      const next = await runAction('eval-gate', { inputs: { ...gate, predictions: join(EX, 'predictions/candidate.csv') }, event: prEvent(16), env });
      expect(next.code, next.stdout + next.stderr).toBe(0);
      const report = JSON.parse(readFileSync(next.outputs.report!, 'utf8'));
      expect(report.data.baselineSource).toBe("main's last metrics (0123456), from the Actions cache");
      const rows = Object.fromEntries((report.data.metrics as Array<{ name: string; baseline: number; candidate: number; delta: number }>).map((m) => [m.name, m]));
      for (const m of mainRows) expect(rows[m.name]!.baseline, m.name).toBe(m.candidate);
      expect(rows.roc_auc!.delta).toBeCloseTo(rows.roc_auc!.candidate - rows.roc_auc!.baseline, 12);
      expect(cache.calls.map((c) => c.method)).toEqual(['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL']);
    } finally {
      await cache.stop();
    }
  });

  it('without any baseline on a local run says so and judges absolute thresholds only', async () => {
    const r = await runAction('eval-gate', { inputs: { config: join(EX, 'gate.yml'), predictions: join(EX, 'predictions/candidate.csv'), comment: 'never' }, event: prEvent(15) });
    expect(r.code).toBe(0);
    expect(r.annotations.some((a) => a.level === 'notice' && /no baseline|cache service is not available/.test(a.message))).toBe(true);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.data.metrics.find((m: { name: string }) => m.name === 'roc_auc').message).toMatch(/≥ 0\.95/);
  });
});

describe('actions/eval-gate bad input: one line naming the file and the problem, exit 1, no stack trace', () => {
  const d = dir();
  const gate = join(d, 'gate.yml');
  writeFileSync(gate, 'task: binary\nlabel: malignant\nprediction: score\nrules:\n  roc_auc: { min: 0.5 }\n');
  const csv = (name: string, text: string) => {
    writeFileSync(join(d, name), text);
    return join(d, name);
  };
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['a missing file', { config: gate, predictions: join(d, 'nope.csv') }, /nope\.csv: file not found/],
    ['a missing column', { config: gate, predictions: csv('nocol.csv', 'id,malignant,scor\na,1,0.5\n') }, /nocol\.csv:1: column "score" not found; did you mean "scor"\?/],
    ['a non-numeric score', { config: gate, predictions: csv('text.csv', 'malignant,score\n1,0.9\n0,high\n') }, /text\.csv:3: prediction \(score\) column "score" must be numeric, found "high"/],
    ['an empty file', { config: gate, predictions: csv('empty.csv', '') }, /empty\.csv: file is empty/],
    ['unequal row counts', { config: gate, predictions: csv('a.csv', 'malignant,score\n1,0.9\n0,0.1\n'), 'baseline-predictions': csv('b.csv', 'malignant,score\n1,0.9\n') }, /a\.csv: the candidate has 2 rows and the production predictions .*b\.csv\) have 1/],
    ['an unknown metric name', { config: csv('g1.yml', 'task: binary\nrules:\n  roc_acu: { min: 0.8 }\n'), predictions: join(EX, 'predictions/candidate.csv') }, /g1\.yml:3:3: unknown binary metric "roc_acu"; did you mean "roc_auc"\?/],
    ['a typo in a config key', { config: csv('g2.yml', 'task: binary\ntreshold: 0.4\n'), predictions: join(EX, 'predictions/candidate.csv') }, /g2\.yml:2:1: unknown key "treshold"; did you mean "threshold"\?/],
    ['a typo in a rule key', { config: csv('g3.yml', 'task: binary\nrules:\n  roc_auc: { max_drop: 0.01 }\n'), predictions: join(EX, 'predictions/candidate.csv') }, /g3\.yml:3:14: .*unknown key "max_drop"; did you mean "max-drop"\?/],
    ['a bad enum value', { config: csv('g4.yml', 'task: binar\n'), predictions: join(EX, 'predictions/candidate.csv') }, /g4\.yml:1:7: `task` is "binar"; expected one of "binary", "multiclass", "regression", "scores"; did you mean "binary"\?/],
  ];
  for (const [what, inputs, message] of cases) {
    it(what, async () => {
      const r = await runAction('eval-gate', { inputs: { comment: 'never', ...inputs } });
      expect(r.code).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(message);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at \S+ \(/);
    });
  }
});
