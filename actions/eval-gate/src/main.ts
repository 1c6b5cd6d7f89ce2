import { githubHost, runAction } from '@mlgate/core';
import { evalGateSpec, type BaselineProvider } from '@mlgate/eval-gate';
import { CacheBaselineStore, ghcrCredentials, githubPublisher, isPushToDefaultBranch, readContext, reportContext, type RunContext } from '@mlgate/github';
import * as z from 'zod/mini';

const cached = z.object({ metrics: z.record(z.string(), z.number()), sha: z.optional(z.string()) });

/** Main's last metrics through the Actions cache: restored on pull requests, saved on a push to main. */
export function cacheProvider(ctx: RunContext): BaselineProvider {
  return {
    async restore(host, gate) {
      if (isPushToDefaultBranch(ctx)) return undefined;
      const parsed = z.safeParse(cached, await new CacheBaselineStore('eval-gate', gate, host).restore());
      if (!parsed.success) return undefined;
      const sha = parsed.data.sha ? ` (${parsed.data.sha.slice(0, 7)})` : '';
      return { metrics: parsed.data.metrics, source: `main's last metrics${sha}, from the Actions cache` };
    },
    async save(metrics, host, gate) {
      if (!isPushToDefaultBranch(ctx) || !ctx.sha) return;
      await new CacheBaselineStore('eval-gate', gate, host).save({ metrics, sha: ctx.sha }, ctx.sha);
    },
  };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = readContext(env);
  const spec = evalGateSpec(cacheProvider(ctx));
  return runAction(
    {
      ...spec,
      // GitHub's container registry takes the workflow token, as in deploy and monitor
      run: (c) => {
        const i = c.inputs;
        const login = i.registry && !i['registry-username'] && !i['registry-password'] ? ghcrCredentials(ctx, i.registry, i['github-token']) : undefined;
        return spec.run(login ? { ...c, inputs: { ...i, 'registry-username': login.username, 'registry-password': login.password } } : c);
      },
      publish: githubPublisher(env),
      context: reportContext(ctx),
    },
    githubHost(),
  );
}
