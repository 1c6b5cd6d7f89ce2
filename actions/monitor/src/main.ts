import { githubHost, runAction } from '@mlgate/core';
import { readContext, type RunContext } from '@mlgate/github';
import { githubTracker, monitorSpec, type MonitorHooks } from '@mlgate/monitor';

/** On GitHub: the issue and dispatches through the REST API; GHCR credentials from the workflow token. */
export function hooks(ctx: RunContext): MonitorHooks {
  return {
    tracker: async (token) => {
      if (!ctx.repository) return 'not running on GitHub (no GITHUB_REPOSITORY)';
      if (!token) return 'no github-token';
      return githubTracker(token, { ...ctx, repository: ctx.repository });
    },
    runUrl: () => ctx.runUrl,
    who: () => ctx.actor ?? 'mlgate-monitor',
    registryDefaults: (url, token) => (/^oci:\/\/ghcr\.io\//.test(url) && token ? { username: ctx.actor ?? ctx.repository?.owner, password: token } : {}),
  };
}

export const spec = monitorSpec();

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = readContext(env);
  return runAction(
    {
      ...monitorSpec(hooks(ctx)),
      context: () => ({ repository: ctx.repository ? `${ctx.repository.owner}/${ctx.repository.repo}` : undefined, runUrl: ctx.runUrl }),
    },
    githubHost(),
  );
}
