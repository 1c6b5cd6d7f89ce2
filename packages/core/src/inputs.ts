import * as z from 'zod/mini';
import { expectedWords } from './config-issues.js';
import { ConfigurationError } from './errors.js';

/** Where action inputs come from: INPUT_* variables on a runner, argv in the CLI, a map in tests. */
export type InputSource = (name: string) => string | undefined;

/** Empty → undefined, as the runner passes every declared input, set or not. */
export function optional(source: InputSource, name: string): string | undefined {
  const v = source(name)?.trim();
  return v === undefined || v === '' ? undefined : v;
}

export function required(source: InputSource, name: string): string {
  const v = optional(source, name);
  if (v === undefined) throw new ConfigurationError(`input "${name}" is required`, { field: name });
  return v;
}

/**
 * Read every input named by a zod object's keys once, then validate them together,
 * so a bad value is a one-line error naming the input.
 */
export function readInputs<S extends z.core.$ZodObject>(schema: S, source: InputSource): z.output<S> {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(schema._zod.def.shape)) {
    const v = optional(source, key);
    if (v !== undefined) raw[key] = v;
  }
  const r = z.safeParse(schema, raw);
  if (r.success) return r.data;
  const problems = r.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const got = raw[name];
    if (got === undefined) return new ConfigurationError(`input "${name}" is required`, { field: name });
    const field = schema._zod.def.shape[name];
    // a message the schema wrote itself ("expected a duration such as 10s") says it best
    const expected = issue.message.startsWith('expected ') ? issue.message : `expected ${issue.code === 'invalid_value' && 'values' in issue ? `one of ${(issue.values as unknown[]).join(', ')}` : expectedWords(field)}`;
    return new ConfigurationError(`input "${name}": ${expected} (got "${got}")`, { field: name });
  });
  throw ConfigurationError.all(problems);
}

/** Inputs every gate shares. */
export const commonInputs = {
  name: z.optional(z.string()),
  comment: z._default(z.enum(['auto', 'always', 'never']), 'auto'),
  'fail-on': z._default(z.enum(['fail', 'warn', 'never']), 'fail'),
  'github-token': z.optional(z.string()),
};

/**
 * A message about inputs in a command line's words: `input "predictions"` and a quoted input name
 * become `--predictions`. Only for messages without a file position (a config file's keys may share
 * a name with an input and stay as they are).
 */
export function inputsAsFlags(message: string, names: ReadonlyArray<string>): string {
  const known = new Set(names);
  return message.replace(/\binputs? "([a-z][a-z0-9-]*)"|"([a-z][a-z0-9-]*)"/g, (all, a: string | undefined, b: string | undefined) => {
    const name = a ?? b!;
    return known.has(name) ? `--${name}` : all;
  });
}
