import * as z from 'zod/mini';
import { ConfigurationError, makeReport, parseLocated, readTextFile, validate, type ActionSpec, type Check, type Host, type LocatedDocument, type Report } from '@mlgate/core';
import { computeMetrics, metricDef, higherIsBetter, METRICS, pairedBootstrap, scoreHigherIsBetter, type DeltaInterval, type Task } from '@mlgate/metrics';
import { formatChange, formatCount, formatNumber } from '@mlgate/report';
import type { BaselineProvider } from './baseline.js';
import { gateConfigSchema, type GateConfig } from './config.js';
import { gateConfigProblems } from './config-checks.js';
import { metricRow, type MetricRow } from './evaluate.js';
import { loadPredictions } from './load.js';
import { lookupMetric, readMetricsFile } from './metrics-file.js';
import { noSkillMetrics } from './no-skill.js';
import { renderMarkdown, type EvalGateData } from './render.js';
import { registryBaseline } from './registry-baseline.js';
import { evaluateScores, type ScoresView } from './scores-gate.js';
import { reliability } from './reliability.js';
import { breakdownChecks, breakdownNotes, evaluateBreakdowns, planBreakdowns, type Breakdowns } from './breakdown.js';

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

/** Interval computations cost rows × resamples × metrics; above this budget only ruled metrics get one. */
const ALL_INTERVALS_BUDGET = 2e8;

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

/** Evaluate a gate: metrics, production baseline, intervals, verdicts, Markdown. */
export async function evaluateGate(inputs: z.output<typeof evalGateInputs> & { name: string }, host: Host, provider?: BaselineProvider): Promise<{ report: Report<EvalGateData>; markdown: string }> {
  if (inputs['registry-password']) host.setSecret(inputs['registry-password']);
  const { cfg, doc } = loadGateConfig(inputs.config, inputs.predictions !== undefined);
  const locate = (path: string[], opts?: { key?: boolean }) => (doc ? doc.locate(path, opts) : { field: path.join('.') });
  if (!inputs.predictions && !inputs.metrics) throw new ConfigurationError('set input "predictions" (a CSV or JSON Lines file) or "metrics" (a metrics file)', { field: 'predictions' });
  if (inputs.predictions && inputs.metrics) throw new ConfigurationError('set either "predictions" or "metrics", not both', { field: 'metrics' });
  if (inputs['baseline-predictions'] && !inputs.predictions) throw new ConfigurationError('"baseline-predictions" needs "predictions" for the candidate', { field: 'baseline-predictions' });
  if (inputs['baseline-predictions'] && inputs['baseline-metrics']) throw new ConfigurationError('set either "baseline-predictions" or "baseline-metrics", not both', { field: 'baseline-metrics' });
  if (inputs.predictions) {
    // with a config file, a missing task is among its problems; without one there is nothing to set it
    if (!cfg.task) throw new ConfigurationError('input "config" is required with "predictions": a gate config that sets "task" (binary, multiclass, regression or scores)', { field: 'config' });
  }
  if ((!inputs.predictions || cfg.task === 'scores') && (cfg.slices?.length || cfg.fairness || Object.keys(cfg['slice-rules']).length)) {
    const key = cfg.slices?.length ? 'slices' : cfg.fairness ? 'fairness' : 'slice-rules';
    throw new ConfigurationError(`"${key}" needs the predictions of a binary, multiclass or regression task (input "predictions"): ${cfg.task === 'scores' ? 'task scores has' : 'a metrics file has'} no rows to slice`, inputs.config ? locate([key], { key: true }) : { field: key });
  }
  const plan = inputs.predictions && cfg.task !== 'scores' ? planBreakdowns(cfg, cfg.task as Task, locate) : undefined;
  let scores: ScoresView | undefined;
  let breakdowns: Breakdowns = {};
  let calibration: EvalGateData['calibration'];
  const notes: string[] = [];
  const rows: MetricRow[] = [];
  let task: GateConfig['task'] = cfg.task;
  let n: number | undefined;
  let joinedBy: EvalGateData['joinedBy'];
  let baselineSource: string | undefined;
  let candidate: Record<string, number | undefined> = {};
  let noSkill: Record<string, number> = {};
  let baseline: Record<string, number> | undefined;
  let intervals: Record<string, DeltaInterval> = {};
  let names: string[];

  if (inputs.predictions && cfg.task === 'scores') {
    const usePaired = inputs.baseline !== 'none' && inputs.baseline !== 'cache' ? inputs['baseline-predictions'] : undefined;
    const s = await evaluateScores(cfg, inputs.predictions, usePaired, locate, host);
    ({ names, candidate, baseline, intervals, rows: n, view: scores } = s);
    if (baseline) {
      joinedBy = 'id';
      baselineSource = `paired results (${usePaired})`;
    }
  } else if (inputs.predictions) {
    const usePaired = inputs.baseline !== 'none' && inputs.baseline !== 'cache' ? inputs['baseline-predictions'] : undefined;
    const loaded = await loadPredictions(cfg, inputs.predictions, usePaired, plan!.columns);
    task = loaded.task;
    n = loaded.rows;
    const needsProba = new Set(['log_loss', 'roc_auc_ovr_macro', 'ece', 'mce']);
    const available = METRICS[task].map((m) => m.name).filter((m) => task !== 'multiclass' || loaded.hasProbabilities || !needsProba.has(m));
    if (task === 'multiclass' && !loaded.hasProbabilities) notes.push('log_loss, roc_auc_ovr_macro, ece and mce need per-class probabilities: set "probabilities" in the gate config.');
    const shown = cfg.metrics ? [...new Set([...Object.keys(cfg.rules), ...cfg.metrics])] : available;
    names = [...new Set([...Object.keys(cfg.rules), ...shown])];
    candidate = computeMetrics(task, loaded.candidate, names.filter((m) => available.includes(m)));
    noSkill = noSkillMetrics(task, loaded.candidate, names.filter((m) => available.includes(m)));
    if (loaded.baseline) {
      baseline = computeMetrics(task, loaded.baseline, names.filter((m) => available.includes(m)));
      joinedBy = loaded.joinedBy;
      baselineSource = `paired predictions (${inputs['baseline-predictions']})`;
      const ruled = Object.keys(cfg.rules).filter((m) => available.includes(m));
      const withCi = n * cfg.bootstrap.resamples * names.length <= ALL_INTERVALS_BUDGET ? names.filter((m) => available.includes(m)) : ruled;
      if (withCi.length) {
        host.info(`paired bootstrap: ${cfg.bootstrap.resamples} resamples of ${formatCount(n)} rows for ${withCi.length} metrics`);
        intervals = pairedBootstrap(task, loaded.candidate, loaded.baseline, withCi, cfg.bootstrap);
      }
    }
    if (plan!.columns.length) host.info(`slices and fairness: ${plan!.slices.length} slicings, ${Object.keys(plan!.fairRules).length} fairness rules`);
    breakdowns = evaluateBreakdowns(plan!, cfg, loaded, Object.keys(cfg.rules).filter((m) => available.includes(m)), cfg.bootstrap);
    notes.push(...breakdownNotes(breakdowns, cfg['min-slice-size']));
    if (cfg.calibration || 'ece' in cfg.rules || 'mce' in cfg.rules) calibration = reliability(loaded.candidate, loaded.baseline, cfg.calibration);
  } else {
    const file = readMetricsFile(inputs.metrics!);
    names = [...new Set([...Object.keys(cfg.rules), ...(cfg.metrics ?? Object.keys(file))])];
    for (const m of names) candidate[m] = lookupMetric(file, m, inputs.metrics!);
    for (const m of Object.keys(cfg.rules)) if (candidate[m] === undefined) notes.push(`"${m}" is not in ${inputs.metrics} (it has ${Object.keys(file).slice(0, 12).join(', ')}).`);
  }

  if (!baseline && inputs['baseline-metrics'] && inputs.baseline !== 'none' && inputs.baseline !== 'cache') {
    const file = readMetricsFile(inputs['baseline-metrics']);
    baseline = {};
    for (const m of names) {
      const v = lookupMetric(file, m, inputs['baseline-metrics']);
      if (v !== undefined) baseline[m] = v;
    }
    baselineSource = `metrics file (${inputs['baseline-metrics']})`;
  }
  const fromRegistry = inputs.registry && inputs.model && (inputs.baseline === 'auto' || inputs.baseline === 'registry') ? registryBaseline({ url: inputs.registry, model: inputs.model, alias: inputs.alias, username: inputs['registry-username'], password: inputs['registry-password'] }) : undefined;
  if (inputs.baseline === 'registry' && !fromRegistry) throw new ConfigurationError('baseline "registry" needs the inputs "registry" and "model" (the model name in the registry)', { field: 'baseline' });
  const restoreFrom = fromRegistry ?? (inputs.baseline === 'registry' ? undefined : provider);
  if (!baseline && inputs.baseline !== 'none' && restoreFrom) {
    const restored = await restoreFrom.restore(host, inputs.name);
    if (restored) {
      baseline = {};
      for (const m of names) if (restored.metrics[m] !== undefined) baseline[m] = restored.metrics[m]!;
      baselineSource = restored.source;
    }
  }

  for (const name of names) rows.push(metricRow(name, candidate[name], baseline?.[name], intervals[name], task === 'scores' ? scoreHigherIsBetter(name) : task ? metricDef(task, name)?.higherIsBetter : higherIsBetter(name), cfg.rules[name], noSkill[name]));

  const checks: Check[] = rows
    .filter((r) => r.rule !== undefined)
    .map((r) => ({ id: r.name, title: r.name, status: r.status!, message: r.message!, observed: r.candidate, expected: r.rule, location: inputs.config ? locate(['rules', r.name]) : undefined }));
  checks.push(...breakdownChecks(breakdowns, inputs.config ? locate : undefined));
  const data: EvalGateData = { task, rows: n, joinedBy, baselineSource, bootstrap: joinedBy || breakdowns.fairness ? cfg.bootstrap : undefined, metrics: rows, notes, ...breakdowns, calibration, scores, minSliceSize: plan?.columns.length ? cfg['min-slice-size'] : undefined };
  const report = makeReport<EvalGateData>({ tool: 'eval-gate', name: inputs.name, headline: '', checks, data });
  report.headline = headline(rows, report.status, checks);
  if (provider?.save && inputs.baseline !== 'none') {
    const finite = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined && Number.isFinite(v))) as Record<string, number>;
    await provider.save(finite, host, inputs.name).catch((e: Error) => host.warning(`could not save the baseline: ${e.message}`));
  }
  return { report, markdown: renderMarkdown(report) };
}

/** The eval-gate action, for the GitHub runner and the CLI alike. */
export function evalGateSpec(provider?: BaselineProvider): ActionSpec<typeof evalGateInputs> {
  return {
    tool: 'eval-gate',
    inputs: evalGateInputs,
    run: async ({ inputs, host }) => evaluateGate(inputs, host, provider),
  };
}
