import { githubHost, runAction, type ActionResult } from '@mlgate/core';
import { evalGateAction, type BaselineProvider, type EvalGateData } from '@mlgate/eval-gate';
import { CacheBaselineStore, ghcrCredentials, isPushToDefaultBranch, onGitHub, readContext, withOverride, type GitHubContext } from '@mlgate/github';
import * as z from 'zod/mini';

const cached = z.object({ metrics: z.record(z.string(), z.number()), sha: z.optional(z.string()) });

/**
 * Main's last metrics through the Actions cache: restored on pull requests and merge groups, saved on
 * a push to main. A merge group is judged against its base branch; the cache holds the default
 * branch's metrics only, so a queue into another branch has no cache baseline.
 */
export function cacheProvider(ctx: GitHubContext): BaselineProvider {
  return {
    async restore(host, gate) {
      if (isPushToDefaultBranch(ctx)) return undefined;
      const group = ctx.mergeGroup;
      const main = ctx.defaultBranch ?? 'main';
      if (group && group.baseBranch !== main) {
        host.notice(`the merge queue merges into "${group.baseBranch}", but the Actions cache holds the metrics of "${main}" only (saved on a push to it): no baseline from "${group.baseBranch}"`);
        return undefined;
      }
      const parsed = z.safeParse(cached, await new CacheBaselineStore('eval-gate', gate, host).restore());
      if (!parsed.success) return undefined;
      const sha = parsed.data.sha ? ` (${parsed.data.sha.slice(0, 7)})` : '';
      const whose = group ? `${group.baseBranch}'s (the merge queue's base branch)` : "main's";
      return { metrics: parsed.data.metrics, source: `${whose} last metrics${sha}, from the Actions cache` };
    },
    async save(metrics, host, gate) {
      if (!isPushToDefaultBranch(ctx) || !ctx.sha) return;
      await new CacheBaselineStore('eval-gate', gate, host).save({ metrics, sha: ctx.sha }, ctx.sha);
    },
  };
}

/**
 * A rule that held its absolute bound but whose change limit (max-drop, max-rise, …) went unchecked
 * for want of a production baseline is undecided: on a merge-group run it must not pass on half its
 * rule, so it becomes a skip, which the merge queue fails closed.
 */
export function unjudgedChangeLimits(outcome: ActionResult): ActionResult {
  const rows = (outcome.report.data as EvalGateData | undefined)?.metrics ?? [];
  const open = new Set(rows.filter((r) => r.rule && r.status === 'pass' && r.delta === undefined && /\b(drop|rise) ≤/.test(r.rule)).map((r) => r.name));
  if (!open.size) return outcome;
  const checks = outcome.report.checks.map((c) => (open.has(c.id) && c.status === 'pass' ? { ...c, status: 'skip' as const, message: `${c.message}, but with no production baseline its change limit was not checked` } : c));
  return { ...outcome, report: { ...outcome.report, checks } };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = readContext(env);
  // GitHub's container registry takes the workflow token, as in deploy and monitor
  const action = evalGateAction({ cache: cacheProvider(ctx), registryCredentials: (url, token) => ghcrCredentials(ctx, url, token) });
  const gate = ctx.mergeGroup ? { ...action, run: async (c: Parameters<typeof action.run>[0]) => unjudgedChangeLimits(await action.run(c)) } : action;
  return runAction(withOverride(onGitHub(gate, ctx, env), ctx, env), githubHost());
}
