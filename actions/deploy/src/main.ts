import { githubHost, runAction } from '@mlgate/core';
import { client, readContext, type RunContext } from '@mlgate/github';
import { deploySpec, type DeployHooks } from '@mlgate/registry';

/** Record a GitHub Deployment (environment = the alias) with a success status; a warning, never a failure. */
export function deploymentRecorder(ctx: RunContext): NonNullable<DeployHooks['recordDeployment']> {
  return async (d, _host, token) => {
    if (!ctx.repository) return { warning: 'not running on GitHub (no GITHUB_REPOSITORY)' };
    if (!token) return { warning: 'no github-token' };
    const gh = await client(token, ctx);
    try {
      const created = await gh.rest.repos.createDeployment({
        ...ctx.repository,
        ref: ctx.sha ?? ctx.ref ?? 'HEAD',
        environment: d.environment,
        task: 'deploy:model',
        auto_merge: false,
        required_contexts: [],
        production_environment: d.environment === 'production',
        description: d.description.slice(0, 140),
        payload: { model: d.model, version: d.version, digest: d.digest, registry: d.registry },
      });
      if (!('id' in created.data)) return { warning: (created.data as { message?: string }).message ?? 'GitHub created no deployment' };
      const id = created.data.id;
      await gh.rest.repos.createDeploymentStatus({
        ...ctx.repository,
        deployment_id: id,
        state: 'success',
        environment: d.environment,
        description: d.description.slice(0, 140),
        ...(ctx.runUrl ? { log_url: ctx.runUrl } : {}),
        auto_inactive: true,
      });
      return { id, environment: d.environment };
    } catch (e) {
      const status = (e as { status?: number }).status;
      const hint = status === 403 || status === 404 ? ' (grant the workflow "deployments: write")' : '';
      return { warning: `${(e as Error).message}${hint}` };
    }
  };
}

/** On GitHub and without a registry input: GHCR under the repository, with the workflow token. */
export function ghcrDefaults(ctx: RunContext): NonNullable<DeployHooks['defaults']> {
  return ({ token }) => {
    if (!ctx.repository) return {};
    return { registry: `oci://ghcr.io/${ctx.repository.owner.toLowerCase()}/${ctx.repository.repo.toLowerCase()}`, username: ctx.actor ?? ctx.repository.owner, password: token };
  };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = readContext(env);
  const spec = deploySpec({
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
  return runAction({ ...spec, context: () => ({ pullRequest: ctx.pullRequest, repository: ctx.repository ? `${ctx.repository.owner}/${ctx.repository.repo}` : undefined, runUrl: ctx.runUrl }) }, githubHost());
}
