import type { Status } from '@mlgate/core';
import { code, escapeMarkdown, STATUS_ICON, table } from '@mlgate/report';
import type { DeployResult } from './deploy.js';
import type { AliasTarget, MoveEvent } from './types.js';
import type { DataLineage } from './data-lineage.js';
import { dvcHash } from './dvc.js';

export interface DeployData {
  model: string;
  registry: string;
  version: string;
  digest: string;
  alias?: string;
  action: 'publish' | 'promote' | 'rollback';
  previous?: AliasTarget | null;
  created?: boolean;
  deployment?: { id: number; environment: string } | { warning: string };
  lineage: DeployResult['version']['lineage'];
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}

/** A shell word: single-quoted unless it is plainly safe. */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The one line that undoes this deploy. */
export function rollbackCommand(registry: string, model: string, alias: string): string {
  return `mlgate registry rollback --registry ${shellWord(registry)} --name ${shellWord(model)} --alias ${shellWord(alias)}`;
}

export function deployHeadline(d: DeployData): string {
  if (d.action === 'rollback') return `${d.model}: ${d.alias} rolled back to ${d.version}${d.previous ? ` (was ${d.previous.version})` : ''}`;
  if (d.action === 'promote') {
    if (d.previous && d.previous.digest === d.digest) return `${d.model} ${d.version} is already in ${d.alias}`;
    return `${d.model} ${d.version} deployed to ${d.alias}${d.previous ? ` (was ${d.previous.version})` : ''}`;
  }
  return d.created === false ? `${d.model} ${d.version} already held these files` : `published ${d.model} ${d.version}`;
}

export function renderDeploy(d: DeployData, status: Status): string {
  const l = d.lineage;
  const rows: string[][] = [
    ['model', code(d.model)],
    ['version', code(d.version)],
    ['digest', code(d.digest, 80)],
    ['registry', code(d.registry)],
    ['files', `${l.files.length} file${l.files.length === 1 ? '' : 's'}, ${formatBytes(l.files.reduce((s, f) => s + f.size, 0))} (content ${code(l.contentDigest.slice(0, 19))})`],
    ['published', `${escapeMarkdown(l.createdAt)} by ${escapeMarkdown(l.createdBy)}`],
  ];
  if (l.source.repository) rows.push(['repository', escapeMarkdown(l.source.repository)]);
  if (l.source.commit) rows.push(['commit', code(l.source.commit)]);
  if (l.source.ref) rows.push(['ref', code(l.source.ref)]);
  if (l.source.runUrl) rows.push(['workflow run', /^https:\/\/[^\s()<>[\]]+$/.test(l.source.runUrl) ? `[${escapeMarkdown(l.source.runUrl.split('/').slice(-1)[0])}](${l.source.runUrl})` : code(l.source.runUrl)]);
  for (const a of l.attachments) {
    const icon = a.status && a.status in STATUS_ICON ? `${STATUS_ICON[a.status as Status]} ` : '';
    const what = [a.tool, a.name].filter(Boolean).map((s) => escapeMarkdown(s)).join(' ');
    rows.push([a.role === 'evaluation' ? 'evaluation' : 'data profile', `${icon}${what ? `${what}: ` : ''}${escapeMarkdown(a.headline ?? a.path)} (${code(a.digest.slice(0, 19))})`]);
    const o = a.override;
    if (o) rows.push(['⚠️ gate overridden', `by @${escapeMarkdown(o.by, 40)} (${escapeMarkdown(o.permission, 20)}) via ${o.via} at ${escapeMarkdown(o.at, 40)} for ${code(o.commit.slice(0, 12))}: ${escapeMarkdown(o.reason, 300)} (rules: ${o.rules.map((r) => code(r)).join(', ')})`]);
  }
  const data = l.data;
  if (data) {
    const bytes = data.files.reduce((n, f) => n + f.size, 0);
    const parts = [...(data.files.length ? [`${data.files.length} file${data.files.length === 1 ? '' : 's'}, ${formatBytes(bytes)}`] : []), ...(data.dvc.length ? [`${data.dvc.length} DVC path${data.dvc.length === 1 ? '' : 's'}`] : [])];
    rows.push(['data', `${parts.join(' and ')} (digest ${code(data.digest.slice(0, 19))})`]);
  }
  if (d.alias) rows.push([d.action === 'rollback' ? 'rolled back' : 'alias', `${code(d.alias)}: ${d.previous ? code(d.previous.version) : '(unset)'} → ${code(d.version)}`]);
  if (d.deployment) rows.push(['GitHub deployment', 'id' in d.deployment ? `#${d.deployment.id} in environment ${code(d.deployment.environment)}` : `not recorded: ${escapeMarkdown(d.deployment.warning, 300)}`]);

  const files = table(
    ['file', 'size', 'sha256'],
    l.files.slice(0, 50).map((f) => [code(f.path), formatBytes(f.size), code(f.digest.slice(7, 19))]),
    ['l', 'r', 'l'],
  );
  const more = l.files.length > 50 ? `\n\n…and ${l.files.length - 50} more files.` : '';
  const dataTable = data ? `\n\n<details><summary>Data</summary>\n\n${renderData(data)}\n\n</details>\n` : '';
  let out = `### ${STATUS_ICON[status]} deploy: ${escapeMarkdown(deployHeadline(d))}\n\n${table(['', ''], rows)}\n\n<details><summary>Files</summary>\n\n${files}${more}\n\n</details>\n${dataTable}`;
  if (d.alias) {
    const cmd = rollbackCommand(d.registry, d.model, d.alias).replace(/`/g, '');
    out += `\n**Roll back** ${code(d.alias)} in one line:\n\n\`\`\`sh\n${cmd}\n\`\`\`\n`;
  }
  return out;
}

/** The data of a version: files with size and sha256, DVC paths with DVC's hash; paths are untrusted text. */
function renderData(data: DataLineage): string {
  const rows = [
    ...data.files.slice(0, 50).map((f) => [code(f.path), formatBytes(f.size), code(f.digest.slice(7, 19))]),
    ...data.dvc.slice(0, 50).map((r) => [`${code(r.path)} (DVC ${r.kind} of ${code(r.file)}${r.stage ? ` stage ${code(r.stage)}` : ''})`, r.size === undefined ? '—' : formatBytes(r.size), code(dvcHash(r))]),
  ];
  const hidden = Math.max(0, data.files.length - 50) + Math.max(0, data.dvc.length - 50);
  return `${table(['data', 'size', 'hash'], rows, ['l', 'r', 'l'])}${hidden ? `\n\n…and ${hidden} more.` : ''}`;
}

/** What a deploy step with `alias-at` reports: where the alias was at that instant, and the move that put it there. */
export interface AliasAtData {
  model: string;
  registry: string;
  alias: string;
  at: string;
  /** The last move at or before `at`; null when the alias had not been set yet. */
  event: MoveEvent | null;
}

export function aliasAtHeadline(d: AliasAtData): string {
  return d.event ? `${d.model}: ${d.alias} pointed at ${d.event.to.version} at ${d.at}` : `${d.model}: ${d.alias} had not been set at ${d.at}`;
}

export function renderAliasAt(d: AliasAtData, status: Status): string {
  const e = d.event;
  const rows: string[][] = [
    ['alias', code(d.alias)],
    ['at', escapeMarkdown(d.at)],
    ['version', e ? `${code(e.to.version)} (${code(e.to.digest, 80)})` : '(unset)'],
  ];
  if (e) rows.push(['since', `${escapeMarkdown(e.when)}: ${e.action} from ${e.from ? code(e.from.version) : '(unset)'} by ${escapeMarkdown(e.who, 80)}${e.why ? ` — ${escapeMarkdown(e.why, 300)}` : ''}`]);
  rows.push(['registry', code(d.registry)]);
  return `### ${STATUS_ICON[status]} deploy ${escapeMarkdown(d.model)}: ${escapeMarkdown(aliasAtHeadline(d))}\n\n${table(['', ''], rows)}\n`;
}
