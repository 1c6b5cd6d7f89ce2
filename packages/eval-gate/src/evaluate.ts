import { ConfigurationError, type Check, type SourceLocation, type Status } from '@mlgate/core';
import { higherIsBetter, type DeltaInterval, type Task } from '@mlgate/metrics';
import { formatNumber, formatPercent } from '@mlgate/report';
import type { Rule } from './config.js';
import { metricNameProblem } from './config-checks.js';
import { formatLift, liftOf } from './no-skill.js';

export interface MetricRow {
  name: string;
  candidate: number | undefined;
  baseline?: number;
  delta?: number;
  relDelta?: number;
  interval?: DeltaInterval;
  /** Interval of the candidate's own value (fairness disparities). */
  valueInterval?: { lo: number; hi: number };
  higherIsBetter?: boolean;
  /** The simplest possible model's value on the same rows (prior, majority class, mean). */
  noSkill?: number;
  /** candidate over no skill, in the metric's good direction. */
  lift?: number;
  rule?: string;
  status?: Status;
  message?: string;
}

/** A metric's row: candidate and production values, their change and its interval, judged by a rule. */
export function metricRow(name: string, candidate: number | undefined, baseline: number | undefined, interval: DeltaInterval | undefined, higherIsBetter: boolean | undefined, rule: Rule | undefined, noSkill?: number): MetricRow {
  const row: MetricRow = { name, candidate, baseline, higherIsBetter };
  if (noSkill !== undefined && Number.isFinite(noSkill)) {
    row.noSkill = noSkill;
    row.lift = liftOf(candidate, noSkill, higherIsBetter);
  }
  if (candidate !== undefined && baseline !== undefined && Number.isFinite(candidate) && Number.isFinite(baseline)) {
    row.delta = candidate - baseline;
    row.relDelta = baseline === 0 ? undefined : (candidate - baseline) / Math.abs(baseline);
    row.interval = interval;
  }
  if (rule) {
    const v = judge(row, rule);
    row.rule = describeRule(rule);
    row.status = v.status;
    row.message = v.message;
  }
  return row;
}

/** A judged row as a check of the report (rows without a rule are shown, not checked). */
export function ruleCheck(row: MetricRow, id: string, title: string, message: string, location: SourceLocation | undefined): Check {
  return { id, title, status: row.status!, message, observed: row.candidate, expected: row.rule, location };
}

/** A rule in words, as the table shows it. */
export function describeRule(rule: Rule): string {
  const parts: string[] = [];
  if (rule.min !== undefined) parts.push(`≥ ${formatNumber(rule.min)}`);
  if (rule.max !== undefined) parts.push(`≤ ${formatNumber(rule.max)}`);
  if (rule['max-drop'] !== undefined) parts.push(`drop ≤ ${formatNumber(rule['max-drop'])}`);
  if (rule['max-rise'] !== undefined) parts.push(`rise ≤ ${formatNumber(rule['max-rise'])}`);
  if (rule['max-relative-drop'] !== undefined) parts.push(`drop ≤ ${formatPercent(rule['max-relative-drop'], 1)}`);
  if (rule['max-relative-rise'] !== undefined) parts.push(`rise ≤ ${formatPercent(rule['max-relative-rise'], 1)}`);
  if (rule['min-lift'] !== undefined) parts.push(`lift ≥ ${formatNumber(rule['min-lift'])}`);
  return parts.join(', ') + (rule['warn-only'] ? ' (warn only)' : '');
}

/** A metric name the task does not have: an error at its place in the config, said for the task at hand (config-checks.ts). */
export function checkMetricName(name: string, task: Task, where: SourceLocation): void {
  const problem = metricNameProblem(name, task, where);
  if (problem) throw problem;
}

/** Rules must name metrics of the task, and a drop rule needs a higher-is-better metric. */
export function checkRuleNames(rules: Record<string, Rule>, task: Task | undefined, locate: (path: string[], opts?: { key?: boolean }) => SourceLocation, key = 'rules', direction = higherIsBetter): void {
  for (const [name, rule] of Object.entries(rules)) {
    if (task) checkMetricName(name, task, locate([key, name], { key: true }));
    const hib = direction(name);
    if (hib === false && (rule['max-drop'] !== undefined || rule['max-relative-drop'] !== undefined)) {
      throw new ConfigurationError(`"${name}" is lower-is-better: expected max-rise or max-relative-rise, not a drop`, locate([key, name]));
    }
    if (hib === true && (rule['max-rise'] !== undefined || rule['max-relative-rise'] !== undefined)) {
      throw new ConfigurationError(`"${name}" is higher-is-better: expected max-drop or max-relative-drop, not a rise`, locate([key, name]));
    }
  }
}

interface Verdict {
  status: Status;
  message: string;
}

/**
 * Judge one change limit. With an interval: fail only when the whole interval lies past the limit,
 * warn when it straddles the limit, pass when it lies within. Without one: the point delta decides.
 */
function judgeChange(kind: 'drop' | 'rise', limit: number, delta: number, lo: number | undefined, hi: number | undefined, fmt: (v: number) => string, what: string): Verdict {
  const sign = kind === 'drop' ? -1 : 1;
  const bound = sign * limit; // drop: delta must stay ≥ −limit; rise: delta must stay ≤ +limit
  const past = (v: number) => (kind === 'drop' ? v < bound : v > bound);
  const change = `${kind === 'drop' ? (delta < 0 ? 'fell' : 'rose') : delta > 0 ? 'rose' : 'fell'} by ${fmt(Math.abs(delta))}`;
  if (lo === undefined || hi === undefined || !Number.isFinite(lo) || !Number.isFinite(hi)) {
    return past(delta)
      ? { status: 'fail', message: `${what} ${change}; allowed ${kind}: ${fmt(limit)}` }
      : { status: 'pass', message: `${what} ${change}, within the allowed ${kind} of ${fmt(limit)}` };
  }
  const interval = `95% interval [${fmt(lo)}, ${fmt(hi)}]`;
  const whollyPast = kind === 'drop' ? hi < bound : lo > bound;
  const within = kind === 'drop' ? lo >= bound : hi <= bound;
  if (whollyPast) return { status: 'fail', message: `${what} ${change} and the ${interval} lies wholly past the allowed ${kind} of ${fmt(limit)}` };
  if (!within) return { status: 'warn', message: `${what} ${change}; the ${interval} straddles the allowed ${kind} of ${fmt(limit)}, so the evidence is not conclusive` };
  return { status: 'pass', message: `${what} ${change}; the ${interval} stays within the allowed ${kind} of ${fmt(limit)}` };
}

const ORDER: Record<Status, number> = { pass: 0, skip: 0, warn: 1, fail: 2, error: 3 };

/** Judge every clause of a rule against a metric row; the worst clause decides. */
export function judge(row: MetricRow, rule: Rule): Verdict {
  const verdicts: Verdict[] = [];
  const v = row.candidate;
  if (v === undefined || !Number.isFinite(v)) {
    return { status: rule['warn-only'] ? 'warn' : 'fail', message: v === undefined ? 'metric not found in the candidate' : 'metric is undefined for these predictions (e.g. only one class present)' };
  }
  if (rule.min !== undefined) verdicts.push(v >= rule.min ? { status: 'pass', message: `${formatNumber(v)} ≥ ${formatNumber(rule.min)}` } : { status: 'fail', message: `${formatNumber(v)} is below the minimum ${formatNumber(rule.min)}` });
  if (rule.max !== undefined) verdicts.push(v <= rule.max ? { status: 'pass', message: `${formatNumber(v)} ≤ ${formatNumber(rule.max)}` } : { status: 'fail', message: `${formatNumber(v)} is above the maximum ${formatNumber(rule.max)}` });
  const minLift = rule['min-lift'];
  if (minLift !== undefined) {
    if (row.lift === undefined) verdicts.push({ status: 'skip', message: 'the simplest model has no value of this metric here (it needs the predictions, and a defined value on their rows), so the lift was not checked' });
    else
      verdicts.push(
        row.lift >= minLift
          ? { status: 'pass', message: `lift over no skill (${formatNumber(row.noSkill)}) is ${formatLift(row.lift)} ≥ ${formatNumber(minLift)}` }
          : { status: 'fail', message: `lift over no skill (${formatNumber(row.noSkill)}) is ${formatLift(row.lift)}, below the minimum ${formatNumber(minLift)}` },
      );
  }
  const changeRules: Array<[keyof Rule, 'drop' | 'rise', boolean]> = [
    ['max-drop', 'drop', false],
    ['max-rise', 'rise', false],
    ['max-relative-drop', 'drop', true],
    ['max-relative-rise', 'rise', true],
  ];
  for (const [key, kind, relative] of changeRules) {
    const limit = rule[key] as number | undefined;
    if (limit === undefined) continue;
    if (row.baseline === undefined || row.delta === undefined) {
      verdicts.push({ status: 'skip', message: `no production baseline, so the ${relative ? 'relative ' : ''}${kind} limit was not checked` });
      continue;
    }
    if (relative) {
      if (row.baseline === 0) {
        verdicts.push({ status: 'skip', message: 'production value is 0, so a relative change is undefined' });
        continue;
      }
      verdicts.push(judgeChange(kind, limit, row.relDelta!, row.interval?.relLo, row.interval?.relHi, (x) => formatPercent(x, 2), 'relative to production it'));
    } else {
      verdicts.push(judgeChange(kind, limit, row.delta, row.interval?.lo, row.interval?.hi, (x) => formatNumber(x), 'it'));
    }
  }
  if (verdicts.length === 0) return { status: 'pass', message: 'no limits set' };
  let worst = verdicts[0]!;
  for (const x of verdicts) if (ORDER[x.status] > ORDER[worst.status] || (worst.status === 'skip' && x.status === 'pass')) worst = x;
  if (verdicts.every((x) => x.status === 'skip')) worst = { status: 'skip', message: verdicts[0]!.message };
  else worst = { status: worst.status, message: verdicts.filter((x) => x.status === worst.status).map((x) => x.message).join('; ') };
  if (worst.status === 'fail' && rule['warn-only']) return { status: 'warn', message: `${worst.message} (warn-only)` };
  return worst;
}
