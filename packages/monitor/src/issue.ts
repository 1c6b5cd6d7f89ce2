import { ConfigurationError, marker, type Host } from '@mlgate/core';
import { COMMENT_LIMIT, fit } from '@mlgate/report';
import type { History } from './history.js';
import type { MonitorResult } from './monitor.js';
import { issueTitle, renderCleared, renderIssue, type RetrainRecord, type RetrainRequest } from './render.js';

export const DRIFT_LABEL = 'mlgate-drift';

export interface TrackedIssue {
  number: number;
  body: string;
  url: string;
}

/** What the monitor needs from GitHub; implemented over Octokit in github.ts, injected so it can be swapped. */
export interface IssueTracker {
  /** The open issue (never a pull request) whose body holds `marker`, searched over every page. */
  findOpen(marker: string): Promise<TrackedIssue | undefined>;
  create(title: string, body: string, labels: string[]): Promise<TrackedIssue>;
  update(number: number, fields: { title?: string; body?: string }): Promise<void>;
  comment(number: number, body: string): Promise<void>;
  close(number: number): Promise<void>;
  dispatch(target: RetrainTarget, payload: Record<string, unknown>): Promise<void>;
}

export type RetrainTarget = { kind: 'workflow'; workflow: string } | { kind: 'repository'; eventType: string };

/** `retrain.yml` (a workflow file, dispatched with workflow_dispatch) or `repository_dispatch:EVENT_TYPE`. */
export function parseRetrain(value: string): RetrainTarget {
  const m = value.match(/^repository_dispatch:(.*)$/);
  if (m) {
    const eventType = m[1]!.trim();
    if (!eventType || eventType.length > 100) throw new ConfigurationError(`input "retrain": "repository_dispatch:" needs an event type of 1 to 100 characters (got "${value}")`, { field: 'retrain' });
    return { kind: 'repository', eventType };
  }
  const workflow = value.replace(/^\.github\/workflows\//, '');
  if (!/^[A-Za-z0-9._-]+\.ya?ml$/.test(workflow) && !/^\d+$/.test(workflow)) {
    throw new ConfigurationError(`input "retrain": expected a workflow file name such as retrain.yml (in .github/workflows) or "repository_dispatch:EVENT_TYPE" (got "${value}")`, { field: 'retrain' });
  }
  return { kind: 'workflow', workflow };
}

export function retrainLabel(t: RetrainTarget): string {
  return t.kind === 'workflow' ? t.workflow : `repository_dispatch:${t.eventType}`;
}

/** The issue of one model. */
export function issueMarker(name: string): string {
  return marker('monitor', name);
}

/** The record of a retraining request, kept in the issue body so a rerun does not request it again. */
const RETRAIN_RE = /<!-- mlgate:monitor-retrain:(\{[^\n]*?\}) -->/;
export function retrainMarker(rec: { target: string; at: string; runUrl?: string }): string {
  return `<!-- mlgate:monitor-retrain:${JSON.stringify(rec).replace(/-->/g, '')} -->`;
}
export function readRetrainMarker(body: string): { target: string; at: string; runUrl?: string } | undefined {
  const m = body.match(RETRAIN_RE);
  if (!m) return undefined;
  try {
    const v = JSON.parse(m[1]!) as { target?: unknown; at?: unknown; runUrl?: unknown };
    if (typeof v.target === 'string' && typeof v.at === 'string') return { target: v.target, at: v.at, runUrl: typeof v.runUrl === 'string' ? v.runUrl : undefined };
  } catch {
    // a hand-edited marker: treated as a record all the same (never dispatch twice)
  }
  return { target: 'unknown', at: '' };
}

export interface SyncResult {
  issue?: { number: number; url: string; action: 'opened' | 'updated' | 'closed' | 'none' };
  retrain?: RetrainRecord;
}

/**
 * The retraining request of a drifting run with no GitHub connection (the CLI, comment: never on a
 * laptop): nothing is sent, and the report says what a run on GitHub would have sent.
 */
export function unsentRetrain(target: RetrainTarget, o: { name: string; result: MonitorResult; runUrl?: string; why: string }): RetrainRecord {
  const drifted = o.result.columns.filter((c) => c.status === 'fail').map((c) => c.column);
  const request: RetrainRequest =
    target.kind === 'workflow'
      ? { event: 'workflow_dispatch', workflow: target.workflow, }
      : { event: 'repository_dispatch', event_type: target.eventType, client_payload: { model: o.name, drifted, run_url: o.runUrl ?? '' } };
  return { target: retrainLabel(target), dispatched: false, note: `not sent (${o.why}); a run that opens the drift issue sends ${request.event} of ${retrainLabel(target)}${target.kind === 'workflow' ? " on the run's branch" : ''}`, request };
}

/**
 * Bring the model's issue in line with this run: open or update it on drift (and request retraining
 * once per open issue), comment and close it on a clean run. GitHub failures are warnings.
 */
export async function syncIssue(o: {
  tracker: IssueTracker;
  host: Host;
  name: string;
  result: MonitorResult;
  history: History;
  historyWhere: string;
  runUrl?: string;
  retrain?: RetrainTarget;
  now?: Date;
}): Promise<SyncResult> {
  const { tracker, host, name, result } = o;
  const mk = issueMarker(name);
  const existing = await tracker.findOpen(mk);
  if (!result.drifted) {
    if (!existing) return {};
    await tracker.comment(existing.number, renderCleared(result, o.runUrl));
    await tracker.close(existing.number);
    host.info(`drift cleared: closed issue #${existing.number}`);
    return { issue: { number: existing.number, url: existing.url, action: 'closed' } };
  }
  const recorded = existing ? readRetrainMarker(existing.body) : undefined;
  const body = (retrain?: { target: string; at: string; runUrl?: string }) =>
    fit(renderIssue(result, { name, runUrl: o.runUrl, history: o.history, historyWhere: o.historyWhere, markers: [mk, ...(retrain ? [retrainMarker(retrain)] : [])], retrain }), COMMENT_LIMIT, `The issue was cut to fit; the full report is in the job summary${o.runUrl ? ` of ${o.runUrl}` : ''}.`);
  const title = issueTitle(name, result);
  let issue: TrackedIssue;
  let action: 'opened' | 'updated';
  if (existing) {
    await tracker.update(existing.number, { title, body: body(recorded) });
    issue = existing;
    action = 'updated';
  } else {
    issue = await tracker.create(title, body(undefined), [DRIFT_LABEL]);
    action = 'opened';
  }
  host.info(`drift issue #${issue.number} ${action}: ${issue.url}`);
  const out: SyncResult = { issue: { number: issue.number, url: issue.url, action } };
  if (!o.retrain) return out;
  const target = retrainLabel(o.retrain);
  if (recorded) {
    out.retrain = { target, dispatched: false, at: recorded.at, note: `already requested${recorded.at ? ` on ${recorded.at.slice(0, 16).replace('T', ' ')} UTC` : ''} for this open issue` };
    return out;
  }
  const at = (o.now ?? new Date()).toISOString();
  try {
    await tracker.dispatch(o.retrain, { model: name, issue: issue.number, drifted: result.columns.filter((c) => c.status === 'fail').map((c) => c.column), run_url: o.runUrl ?? '' });
  } catch (e) {
    host.warning(`could not request retraining with ${target}: ${(e as Error).message}`);
    out.retrain = { target, dispatched: false, note: `the request failed: ${(e as Error).message}` };
    return out;
  }
  const rec = { target, at, runUrl: o.runUrl };
  await tracker.update(issue.number, { body: body(rec) });
  host.info(`requested retraining: ${target}`);
  out.retrain = { target, dispatched: true, at };
  return out;
}
