import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod/mini';
import { isUserError, problemsOf } from './errors.js';
import type { Host } from './host.js';
import { commonInputs, readInputs } from './inputs.js';
import { blocks, passed, type FailOn, type Report } from './report.js';

export interface ActionResult {
  report: Report;
  /** The full Markdown body for the comment and the job summary (without the hidden marker). */
  markdown: string;
  /** Action-specific outputs besides passed, report and markdown. */
  outputs?: Record<string, string>;
}

export interface ActionArgs<I> {
  inputs: I & { name: string; comment: 'auto' | 'always' | 'never'; 'fail-on': FailOn; 'github-token'?: string };
  host: Host;
}

/** Posts the comment; injected by the GitHub layer so `core` stays free of the REST client. */
export type Publisher = (args: { report: Report; markdown: string; mode: 'auto' | 'always' | 'never'; token?: string; host: Host }) => Promise<void>;

export interface Action<S extends z.core.$ZodObject> {
  tool: string;
  /** Zod object of the action's own inputs (besides name, comment, fail-on, github-token). */
  inputs: S;
  run: (ctx: ActionArgs<z.output<S>>) => Promise<ActionResult>;
  publish?: Publisher;
  /** Context of the run (PR number, repository, run URL) recorded in the report. */
  context?: () => { pullRequest?: number; repository?: string; runUrl?: string };
}

/** Write a file whole or not at all (a reader never sees half a report). */
export function writeAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

export const MARKER_PREFIX = 'mlgate';
export function marker(tool: string, name: string): string {
  return `<!-- ${MARKER_PREFIX}:${tool}:${name.replace(/-->/g, '')} -->`;
}

/**
 * The one boundary every action and CLI command runs through: inputs → run → files, summary,
 * annotations, comment, outputs, exit code. User errors are one line; anything else is a bug.
 */
export async function runAction<S extends z.core.$ZodObject>(action: Action<S>, host: Host): Promise<number> {
  let code = 1;
  try {
    const schema = z.object({ ...action.inputs._zod.def.shape, ...commonInputs, name: z._default(z.string(), action.tool) });
    const inputs = readInputs(schema, (n) => host.input(n)) as ActionArgs<z.output<S>>['inputs'];
    if (inputs['github-token']) host.setSecret(inputs['github-token']);
    const outcome = await action.run({ inputs, host });
    const report = { ...outcome.report, ...(action.context?.() ?? {}) };
    const failOn = inputs['fail-on'];

    const dir = host.outDir(action.tool, inputs.name);
    const reportPath = join(dir, 'report.json');
    const markdownPath = join(dir, 'comment.md');
    writeAtomic(markdownPath, outcome.markdown);
    writeAtomic(reportPath, JSON.stringify(report, null, 2) + '\n');

    for (const c of report.checks) {
      if (c.status === 'fail' || c.status === 'error') host.error(`${c.title}: ${c.message}`, c.location);
      else if (c.status === 'warn') host.warning(`${c.title}: ${c.message}`, c.location);
    }
    try {
      await host.summary(outcome.markdown);
    } catch (e) {
      host.warning(`could not write the job summary: ${(e as Error).message}`);
    }
    if (action.publish) {
      try {
        await action.publish({ report, markdown: outcome.markdown, mode: inputs.comment, token: inputs['github-token'], host });
      } catch (e) {
        host.warning(`could not post the pull request comment: ${(e as Error).message}`);
      }
    }
    host.setOutput('passed', String(passed(report.status, failOn)));
    host.setOutput('report', reportPath);
    host.setOutput('markdown', markdownPath);
    for (const [k, v] of Object.entries(outcome.outputs ?? {})) host.setOutput(k, v);
    host.info(report.headline);
    code = blocks(report.status, failOn) ? 1 : 0;
    if (code === 1) host.error(`${inputs.name === action.tool ? action.tool : `${action.tool} "${inputs.name}"`} failed: ${report.headline}`);
  } catch (e) {
    code = 1;
    if (isUserError(e)) {
      for (const p of problemsOf(e)) host.error(p.oneLine(), p.location);
    } else {
      const err = e as Error;
      host.debug(err?.stack ?? String(e));
      host.error(`internal error in mlgate: ${err?.message ?? String(e)} — this is a bug; rerun with debug logging (ACTIONS_STEP_DEBUG=true) for the stack and report it`);
    }
  }
  host.exit(code);
  return code;
}
