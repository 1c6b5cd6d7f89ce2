import { userInfo } from 'node:os';
import * as z from 'zod/mini';
import { ConfigurationError, makeReport, type Action, type Check, type Host } from '@mlgate/core';
import { deploy } from './deploy.js';
import { openRegistry } from './open.js';
import { aliasAtHeadline, deployHeadline, renderAliasAt, renderDeploy, rollbackCommand, type AliasAtData, type DeployData } from './render.js';
import { INSTANT_EXPECTED, parseInstant } from './instant.js';
import { checkAlias } from './names.js';
import type { Registry } from './registry.js';
import type { Source } from './types.js';

export const deployInputs = z.object({
  model: z.optional(z.string()),
  registry: z.optional(z.string()),
  version: z.optional(z.string()),
  promote: z.optional(z.string()),
  rollback: z.optional(z.string()),
  'rollback-to': z.optional(z.string()),
  'metrics-report': z.optional(z.string()),
  'data-profile': z.optional(z.string()),
  data: z.optional(z.string()),
  'registry-username': z.optional(z.string()),
  'registry-password': z.optional(z.string()),
  reason: z.optional(z.string()),
  'alias-at': z.optional(z.string()),
});

export interface DeploymentRecord {
  environment: string;
  model: string;
  version: string;
  digest: string;
  registry: string;
  description: string;
}

/** What the GitHub layer adds: defaults from the run, where the model came from, the Deployment record. */
export interface DeployHooks {
  /** Registry and credentials to use when the inputs name none (on GitHub: GHCR with the workflow token). */
  defaults?(inputs: { token?: string }): { registry?: string; username?: string; password?: string };
  source?(): Source & { actor?: string };
  /** Record a GitHub Deployment; returns its id, or a warning when it could not. Called after a move. */
  recordDeployment?(d: DeploymentRecord, host: Host, token?: string): Promise<{ id: number; environment: string } | { warning: string } | undefined>;
}

/** `production` or `production to: 3` (the inline form of rollback-to). */
export function parseRollback(value: string | undefined, to: string | undefined): { alias?: string; to?: string } {
  if (!value) return to ? { to } : {};
  const m = value.trim().match(/^(\S+)(?:\s+to:?\s*(\S+))?$/);
  if (!m) throw new ConfigurationError(`input "rollback": expected an alias, optionally followed by "to: VERSION" (got "${value}")`, { field: 'rollback' });
  if (m[2] && to && m[2] !== to) throw new ConfigurationError(`input "rollback" says to: ${m[2]} but "rollback-to" says ${to}`, { field: 'rollback-to' });
  return { alias: m[1], to: m[2] ?? to };
}

function lines(v: string | undefined): string[] {
  return (v ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The deploy action as an Action: the same run on a runner (actions/deploy) and in the terminal (mlgate deploy). */
export function deployAction(hooks: DeployHooks = {}): Action<typeof deployInputs> {
  return {
    tool: 'deploy',
    inputs: deployInputs,
    async run({ inputs, host }) {
      if (inputs['registry-password']) host.setSecret(inputs['registry-password']);
      const name = host.input('name')?.trim();
      if (!name) throw new ConfigurationError('input "name" is required: the model name in the registry (e.g. churn-model)', { field: 'name' });
      const d = hooks.defaults?.({ token: inputs['github-token'] }) ?? {};
      const registryUrl = inputs.registry ?? d.registry;
      if (!registryUrl) throw new ConfigurationError('input "registry" is required: file://DIR, oci://HOST/REPO, s3://BUCKET/PREFIX or azblob://ACCOUNT/CONTAINER/PREFIX', { field: 'registry' });
      const usingDefaultCreds = !inputs['registry-username'] && !inputs['registry-password'];
      const username = inputs['registry-username'] ?? (usingDefaultCreds ? d.username : undefined);
      const password = inputs['registry-password'] ?? (usingDefaultCreds ? d.password : undefined);
      if (password) host.setSecret(password);
      const registry = openRegistry(registryUrl, { username, password, secret: (v) => host.setSecret(v) });
      if (inputs['alias-at']) {
        if (inputs.model || inputs.promote || inputs.rollback) throw new ConfigurationError('input "alias-at" reads the alias history: use it in a step of its own, without model, promote or rollback', { field: 'alias-at' });
        return aliasAtStep(registry, name, inputs['alias-at']);
      }
      const src = hooks.source?.() ?? {};
      const who = src.actor ?? safeUser();
      const rb = parseRollback(inputs.rollback, inputs['rollback-to']);
      if (rb.to && !rb.alias) throw new ConfigurationError('input "rollback-to" needs "rollback" (the alias to move back)', { field: 'rollback-to' });
      const attachments = [
        ...lines(inputs['metrics-report']).map((file) => ({ role: 'evaluation' as const, file })),
        ...lines(inputs['data-profile']).map((file) => ({ role: 'data-profile' as const, file })),
      ];
      const why = inputs.reason ?? (src.runUrl ? `workflow run ${src.runUrl}` : rb.alias ? 'rollback' : 'deploy');
      const { actor: _a, ...source } = src;
      const result = await deploy(registry, {
        name,
        model: inputs.model,
        version: inputs.version,
        promote: inputs.promote,
        rollback: rb.alias,
        rollbackTo: rb.to,
        who,
        why,
        source,
        attachments,
        data: lines(inputs.data),
        progress: progressLogger(host),
      });
      const v = result.version;
      const data: DeployData = {
        model: name,
        registry: registry.url,
        version: v.version,
        digest: v.digest,
        alias: result.alias,
        action: rb.alias ? 'rollback' : inputs.promote ? 'promote' : 'publish',
        previous: result.previous,
        created: result.published?.created,
        lineage: v.lineage,
      };
      const checks: Check[] = [];
      if (result.published) {
        checks.push({ id: 'publish', title: 'publish', status: 'pass', message: result.published.created ? `published ${name} ${v.version} (${v.digest})` : `${name} ${v.version} already held exactly these files; no new version` });
      }
      if (result.move) {
        checks.push({ id: 'move', title: result.alias!, status: 'pass', message: result.move.moved ? `${result.alias}: ${result.move.from?.version ?? '(unset)'} → ${result.move.to.version}` : `${result.alias} already at ${v.version}` });
        if (hooks.recordDeployment) {
          const rec = await hooks.recordDeployment({ environment: result.alias!, model: name, version: v.version, digest: v.digest, registry: registry.url, description: deployHeadline(data) }, host, inputs['github-token']);
          if (rec) data.deployment = rec;
          if (rec && 'warning' in rec) host.warning(`the GitHub deployment was not recorded: ${rec.warning}`);
        }
      }
      const report = makeReport({ tool: 'deploy', name, headline: deployHeadline(data), checks, data });
      if (result.alias) host.info(`roll back with: ${rollbackCommand(registry.url, name, result.alias)}`);
      return {
        report,
        markdown: renderDeploy(data, report.status),
        outputs: { version: v.version, digest: v.digest, 'previous-version': result.previous?.version ?? '' },
      };
    },
  };
}

/** `alias-at: production at 2026-11-20T10:00Z`: which version the alias pointed at then, since when, moved by whom and why. */
async function aliasAtStep(registry: Registry, name: string, value: string) {
  const m = value.trim().match(/^(\S+)\s+at\s+(\S+)$/);
  if (!m) throw new ConfigurationError(`input "alias-at": expected "ALIAS at TIME", e.g. "production at 2026-11-20T10:00Z" (got "${value}")`, { field: 'alias-at' });
  const at = parseInstant(m[2]!);
  if (!at) throw new ConfigurationError(`input "alias-at": ${INSTANT_EXPECTED} (got "${m[2]}")`, { field: 'alias-at' });
  const alias = checkAlias(m[1]!, 'alias-at');
  const event = (await registry.aliasAt(name, alias, at)) ?? null;
  const data: AliasAtData = { model: name, registry: registry.url, alias, at: at.toISOString(), event };
  const headline = aliasAtHeadline(data);
  const report = makeReport({ tool: 'deploy', name, headline, checks: [{ id: 'alias-at', title: alias, status: 'pass', message: headline }], data });
  return {
    report,
    markdown: renderAliasAt(data, report.status),
    outputs: { 'version-at': event?.to.version ?? '', 'digest-at': event?.to.digest ?? '', since: event?.when ?? '', 'moved-by': event?.who ?? '', 'moved-why': event?.why ?? '' },
  };
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** One line per 10% of a large upload (a 2 GB push should not look stuck). */
function progressLogger(host: Host) {
  const last = new Map<string, number>();
  return (p: { digest: string; sent: number; size: number }) => {
    if (p.size < 50 << 20) return;
    const tenth = Math.floor((p.sent / p.size) * 10);
    if (tenth > (last.get(p.digest) ?? 0)) {
      last.set(p.digest, tenth);
      host.info(`uploaded ${Math.round((p.sent / p.size) * 100)}% of ${p.digest.slice(0, 19)} (${(p.size / 1e6).toFixed(0)} MB)`);
    }
  };
}
