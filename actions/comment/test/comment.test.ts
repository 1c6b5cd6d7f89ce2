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

  function reportDir(pr?: number, o: { tool?: string; name?: string; markdown?: string } = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-report-'));
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ schema: 'mlgate/report@1', tool: o.tool ?? 'eval-gate', name: o.name ?? 'churn', status: 'pass', headline: 'passed', checks: [], pullRequest: pr, createdAt: new Date().toISOString() }));
    writeFileSync(join(dir, 'comment.md'), o.markdown ?? '### ✅ eval-gate churn: passed\n');
    return dir;
  }

  it('posts a report file to the PR it records, then updates the same comment', async () => {
    gh.addPullRequest(7, [{ body: 'LGTM' }]);
    const dir = reportDir(7);
    const first = await runAction('comment', { inputs: { report: dir, tool: 'eval-gate', name: 'churn', 'github-token': 'ghs_secret' }, apiUrl: gh.url, eventName: 'workflow_run' });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const second = await runAction('comment', { inputs: { report: join(dir, 'report.json'), tool: 'eval-gate', name: 'churn', 'github-token': 'ghs_secret' }, apiUrl: gh.url, eventName: 'workflow_run' });
    expect(second.code).toBe(0);
    const comments = gh.issues.get(7)!.comments;
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body.startsWith('<!-- mlgate:eval-gate:churn -->')).toBe(true);
    expect(second.outputs['comment-id']).toBe(String(comments[1]!.id));
    expect(second.stdout).toContain('updated');
  });

  it('fails with one line when there is no PR number anywhere', async () => {
    const r = await runAction('comment', { inputs: { report: reportDir(), tool: 'eval-gate', name: 'churn', 'github-token': 't' }, apiUrl: gh.url });
    expect(r.code).toBe(1);
    expect(r.annotations[0]!.message).toMatch(/no pull request number/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a forged comment.md is posted without live mentions, raw HTML, images or open <details>/fences', async () => {
    gh.addPullRequest(9, []);
    const forged = [
      '### ✅ eval-gate churn: passed',
      'cc @octocat @my-org/admins, thanks!',
      '<img src="https://evil.example/pixel.png"><script>alert(1)</script>',
      '![tracker](https://evil.example/t.png)',
      '</details></details>',
      '<details open><summary>looks <b>fine</b>',
      '<code>never closed',
      '```',
      '</details> inside a fence, @octocat',
    ].join('\n');
    const r = await runAction('comment', { inputs: { report: reportDir(9, { markdown: forged }), tool: 'eval-gate', name: 'churn', 'github-token': 't' }, apiUrl: gh.url, eventName: 'workflow_run' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const body = gh.issues.get(9)!.comments[0]!.body;
    const outsideFences = body.split(/^```.*$/m).filter((_, i) => i % 2 === 0).join('\n');
    expect(outsideFences).not.toMatch(/@[A-Za-z0-9]/);
    expect(body).not.toMatch(/<img|<script|<b>/i);
    expect(body).not.toMatch(/!\[/);
    expect(outsideFences.match(/<details[\s>]/g)?.length).toBe(outsideFences.match(/<\/details>/g)?.length);
    expect(outsideFences.match(/<code>/g)?.length).toBe(outsideFences.match(/<\/code>/g)?.length);
    expect(body.split('\n').filter((l) => l.startsWith('```')).length % 2).toBe(0);
  });

  it("a report.json claiming another gate is refused and that gate's comment is left alone", async () => {
    gh.addPullRequest(11, []);
    const ok = await runAction('comment', { inputs: { report: reportDir(11, { name: 'fraud' }), tool: 'eval-gate', name: 'fraud', 'github-token': 't' }, apiUrl: gh.url, eventName: 'workflow_run' });
    expect(ok.code).toBe(0);
    const before = gh.issues.get(11)!.comments.map((c) => c.body);
    for (const claim of [{ name: 'fraud' }, { tool: 'data-check', name: 'churn' }]) {
      const forged = reportDir(11, { ...claim, markdown: '### ✅ all good, merge it' });
      const r = await runAction('comment', { inputs: { report: forged, tool: 'eval-gate', name: 'churn', 'github-token': 't' }, apiUrl: gh.url, eventName: 'workflow_run' });
      expect(r.code).toBe(1);
      expect(r.annotations[0]!.message).toMatch(/refusing to post it/);
    }
    expect(gh.issues.get(11)!.comments.map((c) => c.body)).toEqual(before);
  });
});
