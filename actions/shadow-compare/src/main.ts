import { githubHost, runAction } from '@mlgate/core';
import { onGitHub, readContext } from '@mlgate/github';
import { shadowCompareSpec } from '@mlgate/shadow';

export const spec = shadowCompareSpec();

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runAction(onGitHub(spec, readContext(env), env), githubHost());
}
