import { makeReport, parseDuration, writeAtomic, type Action, type Check, type Host, type Status } from '@mlgate/core';
import { formatNumber, formatPercent } from '@mlgate/report';
import * as z from 'zod/mini';
import { renderMarkdown, type DataCheckData } from './render.js';
import { runDataCheck, type CheckResult, type DataCheckResult } from './run.js';
import { maskTableSecrets } from './sql/url.js';
import { loadSuite } from './suite.js';

export const dataCheckInputs = z.object({
  data: z.string(),
  suite: z.string(),
  reference: z.optional(z.string()),
  'profile-out': z.optional(z.string()),
  engine: z._default(z.enum(['auto', 'stream', 'duckdb']), 'auto'),
  'connection-password': z.optional(z.string()),
  timeout: z._default(z.string(), '10m'),
});

function short(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

/** One suite check as a report check: verdict, a sentence that says why, where it is written. */
export function toCheck(r: CheckResult): Check {
  const v = r.verdict;
  let status: Status = v.error ? 'error' : v.success ? 'pass' : 'fail';
  let message: string;
  if (v.error) message = v.error;
  else if (v.unexpectedCount !== undefined && v.total !== undefined) {
    const mostly = typeof r.check.kwargs.mostly === 'number' ? `, allowed ${formatPercent(1 - (r.check.kwargs.mostly as number))}` : '';
    message =
      v.unexpectedCount === 0
        ? `all ${formatNumber(v.total)} values as expected`
        : `${formatNumber(v.unexpectedCount)} unexpected of ${formatNumber(v.total)} (${formatPercent((v.unexpectedPercent ?? 0) / 100)}${mostly}), e.g. ${r.samples
            .slice(0, 3)
            .map((s) => `${short(s.value)} at ${s.line !== undefined ? `line ${s.line}` : `row ${s.row + 1}`}`)
            .join(', ')}`;
  } else message = v.summary ?? `observed ${short(v.observed)}`;
  if (status === 'error' && /not found/.test(message)) status = 'fail';
  return { id: r.check.id, title: r.check.title, status, message, observed: v.observed ?? v.unexpectedCount, location: r.check.location };
}

function headlineOf(checks: Check[], res: DataCheckResult): string {
  const bad = checks.filter((c) => c.status === 'fail' || c.status === 'error');
  const warn = checks.filter((c) => c.status === 'warn');
  const base = `${formatNumber(res.data.rows)} rows`;
  if (bad.length) return `${bad.length} of ${checks.length} checks failed (${bad.slice(0, 3).map((c) => c.title).join('; ')}${bad.length > 3 ? '; …' : ''}) — ${base}`;
  if (warn.length) return `passed with ${warn.length} warning${warn.length === 1 ? '' : 's'} (${warn.slice(0, 3).map((c) => c.title).join('; ')}) — ${base}`;
  return `all ${checks.length} checks passed — ${base}`;
}

export async function evaluateDataCheck(inputs: z.output<typeof dataCheckInputs> & { name: string }, host?: Pick<Host, 'setSecret'>) {
  // secrets that reach the log through an input, a table URL or a client's variable are masked first
  if (host && inputs['connection-password']) host.setSecret(inputs['connection-password']);
  if (host) maskTableSecrets([inputs.data, inputs.reference], (v) => host.setSecret(v));
  const suite = loadSuite(inputs.suite);
  const timeoutMs = parseDuration(inputs.timeout, 'timeout');
  const res = await runDataCheck({ suite, data: inputs.data, reference: inputs.reference, profile: !!inputs['profile-out'], engine: inputs.engine, password: inputs['connection-password'], timeoutMs });
  const checks = res.results.map(toCheck);
  const failures = res.results
    .filter((r) => !r.verdict.success && !r.verdict.error && (r.verdict.unexpectedCount ?? 0) > 0)
    .map((r) => ({ id: r.check.id, title: r.check.title, unexpected: r.verdict.unexpectedCount!, total: r.verdict.total!, percent: r.verdict.unexpectedPercent ?? 0, samples: r.samples }));
  const driftLoc = suite.drift?.location ?? { file: inputs.suite };
  if (res.drift) {
    for (const c of res.drift.columns) {
      const stat = `${c.method} ${formatNumber(c.statistic)}${c.pvalue !== undefined ? `, p = ${formatNumber(c.pvalue)}` : ''}`;
      const rule = c.pvalue !== undefined ? `p < ${formatNumber(c.threshold)}` : `≥ ${formatNumber(c.threshold)}`;
      checks.push({ id: `drift.${c.column}`, title: `drift of ${c.column}`, status: c.status === 'pass' ? 'pass' : 'warn', message: c.status === 'pass' ? `no drift (${stat})` : `drifted: ${stat} (${rule})`, observed: c.statistic, expected: rule, location: driftLoc });
    }
    const d = res.drift;
    if (d.columns.length) checks.push({ id: 'drift', title: 'dataset drift', status: d.datasetDrift ? 'fail' : 'pass', message: `${d.drifted} of ${d.columns.length} columns drifted; dataset drift when ≥ ${formatPercent(d.share, 0)}`, observed: d.drifted / d.columns.length, expected: `< ${d.share}`, location: driftLoc });
  }
  if (inputs['profile-out'] && res.profile) writeAtomic(inputs['profile-out'], JSON.stringify(res.profile, null, 1) + '\n');
  const data: DataCheckData = {
    data: res.data,
    suite: { file: inputs.suite, format: suite.format },
    reference: res.reference,
    failures,
    drift: res.drift && { ...res.drift, columns: res.drift.columns.map((c) => (c.status === 'pass' ? { ...c, chart: undefined } : c)) },
    profile: inputs['profile-out'],
    approximate: res.approximate,
  };
  const report = makeReport<DataCheckData>({ tool: 'data-check', name: inputs.name, headline: headlineOf(checks, res), checks, data });
  return { report, markdown: renderMarkdown(report), outputs: inputs['profile-out'] ? { profile: inputs['profile-out'] } : undefined };
}

export function dataCheckAction(): Action<typeof dataCheckInputs> {
  return {
    tool: 'data-check',
    inputs: dataCheckInputs,
    run: ({ inputs, host }) => evaluateDataCheck(inputs, host),
  };
}
