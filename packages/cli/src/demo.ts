import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { spawnSync } from 'node:child_process';
import { quote } from 'shell-quote';
import type { Command } from './command.js';
import { commands } from './commands/index.js';
import { RETRAINING_LOOP } from './demo-loop.js';
import { reportIn, type DemoStep, type StepRun } from './demo-step.js';
import { DEMO_STEPS } from './demo-steps.js';
import { helpText, parseFlags, type OptionHelp } from './options.js';

interface Section {
  title: string;
  status: string;
  md: string;
  summary?: string;
  /** What the report is: a pull-request comment, or a script's report, a command's output. */
  label: string;
  part?: DemoStep['part'];
}

function page(sections: Section[]): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const md = (text: string) => marked.parse(text, { async: false }) as string;
  const body = sections
    .map(
      (s) => `${s.part ? `<h1 class="part">${esc(s.part.title)}</h1><p>${esc(s.part.intro)}</p>\n` : ''}<section><h2>${esc(s.title)} <small>${esc(s.status)}</small></h2>
<h3>${s.label}</h3><div class="comment">${md(s.md)}</div>
${s.summary ? `<details><summary>Job summary</summary><div class="comment">${md(s.summary)}</div></details>` : ''}</section>`,
    )
    .join('\n');
  // Markdown from mlgate is escaped where it holds data; Mermaid (its browser build, copied beside the
  // page) draws the charts with no network, as GitHub draws them in a comment.
  return `<!doctype html><html><head><meta charset="utf-8"><title>mlgate demo</title>
<style>body{font:15px/1.5 -apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#1f2328}
.comment{border:1px solid #d0d7de;border-radius:6px;padding:0 1em;margin-bottom:1em;overflow-x:auto}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 10px}
th{background:#f6f8fa}code{background:#eff1f3;padding:1px 4px;border-radius:4px}pre code{background:none;padding:0;white-space:pre-wrap}h2 small{font-weight:normal;color:#59636e}
h1.part{margin-top:2em;padding-top:1em;border-top:3px solid #d0d7de}</style>
</head>
<body><h1>mlgate demo</h1><p>What each step would post on the pull request and in the job summary.</p>
${body}
<script src="${MERMAID_FILE}"></script>
<script>document.querySelectorAll('code.language-mermaid').forEach((c)=>{const d=document.createElement('pre');d.className='mermaid';d.textContent=c.textContent;c.parentElement.replaceWith(d);});
mermaid.initialize({startOnLoad:false});mermaid.run();</script></body></html>
`;
}

/** Text shown as it was printed: in a fence longer than any run of backticks inside it. */
function fenced(text: string): string {
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${fence}text\n${text.trimEnd()}\n${fence}\n`;
}

/** What is wrong with what a step did, if anything: its check, where a report it reads is unreadable a problem too. */
function checked(step: DemoStep, run: StepRun): string | undefined {
  try {
    return step.check?.(run);
  } catch (e) {
    return `its report could not be read: ${(e as Error).message}`;
  }
}

/** Runs a step's command: an mlgate command in this process, or `node SCRIPT` as a child; its printed output kept. */
async function runStep(step: DemoStep, args: string[]): Promise<{ code: number; output: string }> {
  if (step.command === 'node') {
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    return { code: r.status ?? 1, output: r.stdout ?? '' };
  }
  const cmd = commands.find((c) => c.name === step.command)!;
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return (write as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  }) as typeof process.stdout.write;
  try {
    return { code: await cmd.run(args), output: chunks.join('') };
  } finally {
    process.stdout.write = write;
  }
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
  const sections: Section[] = [];
  let unexpected = 0;
  const steps = [...DEMO_STEPS, ...RETRAINING_LOOP].filter((s) => (s.command === 'node' || commands.some((c) => c.name === s.command)) && (s.when?.() ?? true));
  for (const [i, step] of steps.entries()) {
    if (step.part) process.stdout.write(`\n━━━━ ${step.part.title}\n`);
    process.stdout.write(`\n━━ ${i + 1}/${steps.length} ${step.title}\n`);
    const [exShown, outShown] = [shown(root, ex), shown(root, out)];
    const args = step.args(exShown, outShown);
    process.stdout.write(`$ ${quote(step.command === 'node' ? ['node', ...args] : ['mlgate', step.command, ...args])}\n`);
    const t0 = performance.now();
    const { code, output } = await runStep(step, args);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    const dir = args.includes('--out') ? args[args.indexOf('--out') + 1]! : join(outShown, step.dir ?? step.command);
    const run = { dir, ex: exShown, out: outShown, output };
    const problem = (step.expectFailure ? code === 1 : code === 0) ? checked(step, run) : undefined;
    const ok = (step.expectFailure ? code === 1 : code === 0) && problem === undefined;
    if (!ok) unexpected++;
    const status = problem ?? (!ok ? `failed (exit ${code})` : step.expectFailure ? 'blocked, as expected' : (step.outcome?.(run) ?? (reportIn(dir)?.status === 'warn' ? 'passed, with warnings' : 'passed')));
    process.stdout.write(`${ok ? '✔' : '✘'} ${step.command}: ${status} in ${secs} s\n`);
    const shownFile = join(dir, step.markdown ?? 'comment.md');
    let md: string;
    if (existsSync(shownFile)) md = readFileSync(shownFile, 'utf8');
    else if (!args.includes('--out')) {
      // a command that writes no report: what it printed is its report
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'output.txt'), output);
      md = fenced(output);
    } else md = '_(no report written)_';
    const summary = existsSync(join(dir, 'summary.md')) ? readFileSync(join(dir, 'summary.md'), 'utf8') : undefined;
    sections.push({ title: step.title, status, md, summary, label: step.label ?? (step.markdown !== undefined || !args.includes('--out') ? 'Output' : 'Pull request comment'), part: step.part });
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
