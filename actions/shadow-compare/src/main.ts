import { githubHost, runAction } from '@mlgate/core';
import { onGitHub, readContext } from '@mlgate/github';
import { shadowCompareAction } from '@mlgate/shadow';

export const action = shadowCompareAction();

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runAction(onGitHub(action, readContext(env), env), githubHost());
}
