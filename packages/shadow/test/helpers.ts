import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXAMPLE, PYTHON } from '../../../test/support/model-servers/processes.js';
import { shadowConfigSchema, shadowCompare, type Answered, type Request, type Role, type ShadowOptions } from '../src/index.js';

export const INPUTS = resolve(EXAMPLE, 'inputs.jsonl');

/** What scikit-learn itself answers for every input (label and score), computed apart from mlgate. */
export async function sklearnAnswers(variant: 'production' | 'candidate', inputs = INPUTS): Promise<Array<{ label: number; score: number }>> {
  const { stdout } = await promisify(execFile)(PYTHON, [resolve(EXAMPLE, 'serve_sklearn.py'), '--variant', variant, '--predict', inputs], { encoding: 'utf8' });
  return stdout.trim().split('\n').map((l) => JSON.parse(l));
}

export function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'mlgate-shadow-'));
}

export function writeLines(file: string, rows: unknown[]): string {
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

/** Run a comparison and keep every answer per input, to check them against the models. */
export async function compare(opts: Omit<ShadowOptions, 'config'> & { config?: object }) {
  const seen = new Map<number, Partial<Record<Role, Answered>> & { request: Request }>();
  const result = await shadowCompare({
    ...opts,
    config: shadowConfigSchema.parse(opts.config ?? {}),
    observe: (request, answers) => seen.set(request.index, { ...answers, request }),
  });
  return { result, seen };
}

export function value(a: Answered | undefined): unknown {
  if (!a || !a.ok) throw new Error(`expected an answer, got ${JSON.stringify(a)}`);
  return a.value;
}
