import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';

/** What a run knows about where it runs, read once from the runner's environment. */
export interface GitHubContext {
  eventName?: string;
  repository?: { owner: string; repo: string };
  pullRequest?: number;
  /** The pull request comes from a fork: its token cannot write. */
  fromFork: boolean;
  sha?: string;
  /** The commit a check run belongs to: the PR's head commit, else GITHUB_SHA. */
  headSha?: string;
  ref?: string;
  defaultBranch?: string;
  apiUrl: string;
  serverUrl: string;
  runUrl?: string;
  actor?: string;
  /** Set on a `merge_group` event: the merge queue's candidate commit and what it will be merged into. */
  mergeGroup?: MergeGroup;
}

/** A merge queue's group as a run sees it (`merge_group` event). */
export interface MergeGroup {
  /** The commit the queue tests (`merge_group.head_sha`): check runs go here. */
  headSha: string;
  /** `refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>`. */
  headRef: string;
  /** The full ref of the branch the group is merged into (`merge_group.base_ref`). */
  baseRef: string;
  /** The base branch's name: the baseline a gate compares with. */
  baseBranch: string;
  /** The pull request named in `headRef`, or why there is none. */
  pullRequest: number | { none: string };
}

const QUEUE_REF = /^(?:refs\/heads\/)?gh-readonly-queue\/(.+)\/pr-(\d+)-([0-9a-f]{40,64})$/;

/**
 * The pull request a merge-group branch is named after: GitHub names it
 * `gh-readonly-queue/<base>/pr-<N>-<sha>` (the base may contain slashes).
 */
export function parseQueueRef(ref: string): { base: string; pullRequest: number; sha: string } | undefined {
  const m = QUEUE_REF.exec(ref);
  if (!m) return undefined;
  const n = Number(m[2]);
  return Number.isSafeInteger(n) && n > 0 ? { base: m[1]!, pullRequest: n, sha: m[3]! } : undefined;
}

function mergeGroupOf(g: { head_sha: string; head_ref: string; base_ref: string }): MergeGroup {
  const baseBranch = g.base_ref.replace(/^refs\/heads\//, '');
  const parsed = parseQueueRef(g.head_ref);
  const pullRequest = parsed
    ? parsed.pullRequest
    : { none: `the merge group's ref ${JSON.stringify(g.head_ref.slice(0, 200))} does not name a pull request (GitHub names it gh-readonly-queue/<base>/pr-<number>-<sha>)` };
  return { headSha: g.head_sha, headRef: g.head_ref, baseRef: g.base_ref, baseBranch, pullRequest };
}

const eventSchema = z.looseObject({
  pull_request: z.optional(
    z.object({
      number: z.number(),
      head: z.optional(z.object({ sha: z.optional(z.string()), repo: z.optional(z.nullable(z.object({ full_name: z.string() }))) })),
      base: z.optional(z.object({ repo: z.optional(z.object({ full_name: z.string() })) })),
    }),
  ),
  issue: z.optional(z.object({ number: z.number(), pull_request: z.optional(z.unknown()) })),
  repository: z.optional(z.object({ default_branch: z.optional(z.string()) })),
  merge_group: z.optional(z.object({ head_sha: z.string(), head_ref: z.string(), base_ref: z.string() })),
});

export function readContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  let event: z.infer<typeof eventSchema> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed = z.safeParse(eventSchema, JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')));
      if (parsed.success) event = parsed.data;
    } catch {
      // no event file (local runs): no pull request
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const mergeGroup = env.GITHUB_EVENT_NAME === 'merge_group' && event.merge_group ? mergeGroupOf(event.merge_group) : undefined;
  const fromQueue = typeof mergeGroup?.pullRequest === 'number' ? mergeGroup.pullRequest : undefined;
  const pr = event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : undefined) ?? fromQueue;
  const head = event.pull_request?.head?.repo?.full_name;
  const base = event.pull_request?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    eventName: env.GITHUB_EVENT_NAME,
    repository: owner && repo ? { owner, repo } : undefined,
    pullRequest: pr,
    fromFork: Boolean(head && base && head !== base),
    sha: env.GITHUB_SHA,
    headSha: mergeGroup?.headSha ?? event.pull_request?.head?.sha ?? env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    defaultBranch: event.repository?.default_branch,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl,
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    actor: env.GITHUB_ACTOR,
    ...(mergeGroup ? { mergeGroup } : {}),
  };
}

/** True on a push to the default branch (where baselines are saved). */
export function isPushToDefaultBranch(ctx: GitHubContext): boolean {
  const branch = ctx.ref?.replace(/^refs\/heads\//, '');
  return ctx.eventName === 'push' && !!branch && branch === (ctx.defaultBranch ?? 'main');
}

/** What a report records of its run (`Action.context`): the pull request, `owner/repo` and the run's URL. */
export function reportContext(ctx: GitHubContext): () => { pullRequest?: number; repository?: string; runUrl?: string } {
  return () => ({ pullRequest: ctx.pullRequest, repository: ctx.repository ? `${ctx.repository.owner}/${ctx.repository.repo}` : undefined, runUrl: ctx.runUrl });
}
