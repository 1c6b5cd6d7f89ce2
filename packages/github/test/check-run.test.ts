import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeReport, type Check } from '@mlgate/core';
import { FakeGitHub } from '../../../test/support/github-server.js';
import { client, createCheckRun, type GitHubContext } from '../src/index.js';

const gh = new FakeGitHub();
let ctx: GitHubContext;
beforeAll(async () => {
  await gh.start();
  ctx = { repository: { owner: 'acme', repo: 'churn' }, fromFork: false, headSha: 'a'.repeat(40), apiUrl: gh.url, serverUrl: 'https://github.com', runUrl: 'https://github.com/acme/churn/actions/runs/1' };
});
afterAll(() => gh.stop());
beforeEach(() => {
  gh.checkRuns = [];
  gh.rejected = [];
});

const WS = '/home/runner/work/churn/churn';
const failing = (n: number, file = `${WS}/gates/eval.yml`): Check[] =>
  Array.from({ length: n }, (_, i) => ({ id: `rule.${i}`, title: `rule ${i}`, status: 'fail', message: `rule ${i} failed`, location: { file, line: i + 1 } }));
const report = (checks: Check[]) => makeReport({ tool: 'eval-gate', name: 'churn', headline: 'failed', checks });

describe('check run', () => {
  it('sends every annotation: the first 50 with the run, the rest 50 at a time in updates GitHub appends', async () => {
    const id = await createCheckRun(await client('t', ctx), ctx, report(failing(120)), '# report', WS);
    expect(gh.rejected).toEqual([]);
    const run = gh.checkRuns.find((r) => r.id === id)!;
    expect(run.updates.map((u) => (u.output as { annotations: unknown[] }).annotations.length)).toEqual([50, 20]);
    expect(run.annotations).toHaveLength(120);
    expect((run.annotations as Array<{ path: string; start_line: number }>).map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect((run.annotations as Array<{ path: string }>)[0]!.path).toBe('gates/eval.yml');
    expect(run.body.conclusion).toBe('failure');
  });

  it('makes no update call when 50 or fewer annotations fit in the run itself', async () => {
    const id = await createCheckRun(await client('t', ctx), ctx, report(failing(50)), '# report', WS);
    expect(gh.checkRuns.find((r) => r.id === id)!.updates).toEqual([]);
  });

  it('annotates no file outside the workspace (a check run annotation needs a repository path); the check stays in the summary', async () => {
    const checks = [...failing(1, '/tmp/suite.yml'), ...failing(1, 'gates/relative.yml'), ...failing(1, `${WS}/../other/x.yml`)];
    const id = await createCheckRun(await client('t', ctx), ctx, report(checks), '# report', WS);
    expect(gh.rejected).toEqual([]);
    expect((gh.checkRuns.find((r) => r.id === id)!.annotations as Array<{ path: string }>).map((a) => a.path)).toEqual(['gates/relative.yml']);
  });

  it('keeps the summary within 65,535 characters, cut on a line with the note that says so', async () => {
    const markdown = Array.from({ length: 4000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n');
    const id = await createCheckRun(await client('t', ctx), ctx, report(failing(1)), markdown, WS);
    expect(gh.rejected).toEqual([]);
    const summary = (gh.checkRuns.find((r) => r.id === id)!.body.output as { summary: string }).summary;
    expect(summary.length).toBeLessThanOrEqual(65_535);
    expect(summary).toContain('the full report is in the job summary');
    // no row cut in the middle: every table line is whole
    expect(summary.split('\n').filter((l) => l.startsWith('|')).every((l) => /^\| row \d+ \| x{20} \|$/.test(l))).toBe(true);
  });

  it('never sends half a surrogate pair in an annotation title', async () => {
    const checks = failing(1).map((c) => ({ ...c, title: '😀'.repeat(200) }));
    const id = await createCheckRun(await client('t', ctx), ctx, report(checks), '# report', WS);
    const title = (gh.checkRuns.find((r) => r.id === id)!.annotations[0] as { title: string }).title;
    expect(title.length).toBeLessThanOrEqual(255);
    expect(title).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
