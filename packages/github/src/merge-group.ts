import { worst, type Action, type Check, type ActionResult } from '@mlgate/core';
import { code, escapeMarkdown } from '@mlgate/report';
import type * as z from 'zod/mini';
import type { MergeGroup, GitHubContext } from './context.js';

const UNDECIDED = 'not decided on a merge-group run, so it fails closed';

/**
 * A merge queue merges what its required checks pass, so on a merge-group run a gate that could not
 * decide a check (a rule without its baseline: `skip`) fails it, saying why, instead of passing it.
 * Elsewhere a skipped check stays skipped: a pull request shows it and a person decides.
 */
export function failClosed(outcome: ActionResult, group: MergeGroup): ActionResult {
  const undecided = outcome.report.checks.filter((c) => c.status === 'skip');
  if (!undecided.length) return outcome;
  const checks: Check[] = outcome.report.checks.map((c) => (c.status === 'skip' ? { ...c, status: 'fail', message: `${c.message} — ${UNDECIDED}` } : c));
  const names = undecided.map((c) => c.title);
  const list = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  const headline = `failed closed on the merge queue: ${list} could not be decided (${undecided[0]!.message})`;
  const items = undecided.map((c) => `> - **${escapeMarkdown(c.title, 120)}**: ${escapeMarkdown(c.message, 400)}`).join('\n');
  const note = `> **❌ Failed closed on the merge queue.** A merge-group run (into ${code(group.baseBranch)}) must decide every check; ${undecided.length === 1 ? 'this one' : `these ${undecided.length}`} could not be decided, so the group is not merged:\n>\n${items}\n`;
  return { ...outcome, report: { ...outcome.report, checks, status: worst(checks.map((c) => c.status)), headline }, markdown: `${note}\n${outcome.markdown}` };
}

/** The action with failClosed applied to its outcome on a merge-group run. */
export function failClosedInMergeQueue<S extends z.core.$ZodObject>(action: Action<S>, ctx: GitHubContext): Action<S> {
  const group = ctx.mergeGroup;
  if (!group) return action;
  return { ...action, run: async (c) => failClosed(await action.run(c), group) };
}

/** The line a merge-group result starts its pull request comment with. */
export function mergeGroupNote(group: MergeGroup): string {
  return `Judged in the merge queue on the merge group ${code(group.headSha.slice(0, 7))} into ${code(group.baseBranch)}.\n\n`;
}
