import * as z from 'zod/mini';
import { ConfigurationError, makeReport, parseLocated, readTextFile, validate, type Action, type Check, type Host, type LocatedDocument, type Report, type SourceLocation } from '@mlgate/core';
import { higherIsBetter, metricDef, scoreHigherIsBetter, type Task } from '@mlgate/metrics';
import { formatChange, formatNumber } from '@mlgate/report';
import type { BaselineProvider, RegistryCredentials } from './baseline.js';
import { breakdownChecks, planBreakdowns } from './breakdown.js';
import { computeCandidate } from './candidate.js';
import { gateConfigSchema, type GateConfig } from './config.js';
import { gateConfigProblems } from './config-checks.js';
import { metricRow, ruleCheck, type MetricRow } from './evaluate.js';
import { renderMarkdown, type EvalGateData } from './render.js';
import { checkBaselineInputs, pairedBaselineFile, resolveBaseline } from './resolve-baseline.js';

type Locate = (path: string[], opts?: { key?: boolean }) => SourceLocation;

export const evalGateInputs = z.object({
  predictions: z.optional(z.string()),
  'baseline-predictions': z.optional(z.string()),
  metrics: z.optional(z.string()),
  'baseline-metrics': z.optional(z.string()),
  config: z.optional(z.string()),
  baseline: z._default(z.enum(['auto', 'registry', 'cache', 'none']), 'auto'),
  registry: z.optional(z.string()),
  model: z.optional(z.string()),
  alias: z._default(z.string(), 'production'),
  'registry-username': z.optional(z.string()),
  'registry-password': z.optional(z.string()),
});

function loadGateConfig(file: string | undefined, withPredictions: boolean): { cfg: GateConfig; doc?: LocatedDocument } {
  if (!file) return { cfg: z.parse(gateConfigSchema, {}) };
  const text = readTextFile(file, 'gate config file');
  if (text.trim() === '') throw new ConfigurationError('gate config file is empty', { file });
  const doc = parseLocated(text, file);
  return { cfg: validate(gateConfigSchema, doc, 'gate config', (value) => gateConfigProblems(value, doc, withPredictions)), doc };
}

function headline(rows: MetricRow[], status: Check['status'], checks: Check[]): string {
  const ruled = rows.filter((r) => r.rule !== undefined);
  const bad = checks.filter((r) => r.status === 'fail').map((c) => ({ name: c.title }));
  const warn = checks.filter((r) => r.status === 'warn').map((c) => ({ name: c.title }));
  const lead = ruled[0] ?? rows[0];
  const leadText = lead && lead.candidate !== undefined ? `${lead.name} ${formatNumber(lead.candidate)}${lead.delta !== undefined ? ` (${formatChange(lead.delta, lead.higherIsBetter)} vs production)` : ''}` : '';
  if (status === 'fail') return `failed on ${bad.map((r) => r.name).join(', ')}${warn.length ? `; warnings on ${warn.map((r) => r.name).join(', ')}` : ''}`;
  if (status === 'warn') return `passed with warnings on ${warn.map((r) => r.name).join(', ')}${leadText ? ` — ${leadText}` : ''}`;
  // a rule that could not be checked neither holds nor fails: say so, never "0 of 1 rules hold"
  const judged = checks.filter((c) => c.status !== 'skip');
  const skipped = checks.filter((c) => c.status === 'skip');
  const held = judged.filter((r) => r.status === 'pass').length;
  const why = skipped.every((c) => c.message.startsWith('no production baseline')) ? 'no production baseline' : 'see the table';
  const notChecked = skipped.length ? `${skipped.length} rule${skipped.length === 1 ? '' : 's'} not checked: ${why}` : '';
  const lead2 = leadText ? ` — ${leadText}` : '';
  if (checks.length > 0 && judged.length === 0) return `${notChecked}${lead2}`;
  return `passed${judged.length ? `: ${held} of ${judged.length} rule${judged.length === 1 ? '' : 's'} hold${judged.length === 1 ? 's' : ''}` : ''}${notChecked ? `; ${notChecked}` : ''}${lead2}`;
}

/** What the host adds to a gate: main's last metrics (the Actions cache), default registry credentials. */
export interface EvalGateOptions {
  cache?: BaselineProvider;
  registryCredentials?: RegistryCredentials;
}

type GateInputs = z.output<typeof evalGateInputs> & { name: string; 'github-token'?: string };

/** The inputs and the config agree before any file is read. */
function checkInputs(inputs: GateInputs, cfg: GateConfig, locate: Locate, host: Host): void {
  if (!inputs.predictions && !inputs.metrics) throw new ConfigurationError('set input "predictions" (a CSV or JSON Lines file) or "metrics" (a metrics file)', { field: 'predictions' });
  if (inputs.predictions && inputs.metrics) throw new ConfigurationError('set either "predictions" or "metrics", not both', { field: 'metrics' });
  if (inputs['baseline-predictions'] && !inputs.predictions) throw new ConfigurationError('"baseline-predictions" needs "predictions" for the candidate', { field: 'baseline-predictions' });
  if (inputs['baseline-predictions'] && inputs['baseline-metrics']) throw new ConfigurationError('set either "baseline-predictions" or "baseline-metrics", not both', { field: 'baseline-metrics' });
  // with a config file, a missing task is among its problems; without one there is nothing to set it
  if (inputs.predictions && !cfg.task) throw new ConfigurationError('input "config" is required with "predictions": a gate config that sets "task" (binary, multiclass, regression or scores)', { field: 'config' });
  if ((!inputs.predictions || cfg.task === 'scores') && (cfg.slices?.length || cfg.fairness || Object.keys(cfg['slice-rules']).length)) {
    const key = cfg.slices?.length ? 'slices' : cfg.fairness ? 'fairness' : 'slice-rules';
    throw new ConfigurationError(`"${key}" needs the predictions of a binary, multiclass or regression task (input "predictions"): ${cfg.task === 'scores' ? 'task scores has' : 'a metrics file has'} no rows to slice`, inputs.config ? locate([key], { key: true }) : { field: key });
  }
  checkBaselineInputs(inputs, host);
}

/** A metric's direction: the task's own, else guessed from its name (metrics files). */
function direction(task: GateConfig['task'], name: string): boolean | undefined {
  if (task === 'scores') return scoreHigherIsBetter(name);
  return task ? metricDef(task, name)?.higherIsBetter : higherIsBetter(name);
}

/**
 * Evaluate a gate: check the inputs, compute the candidate, resolve production's metrics
 * (resolveBaseline, in the documented order), judge each rule, render.
 */
export async function evaluateGate(inputs: GateInputs, host: Host, options: EvalGateOptions = {}): Promise<{ report: Report<EvalGateData>; markdown: string }> {
  if (inputs['registry-password']) host.setSecret(inputs['registry-password']);
  const { cfg, doc } = loadGateConfig(inputs.config, inputs.predictions !== undefined);
  const locate: Locate = (path, opts) => (doc ? doc.locate(path, opts) : { field: path.join('.') });
  checkInputs(inputs, cfg, locate, host);

  const plan = inputs.predictions && cfg.task !== 'scores' ? planBreakdowns(cfg, cfg.task as Task, locate) : undefined;
  const candidate = await computeCandidate(cfg, inputs, pairedBaselineFile(inputs), plan, locate, host);
  const baseline = await resolveBaseline(inputs, inputs.name, candidate.names, candidate.paired, options.cache, options.registryCredentials, host);

  const at = (path: string[]) => (inputs.config ? locate(path) : undefined);
  const rows = candidate.names.map((name) => metricRow(name, candidate.values[name], baseline?.metrics[name], baseline?.intervals?.[name], direction(candidate.task, name), cfg.rules[name], candidate.noSkill[name]));
  const checks = rows.filter((r) => r.rule !== undefined).map((r) => ruleCheck(r, r.name, r.name, r.message!, at(['rules', r.name])));
  checks.push(...breakdownChecks(candidate.breakdowns, inputs.config ? locate : undefined));

  const { breakdowns } = candidate;
  const joinedBy = baseline?.joinedBy;
  const data: EvalGateData = { task: candidate.task, rows: candidate.rows, joinedBy, baselineSource: baseline?.source, bootstrap: joinedBy || breakdowns.fairness ? cfg.bootstrap : undefined, metrics: rows, notes: candidate.notes, ...breakdowns, calibration: candidate.calibration, scores: candidate.scores, minSliceSize: plan?.columns.length ? cfg['min-slice-size'] : undefined };
  const report = makeReport<EvalGateData>({ tool: 'eval-gate', name: inputs.name, headline: '', checks, data });
  report.headline = headline(rows, report.status, checks);
  if (options.cache?.save && inputs.baseline !== 'none') {
    const finite = Object.fromEntries(Object.entries(candidate.values).filter(([, v]) => v !== undefined && Number.isFinite(v))) as Record<string, number>;
    await options.cache.save(finite, host, inputs.name).catch((e: Error) => host.warning(`could not save the baseline: ${e.message}`));
  }
  return { report, markdown: renderMarkdown(report) };
}

/** The eval-gate action, for the GitHub runner and the CLI alike. */
export function evalGateAction(options: EvalGateOptions = {}): Action<typeof evalGateInputs> {
  return {
    tool: 'eval-gate',
    inputs: evalGateInputs,
    run: async ({ inputs, host }) => evaluateGate(inputs, host, options),
  };
}
