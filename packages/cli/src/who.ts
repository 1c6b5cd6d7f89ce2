import { userInfo } from 'node:os';

/** Who a local run records in lineage and histories: the GitHub actor, else the OS user. */
export function who(): string {
  if (process.env.GITHUB_ACTOR) return process.env.GITHUB_ACTOR;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
