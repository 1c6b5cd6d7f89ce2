import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { quote } from 'shell-quote';
import type { Command } from './command.js';
import { commands } from './commands/index.js';
import { helpText, parseFlags, type OptionHelp } from './options.js';

/** One step of the demo: an mlgate command on the example, as a user's workflow would run it. */
export interface DemoStep {
  title: string;
  command: string;
  args: (ex: string, out: string) => string[];
  /** A step may need a peer that is not always there (e.g. Python with scikit-learn). */
  when?: () => boolean;
  /** The demo shows a failing gate on purpose: its exit code 1 is expected. */
  expectFailure?: boolean;
}

export const DEMO_STEPS: DemoStep[] = [
  {
    title: 'data-check: the holdout against its suite, and drift against the training profile',
    command: 'data-check',
    args: (ex, out) => ['--suite', join(ex, 'data-suite.yml'), '--data', join(ex, 'data/holdout.csv'), '--reference', join(ex, 'data/train.profile.json'), '--name', 'holdout-data', '--out', join(out, 'data-check')],
  },
  {
    title: 'eval-gate: candidate vs production on the holdout, with paired bootstrap intervals',
    command: 'eval-gate',
    args: (ex, out) => ['--config', join(ex, 'gate.yml'), '--predictions', join(ex, 'predictions/candidate.csv'), '--baseline-predictions', join(ex, 'predictions/production.csv'), '--name', 'malignancy', '--out', join(out, 'eval-gate')],
  },
  {
    title: 'eval-gate, roles swapped: the weaker model as the candidate is blocked',
    command: 'eval-gate',
    args: (ex, out) => ['--config', join(ex, 'gate.yml'), '--predictions', join(ex, 'predictions/production.csv'), '--baseline-predictions', join(ex, 'predictions/candidate.csv'), '--name', 'malignancy-regression', '--out', join(out, 'eval-gate-blocked')],
    expectFailure: true,
  },
  {
    title: 'shadow-compare: both models answer the recorded requests (model servers started as processes)',
    command: 'shadow-compare',
    args: (ex, out) => [
      '--inputs', join(ex, 'replay.jsonl'),
      '--candidate', `command: ${quote(['node', join(ex, 'serve.mjs'), join(ex, 'models/candidate/model.json'), '--stdin'])}`,
      '--production', `command: ${quote(['node', join(ex, 'serve.mjs'), join(ex, 'models/production/model.json'), '--stdin'])}`,
      '--config', join(ex, 'shadow.yml'), '--name', 'shadow', '--out', join(out, 'shadow-compare'),
    ],
  },
  {
    title: 'deploy: the model in production today, published and promoted (version 1)',
    command: 'deploy',
    args: (ex, out) => ['--registry', `file://${join(out, 'registry')}`, '--name', 'malignancy-screen', '--model', join(ex, 'models/production'), '--promote', 'production', '--reason', 'initial production model', '--out', join(out, 'deploy-v1')],
  },
  {
    title: 'deploy: the candidate, with its evaluation and data profile as lineage, promoted to production',
    command: 'deploy',
    args: (ex, out) => ['--registry', `file://${join(out, 'registry')}`, '--name', 'malignancy-screen', '--model', join(ex, 'models/candidate'), '--promote', 'production', '--metrics-report', join(out, 'eval-gate/report.json'), '--data-profile', join(ex, 'data/train.profile.json'), '--reason', 'passed eval-gate malignancy', '--out', join(out, 'deploy-v2')],
  },
  {
    title: 'deploy --rollback: production back to its previous version, recorded in the alias history',
    command: 'deploy',
    args: (ex, out) => ['--registry', `file://${join(out, 'registry')}`, '--name', 'malignancy-screen', '--rollback', 'production', '--reason', 'demo: roll back', '--out', join(out, 'rollback')],
  },
];

function page(sections: Array<{ title: string; status: string; md: string; summary?: string }>): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = sections
    .map(
      (s) => `<section><h2>${esc(s.title)} <small>${esc(s.status)}</small></h2>
<h3>Pull request comment</h3><div class="comment">${marked.parse(s.md, { async: false }) as string}</div>
${s.summary ? `<details><summary>Job summary</summary><div class="comment">${marked.parse(s.summary, { async: false }) as string}</div></details>` : ''}</section>`,
    )
    .join('\n');
  // Markdown from mlgate is escaped where it holds data; Mermaid (its browser build, copied beside the
  // page) draws the charts with no network, as GitHub draws them in a comment.
  return `<!doctype html><html><head><meta charset="utf-8"><title>mlgate demo</title>
<style>body{font:15px/1.5 -apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#1f2328}
.comment{border:1px solid #d0d7de;border-radius:6px;padding:0 1em;margin-bottom:1em}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 10px}
th{background:#f6f8fa}code{background:#eff1f3;padding:1px 4px;border-radius:4px}h2 small{font-weight:normal;color:#59636e}</style>
</head>
<body><h1>mlgate demo</h1><p>What each step would post on the pull request and in the job summary.</p>
${body}
<script src="${MERMAID_FILE}"></script>
<script>document.querySelectorAll('code.language-mermaid').forEach((c)=>{const d=document.createElement('pre');d.className='mermaid';d.textContent=c.textContent;c.parentElement.replaceWith(d);});
mermaid.initialize({startOnLoad:false});mermaid.run();</script></body></html>
`;
}

/**
 * The example the demo runs: the copy bundled beside the CLI in its npm package (dist/example), or
 * the repository's examples/breast-cancer when the CLI runs from source.
 */
export function bundledExample(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'example');
  return existsSync(bundled) ? bundled : resolve(here, '../../../examples/breast-cancer');
}

const MERMAID_FILE = 'mermaid.min.js';

/** Mermaid's browser build: beside the bundled CLI (build.mjs copies it), else from mermaid's package. */
function mermaidBuild(): string {
  const bundled = join(dirname(fileURLToPath(import.meta.url)), MERMAID_FILE);
  return existsSync(bundled) ? bundled : createRequire(import.meta.url).resolve(`mermaid/dist/${MERMAID_FILE}`);
}

const DEMO_OPTIONS: OptionHelp[] = [
  { name: 'example', meaning: 'The example project to run every gate on.', default: "the breast-cancer example shipped with mlgate" },
  { name: 'out', meaning: 'Where each step writes its report, and index.html showing them all (emptied first).', default: 'demo-out' },
];
const DEMO_SUMMARY = 'run every gate on the example into demo-out/ (needs only Node)';
const DEMO_USAGE = 'mlgate demo [--example DIR] [--out DIR]';

/** A path to print: relative to the current directory when it is inside it, else absolute. */
const shown = (root: string, p: string) => {
  const r = relative(root, p);
  return r === '' ? '.' : r.startsWith('..') || isAbsolute(r) ? p : r;
};

/** `mlgate demo`: every gate on the example, through the same commands a user runs. */
export async function demo(argv: string[]): Promise<number> {
  const parsed = parseFlags(argv, DEMO_OPTIONS);
  if ('error' in parsed) {
    process.stderr.write(`error: ${parsed.error}\nusage: ${DEMO_USAGE}\n`);
    return 2;
  }
  const root = process.cwd();
  const flag = (n: string) => (typeof parsed.values[n] === 'string' ? (parsed.values[n] as string) : undefined);
  const ex = resolve(root, flag('example') ?? bundledExample());
  const out = resolve(root, flag('out') ?? 'demo-out');
  if (!existsSync(ex)) {
    process.stderr.write(`error: example not found: ${ex}\n`);
    return 1;
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const sections: Array<{ title: string; status: string; md: string; summary?: string }> = [];
  let unexpected = 0;
  const steps = DEMO_STEPS.filter((s) => commands.some((c) => c.name === s.command) && (s.when?.() ?? true));
  for (const [i, step] of steps.entries()) {
    const cmd = commands.find((c) => c.name === step.command)!;
    process.stdout.write(`\n━━ ${i + 1}/${steps.length} ${step.title}\n`);
    const args = step.args(shown(root, ex), shown(root, out));
    process.stdout.write(`$ ${quote(['mlgate', step.command, ...args])}\n`);
    const t0 = performance.now();
    const code = await cmd.run(args);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    const ok = step.expectFailure ? code === 1 : code === 0;
    if (!ok) unexpected++;
    const status = code === 0 ? 'passed' : step.expectFailure ? 'blocked, as expected' : `failed (exit ${code})`;
    process.stdout.write(`${ok ? '✔' : '✘'} ${step.command}: ${status} in ${secs} s\n`);
    const dir = args[args.indexOf('--out') + 1]!;
    const md = existsSync(join(dir, 'comment.md')) ? readFileSync(join(dir, 'comment.md'), 'utf8') : '_(no report written)_';
    const summary = existsSync(join(dir, 'summary.md')) ? readFileSync(join(dir, 'summary.md'), 'utf8') : undefined;
    sections.push({ title: step.title, status, md, summary });
  }
  writeFileSync(join(out, 'index.html'), page(sections));
  copyFileSync(mermaidBuild(), join(out, MERMAID_FILE));
  process.stdout.write(`\n${unexpected === 0 ? '✔ demo complete' : `✘ ${unexpected} step(s) did not behave as expected`}: open ${shown(root, join(out, 'index.html'))}\n`);
  return unexpected === 0 ? 0 : 1;
}

export const demoCommand: Command = {
  name: 'demo',
  summary: DEMO_SUMMARY,
  usage: DEMO_USAGE,
  help: () => helpText(DEMO_SUMMARY, DEMO_USAGE, DEMO_OPTIONS),
  run: demo,
};
