import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../../../test/support/github-server.js';
import { webhookErrors } from '../../../test/support/openapi/validate.js';
import { ROOT, runAction } from '../../../test/support/run-action.js';

/**
 * Overrides as GitHub delivers them: the event files are @octokit/webhooks' examples of
 * `issue_comment.created` and `pull_request.labeled`, completed to GitHub's OpenAPI description of
 * the payloads (checked below), with this test's pull request, people and commit put in.
 */
const EX = join(ROOT, 'examples/breast-cancer');
const webhook = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test/support/webhooks', `${name}.json`), 'utf8'));
const HEAD = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';

function commentEvent(pr: number, login: string, body: string) {
  const e = webhook('issue_comment.created');
  e.issue.number = pr;
  e.comment.body = body;
  e.comment.user.login = login;
  e.comment.created_at = '2026-12-05T10:00:00Z';
  e.comment.html_url = `https://github.com/acme/churn/pull/${pr}#issuecomment-7`;
  e.repository.full_name = 'acme/churn';
  e.repository.default_branch = 'main';
  return e;
}

function labelEvent(pr: number, login: string, label: string) {
  const e = webhook('pull_request.labeled');
  e.number = pr;
  e.pull_request.number = pr;
  e.pull_request.head.sha = HEAD;
  e.pull_request.head.repo.full_name = 'acme/churn';
  e.pull_request.base.repo.full_name = 'acme/churn';
  e.label.name = label;
  e.sender.login = login;
  e.repository.full_name = 'acme/churn';
  return e;
}

describe('actions/eval-gate: an override with a trail', () => {
  const gh = new FakeGitHub();
  const d = mkdtempSync(join(tmpdir(), 'mlgate-override-'));
  // the weaker model as the candidate: the gate fails on roc_auc
  writeFileSync(join(d, 'gate.yml'), 'task: binary\nlabel: malignant\nprediction: score\nrules:\n  roc_auc: { max-drop: 0.001 }\n');
  const inputs = { config: join(d, 'gate.yml'), predictions: join(EX, 'predictions/production.csv'), 'baseline-predictions': join(EX, 'predictions/candidate.csv'), 'github-token': 't' };
  const env = { GITHUB_WORKSPACE: d, GITHUB_SHA: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' };
  beforeAll(async () => {
    await gh.start();
    gh.permissions.set('maintainer-mia', { permission: 'write', role_name: 'maintain' });
    gh.permissions.set('admin-ann', { permission: 'admin', role_name: 'admin' });
    gh.permissions.set('reader-rob', { permission: 'read', role_name: 'read' });
  });
  afterAll(() => gh.stop());

  it('the event files are payloads GitHub sends', () => {
    expect(webhookErrors('issue-comment-created', commentEvent(40, 'maintainer-mia', '/mlgate override x'))).toEqual([]);
    expect(webhookErrors('pull-request-labeled', labelEvent(41, 'admin-ann', 'mlgate: override'))).toEqual([]);
  });

  it('a maintainer’s "/mlgate override <reason>" comment lets the failed gate pass for the head commit, with the trail everywhere', async () => {
    gh.addPullRequest(40);
    gh.pullHeads.set(40, HEAD);
    const r = await runAction('eval-gate', { inputs, event: commentEvent(40, 'maintainer-mia', 'Looked at it.\n/mlgate override the AUC drop is the relabelled benign set, see #39'), eventName: 'issue_comment', apiUrl: gh.url, env });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.passed).toBe('true');
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.status).toBe('pass');
    expect(report.override).toEqual({ by: 'maintainer-mia', permission: 'maintain', at: '2026-12-05T10:00:00Z', reason: 'the AUC drop is the relabelled benign set, see #39', via: 'comment', commit: HEAD, rules: ['roc_auc'], url: 'https://github.com/acme/churn/pull/40#issuecomment-7' });
    expect(report.checks.find((c: { id: string }) => c.id === 'roc_auc').status).toBe('fail'); // the trail keeps what failed
    const run = gh.checkRuns.at(-1)!;
    expect(run.body).toMatchObject({ head_sha: HEAD, conclusion: 'success' });
    expect((run.body.output as { title: string }).title).toMatch(/^overridden by @maintainer-mia: failed on roc_auc/);
    expect((run.body.output as { summary: string }).summary).toContain('**Overridden** for commit <code>c0ffee00c0ff</code> by @maintainer-mia (maintain) with [a comment](https://github.com/acme/churn/pull/40#issuecomment-7)');
    const comment = gh.issues.get(40)!.comments.find((c) => c.body.startsWith('<!-- mlgate:eval-gate:eval-gate -->'))!;
    expect(comment.body).toContain('Why: the AUC drop is the relabelled benign set, see &#35;39');
    expect(gh.requests.some((q) => q.path === '/repos/acme/churn/collaborators/maintainer-mia/permission')).toBe(true);
  });

  it('an override from a user with read permission is ignored with a notice saying why', async () => {
    gh.addPullRequest(42);
    gh.pullHeads.set(42, HEAD);
    const r = await runAction('eval-gate', { inputs, event: commentEvent(42, 'reader-rob', '/mlgate override ship it'), eventName: 'issue_comment', apiUrl: gh.url, env });
    expect(r.code).toBe(1);
    expect(r.annotations.find((a) => a.level === 'notice')!.message).toBe('the override by @reader-rob was ignored: their permission on the repository is "read", and an override needs write, maintain or admin');
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.override).toBeUndefined();
    expect(gh.checkRuns.at(-1)!.body).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
    // someone who is not a collaborator at all (GitHub: 404) is ignored the same way
    const s = await runAction('eval-gate', { inputs, event: commentEvent(42, 'stranger', '/mlgate override pls'), eventName: 'issue_comment', apiUrl: gh.url, env });
    expect(s.code).toBe(1);
    expect(s.annotations.find((a) => a.level === 'notice')!.message).toMatch(/@stranger was ignored: their permission on the repository is "none"/);
  });

  it('the label "mlgate: override" from an admin holds for the commit it was added on; the next push fails again', async () => {
    gh.addPullRequest(41);
    const labelled = await runAction('eval-gate', { inputs, event: labelEvent(41, 'admin-ann', 'mlgate: override'), eventName: 'pull_request', apiUrl: gh.url, env });
    expect(labelled.code, labelled.stdout).toBe(0);
    expect(JSON.parse(readFileSync(labelled.outputs.report!, 'utf8')).override).toMatchObject({ by: 'admin-ann', via: 'label', commit: HEAD, rules: ['roc_auc'] });
    // a new push is a `synchronize` event: no override in it, so the gate fails again
    const pushed = { ...labelEvent(41, 'admin-ann', 'mlgate: override'), action: 'synchronize' };
    const next = await runAction('eval-gate', { inputs, event: pushed, eventName: 'pull_request', apiUrl: gh.url, env });
    expect(next.code).toBe(1);
    // another label, and a comment without a reason, are no overrides
    const other = await runAction('eval-gate', { inputs, event: labelEvent(41, 'admin-ann', 'bug'), eventName: 'pull_request', apiUrl: gh.url, env });
    expect(other.code).toBe(1);
    const bare = await runAction('eval-gate', { inputs, event: commentEvent(41, 'admin-ann', '/mlgate override'), eventName: 'issue_comment', apiUrl: gh.url, env: { ...env } });
    expect(bare.code).toBe(1);
    expect(bare.annotations.find((a) => a.level === 'notice')!.message).toMatch(/without a reason/);
  });
});
