import { join } from 'node:path';
import { ConfigurationError, makeReport, type Action, type Check, type Host } from '@mlgate/core';
import { loadSuite, maskTableSecrets, toCheck, type Suite } from '@mlgate/checks';
import { openRegistry, type Registry } from '@mlgate/registry';
import { formatNumber, formatPercent } from '@mlgate/report';
import * as z from 'zod/mini';
import { appendRun, emptyHistory, fileStore, registryStore, type History, type HistoryStore } from './history.js';
import { parseRetrain, syncIssue, unsentRetrain, type IssueTracker, type SyncResult } from './issue.js';
import { monitor, type MonitorResult } from './monitor.js';
import { referenceFromFile, referenceFromRegistry } from './reference.js';
import { renderReport, trendCharts, type MonitorData } from './render.js';
import { loadRules } from './rules.js';

export const monitorInputs = z.object({
  data: z.string(),
  reference: z.optional(z.string()),
  registry: z.optional(z.string()),
  'registry-username': z.optional(z.string()),
  'registry-password': z.optional(z.string()),
  alias: z._default(z.string(), 'production'),
  suite: z.optional(z.string()),
  rules: z.optional(z.string()),
  retrain: z.optional(z.string()),
  history: z.optional(z.string()),
});

export interface MonitorHooks {
  /** The GitHub side, when the run can reach it (a repository and a token); a reason otherwise. */
  tracker?: (token: string | undefined) => Promise<IssueTracker | string>;
  runUrl?: () => string | undefined;
  /** Who the registry records as publishing the history. */
  who?: () => string;
  /** Registry credentials when none are given (GHCR with the workflow token). */
  registryDefaults?: (url: string, token: string | undefined) => { username?: string; password?: string };
}

/** Default history file (relative to the workspace), one per model; cache it between runs. */
export function defaultHistoryFile(name: string): string {
  return join('.mlgate', 'monitor', `${name.replace(/[^A-Za-z0-9._-]/g, '_')}.history.json`);
}

function historyStore(inputs: z.output<typeof monitorInputs> & { name: string }, registry: Registry | undefined, who: string): HistoryStore | undefined {
  const h = inputs.history;
  if (h === 'none') return undefined;
  if (h === 'registry' || (h === undefined && registry)) {
    if (!registry) throw new ConfigurationError('input "history" is "registry" but no "registry" is given', { field: 'history' });
    return registryStore(registry, inputs.name, who);
  }
  return fileStore(h ?? defaultHistoryFile(inputs.name));
}

function checksOf(r: MonitorResult, location: Check['location']): Check[] {
  const checks: Check[] = (r.suite ?? []).map((s) => ({ ...toCheck(s), id: `suite.${s.check.id}` }));
  for (const c of r.columns) {
    const stat = `${c.method} ${formatNumber(c.statistic)}${c.pvalue !== undefined ? `, p = ${formatNumber(c.pvalue)}` : ''}`;
    const rule = c.pvalue !== undefined ? `p < ${formatNumber(c.threshold)}` : `≥ ${formatNumber(c.threshold)}`;
    const bad = c.status !== 'pass';
    const status = !bad ? 'pass' : c.role === 'prediction' && c.status === 'fail' ? 'fail' : 'warn';
    checks.push({ id: `drift.${c.column}`, title: `${c.role === 'prediction' ? 'prediction drift' : 'drift'} of ${c.column}`, status, message: bad ? `drifted: ${stat} (${rule})` : `no drift (${stat})`, observed: c.statistic, expected: rule, location });
  }
  if (r.compared) {
    checks.push({
      id: 'drift',
      title: 'dataset drift',
      status: r.datasetDrift ? 'fail' : 'pass',
      message: `${r.driftedFeatures} of ${r.compared} feature columns drifted; dataset drift when ≥ ${formatPercent(r.share, 0)}`,
      observed: r.driftedFeatures / r.compared,
      expected: `< ${r.share}`,
      location,
    });
  }
  return checks;
}

function headlineOf(r: MonitorResult, checks: Check[]): string {
  const rows = `${formatNumber(r.data.rows)} rows`;
  const suiteBad = checks.filter((c) => c.id.startsWith('suite.') && (c.status === 'fail' || c.status === 'error')).length;
  const suite = suiteBad ? `; ${suiteBad} data checks failed` : '';
  const prediction = r.prediction ? ', prediction stable' : '';
  if (!r.drifted && r.driftedFeatures === 0) return `no drift in ${r.compared} columns${prediction}${suite} — ${rows}`;
  // some columns moved, fewer than the dataset-drift share: not drift, and not "no drift" either
  if (!r.drifted) return `no dataset drift: ${r.driftedFeatures} of ${r.compared} columns drifted, below the ${formatPercent(r.share, 0)} share${prediction}${suite} — ${rows}`;
  const cols = r.columns.filter((c) => c.status === 'fail').map((c) => c.column);
  return `drift: ${cols.length} columns drifted (${cols.slice(0, 4).join(', ')}${cols.length > 4 ? ', …' : ''})${r.prediction?.status === 'fail' ? ', including the prediction' : ''}${suite} — ${rows}`;
}

async function loadHistory(store: HistoryStore | undefined, name: string, host: Host): Promise<{ history: History; save: boolean }> {
  if (!store) return { history: emptyHistory(name), save: false };
  try {
    return { history: await store.load(name, host), save: true };
  } catch (e) {
    // Saving now would replace the history that could not be read with this one run.
    host.warning(`could not read the monitor history from ${store.where}: ${(e as Error).message}; this run is not added to it`);
    return { history: emptyHistory(name), save: false };
  }
}

/** The monitor: drift of recent production data against the production model's profile, tracked in one issue. */
export function monitorAction(hooks: MonitorHooks = {}): Action<typeof monitorInputs> {
  return {
    tool: 'monitor',
    inputs: monitorInputs,
    async run({ inputs, host }) {
      if (inputs['registry-password']) host.setSecret(inputs['registry-password']);
      maskTableSecrets([inputs.data], (v) => host.setSecret(v));
      const rules = loadRules(inputs.rules);
      const retrain = inputs.retrain ? parseRetrain(inputs.retrain) : undefined;
      const suite: Suite | undefined = inputs.suite ? loadSuite(inputs.suite) : undefined;
      let registry: Registry | undefined;
      if (inputs.registry) {
        const d = !inputs['registry-username'] && !inputs['registry-password'] ? (hooks.registryDefaults?.(inputs.registry, inputs['github-token']) ?? {}) : {};
        if (d.password) host.setSecret(d.password);
        registry = openRegistry(inputs.registry, { username: inputs['registry-username'] ?? d.username, password: inputs['registry-password'] ?? d.password, secret: (v) => host.setSecret(v) }, 'registry');
      }
      let reference;
      if (inputs.reference) reference = referenceFromFile(inputs.reference);
      else if (registry) reference = await referenceFromRegistry(registry, inputs.name, inputs.alias);
      else throw new ConfigurationError('give "reference" (a profile file written by data-check) or "registry" with "name" and "alias" (the profile recorded with that version)', { field: 'reference' });

      const store = historyStore(inputs, registry, hooks.who?.() ?? 'mlgate-monitor');
      const { history: before, save } = await loadHistory(store, inputs.name, host);
      const runUrl = hooks.runUrl?.();
      const result = await monitor({ data: inputs.data, reference, rules, suite, runUrl });
      let history = appendRun(before, result.point, rules.keepRuns);
      if (store && save) {
        try {
          history = await store.add(result.point, rules.keepRuns, before, host);
          host.info(`monitor history: ${history.runs.length} runs in ${store.where}`);
        } catch (e) {
          host.warning(`could not save the monitor history to ${store.where}: ${(e as Error).message}`);
        }
      }

      let sync: SyncResult = {};
      // Retraining is requested with the issue, so a run without one says what it would have sent.
      const unsent = (why: string) => (result.drifted && retrain ? { retrain: unsentRetrain(retrain, { name: inputs.name, result, runUrl, why }) } : {});
      if (inputs.comment === 'never') {
        host.info('comment is "never": no issue is opened, updated or closed');
        sync = unsent('comment is "never": no drift issue, so no request');
      }
      else {
        const tracker = hooks.tracker ? await hooks.tracker(inputs['github-token']) : 'no GitHub connection in this run';
        if (typeof tracker === 'string') {
          if (result.drifted) {
            host.warning(`drift found, but no issue was opened${retrain ? ` and retraining was not requested` : ''}: ${tracker}`);
            sync = unsent(tracker);
          } else host.info(`no issue checked: ${tracker}`);
        } else {
          try {
            sync = await syncIssue({ tracker, host, name: inputs.name, result, history, historyWhere: store?.where ?? 'no history kept', runUrl, retrain });
          } catch (e) {
            host.warning(`${(e as Error).message}`);
          }
        }
      }

      const checks = checksOf(result, rules.location.file ? rules.location : undefined);
      const data: MonitorData = {
        data: result.data,
        reference: result.reference,
        columns: result.columns.map(({ chart: _c, ...rest }) => rest),
        skipped: result.skipped,
        compared: result.compared,
        driftedFeatures: result.driftedFeatures,
        share: result.share,
        datasetDrift: result.datasetDrift,
        drifted: result.drifted,
        history: { where: store?.where ?? 'not kept (history: none)', runs: history.runs.length },
        issue: sync.issue,
        retrain: sync.retrain,
        ...(result.novelty ? { novelty: result.novelty } : {}),
      };
      const report = makeReport<MonitorData>({ tool: 'monitor', name: inputs.name, headline: headlineOf(result, checks), checks, data });
      const trends = trendCharts(history, result.columns.filter((c) => c.status !== 'pass'));
      return {
        report,
        markdown: renderReport(report, result, trends, history),
        outputs: { drifted: String(result.drifted), issue: sync.issue ? String(sync.issue.number) : '' },
      };
    },
  };
}
