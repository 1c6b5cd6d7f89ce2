import { client, ghcrLogin, ghcrRepository, type GitHubContext } from '@mlgate/github';
import type { DeployHooks } from '@mlgate/registry';

/** Record a GitHub Deployment (environment = the alias) with a success status; a warning, never a failure. */
export function deploymentRecorder(ctx: GitHubContext): NonNullable<DeployHooks['recordDeployment']> {
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
export function ghcrDefaults(ctx: GitHubContext): NonNullable<DeployHooks['defaults']> {
  return ({ token }) => {
    const registry = ghcrRepository(ctx);
    return registry ? { registry, ...ghcrLogin(ctx, token) } : {};
  };
}
