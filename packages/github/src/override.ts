import { readFileSync } from 'node:fs';
import type { Action, Host, Override } from '@mlgate/core';
import { applyOverride, escapeMarkdown } from '@mlgate/report';
import * as z from 'zod/mini';
import { client, httpStatus, type GitHubClient } from './client.js';
import type { GitHubContext } from './context.js';

export const OVERRIDE_LABEL = 'mlgate: override';
const COMMAND = /^\/mlgate\s+override\b[ \t]*(.*)$/m;
const ALLOWED = new Set(['admin', 'maintain', 'write']);

/** What the event asks: an override by a label or a comment, not yet checked. */
export interface OverrideRequest {
  via: 'label' | 'comment';
  by: string;
  at: string;
  reason: string;
  /** The head commit, when the event says it (a label event does; a comment's needs a look-up). */
  commit?: string;
  url?: string;
}

const user = z.object({ login: z.string() });
const eventSchema = z.looseObject({
  action: z.optional(z.string()),
  sender: z.optional(user),
  label: z.optional(z.object({ name: z.string() })),
  pull_request: z.optional(z.looseObject({ head: z.object({ sha: z.string() }), updated_at: z.optional(z.string()) })),
  issue: z.optional(z.looseObject({ pull_request: z.optional(z.unknown()) })),
  comment: z.optional(z.object({ body: z.nullable(z.string()), user, created_at: z.string(), html_url: z.optional(z.string()) })),
});

/**
 * The override an event asks for: `pull_request` `labeled` with the label "mlgate: override", or an
 * `issue_comment` `created` on a pull request whose first command line is `/mlgate override <reason>`.
 * Only the event that triggered this run counts, which binds it to the head commit of this run.
 */
export function overrideRequest(eventName: string | undefined, eventPath: string | undefined, now = new Date()): OverrideRequest | { invalid: string } | undefined {
  if (!eventPath || (eventName !== 'pull_request' && eventName !== 'pull_request_target' && eventName !== 'issue_comment')) return undefined;
  let event: z.infer<typeof eventSchema>;
  try {
    const parsed = z.safeParse(eventSchema, JSON.parse(readFileSync(eventPath, 'utf8')));
    if (!parsed.success) return undefined;
    event = parsed.data;
  } catch {
    return undefined;
  }
  if (eventName === 'issue_comment') {
    const m = event.action === 'created' && event.issue?.pull_request && event.comment?.body ? COMMAND.exec(event.comment.body) : null;
    if (!m || !event.comment) return undefined;
    const reason = m[1]!.trim();
    if (!reason) return { invalid: `@${event.comment.user.login} asked for an override without a reason: write "/mlgate override <why>"` };
    return { via: 'comment', by: event.comment.user.login, at: event.comment.created_at, reason, url: event.comment.html_url };
  }
  if (event.action !== 'labeled' || event.label?.name !== OVERRIDE_LABEL || !event.sender || !event.pull_request) return undefined;
  return { via: 'label', by: event.sender.login, at: now.toISOString(), reason: `label "${OVERRIDE_LABEL}" added (a label carries no reason; comment "/mlgate override <why>" to give one)`, commit: event.pull_request.head.sha };
}

/** The commenter's permission on the repository, through the REST API (never by name). */
export async function permissionOf(gh: GitHubClient, ctx: GitHubContext, login: string): Promise<string> {
  let r;
  try {
    r = await gh.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...ctx.repository!, username: login });
  } catch (e) {
    if (httpStatus(e) === 404) return 'none'; // not a collaborator
    throw e;
  }
  const d = r.data as { permission?: string; role_name?: string };
  // `permission` folds maintain into write and triage into read; `role_name` names the role itself
  return d.role_name && ALLOWED.has(d.role_name) ? d.role_name : (d.permission ?? 'none');
}

/** The head commit of the run's pull request (an `issue_comment` event does not carry it). */
export async function pullRequestHead(gh: GitHubClient, ctx: GitHubContext): Promise<string> {
  const r = await gh.rest.pulls.get({ ...ctx.repository!, pull_number: ctx.pullRequest! });
  return r.data.head.sha;
}

async function decide(req: OverrideRequest, ctx: GitHubContext, token: string | undefined, host: Host): Promise<{ override: Omit<Override, 'rules'> } | { ignored: string }> {
  if (!ctx.repository || !ctx.pullRequest || !token) return { ignored: `the override by @${req.by} could not be checked: no repository, pull request or github-token` };
  const gh = await client(token, ctx);
  const permission = await permissionOf(gh, ctx, req.by);
  if (!ALLOWED.has(permission)) return { ignored: `the override by @${req.by} was ignored: their permission on the repository is "${permission}", and an override needs write, maintain or admin` };
  const commit = req.commit ?? (await pullRequestHead(gh, ctx));
  host.info(`override by @${req.by} (${permission}) for ${commit}: ${req.reason}`);
  return { override: { by: req.by, permission, at: req.at, reason: req.reason, via: req.via, commit, url: req.url } };
}

/**
 * A gate's action with overrides: when this run's event asks for one and the gate failed, the
 * requester's permission is checked through the API; from write, maintain or admin the report
 * passes with the trail, otherwise a notice says why it was ignored and the verdict stands.
 */
export function withOverride<S extends z.core.$ZodObject>(action: Action<S>, ctx: GitHubContext, env: NodeJS.ProcessEnv = process.env): Action<S> {
  return {
    ...action,
    run: async (c) => {
      const outcome = await action.run(c);
      const req = overrideRequest(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
      if (!req) return outcome;
      const note = (text: string) => {
        c.host.notice(text);
        return { ...outcome, markdown: `> ${escapeMarkdown(text, 500)}\n\n${outcome.markdown}` };
      };
      if ('invalid' in req) return note(req.invalid);
      if (outcome.report.status !== 'fail') return note(`an override by @${req.by} was asked for, but the gate did not fail: nothing to override`);
      let d: Awaited<ReturnType<typeof decide>>;
      try {
        d = await decide(req, ctx, c.inputs['github-token'], c.host);
      } catch (e) {
        // the verdict stands when the permission cannot be read: an override is never assumed
        d = { ignored: `the override by @${req.by} could not be checked (${(e as Error).message}), so the gate's verdict stands` };
      }
      if ('ignored' in d) return note(d.ignored);
      const rules = outcome.report.checks.filter((k) => k.status === 'fail' || k.status === 'error').map((k) => k.title);
      return { ...outcome, ...applyOverride(outcome.report, outcome.markdown, { ...d.override, rules }) };
    },
  };
}
