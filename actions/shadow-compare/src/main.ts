import { githubHost, runAction } from '@mlgate/core';
import { readContext, githubPublisher } from '@mlgate/github';
import { shadowCompareSpec } from '@mlgate/shadow';

export const spec = shadowCompareSpec();

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = readContext(env);
  return runAction(
    {
      ...spec,
      publish: githubPublisher(env),
      context: () => ({ pullRequest: ctx.pullRequest, repository: ctx.repository ? `${ctx.repository.owner}/${ctx.repository.repo}` : undefined, runUrl: ctx.runUrl }),
    },
    githubHost(),
  );
}
