import { marker, type Host, type Publisher, type Report } from '@mlgate/core';
import { COMMENT_LIMIT, escapeMarkdown, fit } from '@mlgate/report';
import { client, httpStatus, type GitHubClient } from './client.js';
import { readContext, type GitHubContext } from './context.js';
import { createCheckRun } from './check-run.js';
import { mergeGroupNote } from './merge-group.js';
import { pullRequestHead } from './override.js';

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/** The body of a sticky comment: hidden marker first, then the report cut to GitHub's limit. */
export function stickyBody(tool: string, name: string, markdown: string, runUrl?: string): string {
  const mark = marker(tool, name);
  const note = runUrl ? `The report was cut to fit a comment; the full report is in the [job summary](${runUrl}).` : undefined;
  return `${mark}\n${fit(markdown, COMMENT_LIMIT - mark.length - 1, note)}`;
}

/**
 * Create or update the one comment of this gate on an issue or pull request. Every page of comments
 * is searched for the marker; only a comment that starts with it is ours.
 */
export async function upsertStickyComment(gh: GitHubClient, target: StickyTarget, tool: string, name: string, body: string): Promise<{ id: number; action: 'created' | 'updated' }> {
  const mark = marker(tool, name);
  const comments = await gh.paginate(gh.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 });
  const mine = comments.filter((c) => (c.body ?? '').startsWith(mark));
  const bot = mine.find((c) => c.user?.type === 'Bot') ?? mine[0];
  if (bot) {
    await gh.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: bot.id, body });
    return { id: bot.id, action: 'updated' };
  }
  const created = await gh.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  return { id: created.data.id, action: 'created' };
}

/** Why no comment could be written, in words a user can act on. */
export function noWriteTokenWarning(ctx: GitHubContext): string {
  return `${ctx.fromFork ? 'this pull request comes from a fork, so its token is read-only' : 'the token cannot write pull request comments'}: no comment was posted; the report is in the job summary. To comment on fork pull requests, post the report from a trusted workflow_run job with actions/comment (see docs/fork-pull-requests.md), or grant "pull-requests: write".`;
}

/**
 * The runner's publisher on GitHub: the sticky comment of the current pull request (per `comment`)
 * and a check run named after the gate (whenever there is a token), sent concurrently, each a warning
 * when refused.
 */
export function githubPublisher(env: NodeJS.ProcessEnv = process.env): Publisher {
  return async (args) => {
    const ctx = readContext(env);
    // the comment and the check run do not depend on each other: both requests are under way at once
    const comment = postComment(args, ctx).catch((e: unknown) => args.host.warning(`could not post the pull request comment: ${(e as Error).message}`));
    await Promise.all([comment, postCheckRun(args, ctx, env)]);
  };
}

async function postCheckRun(args: Parameters<Publisher>[0], ctx: GitHubContext, env: NodeJS.ProcessEnv): Promise<void> {
  // a fork's token cannot create check runs; the comment warning says why
  if (!ctx.repository || !args.token || ctx.fromFork) return;
  try {
    const gh = await client(args.token, ctx);
    // a run on a pull request comment has the default branch's GITHUB_SHA: the check belongs on the PR's head
    const onComment = ctx.eventName === 'issue_comment' && ctx.pullRequest !== undefined;
    const at = onComment ? { ...ctx, headSha: args.report.override?.commit ?? (await pullRequestHead(gh, ctx)) } : ctx;
    const id = await createCheckRun(gh, at, args.report, args.markdown, env.GITHUB_WORKSPACE);
    args.host.debug(`check run ${id} created`);
  } catch (e) {
    const status = httpStatus(e);
    if (status === 403 || status === 401 || status === 404) args.host.warning('no check run was created: the token needs "checks: write" (the step\'s own result still gates the merge)');
    else throw e;
  }
}

async function postComment({ report, markdown, mode, token, host }: Parameters<Publisher>[0], ctx: GitHubContext): Promise<void> {
  if (mode === 'never') return;
  if (!ctx.repository) {
    host.info('not running on GitHub (no GITHUB_REPOSITORY): no comment posted');
    return;
  }
  const group = ctx.mergeGroup;
  if (group && typeof group.pullRequest !== 'number') {
    // a merge group's commit is GitHub's, and goes away with the group: no commit comment there
    host.notice(`${group.pullRequest.none}: no pull request comment was posted; the report is in the job summary`);
    await host.summary(`> ${escapeMarkdown(group.pullRequest.none, 400)}: no pull request comment was posted.\n`);
    return;
  }
  if (ctx.pullRequest === undefined && mode === 'auto') return;
  if (!token) {
    host.warning('no github-token: no comment was posted; the report is in the job summary');
    return;
  }
  const gh = await client(token, ctx);
  try {
    if (ctx.pullRequest !== undefined) {
      const body = group ? mergeGroupNote(group) + markdown : markdown;
      const r = await upsertStickyComment(gh, { ...ctx.repository, issueNumber: ctx.pullRequest }, report.tool, report.name, stickyBody(report.tool, report.name, body, ctx.runUrl));
      host.info(`${r.action} the comment on pull request #${ctx.pullRequest}`);
    } else if (ctx.sha) {
      await gh.rest.repos.createCommitComment({ ...ctx.repository, commit_sha: ctx.sha, body: stickyBody(report.tool, report.name, markdown, ctx.runUrl) });
      host.info(`commented on commit ${ctx.sha.slice(0, 7)}`);
    }
  } catch (e) {
    const status = httpStatus(e);
    if (status === 403 || status === 401 || (status === 404 && ctx.fromFork)) {
      host.warning(noWriteTokenWarning(ctx));
      return;
    }
    throw e;
  }
}

export type { Report, Host };
