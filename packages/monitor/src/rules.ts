import { loadConfig, type SourceLocation } from '@mlgate/core';
import { DRIFT_METHODS, type DriftMethod } from '@mlgate/checks';
import * as z from 'zod/mini';

/** Drift rule of one column: the test and its threshold (defaults as data-check: automatic, per-method threshold). */
const columnRule = z.strictObject({
  method: z.optional(z.enum(DRIFT_METHODS)),
  threshold: z.optional(z.number().check(z.positive())),
  /** Leave the column out (ids, timestamps). */
  ignore: z.optional(z.boolean()),
});

export const rulesSchema = z.strictObject({
  /** Columns compared: all columns present on both sides, or this list. */
  columns: z._default(z.union([z.literal('all'), z.array(z.string())]), 'all'),
  method: z._default(z.enum(DRIFT_METHODS), 'auto'),
  threshold: z.optional(z.number().check(z.positive())),
  /** Share of drifted feature columns that makes dataset drift (Evidently's drift_share). */
  share: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.5),
  /** Per-column overrides. */
  column: z._default(z.record(z.string(), columnRule), {}),
  /** The prediction column: its drift alone is drift (the model's output moved). */
  prediction: z.optional(
    z.strictObject({
      column: z.string(),
      method: z._default(z.enum(DRIFT_METHODS), 'auto'),
      threshold: z.optional(z.number().check(z.positive())),
    }),
  ),
  /**
   * Rows holding a value the training data never had (outside its range, an unseen category, a null
   * where it had none, an unknown field): counted per column in a second pass; `false` leaves it out.
   */
  // the object first: a misspelt key in it is the error to report, not "expected false"
  novelty: z._default(z.union([z.strictObject({ margin: z._default(z.number().check(z.nonnegative()), 0) }), z.literal(false)]), { margin: 0 }),
  /** Runs kept in the history. */
  'keep-runs': z._default(z.int().check(z.minimum(2), z.maximum(1000)), 30),
});

export interface ColumnRule {
  method: DriftMethod;
  threshold?: number;
}

export interface Rules {
  columns: 'all' | string[];
  method: DriftMethod;
  threshold?: number;
  share: number;
  column: Record<string, { method?: DriftMethod; threshold?: number; ignore?: boolean }>;
  prediction?: { column: string; method: DriftMethod; threshold?: number };
  /** Margin of the novelty pass, or false for none. */
  novelty: { margin: number } | false;
  keepRuns: number;
  location: SourceLocation;
}

export function defaultRules(): Rules {
  return { columns: 'all', method: 'auto', share: 0.5, column: {}, novelty: { margin: 0 }, keepRuns: 30, location: {} };
}

/** Read the rules file (YAML or JSON); unknown keys are one-line errors with "did you mean". */
export function loadRules(file: string | undefined): Rules {
  if (!file) return defaultRules();
  const r = loadConfig(file, rulesSchema, 'rules');
  return { columns: r.columns, method: r.method, threshold: r.threshold, share: r.share, column: r.column, prediction: r.prediction, novelty: r.novelty, keepRuns: r['keep-runs'], location: { file } };
}

/** The test of one column: its own rule, else the prediction rule, else the file's defaults. */
export function ruleFor(rules: Rules, column: string): ColumnRule {
  const own = rules.column[column];
  if (rules.prediction?.column === column) return { method: own?.method ?? rules.prediction.method, threshold: own?.threshold ?? rules.prediction.threshold };
  return { method: own?.method ?? rules.method, threshold: own?.threshold ?? rules.threshold };
}
