import type { getOctokit } from '@actions/github';
import type { GitHubContext } from './context.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * An Octokit for the run's API URL, retrying 5xx and secondary rate limits. Loaded on first use, so
 * a run that posts nothing does not pay for parsing the REST client at start-up.
 */
export async function client(token: string, ctx: GitHubContext): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-retry')]);
  return getOctokit(token, { baseUrl: ctx.apiUrl, request: { retries: 3 }, retry: { doNotRetry: [400, 401, 403, 404, 422] } }, retry);
}

/** Status of an Octokit RequestError, if it is one. */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}
