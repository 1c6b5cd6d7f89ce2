import * as z from 'zod/mini';
import { ConfigurationError, loadConfig, makeReport, parseLocated, readTextFile, type Action, type Check, type Host, type Report, type SourceLocation } from '@mlgate/core';
import { formatNumber, formatPercent } from '@mlgate/report';
import { NoveltyDetector, readProfile } from '@mlgate/checks/novelty';
import { shadowConfigSchema, type ShadowConfig } from './config.js';
import { parseDuration } from '@mlgate/core';
import { shadowCompare, type ShadowData, type ShadowResult } from './replay.js';
import { judge } from './rules.js';
import { renderMarkdown } from './render.js';

export const shadowInputs = z.object({
  inputs: z.string(),
  candidate: z.string(),
  production: z.string(),
  'production-secondary': z.optional(z.string()),
  config: z.optional(z.string()),
  concurrency: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(512))), 8),
  timeout: z._default(z.string(), '10s'),
  retries: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(0), z.maximum(10))), 2),
  'wait-for': z.optional(z.string()),
  'wait-timeout': z._default(z.string(), '60s'),
  reference: z.optional(z.string()),
});
export type ShadowInputs = z.output<typeof shadowInputs>;

function loadWithLocations(file: string | undefined): { config: ShadowConfig; locate?: (path: string[]) => SourceLocation } {
  if (!file) return { config: z.parse(shadowConfigSchema, {}) };
  const config = loadConfig(file, shadowConfigSchema, 'shadow-compare config');
  const doc = parseLocated(readTextFile(file, 'shadow-compare config file'), file);
  return { config, locate: (path) => doc.locate(path) };
}

/** Hide credentials a URL may carry (user:password@, query strings) from every log. */
function maskUrlSecrets(target: string | undefined, host: Host): void {
  if (!target || !/^https?:\/\//i.test(target.trim())) return;
  try {
    const u = new URL(target.trim());
    if (u.password) host.setSecret(decodeURIComponent(u.password));
    for (const [, v] of u.searchParams) if (v.length >= 8) host.setSecret(v);
  } catch {
    /* reported when the endpoint is made */
  }
}

function headline(d: ShadowResult, checks: Check[], status: Check['status']): string {
  const bad = checks.filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.id.replace(/^shadow\./, ''));
  const warn = checks.filter((c) => c.status === 'warn').map((c) => c.id.replace(/^shadow\./, ''));
  const pair = d.noise?.clean ?? d.comparison;
  const facts: string[] = [];
  if (pair.agreement !== undefined) facts.push(`agrees with production on ${formatPercent(pair.agreement)} of ${pair.labeled.toLocaleString('en-US')} inputs`);
  else if (pair.delta) facts.push(`|Δ| p95 ${formatNumber(pair.delta.p95)} over ${pair.delta.count.toLocaleString('en-US')} inputs`);
  const c = d.roles.candidate?.latency;
  const p = d.roles.production?.latency;
  if (c && p && (d.roles.candidate?.ok ?? 0) > 0 && (d.roles.production?.ok ?? 0) > 0) facts.push(`p95 latency ${formatNumber(c.p95, 3)} ms vs ${formatNumber(p.p95, 3)} ms`);
  const errors = d.roles.candidate?.errors ?? 0;
  if (errors) facts.push(`${errors.toLocaleString('en-US')} candidate errors`);
  const tail = facts.length ? ` — candidate ${facts.join('; ')}` : '';
  if (status === 'fail' || status === 'error') return `failed on ${bad.join(', ')}${warn.length ? `; warnings on ${warn.join(', ')}` : ''}${tail}`;
  if (status === 'warn') return `passed with warnings on ${warn.join(', ')}${tail}`;
  return `passed${tail}`;
}

/** Replay, compare, judge and render: the work of the action and of `mlgate shadow-compare`. */
export async function runShadowCompare(inputs: ShadowInputs & { name: string }, host: Host, cwd = process.cwd()): Promise<{ report: Report<ShadowData>; markdown: string }> {
  const { config, locate } = loadWithLocations(inputs.config);
  const timeoutMs = parseDuration(inputs.timeout, 'timeout');
  const waitTimeoutMs = parseDuration(inputs['wait-timeout'], 'wait-timeout');
  if (timeoutMs <= 0) throw new ConfigurationError('input "timeout": must be above 0', { field: 'timeout' });
  for (const s of [inputs.candidate, inputs.production, inputs['production-secondary']]) maskUrlSecrets(s, host);
  const waitFor = inputs['wait-for']?.split(/[\s,]+/).filter(Boolean);
  for (const u of waitFor ?? []) if (!/^https?:\/\//i.test(u)) throw new ConfigurationError(`input "wait-for": expected http(s):// URLs (got "${u.slice(0, 60)}")`, { field: 'wait-for' });
  const novelty = inputs.reference ? new NoveltyDetector(readProfile(inputs.reference), inputs.reference, config.novelty.margin) : undefined;
  const result = await shadowCompare({
    inputs: inputs.inputs,
    candidate: inputs.candidate,
    production: inputs.production,
    secondary: inputs['production-secondary'],
    config,
    concurrency: inputs.concurrency,
    timeoutMs,
    retries: inputs.retries,
    waitFor,
    waitTimeoutMs,
    cwd,
    secret: (v) => host.setSecret(v),
    log: (m) => host.info(m),
    warn: (m) => host.warning(m),
    novelty,
  });
  for (const n of result.notes) host.warning(n);
  const checks = judge(result, config, locate);
  const data: ShadowData = { ...result, checksFrom: config.rules ? 'config' : 'defaults' };
  const draft = makeReport<ShadowData>({ tool: 'shadow-compare', name: inputs.name, headline: '', checks, data });
  draft.headline = headline(result, checks, draft.status);
  return { report: draft, markdown: renderMarkdown(draft) };
}

export function shadowCompareAction(cwd?: string): Action<typeof shadowInputs> {
  return {
    tool: 'shadow-compare',
    inputs: shadowInputs,
    run: async ({ inputs, host }) => runShadowCompare(inputs, host, cwd),
  };
}
