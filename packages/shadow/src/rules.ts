import type { Check, SourceLocation, Status } from '@mlgate/core';
import { formatNumber, formatPercent } from '@mlgate/report';
import { METRICS, type MetricName, type Rule, type ShadowConfig } from './config.js';
import type { ComparisonSummary, RoleSummary } from './compare.js';

/** What the rules read: the comparison, and the novelty of the inputs when a reference was given. */
type Measured = Omit<ComparisonSummary, 'byNovelty'> & { novelty?: { share: number } };

/** The rules used when the config names none: documented in docs/shadow-compare.md. */
export function defaultRules(s: Measured): Partial<Record<MetricName, Rule>> {
  const pair = s.noise?.clean ?? s.comparison;
  const rules: Partial<Record<MetricName, Rule>> = { error_rate: { max: 0.01 } };
  if (pair.agreement !== undefined || s.task === 'classification') rules.agreement = { min: 0.95 };
  if (pair.delta) rules.psi = { max: 0.2 };
  if (s.roles.candidate?.latency && s.roles.production?.latency) rules.latency_p95_ms = { 'max-ratio': 1.5, 'warn-only': true };
  return rules;
}

function roleValue(r: RoleSummary | undefined, m: MetricName): number | undefined {
  if (!r) return undefined;
  // latency of a model that never answered would be the time its failures took: no figure
  if (r.ok === 0 && m.startsWith('latency_')) return undefined;
  switch (m) {
    case 'error_rate':
      return r.requests ? r.error_rate : undefined;
    case 'timeout_rate':
      return r.requests ? r.timeout_rate : undefined;
    case 'latency_p50_ms':
      return r.latency?.p50;
    case 'latency_p95_ms':
      return r.latency?.p95;
    case 'latency_p99_ms':
      return r.latency?.p99;
    default:
      return undefined;
  }
}

/** The measured figure a rule bounds: the candidate's (and production's, for per-model figures). */
export function measured(s: Measured, m: MetricName): { candidate: number | undefined; production: number | undefined } {
  if (METRICS[m].perModel) return { candidate: roleValue(s.roles.candidate, m), production: roleValue(s.roles.production, m) };
  if (m === 'novel-inputs') return { candidate: s.novelty?.share, production: undefined };
  const pair = s.noise?.clean ?? s.comparison;
  const d = pair.delta;
  const v =
    m === 'agreement' ? pair.agreement
    : m === 'psi' ? pair.psi?.psi
    : m === 'beyond_tolerance' ? d?.beyond_share
    : m === 'delta_mean' ? d?.mean
    : m === 'delta_p50' ? d?.p50
    : m === 'delta_p95' ? d?.p95
    : m === 'delta_max' ? d?.max
    : undefined;
  return { candidate: v, production: undefined };
}

export function formatMetric(m: MetricName, v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '—';
  const unit = METRICS[m].unit;
  return unit === 'share' ? formatPercent(v) : unit === 'ms' ? `${formatNumber(v, 3)} ms` : formatNumber(v);
}

export function describeRule(m: MetricName, r: Rule): string {
  const parts: string[] = [];
  if (r.min !== undefined) parts.push(`≥ ${formatMetric(m, r.min)}`);
  if (r.max !== undefined) parts.push(`≤ ${formatMetric(m, r.max)}`);
  if (r['max-ratio'] !== undefined) parts.push(`≤ ${formatNumber(r['max-ratio'])} × production`);
  return parts.join(', ') + (r['warn-only'] ? ' (warn only)' : '');
}

/** Judge each rule: a violated bound fails (or warns), a figure that could not be measured fails. */
export function judge(s: Measured, config: ShadowConfig, locate?: (path: string[]) => SourceLocation): Check[] {
  const rules = config.rules ?? defaultRules(s);
  const checks: Check[] = [];
  for (const [name, rule] of Object.entries(rules) as Array<[MetricName, Rule | undefined]>) {
    if (!rule) continue;
    const { candidate, production } = measured(s, name);
    const bad: Status = rule['warn-only'] ? 'warn' : 'fail';
    const title = METRICS[name].title;
    const expected = describeRule(name, rule);
    const location = config.rules ? locate?.(['rules', name]) : undefined;
    const base = { id: `shadow.${name}`, title: `${title} (${name})`, expected, location };
    if (candidate === undefined || Number.isNaN(candidate)) {
      checks.push({ ...base, status: bad, observed: null, message: `${title} was not measured${whyNotMeasured(s, name)}, so the rule cannot pass` });
      continue;
    }
    // the share of novel inputs belongs to the replayed inputs, not to a model
    const who = name === 'novel-inputs' ? 'inputs never seen in training:' : 'candidate';
    const problems: string[] = [];
    if (rule.min !== undefined && candidate < rule.min) problems.push(`${formatMetric(name, candidate)} is below the minimum ${formatMetric(name, rule.min)}`);
    if (rule.max !== undefined && candidate > rule.max) problems.push(`${formatMetric(name, candidate)} is above the maximum ${formatMetric(name, rule.max)}`);
    let ratio: number | undefined;
    if (rule['max-ratio'] !== undefined) {
      if (production === undefined && s.roles.production?.ok === 0 && problems.length === 0) {
        // nothing to compare with: not a pass, and not the candidate's fault either
        checks.push({ ...base, status: 'skip', observed: candidate, message: `not checked: production never answered, so it has no ${title}` });
        continue;
      }
      if (production === undefined) problems.push(`production's ${title} was not measured, so the ratio is unknown`);
      else {
        ratio = production === 0 ? (candidate === 0 ? 1 : Infinity) : candidate / production;
        if (ratio > rule['max-ratio']) problems.push(`${formatMetric(name, candidate)} is ${formatNumber(ratio, 3)} × production's ${formatMetric(name, production)}, above ${formatNumber(rule['max-ratio'])} ×`);
      }
    }
    checks.push({
      ...base,
      status: problems.length ? bad : 'pass',
      observed: production !== undefined ? { candidate, production, ratio } : candidate,
      message: problems.length ? `${who} ${problems.join('; ')}` : `${who} ${formatMetric(name, candidate)}${production !== undefined ? ` vs production ${formatMetric(name, production)}` : ''} is within ${expected}`,
    });
  }
  return checks;
}

function whyNotMeasured(s: Measured, m: MetricName): string {
  if (m === 'novel-inputs') return ' (it needs the training profile: set the input "reference")';
  if (METRICS[m].perModel) return m.startsWith('latency') ? ' (recorded answers in a file: have no latency)' : '';
  const pair = s.noise?.clean ?? s.comparison;
  if (pair.compared === 0) {
    // say why: the first fault of a model that answered nothing (a command not found, its exit code and last stderr line…)
    const cause = (['candidate', 'production'] as const).map((r) => [r, s.roles[r]] as const).find(([, x]) => x && x.ok === 0 && x.examples.length);
    const ex = cause?.[1]!.examples.find((e) => e.kind !== 'not-sent') ?? cause?.[1]!.examples[0];
    return ` (no input was answered by both models${ex ? `: ${cause![0]}: ${ex.message}` : ''})`;
  }
  if (m === 'agreement') return ' (the answers have no class: set `threshold` for scores)';
  return ' (the answers are not numbers: set `score` for classifiers)';
}
