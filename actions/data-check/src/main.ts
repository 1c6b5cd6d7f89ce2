import { dataCheckSpec } from '@mlgate/checks';
import { githubHost, runAction } from '@mlgate/core';
import { onGitHub, readContext } from '@mlgate/github';

export const spec = dataCheckSpec();

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runAction(onGitHub(spec, readContext(env), env), githubHost());
}
