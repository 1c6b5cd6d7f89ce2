import { parseArgs } from 'node:util';
import { runAction, type ActionSpec, type Report } from '@mlgate/core';
import { cliHost } from './host.js';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

/**
 * A CLI command that runs an action's spec with the same code: `--input-name value` flags are the
 * action's inputs, `--out DIR` says where report.json, comment.md and summary.md go.
 */
export function actionCommand<S extends z.core.$ZodObject>(opts: {
  spec: ActionSpec<S>;
  summary: string;
  usage: string;
  /** Print the report for a terminal (tables, verdicts). */
  terminal?: (report: Report) => string;
}): Command {
  const { spec } = opts;
  return {
    name: spec.tool,
    summary: opts.summary,
    usage: opts.usage,
    async run(argv) {
      const names = [...Object.keys(spec.inputs._zod.def.shape), 'name', 'comment', 'fail-on', 'github-token', 'out'];
      let values: Record<string, string | boolean | undefined>;
      try {
        values = parseArgs({ args: argv, options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])), strict: true, allowPositionals: false }).values;
      } catch (e) {
        process.stderr.write(`error: ${(e as Error).message}\nusage: ${opts.usage}\n`);
        return 2;
      }
      const inputs = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
      inputs.comment = 'never';
      const host = cliHost({ inputs, out: inputs.out, quiet: true });
      const code = await runAction({ ...spec, publish: undefined, context: undefined }, host);
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
