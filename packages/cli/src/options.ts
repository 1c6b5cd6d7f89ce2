import { parseArgs } from 'node:util';
import { closest } from '@mlgate/core';

/** One `--flag` a command takes, with the line `--help` prints for it. */
export interface OptionHelp {
  name: string;
  meaning: string;
  default?: string;
  required?: boolean;
  boolean?: boolean;
  /** The flag may be given several times (its values come as a list). */
  multiple?: boolean;
}

/** `--help` text: the summary, the usage line, then every option with its default and one line of meaning. */
export function helpText(summary: string, usage: string, options: ReadonlyArray<OptionHelp>): string {
  const width = Math.max(...options.map((o) => o.name.length + (o.boolean ? 0 : 6))) + 4;
  const lines = options.map((o) => {
    const left = `  --${o.name}${o.boolean ? '' : ' VALUE'}`.padEnd(width + 2);
    const dflt = o.required ? ' (required)' : o.default !== undefined && o.default !== '' ? ` (default: ${o.default})` : '';
    return `${left} ${o.meaning}${dflt}`;
  });
  return `${summary}\n\nusage: ${usage}\n\noptions:\n${lines.join('\n')}\n  ${'--help'.padEnd(width)} print this help\n`;
}

/** A parse error in plain words; an unknown flag names the closest one the command takes. */
export function flagError(e: Error, names: ReadonlyArray<string>): string {
  const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(e.message);
  if (unknown) {
    const flag = unknown[1]!.replace(/^-+/, '').split('=')[0]!;
    const hint = closest(flag, names);
    return `unknown option ${unknown[1]}${hint ? `; did you mean --${hint}?` : ''}`;
  }
  const missing = /^Option '(--[^' ]+)[^']*' argument missing/.exec(e.message);
  if (missing) return `${missing[1]} needs a value`;
  return e.message;
}

/** `parseArgs` over named options, its errors in plain words. */
export function parseFlags(argv: string[], options: ReadonlyArray<OptionHelp>, opts: { positionals?: boolean } = {}): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } | { error: string } {
  try {
    const parseOptions = Object.fromEntries(options.map((o) => [o.name, { type: o.boolean ? ('boolean' as const) : ('string' as const), ...(o.multiple ? { multiple: true } : {}) }]));
    const parsed = parseArgs({ args: argv, options: parseOptions, strict: true, allowPositionals: !!opts.positionals });
    return { values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals };
  } catch (e) {
    return { error: flagError(e as Error, options.map((o) => o.name)) };
  }
}
