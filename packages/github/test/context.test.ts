import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQueueRef, readContext } from '../src/context.js';

function env(event: object, name: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const file = join(mkdtempSync(join(tmpdir(), 'mlgate-ctx-')), 'event.json');
  writeFileSync(file, JSON.stringify(event));
  return { GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: name, GITHUB_REPOSITORY: 'acme/churn', GITHUB_SHA: 'f'.repeat(40), ...extra };
}

describe('merge queue refs', () => {
  const sha = '929f8209d40f77f4abc622a499c93a83babdbe64';
  it.each([
    [`refs/heads/gh-readonly-queue/main/pr-104-${sha}`, { base: 'main', pullRequest: 104, sha }],
    [`gh-readonly-queue/main/pr-104-${sha}`, { base: 'main', pullRequest: 104, sha }],
    [`refs/heads/gh-readonly-queue/release/2.x/pr-7-${sha}`, { base: 'release/2.x', pullRequest: 7, sha }],
    [`refs/heads/gh-readonly-queue/pr-1/pr-2-${sha}`, { base: 'pr-1', pullRequest: 2, sha }],
  ])('%s names its pull request and base', (ref, want) => {
    expect(parseQueueRef(ref)).toEqual(want);
  });
  it.each([`refs/heads/main`, `refs/heads/gh-readonly-queue/main/pr-0-${sha}`, `refs/heads/gh-readonly-queue/main/pr-12-abc`, `refs/heads/gh-readonly-queue//pr-12-${sha}`, `refs/heads/gh-readonly-queue/main/pr-99999999999999999999-${sha}`])('%s names none', (ref) => {
    expect(parseQueueRef(ref)).toBeUndefined();
  });

  it('a merge_group event: the group head is the check-run commit, the pull request comes from head_ref', () => {
    const group = { head_sha: 'a'.repeat(40), head_ref: `refs/heads/gh-readonly-queue/main/pr-5-${sha}`, base_ref: 'refs/heads/main', base_sha: sha };
    const ctx = readContext(env({ action: 'checks_requested', merge_group: group, repository: { default_branch: 'main' } }, 'merge_group'));
    expect(ctx).toMatchObject({ pullRequest: 5, headSha: 'a'.repeat(40), fromFork: false, mergeGroup: { baseBranch: 'main', baseRef: 'refs/heads/main', pullRequest: 5 } });
    // the same payload under another event name is not a merge group
    expect(readContext(env({ merge_group: group }, 'push')).mergeGroup).toBeUndefined();
    const odd = readContext(env({ merge_group: { ...group, head_ref: 'refs/heads/batch' } }, 'merge_group'));
    expect(odd.pullRequest).toBeUndefined();
    expect(odd.mergeGroup?.pullRequest).toEqual({ none: expect.stringContaining('"refs/heads/batch" does not name a pull request') });
  });
});
