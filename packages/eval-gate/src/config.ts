import { z } from 'zod';

/** 2% or 0.02: a relative tolerance as a fraction. */
const fraction = z.union([
  z.number().min(0),
  z
    .string()
    .regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'expected a percentage like "2%" or a fraction like 0.02')
    .transform((s) => Number(s.replace('%', '')) / 100),
]);

export const ruleSchema = z.strictObject({
  min: z.number().optional().describe('The candidate\'s value must be at least this (inclusive).'),
  max: z.number().optional().describe('The candidate\'s value must be at most this (inclusive).'),
  'max-drop': z.number().min(0).optional().describe('Higher-is-better metrics: candidate − production may fall by at most this much.'),
  'max-rise': z.number().min(0).optional().describe('Lower-is-better metrics: candidate − production may rise by at most this much.'),
  'max-relative-drop': fraction.optional().describe('Higher-is-better metrics: the fall relative to production, e.g. 2% or 0.02.'),
  'max-relative-rise': fraction.optional().describe('Lower-is-better metrics: the rise relative to production, e.g. 5%.'),
  'warn-only': z.boolean().default(false).describe('A breach of this rule warns instead of failing.'),
});
export type Rule = z.output<typeof ruleSchema>;

export const gateConfigSchema = z.strictObject({
  task: z.enum(['binary', 'multiclass', 'regression']).optional().describe('binary | multiclass | regression (needed with predictions; optional with metrics files).'),
  label: z.string().default('label').describe('Column of the true label (or target).'),
  prediction: z.string().default('prediction').describe('Column of the prediction: a score/probability (binary), a class (multiclass) or a number (regression).'),
  id: z.string().optional().describe('Column that joins candidate and production rows; default `id` when both files have it, else row order.'),
  threshold: z.number().min(0).max(1).default(0.5).describe('Binary: a score at or above the threshold predicts the positive class.'),
  positive: z.union([z.string(), z.number(), z.boolean()]).optional().describe('Binary: the label value of the positive class (default 1, true or yes).'),
  probabilities: z.union([z.array(z.string()).min(2), z.string().regex(/\*$/, 'expected a prefix pattern ending in *, like "proba_*"')]).optional().describe('Multiclass: per-class probability columns, as a list or a prefix pattern like `proba_*` (enables log_loss and roc_auc_ovr_macro).'),
  metrics: z.array(z.string()).optional().describe('Metrics to show besides those with rules (default: every metric of the task).'),
  rules: z.record(z.string(), ruleSchema).default({}).describe('Rules per metric name.'),
  bootstrap: z
    .strictObject({
      resamples: z.number().int().min(100).max(100_000).default(1000),
      seed: z.number().int().default(20240601),
      confidence: z.number().gt(0.5).lt(1).default(0.95),
    })
    .default({ resamples: 1000, seed: 20240601, confidence: 0.95 }),
});
export type GateConfig = z.output<typeof gateConfigSchema>;
