import { isAbsolute, relative, sep } from 'node:path';
import type { Report, Status } from '@mlgate/core';
import { fit } from '@mlgate/report';
import type { GitHubClient } from './client.js';
import type { GitHubContext } from './context.js';

const CONCLUSION: Record<Status, 'success' | 'neutral' | 'failure' | 'skipped'> = { pass: 'success', skip: 'skipped', warn: 'neutral', fail: 'failure', error: 'failure' };
const LEVEL: Partial<Record<Status, 'failure' | 'warning'>> = { fail: 'failure', error: 'failure', warn: 'warning' };
/** GitHub takes at most 50 annotations per request (more go in update calls, which append) and 65,535 characters of summary. */
const ANNOTATIONS_PER_CALL = 50;
const MAX_SUMMARY = 65_535;

/** At most `max` UTF-16 units, never ending in the first half of a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const c = s.charCodeAt(max - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

/**
 * The repository path of a check's file, or undefined when it lies outside the workspace: a check
 * run annotation must name a file of the repository (`path` is required), and `../../tmp/x` is none.
 */
export function repositoryPath(file: string, workspace: string): string | undefined {
  const rel = isAbsolute(file) ? relative(workspace, file) : file;
  const posix = rel.split(sep).join('/');
  if (!posix || isAbsolute(posix) || posix === '..' || posix.startsWith('../')) return undefined;
  return posix;
}

/**
 * A check run per gate ("mlgate eval-gate: NAME") on the PR's head commit, with the report as its
 * summary and an annotation per failed or warning check that points into the repository: a branch
 * protection rule can require it by name, independently of how the job is laid out. Every
 * annotation is sent: 50 with the run, then 50 per update call (GitHub appends them; it documents
 * no total limit). A check whose file is outside the workspace is not annotated; it is in the summary.
 */
export async function createCheckRun(gh: GitHubClient, ctx: GitHubContext, report: Report, markdown: string, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()): Promise<number> {
  if (!ctx.repository || !ctx.headSha) throw new Error('no repository or commit to attach a check run to');
  const annotations = report.checks.flatMap((c) => {
    const level = LEVEL[c.status];
    const line = c.location?.line;
    const path = c.location?.file ? repositoryPath(c.location.file, workspace) : undefined;
    if (!level || line === undefined || !path) return [];
    return [{ path, start_line: line, end_line: line, annotation_level: level, title: cut(c.title, 255), message: cut(c.message, 64_000) }];
  });
  const output = { title: cut(report.headline, 255), summary: fit(markdown, MAX_SUMMARY, 'The summary was cut to fit the check run; the full report is in the job summary.') };
  const res = await gh.rest.checks.create({
    ...ctx.repository,
    name: cut(`mlgate ${report.tool}: ${report.name}`, 200),
    head_sha: ctx.headSha,
    status: 'completed',
    conclusion: CONCLUSION[report.status],
    details_url: ctx.runUrl,
    output: { ...output, annotations: annotations.slice(0, ANNOTATIONS_PER_CALL) },
  });
  const id = res.data.id;
  for (let i = ANNOTATIONS_PER_CALL; i < annotations.length; i += ANNOTATIONS_PER_CALL) {
    await gh.rest.checks.update({ ...ctx.repository, check_run_id: id, output: { ...output, annotations: annotations.slice(i, i + ANNOTATIONS_PER_CALL) } });
  }
  return id;
}
