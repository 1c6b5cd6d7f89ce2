import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../../../test/support/github-server.js';
import { runAction } from '../../../test/support/run-action.js';

describe('actions/comment (bundle as a process)', () => {
  const gh = new FakeGitHub();
  beforeAll(() => gh.start());
  afterAll(() => gh.stop());

  function reportDir(pr?: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-report-'));
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ schema: 'mlgate/report@1', tool: 'eval-gate', name: 'churn', status: 'pass', headline: 'passed', checks: [], pullRequest: pr, createdAt: new Date().toISOString() }));
    writeFileSync(join(dir, 'comment.md'), '### ✅ eval-gate churn: passed\n');
    return dir;
  }

  it('posts a report file to the PR it records, then updates the same comment', async () => {
    gh.addPullRequest(7, [{ body: 'LGTM' }]);
    const dir = reportDir(7);
    const first = await runAction('comment', { inputs: { report: dir, 'github-token': 'ghs_secret' }, apiUrl: gh.url, eventName: 'workflow_run' });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const second = await runAction('comment', { inputs: { report: join(dir, 'report.json'), 'github-token': 'ghs_secret' }, apiUrl: gh.url, eventName: 'workflow_run' });
    expect(second.code).toBe(0);
    const comments = gh.issues.get(7)!.comments;
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body.startsWith('<!-- mlgate:eval-gate:churn -->')).toBe(true);
    expect(second.outputs['comment-id']).toBe(String(comments[1]!.id));
    expect(second.stdout).toContain('updated');
  });

  it('fails with one line when there is no PR number anywhere', async () => {
    const r = await runAction('comment', { inputs: { report: reportDir(), 'github-token': 't' }, apiUrl: gh.url });
    expect(r.code).toBe(1);
    expect(r.annotations[0]!.message).toMatch(/no pull request number/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
