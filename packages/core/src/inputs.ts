import * as z from 'zod/mini';
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
  const issue = r.error.issues[0]!;
  const name = String(issue.path[0] ?? '');
  const got = raw[name];
  let message = issue.message;
  if (got === undefined && issue.code === 'invalid_type') {
    throw new ConfigurationError(`input "${name}" is required`, { field: name });
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    message = `expected one of ${(issue.values as unknown[]).join(', ')}`;
  }
  throw new ConfigurationError(`input "${name}": ${message}${got !== undefined ? ` (got "${got}")` : ''}`, { field: name });
}

/** Inputs every gate shares. */
export const commonInputs = {
  name: z.optional(z.string()),
  comment: z._default(z.enum(['auto', 'always', 'never']), 'auto'),
  'fail-on': z._default(z.enum(['fail', 'warn', 'never']), 'fail'),
  'github-token': z.optional(z.string()),
};
