import type { SourceLocation } from './errors.js';

/** Verdict of one check or of a whole report, from best to worst. */
export type Status = 'pass' | 'skip' | 'warn' | 'fail' | 'error';
const ORDER: Record<Status, number> = { pass: 0, skip: 0, warn: 1, fail: 2, error: 3 };

export function worst(statuses: Iterable<Status>): Status {
  let w: Status = 'pass';
  for (const s of statuses) if (ORDER[s] > ORDER[w]) w = s;
  return w;
}

/** One judged check: a metric rule, a data expectation, a shadow rule. */
export interface Check {
  /** Stable id, e.g. `roc_auc.max-drop` or `columns.age.min`. */
  id: string;
  title: string;
  status: Status;
  /** Why, in one sentence a user can act on. */
  message: string;
  observed?: unknown;
  expected?: string;
  /** Where the rule or expectation is written (for annotations). */
  location?: SourceLocation;
}

/** What every action emits: written as report.json and rendered to Markdown. */
export interface Report<D = unknown> {
  schema: 'mlgate/report@1';
  tool: string;
  name: string;
  status: Status;
  headline: string;
  checks: Check[];
  /** Tool-specific details (metric table, column stats, comparison). */
  data?: D;
  /** Set by the runner: the pull request the run belongs to, for posting the comment later. */
  pullRequest?: number;
  repository?: string;
  runUrl?: string;
  createdAt: string;
  /** A failed gate let pass for one commit by someone allowed to (the trail: who, when, why, what). */
  override?: Override;
}

/** An override of a failed gate, bound to the commit it was given for. */
export interface Override {
  /** The GitHub login that gave it, and their repository permission (write, maintain or admin). */
  by: string;
  permission: string;
  /** ISO time the label was added or the comment written. */
  at: string;
  reason: string;
  via: 'label' | 'comment';
  /** The head commit it holds for: a new push needs a new override. */
  commit: string;
  /** The checks that failed and were overridden. */
  rules: string[];
  /** Link to the comment that asked for it. */
  url?: string;
}

export function makeReport<D>(fields: Omit<Report<D>, 'schema' | 'status' | 'createdAt'> & { status?: Status }): Report<D> {
  return {
    schema: 'mlgate/report@1',
    status: fields.status ?? worst(fields.checks.map((c) => c.status)),
    createdAt: new Date().toISOString(),
    ...fields,
  } as Report<D>;
}

export type FailOn = 'fail' | 'warn' | 'never';

/** Whether a report with this status fails the step under `fail-on`. */
export function blocks(status: Status, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (status === 'fail' || status === 'error') return true;
  return failOn === 'warn' && status === 'warn';
}

/** The `passed` output: the verdict under `fail-on`, except that `never` still reports a failing gate as not passed. */
export function passed(status: Status, failOn: FailOn): boolean {
  return !blocks(status, failOn === 'never' ? 'fail' : failOn);
}
