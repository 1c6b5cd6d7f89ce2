import { dataCheckAction } from '@mlgate/checks';
import { githubHost, runAction } from '@mlgate/core';
import { onGitHub, readContext } from '@mlgate/github';

export const action = dataCheckAction();

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runAction(onGitHub(action, readContext(env), env), githubHost());
}
