import { loadConfig, type SourceLocation } from '@mlgate/core';
import { DRIFT_METHODS, type DriftMethod } from '@mlgate/checks';
import { z } from 'zod';

/** Drift rule of one column: the test and its threshold (defaults as data-check: automatic, per-method threshold). */
const columnRule = z.strictObject({
  method: z.enum(DRIFT_METHODS).optional(),
  threshold: z.number().positive().optional(),
  /** Leave the column out (ids, timestamps). */
  ignore: z.boolean().optional(),
});

export const rulesSchema = z.strictObject({
  /** Columns compared: all columns present on both sides, or this list. */
  columns: z.union([z.literal('all'), z.array(z.string())]).default('all'),
  method: z.enum(DRIFT_METHODS).default('auto'),
  threshold: z.number().positive().optional(),
  /** Share of drifted feature columns that makes dataset drift (Evidently's drift_share). */
  share: z.number().min(0).max(1).default(0.5),
  /** Per-column overrides. */
  column: z.record(z.string(), columnRule).default({}),
  /** The prediction column: its drift alone is drift (the model's output moved). */
  prediction: z
    .strictObject({
      column: z.string(),
      method: z.enum(DRIFT_METHODS).default('auto'),
      threshold: z.number().positive().optional(),
    })
    .optional(),
  /** Runs kept in the history. */
  'keep-runs': z.number().int().min(2).max(1000).default(30),
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
  keepRuns: number;
  location: SourceLocation;
}

export function defaultRules(): Rules {
  return { columns: 'all', method: 'auto', share: 0.5, column: {}, keepRuns: 30, location: {} };
}

/** Read the rules file (YAML or JSON); unknown keys are one-line errors with "did you mean". */
export function loadRules(file: string | undefined): Rules {
  if (!file) return defaultRules();
  const r = loadConfig(file, rulesSchema, 'rules');
  return { columns: r.columns, method: r.method, threshold: r.threshold, share: r.share, column: r.column, prediction: r.prediction, keepRuns: r['keep-runs'], location: { file } };
}

/** The test of one column: its own rule, else the prediction rule, else the file's defaults. */
export function ruleFor(rules: Rules, column: string): ColumnRule {
  const own = rules.column[column];
  if (rules.prediction?.column === column) return { method: own?.method ?? rules.prediction.method, threshold: own?.threshold ?? rules.prediction.threshold };
  return { method: own?.method ?? rules.method, threshold: own?.threshold ?? rules.threshold };
}
