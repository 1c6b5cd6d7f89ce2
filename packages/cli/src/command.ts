import { runAction, type Action, type Report } from '@mlgate/core';
import { cliHost } from './host.js';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ACTION_INPUTS } from './action-inputs.generated.js';
import { helpText, parseFlags, type OptionHelp } from './options.js';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** `mlgate <command> --help`. */
  help(): string;
  run(argv: string[]): Promise<number>;
}

/** Locally there is no pull request: the comment is never posted, so `comment` is no flag. */
const NOT_LOCAL = new Set(['comment']);

/** The flags of an action's command: its inputs as action.yml describes them, then `--out`. */
export function actionOptions(tool: string, inputNames: ReadonlyArray<string>): OptionHelp[] {
  const meta = ACTION_INPUTS[tool] ?? [];
  const names = [...new Set([...inputNames, 'name', 'fail-on', 'github-token'])].filter((n) => !NOT_LOCAL.has(n));
  const options = names.map((name): OptionHelp => {
    const m = meta.find((i) => i.name === name);
    // a workflow expression is no default in a terminal
    const dflt = m?.default?.includes('${{') ? undefined : m?.default;
    return { name, meaning: m?.meaning ?? '', default: dflt, required: m?.required };
  });
  return [...options, { name: 'out', meaning: 'Directory for report.json, comment.md and summary.md.', default: `.mlgate-out/${tool}/NAME` }];
}

/**
 * A CLI command that runs an action with the same code: `--input-name value` flags are the
 * action's inputs, `--out DIR` says where report.json, comment.md and summary.md go.
 */
export function actionCommand<S extends z.core.$ZodObject>(opts: {
  action: Action<S>;
  summary: string;
  usage: string;
  /** Print the report for a terminal (tables, verdicts). */
  terminal?: (report: Report) => string;
}): Command {
  const { action } = opts;
  const options = actionOptions(action.tool, Object.keys(action.inputs._zod.def.shape));
  return {
    name: action.tool,
    summary: opts.summary,
    usage: opts.usage,
    help: () => helpText(opts.summary, opts.usage, options),
    async run(argv) {
      const parsed = parseFlags(argv, options);
      if ('error' in parsed) {
        process.stderr.write(`error: ${parsed.error}\nusage: ${opts.usage}\nRun \`mlgate ${action.tool} --help\` for every option.\n`);
        return 2;
      }
      const inputs = Object.fromEntries(Object.entries(parsed.values).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
      inputs.comment = 'never';
      const host = cliHost({ inputs, out: inputs.out, quiet: true, flags: options.map((o) => o.name) });
      const code = await runAction({ ...action, publish: undefined, context: undefined }, host);
      const reportPath = host.outputs.report;
      if (reportPath) {
        const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
        process.stdout.write((opts.terminal ? opts.terminal(report) : report.headline) + '\n');
        process.stdout.write(`report: ${reportPath}\ncomment: ${host.outputs.markdown}\n`);
      }
      return code;
    },
  };
}
