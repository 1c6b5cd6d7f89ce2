import { join } from 'node:path';
import { appendFileSync, mkdirSync } from 'node:fs';
import { formatLocated, inputsAsFlags, safeName, type Host, type SourceLocation } from '@mlgate/core';

export interface CliHostOptions {
  inputs: Record<string, string | undefined>;
  out?: string;
  /** Print to this stream (stdout by default); errors and warnings go to stderr. */
  quiet?: boolean;
  /** The command's flags: a message naming an input names the flag instead. */
  flags?: ReadonlyArray<string>;
}

const color = process.stderr.isTTY && !process.env.NO_COLOR;
const red = (s: string) => (color ? `\x1b[31m${s}\x1b[0m` : s);
const yellow = (s: string) => (color ? `\x1b[33m${s}\x1b[0m` : s);

/** The terminal host: inputs from flags, report files into --out, the summary as summary.md there. */
export function cliHost(opts: CliHostOptions): Host & { exitCode: number; outputs: Record<string, string> } {
  const outputs: Record<string, string> = {};
  // a message with a file position is about that file; one without is about the command line
  const words = (m: string, loc?: SourceLocation) => (opts.flags && !loc?.file ? inputsAsFlags(m, opts.flags) : m);
  const host = {
    exitCode: 0,
    input: (name: string) => opts.inputs[name],
    setOutput: (n: string, v: string) => {
      outputs[n] = v;
    },
    info: (m: string) => {
      if (!opts.quiet) process.stdout.write(m + '\n');
    },
    notice: (m: string, loc?: SourceLocation) => process.stderr.write(`notice: ${formatLocated(words(m, loc), loc ?? {})}\n`),
    warning: (m: string, loc?: SourceLocation) => process.stderr.write(yellow(`warning: ${formatLocated(words(m, loc), loc ?? {})}`) + '\n'),
    error: (m: string, loc?: SourceLocation) => process.stderr.write(red(`error: ${loc?.file && !m.startsWith(loc.file) ? formatLocated(m, loc) : words(m, loc)}`) + '\n'),
    debug: (m: string) => {
      if (process.env.MLGATE_DEBUG) process.stderr.write(`debug: ${m}\n`);
    },
    summary: async (md: string) => {
      if (!currentOut) return;
      mkdirSync(currentOut, { recursive: true });
      appendFileSync(join(currentOut, 'summary.md'), md + '\n');
    },
    setSecret: () => {},
    outDir: (tool: string, name: string) => {
      currentOut = opts.out ?? join('.mlgate-out', tool, safeName(name));
      return currentOut;
    },
    exit: (code: number) => {
      host.exitCode = code;
    },
    outputs,
  };
  let currentOut: string | undefined;
  return host;
}
