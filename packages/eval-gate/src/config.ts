import * as z from 'zod/mini';
import { withHelp } from '@mlgate/core';

/** 2% or 0.02: a relative tolerance as a fraction. */
const fraction = withHelp(z.union([
  z.number().check(z.minimum(0)),
  z.pipe(
    z.string().check(z.regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'expected a percentage like "2%" or a fraction like 0.02')),
    z.transform((s: string) => Number(s.replace('%', '')) / 100),
  ),
]), { expected: 'a number or a percentage', example: '2%' });

export const ruleSchema = z.strictObject({
  min: z.optional(z.number()).check(z.describe('The candidate\'s value must be at least this (inclusive).')),
  max: z.optional(z.number()).check(z.describe('The candidate\'s value must be at most this (inclusive).')),
  'max-drop': z.optional(z.number().check(z.minimum(0))).check(z.describe('Higher-is-better metrics: candidate − production may fall by at most this much.')),
  'max-rise': z.optional(z.number().check(z.minimum(0))).check(z.describe('Lower-is-better metrics: candidate − production may rise by at most this much.')),
  'max-relative-drop': z.optional(fraction).check(z.describe('Higher-is-better metrics: the fall relative to production, e.g. 2% or 0.02.')),
  'max-relative-rise': z.optional(fraction).check(z.describe('Lower-is-better metrics: the rise relative to production, e.g. 5%.')),
  'warn-only': z._default(z.boolean(), false).check(z.describe('A breach of this rule warns instead of failing.')),
});
export type Rule = z.output<typeof ruleSchema>;

export const gateConfigSchema = z.strictObject({
  task: z.optional(z.enum(['binary', 'multiclass', 'regression'])).check(z.describe('binary | multiclass | regression (needed with predictions; optional with metrics files).')),
  label: z._default(z.string(), 'label').check(z.describe('Column of the true label (or target).')),
  prediction: z._default(z.string(), 'prediction').check(z.describe('Column of the prediction: a score/probability (binary), a class (multiclass) or a number (regression).')),
  id: z.optional(z.string()).check(z.describe('Column that joins candidate and production rows; default `id` when both files have it, else row order.')),
  threshold: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.5).check(z.describe('Binary: a score at or above the threshold predicts the positive class.')),
  positive: z.optional(z.union([z.string(), z.number(), z.boolean()])).check(z.describe('Binary: the label value of the positive class (default 1, true or yes).')),
  probabilities: z
    .optional(z.union([z.array(z.string()).check(z.minLength(2)), z.string().check(z.regex(/\*$/, 'expected a prefix pattern ending in *, like "proba_*"'))]))
    .check(z.describe('Multiclass: per-class probability columns, as a list or a prefix pattern like `proba_*` (enables log_loss and roc_auc_ovr_macro).')),
  metrics: z.optional(z.array(z.string())).check(z.describe('Metrics to show besides those with rules (default: every metric of the task).')),
  rules: z._default(withHelp(z.record(z.string(), ruleSchema), { expected: 'a map of metric names to rules', empty: 'add at least one rule', example: 'roc_auc: { min: 0.8 }' }), {}).check(z.describe('Rules per metric name.')),
  bootstrap: z._default(
    z.strictObject({
      resamples: z._default(z.int().check(z.minimum(100), z.maximum(100_000)), 1000),
      seed: z._default(z.int(), 20240601),
      confidence: z._default(z.number().check(z.gt(0.5), z.lt(1)), 0.95),
    }),
    { resamples: 1000, seed: 20240601, confidence: 0.95 },
  ),
});
export type GateConfig = z.output<typeof gateConfigSchema>;
