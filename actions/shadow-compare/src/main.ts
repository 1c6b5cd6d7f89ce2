import { githubHost, runAction } from '@mlgate/core';
import { githubPublisher, readContext, reportContext } from '@mlgate/github';
import { shadowCompareSpec } from '@mlgate/shadow';

export const spec = shadowCompareSpec();

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = readContext(env);
  return runAction(
    {
      ...spec,
      publish: githubPublisher(env),
      context: reportContext(ctx),
    },
    githubHost(),
  );
}
