import { relative, isAbsolute } from 'node:path';
import type { Report, Status } from '@mlgate/core';
import type { GitHubClient } from './client.js';
import type { RunContext } from './context.js';
import { fit } from '@mlgate/report';

const CONCLUSION: Record<Status, 'success' | 'neutral' | 'failure' | 'skipped'> = { pass: 'success', skip: 'skipped', warn: 'neutral', fail: 'failure', error: 'failure' };
const LEVEL: Partial<Record<Status, 'failure' | 'warning'>> = { fail: 'failure', error: 'failure', warn: 'warning' };
/** GitHub takes at most 50 annotations per request and 65,535 characters of summary. */
const MAX_ANNOTATIONS = 50;
const MAX_SUMMARY = 65_535;

/**
 * A check run per gate ("mlgate eval-gate: NAME") on the PR's head commit, with the report as its
 * summary and an annotation per failed or warning check: a branch protection rule can require it
 * by name, independently of how the job is laid out.
 */
export async function createCheckRun(gh: GitHubClient, ctx: RunContext, report: Report, markdown: string, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()): Promise<number> {
  if (!ctx.repository || !ctx.headSha) throw new Error('no repository or commit to attach a check run to');
  const annotations = report.checks
    .filter((c) => LEVEL[c.status] && c.location?.file && c.location.line !== undefined)
    .slice(0, MAX_ANNOTATIONS)
    .map((c) => {
      const file = c.location!.file!;
      return {
        path: isAbsolute(file) ? relative(workspace, file) : file,
        start_line: c.location!.line!,
        end_line: c.location!.line!,
        annotation_level: LEVEL[c.status]!,
        title: c.title.slice(0, 255),
        message: c.message.slice(0, 64_000),
      };
    });
  const summary = fit(markdown, MAX_SUMMARY, 'The full report is in the job summary.');
  const res = await gh.rest.checks.create({
    ...ctx.repository,
    name: `mlgate ${report.tool}: ${report.name}`.slice(0, 200),
    head_sha: ctx.headSha,
    status: 'completed',
    conclusion: CONCLUSION[report.status],
    details_url: ctx.runUrl,
    output: { title: report.headline.slice(0, 255), summary, annotations },
  });
  return res.data.id;
}
