/**
 * Generated files, kept true by a test: the input/output tables of docs/<action>.md (from each
 * action.yml) and the JSON Schemas of the config files in schema/ (from the zod schemas).
 *
 *   pnpm generate          write them
 *   pnpm generate --check  exit 1 when a committed file differs from what would be generated
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { METRICS } from '@mlgate/metrics';
import { SCHEMAS } from './schemas.js';

export const ROOT = resolve(import.meta.dirname, '../../../..');
const START = '<!-- generated from action.yml: do not edit by hand -->';
const END = '<!-- end of generated section -->';

interface ActionMeta {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

export function actionTables(meta: ActionMeta): string {
  const inputs = Object.entries(meta.inputs ?? {}).map(([k, v]) => `| \`${k}\` | ${v.required ? 'yes' : ''} | ${v.default !== undefined ? `\`${v.default}\`` : ''} | ${cell(v.description)} |`);
  const outputs = Object.entries(meta.outputs ?? {}).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`);
  return [START, '', '### Inputs', '', '| input | required | default | description |', '|---|---|---|---|', ...inputs, '', '### Outputs', '', '| output | description |', '|---|---|', ...outputs, '', END].join('\n');
}

/** The first sentence of a description ("e.g." does not end one): the one line `mlgate <command> --help` shows. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  const end = /(?<!\be\.g|\bi\.e|\betc)\.(?=\s|$)/.exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}

/** Each action's inputs for the CLI's help, from its action.yml: one source for both. */
function cliInputs(): string {
  const all: Record<string, Array<{ name: string; meaning: string; default?: string; required?: boolean }>> = {};
  for (const action of readdirSync(join(ROOT, 'actions')).sort()) {
    const yml = join(ROOT, 'actions', action, 'action.yml');
    if (!existsSync(yml)) continue;
    const meta = parse(readFileSync(yml, 'utf8')) as ActionMeta;
    all[action] = Object.entries(meta.inputs ?? {}).map(([name, v]) => ({ name, meaning: firstSentence(v.description), ...(v.default !== undefined ? { default: v.default } : {}), ...(v.required ? { required: true } : {}) }));
  }
  return `// generated from actions/*/action.yml by \`pnpm generate\`: do not edit by hand\n\n/** Each action's inputs: name, the first sentence of its description, its default. */\nexport const ACTION_INPUTS: Record<string, ReadonlyArray<{ name: string; meaning: string; default?: string; required?: boolean }>> = ${JSON.stringify(all, null, 2)};\n`;
}

const METRICS_START = '<!-- generated from packages/metrics/src/catalog.ts: do not edit by hand -->';

/** The metrics table of docs/eval-gate.md, from the catalog: one record per metric is the one place to add one. */
export function metricsTable(): string {
  const rows = Object.values(METRICS).flat().map((m) => `| ${m.task} | \`${m.name}\` | ${m.higherIsBetter ? 'higher' : 'lower'} | ${cell(m.description)}${m.needsProbabilities ? '; needs per-class probabilities' : ''} |`);
  return [METRICS_START, '', '| task | metric | better | what it measures |', '|---|---|---|---|', ...rows, '', END].join('\n');
}

/** A generated section of a doc replaced in place (the doc must hold its markers). */
function replaceSection(text: string, start: string, section: string): string {
  const at = text.indexOf(start);
  if (at < 0) return text;
  return text.slice(0, at) + section + text.slice(text.indexOf(END, at) + END.length);
}

/** Every generated file and its expected content. */
export function generated(): Map<string, string> {
  const files = new Map<string, string>();
  for (const action of readdirSync(join(ROOT, 'actions'))) {
    const yml = join(ROOT, 'actions', action, 'action.yml');
    if (!existsSync(yml)) continue;
    const meta = parse(readFileSync(yml, 'utf8')) as ActionMeta;
    const doc = join(ROOT, 'docs', `${action}.md`);
    const tables = actionTables(meta);
    let text = existsSync(doc) ? readFileSync(doc, 'utf8') : `# ${action}\n\n${meta.description}\n\n## Inputs and outputs\n\n${START}\n${END}\n`;
    if (!text.includes(START)) {
      const at = text.indexOf('\n## ', text.indexOf('\n') + 1);
      const section = `\n## Inputs and outputs\n\n${START}\n${END}\n`;
      text = at < 0 ? `${text.trimEnd()}\n${section}` : `${text.slice(0, at)}\n${section}${text.slice(at)}`;
    }
    text = text.slice(0, text.indexOf(START)) + tables + text.slice(text.indexOf(END) + END.length);
    files.set(doc, action === 'eval-gate' ? replaceSection(text, METRICS_START, metricsTable()) : text);
  }
  files.set(join(ROOT, 'packages/cli/src/action-inputs.generated.ts'), cliInputs());
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    json.$id = `https://raw.githubusercontent.com/OWNER/mlgate/v1/schema/${name}.schema.json`;
    files.set(join(ROOT, 'schema', `${name}.schema.json`), JSON.stringify(json, null, 2) + '\n');
  }
  return files;
}

export function stale(): string[] {
  return [...generated()].filter(([f, text]) => !existsSync(f) || readFileSync(f, 'utf8') !== text).map(([f]) => f);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  if (process.argv.includes('--check')) {
    const s = stale();
    for (const f of s) process.stderr.write(`stale: ${f} (run pnpm generate)\n`);
    process.exitCode = s.length ? 1 : 0;
  } else {
    for (const [f, text] of generated()) {
      mkdirSync(resolve(f, '..'), { recursive: true });
      writeFileSync(f, text);
      process.stdout.write(`wrote ${f.slice(ROOT.length + 1)}\n`);
    }
  }
}
