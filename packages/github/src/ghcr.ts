import type { GitHubContext } from './context.js';

/** A registry URL on GitHub's container registry. */
export function isGhcr(url: string): boolean {
  return /^oci:\/\/ghcr\.io\//.test(url);
}

/** GitHub's container registry takes the workflow token: the actor (else the owner) as user, the token as password. */
export function ghcrLogin(ctx: GitHubContext, token: string | undefined): { username?: string; password?: string } {
  return { username: ctx.actor ?? ctx.repository?.owner, password: token };
}

/**
 * The credentials an action uses for a registry the inputs give none for: the workflow token when the
 * registry is GHCR and there is a token, else none.
 */
export function ghcrCredentials(ctx: GitHubContext, url: string, token: string | undefined): { username?: string; password?: string } | undefined {
  return isGhcr(url) && token ? ghcrLogin(ctx, token) : undefined;
}

/** GHCR under the repository (`oci://ghcr.io/owner/repo`, lower case as GHCR names it), or undefined off GitHub. */
export function ghcrRepository(ctx: GitHubContext): string | undefined {
  return ctx.repository ? `oci://ghcr.io/${ctx.repository.owner.toLowerCase()}/${ctx.repository.repo.toLowerCase()}` : undefined;
}
