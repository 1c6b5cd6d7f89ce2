import { mkdirSync } from 'node:fs';
import { isUserError } from '@mlgate/core';
import { diffVersions, dvcHash, formatBytes, INSTANT_EXPECTED, openRegistry, parseInstant, renderDiff, rollbackCommand, type Lineage, type MoveEvent, type Registry } from '@mlgate/registry';
import type { Command } from '../command.js';
import { helpText, parseFlags, type OptionHelp } from '../options.js';
import { who } from '../who.js';

const USAGE = `mlgate registry <subcommand> --registry file://DIR|oci://HOST/REPO --name N [options]

  list      [--name N]                                   versions and aliases of a model (models, without --name)
  show      NAME[@V|@ALIAS] | --name N [--version V]     lineage of a version and the data it was trained on (default: latest)
  diff      NAME@A NAME@B | --name N A B                 what changed between two versions: data, metrics, commit, files
  pull      --name N --version V|ALIAS --out DIR         write the files, every digest verified
  publish   --name N --model PATH [--version V] [--metrics-report F] [--data-profile F] [--data F|GLOB ...]
  promote   --name N --alias A --version V [--expect V|none] [--why TEXT]
  rollback  --name N --alias A [--to V] [--why TEXT]
  history   NAME | --name N [--alias A [--at TIME]]      moves of the aliases; with --at: where the alias was at TIME (ISO 8601)

  --json prints JSON. --registry defaults to $MLGATE_REGISTRY, else file://.mlgate/registry.
  Credentials: --username U (or $MLGATE_REGISTRY_USERNAME) and $MLGATE_REGISTRY_PASSWORD (never a flag).`;

const SUMMARY = 'model versions, aliases, promotion, rollback and history in a registry';

const OPTIONS: OptionHelp[] = [
  { name: 'registry', meaning: 'Where versions live: file://DIR or oci://HOST/REPO.', default: '$MLGATE_REGISTRY, else file://.mlgate/registry' },
  { name: 'name', meaning: 'The model name in the registry.' },
  { name: 'version', meaning: 'A version, or an alias that points at one.' },
  { name: 'alias', meaning: 'The alias to promote, roll back or show the history of.' },
  { name: 'to', meaning: 'rollback: the version to move the alias to.', default: 'the previous one' },
  { name: 'expect', meaning: 'promote: move only if the alias is at this version now ("none": unset).' },
  { name: 'why', meaning: 'Why the alias moves, recorded in its history.' },
  { name: 'out', meaning: 'pull: the directory to write the files into.' },
  { name: 'model', meaning: 'publish: the model file or directory.' },
  { name: 'metrics-report', meaning: 'publish: the eval-gate report.json to keep with the version.' },
  { name: 'data-profile', meaning: 'publish: the data-check report or profile to keep with the version.' },
  { name: 'data', meaning: 'publish: the training and evaluation data (files, directories, globs, .dvc files or dvc.lock), recorded with their sha256; repeatable.', multiple: true },
  { name: 'at', meaning: 'history: the moment to ask about (ISO 8601): which version the alias pointed at then.' },
  { name: 'username', meaning: 'Registry user.', default: '$MLGATE_REGISTRY_USERNAME' },
  { name: 'json', meaning: 'Print JSON.', boolean: true },
];

function need(v: string | undefined, flag: string): string {
  if (!v) throw Object.assign(new Error(`--${flag} is required`), { usage: true });
  return v;
}

function moveLine(e: MoveEvent): string {
  return `${e.when}  ${e.alias.padEnd(12)} ${e.action.padEnd(8)} ${(e.from?.version ?? '(unset)').padStart(8)} → ${e.to.version.padEnd(8)} by ${e.who}${e.why ? ` — ${e.why}` : ''}`;
}

/** The data lines of `registry show`: files with size and sha256, DVC paths with DVC's hash. */
function dataLines(l: Lineage): string[] {
  const d = l.data;
  if (!d) return ['  data       not recorded (deploy with data: to record it)'];
  return [
    `  data       ${d.files.length} file${d.files.length === 1 ? '' : 's'}, ${formatBytes(d.files.reduce((s, f) => s + f.size, 0))}${d.dvc.length ? `; ${d.dvc.length} DVC path${d.dvc.length === 1 ? '' : 's'}` : ''} (${d.digest})`,
    ...d.files.map((f) => `    ${f.path}  ${formatBytes(f.size)}  ${f.digest}`),
    ...d.dvc.map((r) => `    ${r.path}  ${r.size === undefined ? '' : `${formatBytes(r.size)}  `}${r.md5 ? 'md5' : r.etag ? 'etag' : 'checksum'} ${dvcHash(r)}  (DVC ${r.kind} in ${r.file}${r.stage ? `, stage ${r.stage}` : ''})`),
  ];
}

async function latest(r: Registry, name: string): Promise<string> {
  const v = await r.versions(name);
  if (!v.length) throw Object.assign(new Error(`${name} has no versions in ${r.url}`), { usage: false });
  return v.at(-1)!;
}

/** `NAME@REF` (the version or alias after the last @), or a bare REF under `--name`. */
function splitRef(arg: string, name: string | undefined): { name: string; ref?: string } {
  const at = arg.lastIndexOf('@');
  if (at > 0) return { name: arg.slice(0, at), ref: arg.slice(at + 1) || undefined };
  return name ? { name, ref: arg } : { name: arg };
}

async function runSub(sub: string, o: Record<string, string | boolean | string[] | undefined>, args: string[], out: (s: string) => void): Promise<number> {
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const takes = sub === 'diff' ? 2 : sub === 'show' || sub === 'history' ? 1 : 0;
  if (args.length > takes) throw Object.assign(new Error(`unexpected argument "${args[takes]}"`), { usage: true });
  const registry = openRegistry(str('registry') ?? process.env.MLGATE_REGISTRY ?? 'file://.mlgate/registry', { username: str('username') ?? process.env.MLGATE_REGISTRY_USERNAME, password: process.env.MLGATE_REGISTRY_PASSWORD });
  const json = o.json === true;
  const print = (value: unknown, text: () => string) => out(json ? JSON.stringify(value, null, 2) : text());
  switch (sub) {
    case 'list': {
      const name = str('name');
      if (!name) {
        const models = await registry.models();
        print(models, () => (models.length ? models.join('\n') : `no models in ${registry.url}`));
        return 0;
      }
      const [versions, aliases] = await Promise.all([registry.versions(name), registry.aliases(name)]);
      const byVersion = new Map<string, string[]>();
      for (const [a, t] of Object.entries(aliases)) byVersion.set(t.version, [...(byVersion.get(t.version) ?? []), a]);
      print({ name, versions, aliases }, () => (versions.length ? versions.map((v) => `${v}${byVersion.has(v) ? `  ← ${byVersion.get(v)!.join(', ')}` : ''}`).join('\n') : `${name} has no versions in ${registry.url}`));
      return 0;
    }
    case 'show': {
      const pos = args[0] ? splitRef(args[0], str('name')) : undefined;
      const name = pos?.name ?? need(str('name'), 'name');
      const v = await registry.resolve(name, pos?.ref ?? str('version') ?? str('alias') ?? (await latest(registry, name)));
      const l = v.lineage;
      print({ version: v.version, digest: v.digest, lineage: l }, () =>
        [
          `${name} ${v.version}`,
          `  digest     ${v.digest}`,
          `  published  ${l.createdAt} by ${l.createdBy}`,
          ...(l.source.repository ? [`  repository ${l.source.repository}`] : []),
          ...(l.source.commit ? [`  commit     ${l.source.commit}`] : []),
          ...(l.source.runUrl ? [`  run        ${l.source.runUrl}`] : []),
          ...l.attachments.map((a) => `  ${a.role.padEnd(10)} ${a.headline ?? a.path} (${a.digest})`),
          `  files      ${l.files.length}, ${formatBytes(l.files.reduce((s, f) => s + f.size, 0))}`,
          ...l.files.map((f) => `    ${f.path}  ${formatBytes(f.size)}  ${f.digest}`),
          ...dataLines(l),
        ].join('\n'),
      );
      return 0;
    }
    case 'diff': {
      if (args.length !== 2) throw Object.assign(new Error('diff takes two versions: NAME@A NAME@B (or --name N A B)'), { usage: true });
      const a = splitRef(args[0]!, str('name'));
      const b = splitRef(args[1]!, str('name') ?? a.name);
      if (a.name !== b.name) throw Object.assign(new Error(`diff compares two versions of one model, got ${a.name} and ${b.name}`), { usage: true });
      if (!a.ref || !b.ref) throw Object.assign(new Error('diff needs a version or alias on each side: NAME@A NAME@B'), { usage: true });
      const d = await diffVersions(registry, a.name, a.ref, b.ref);
      print(d, () => renderDiff(d));
      return 0;
    }
    case 'pull': {
      const name = need(str('name'), 'name');
      const dest = need(str('out'), 'out');
      mkdirSync(dest, { recursive: true });
      const p = await registry.pull(name, need(str('version') ?? str('alias'), 'version'), dest);
      print({ version: p.version, digest: p.digest, files: p.written }, () => `pulled ${name} ${p.version} (${p.digest}) into ${dest}: ${p.written.length} files, every digest verified`);
      return 0;
    }
    case 'publish': {
      const name = need(str('name'), 'name');
      const attachments = [
        ...(str('metrics-report') ? [{ role: 'evaluation' as const, file: str('metrics-report')! }] : []),
        ...(str('data-profile') ? [{ role: 'data-profile' as const, file: str('data-profile')! }] : []),
      ];
      const data = Array.isArray(o.data) ? o.data : [];
      const p = await registry.publish(name, { model: need(str('model'), 'model'), version: str('version'), who: who(), attachments, data, source: { commit: process.env.GITHUB_SHA, repository: process.env.GITHUB_REPOSITORY } });
      print({ version: p.version, digest: p.digest, created: p.created }, () => (p.created ? `published ${name} ${p.version} (${p.digest})` : `${name} ${p.version} already holds these files (${p.digest}); nothing published`));
      return 0;
    }
    case 'promote': {
      const name = need(str('name'), 'name');
      const alias = need(str('alias'), 'alias');
      const e = str('expect');
      const m = await registry.promote(name, alias, need(str('version'), 'version'), { who: who(), why: str('why'), expect: e === undefined ? undefined : e === 'none' ? null : e });
      print(m, () => (m.moved ? `${name}: ${alias} ${m.from?.version ?? '(unset)'} → ${m.to.version}\nroll back with: ${rollbackCommand(registry.url, name, alias)}` : `${name}: ${alias} is already at ${m.to.version}; nothing changed`));
      return 0;
    }
    case 'rollback': {
      const name = need(str('name'), 'name');
      const alias = need(str('alias'), 'alias');
      const m = await registry.rollback(name, alias, { who: who(), why: str('why'), to: str('to') });
      print(m, () => (m.moved ? `${name}: ${alias} rolled back ${m.from?.version ?? '(unset)'} → ${m.to.version}` : `${name}: ${alias} is already at ${m.to.version}; nothing changed`));
      return 0;
    }
    case 'history': {
      const name = args[0] ?? need(str('name'), 'name');
      const at = str('at');
      if (at !== undefined) {
        const alias = need(str('alias'), 'alias');
        const when = parseInstant(at);
        if (!when) throw Object.assign(new Error(`--at: ${INSTANT_EXPECTED} (got "${at}")`), { usage: true });
        const e = await registry.aliasAt(name, alias, when);
        print({ alias, at: when.toISOString(), event: e ?? null }, () =>
          e ? `${name}: at ${when.toISOString()} ${alias} pointed at ${e.to.version} (${e.to.digest})\n  since ${e.when}: ${e.action} from ${e.from?.version ?? '(unset)'} by ${e.who}${e.why ? ` — ${e.why}` : ''}` : `${name}: at ${when.toISOString()} ${alias} had not been set yet`,
        );
        return 0;
      }
      const h = await registry.history(name, str('alias'));
      print(h, () => (h.length ? h.map(moveLine).join('\n') : `no alias of ${name} has moved yet`));
      return 0;
    }
    default:
      throw Object.assign(new Error(`unknown subcommand "${sub}"; subcommands: list, show, diff, pull, publish, promote, rollback, history`), { usage: true });
  }
}

export const registry: Command = {
  name: 'registry',
  summary: SUMMARY,
  usage: USAGE,
  help: () => helpText(SUMMARY, USAGE, OPTIONS),
  async run(argv) {
    const [sub, ...rest] = argv;
    const parsed = parseFlags(rest, OPTIONS, { positionals: true });
    if ('error' in parsed) {
      process.stderr.write(`error: ${parsed.error}\nusage: ${USAGE}\n`);
      return 2;
    }
    try {
      return await runSub(sub ?? '', parsed.values, parsed.positionals, (s) => process.stdout.write(s + '\n'));
    } catch (e) {
      if (isUserError(e)) {
        process.stderr.write(`error: ${e.oneLine()}\n`);
        return 1;
      }
      const err = e as Error & { usage?: boolean };
      if (err.usage !== undefined) {
        process.stderr.write(`error: ${err.message}\n${err.usage ? `usage: ${USAGE}\n` : ''}`);
        return err.usage ? 2 : 1;
      }
      process.stderr.write(`internal error in mlgate: ${err?.stack ?? String(e)}\n`);
      return 1;
    }
  },
};
