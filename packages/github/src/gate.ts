import type { Action } from '@mlgate/core';
import type * as z from 'zod/mini';
import { githubPublisher } from './comment.js';
import { reportContext, type GitHubContext } from './context.js';
import { failClosedInMergeQueue } from './merge-group.js';

/**
 * A gate's action as it runs on GitHub: the sticky comment and check run (githubPublisher), the run's
 * context in the report, and on a merge-group run the checks it could not decide failed closed.
 */
export function onGitHub<S extends z.core.$ZodObject>(action: Action<S>, ctx: GitHubContext, env: NodeJS.ProcessEnv = process.env): Action<S> {
  return { ...failClosedInMergeQueue(action, ctx), publish: githubPublisher(env), context: reportContext(ctx) };
}
