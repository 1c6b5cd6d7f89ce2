import { githubHost, runAction } from '@mlgate/core';
import { readContext, reportContext } from '@mlgate/github';
import { deployAction } from '@mlgate/registry';
import { deploymentRecorder, ghcrDefaults } from './github.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = readContext(env);
  const action = deployAction({
    defaults: ghcrDefaults(ctx),
    source: () => ({
      repository: ctx.repository ? `${ctx.repository.owner}/${ctx.repository.repo}` : undefined,
      repositoryUrl: ctx.repository ? `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}` : undefined,
      commit: ctx.sha,
      ref: ctx.ref,
      runUrl: ctx.runUrl,
      workflow: env.GITHUB_WORKFLOW || undefined,
      actor: ctx.actor,
    }),
    recordDeployment: deploymentRecorder(ctx),
  });
  return runAction({ ...action, context: reportContext(ctx) }, githubHost());
}
