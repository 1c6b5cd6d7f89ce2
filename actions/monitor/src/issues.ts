import { RemoteError } from '@mlgate/core';
import { client, httpStatus, type GitHubContext } from '@mlgate/github';
import type { IssueTracker, RetrainTarget } from '@mlgate/monitor';

/** What a failed call needs to be understood: the permission the workflow lacks, when that is the cause. */
function explain(e: unknown, what: string, permission: string): Error {
  const s = httpStatus(e);
  const hint = s === 403 || s === 404 ? ` (grant the workflow "${permission}")` : '';
  return new RemoteError(`could not ${what}: ${(e as Error).message}${hint}`);
}

/** The monitor's issue and dispatch calls over Octokit (retries from packages/github's client). */
export async function githubTracker(token: string, ctx: GitHubContext & { repository: { owner: string; repo: string } }): Promise<IssueTracker> {
  const gh = await client(token, ctx);
  const repo = ctx.repository;
  // a merge group's branch is GitHub's and goes away with the group: retrain on the branch it merges into
  const ref = ctx.mergeGroup ? ctx.mergeGroup.baseRef : ctx.ref?.startsWith('refs/heads/') || ctx.ref?.startsWith('refs/tags/') ? ctx.ref : (ctx.defaultBranch ?? 'main');
  return {
    async findOpen(mark) {
      try {
        // Every page of open issues: a model's issue is found again wherever it is, and never duplicated.
        for await (const page of gh.paginate.iterator(gh.rest.issues.listForRepo, { ...repo, state: 'open', per_page: 100 })) {
          for (const i of page.data) {
            if (i.pull_request) continue;
            if ((i.body ?? '').startsWith(mark)) return { number: i.number, body: i.body ?? '', url: i.html_url };
          }
        }
      } catch (e) {
        throw explain(e, 'list the open issues', 'issues: read');
      }
      return undefined;
    },
    async create(title, body, labels) {
      try {
        const r = await gh.rest.issues.create({ ...repo, title, body, labels });
        return { number: r.data.number, body: r.data.body ?? body, url: r.data.html_url };
      } catch (e) {
        throw explain(e, 'open the drift issue', 'issues: write');
      }
    },
    async update(number, fields) {
      try {
        await gh.rest.issues.update({ ...repo, issue_number: number, ...fields });
      } catch (e) {
        throw explain(e, `update issue #${number}`, 'issues: write');
      }
    },
    async comment(number, body) {
      try {
        await gh.rest.issues.createComment({ ...repo, issue_number: number, body });
      } catch (e) {
        throw explain(e, `comment on issue #${number}`, 'issues: write');
      }
    },
    async close(number) {
      try {
        await gh.rest.issues.update({ ...repo, issue_number: number, state: 'closed', state_reason: 'completed' });
      } catch (e) {
        throw explain(e, `close issue #${number}`, 'issues: write');
      }
    },
    async dispatch(target: RetrainTarget, payload) {
      try {
        if (target.kind === 'workflow') await gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: target.workflow, ref });
        else await gh.rest.repos.createDispatchEvent({ ...repo, event_type: target.eventType, client_payload: payload });
      } catch (e) {
        throw explain(e, 'request retraining', target.kind === 'workflow' ? 'actions: write' : 'contents: write');
      }
    },
  };
}
