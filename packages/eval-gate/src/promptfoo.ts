import * as z from 'zod/mini';
import { DataError, parseExternalJson, readTextFile } from '@mlgate/core';

/**
 * The fields mlgate reads of the file `promptfoo eval -o results.json` writes (promptfoo's
 * `OutputFile`: `{ evalId, results: { version, timestamp, results: EvaluateResult[], … }, config, … }`).
 * Other fields are left alone, so newer promptfoo versions with more fields still read.
 */
const resultSchema = z.object({
  testIdx: z.number(),
  promptIdx: z.number(),
  description: z.optional(z.nullable(z.string())),
  testCase: z.optional(z.object({ description: z.optional(z.nullable(z.string())) })),
  vars: z.optional(z.record(z.string(), z.unknown())),
  provider: z.optional(z.object({ id: z.optional(z.string()), label: z.optional(z.nullable(z.string())) })),
  prompt: z.optional(z.object({ label: z.optional(z.string()) })),
  response: z.optional(z.nullable(z.object({ output: z.optional(z.unknown()) }))),
  success: z.boolean(),
  score: z.number(),
  namedScores: z.optional(z.record(z.string(), z.number())),
  error: z.optional(z.nullable(z.string())),
  failureReason: z.optional(z.number()),
});
const outputFileSchema = z.object({ results: z.object({ version: z.optional(z.number()), results: z.array(resultSchema) }) });

export interface PromptfooCase {
  /** Matches the same test case in another run: description and vars. */
  key: string;
  /** What the comment shows: the description, else the test index and vars. */
  title: string;
  success: boolean;
  score: number;
  namedScores: Record<string, number>;
  output: string;
  vars: Record<string, unknown>;
}

/** Is this file a promptfoo results file (JSON with `results.results`)? */
export function isPromptfooFile(file: string, text: string): boolean {
  return /\.json$/i.test(file) && /^\s*\{/.test(text) && text.includes('"results"') && !/^\s*\{[^\n]*\}\s*\n\s*\{/.test(text);
}

const stable = (v: unknown): string => JSON.stringify(v, (_, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
const text = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** The model's answer; promptfoo also puts a failed assertion's reason in `error`, so only a provider error (failureReason 2) or a missing answer shows the error. */
function outputOf(r: z.output<typeof resultSchema>): string {
  const out = r.response?.output;
  if (r.error && (r.failureReason === 2 || out === undefined || out === null)) return `error: ${r.error}`;
  return text(out);
}

/** The cases of a promptfoo results file: one prompt × provider per file (a model run). */
export function readPromptfoo(file: string): PromptfooCase[] {
  const doc = parseExternalJson(readTextFile(file, 'promptfoo results file'), outputFileSchema, file);
  const results = doc.results.results;
  if (results.length === 0) throw new DataError('the promptfoo results file holds no results', { file });
  const runs = [...new Set(results.map((r) => `prompt ${r.prompt?.label ?? r.promptIdx} × provider ${r.provider?.label ?? r.provider?.id ?? '?'}`))];
  if (runs.length > 1) throw new DataError(`the promptfoo results file holds ${runs.length} prompt × provider runs (${runs.slice(0, 4).join('; ')}); eval-gate compares one run per file: run promptfoo once for the candidate and once for production (e.g. with --filter-prompts or --filter-providers)`, { file });
  const seen = new Map<string, number>();
  return results.map((r) => {
    const description = r.description ?? r.testCase?.description ?? undefined;
    const vars = r.vars ?? {};
    const base = stable([description ?? null, vars]);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    const title = description ?? `test ${r.testIdx} ${stable(vars)}`;
    return { key: k > 1 ? `${base}#${k}` : base, title: k > 1 ? `${title} (repeat ${k})` : title, success: r.success, score: r.score, namedScores: r.namedScores ?? {}, output: outputOf(r), vars };
  });
}
