import { githubHost, runAction } from '@mlgate/core';
import { ghcrCredentials, readContext, reportContext, type GitHubContext } from '@mlgate/github';
import { monitorAction, type MonitorHooks } from '@mlgate/monitor';
import { githubTracker } from './issues.js';

/** On GitHub: the issue and dispatches through the REST API; GHCR credentials from the workflow token. */
export function hooks(ctx: GitHubContext): MonitorHooks {
  return {
    tracker: async (token) => {
      if (!ctx.repository) return 'not running on GitHub (no GITHUB_REPOSITORY)';
      if (!token) return 'no github-token';
      return githubTracker(token, { ...ctx, repository: ctx.repository });
    },
    runUrl: () => ctx.runUrl,
    who: () => ctx.actor ?? 'mlgate-monitor',
    registryDefaults: (url, token) => ghcrCredentials(ctx, url, token) ?? {},
  };
}

export const action = monitorAction();

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = readContext(env);
  return runAction(
    {
      ...monitorAction(hooks(ctx)),
      // a drift issue belongs to the model, not to a pull request
      context: () => ({ ...reportContext(ctx)(), pullRequest: undefined }),
    },
    githubHost(),
  );
}
