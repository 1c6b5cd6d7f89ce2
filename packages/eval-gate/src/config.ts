import * as z from 'zod/mini';
import { fraction, withHelp } from '@mlgate/core';

export const ruleSchema = z.strictObject({
  min: z.optional(z.number()).check(z.describe('The candidate\'s value must be at least this (inclusive).')),
  max: z.optional(z.number()).check(z.describe('The candidate\'s value must be at most this (inclusive).')),
  'max-drop': z.optional(z.number().check(z.minimum(0))).check(z.describe('Higher-is-better metrics: candidate − production may fall by at most this much.')),
  'max-rise': z.optional(z.number().check(z.minimum(0))).check(z.describe('Lower-is-better metrics: candidate − production may rise by at most this much.')),
  'max-relative-drop': z.optional(fraction).check(z.describe('Higher-is-better metrics: the fall relative to production, e.g. 2% or 0.02.')),
  'max-relative-rise': z.optional(fraction).check(z.describe('Lower-is-better metrics: the rise relative to production, e.g. 5%.')),
  'min-lift': z.optional(z.number()).check(z.describe('The candidate must beat the simplest possible model on the same rows (binary: the prior as score and the majority class; multiclass: the majority class and the class shares; regression: the mean) by at least this much, in the metric\'s good direction. Needs predictions.')),
  'warn-only': z._default(z.boolean(), false).check(z.describe('A breach of this rule warns instead of failing.')),
});
export type Rule = z.output<typeof ruleSchema>;

/** A slice: every value of a column, or the rows a condition picks (GE's pandas `row_condition` syntax). */
export const sliceSchema = z.union([
  z.string().check(z.minLength(1), z.describe('A column: one slice per value.')),
  z.strictObject({
    name: z.string().check(z.minLength(1), z.describe('The slice\'s name in the report.')),
    where: z.string().check(z.minLength(1), z.describe('A row condition such as `age >= 65 and country == "DE"` (==, !=, <, <=, >, >=, and/&, or/|, parentheses).')),
  }),
]);
export type Slice = z.output<typeof sliceSchema>;

/** `fairness:` — the sensitive feature and a rule per disparity measure (`equalized_odds_difference: { max: 0.1 }`). */
export const fairnessSchema = z.catchall(
  z.object({ group: z.string().check(z.minLength(1), z.describe('Column of the sensitive feature: each value is a group.')) }),
  ruleSchema,
);
export type FairnessConfig = z.output<typeof fairnessSchema>;

export const gateConfigSchema = z.strictObject({
  task: z.optional(z.enum(['binary', 'multiclass', 'regression', 'scores'])).check(z.describe('binary | multiclass | regression | scores (per-example results of an LLM eval); needed with predictions, optional with metrics files.')),
  label: z._default(z.string(), 'label').check(z.describe('Column of the true label (or target).')),
  prediction: z._default(z.string(), 'prediction').check(z.describe('Column of the prediction: a score/probability (binary), a class (multiclass) or a number (regression).')),
  id: z.optional(z.string()).check(z.describe('Column that joins candidate and production rows; default `id` when both files have it, else row order.')),
  threshold: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.5).check(z.describe('Binary: a score at or above the threshold predicts the positive class.')),
  positive: z.optional(z.union([z.string(), z.number(), z.boolean()])).check(z.describe('Binary: the label value of the positive class (default 1, true or yes).')),
  probabilities: z
    .optional(z.union([z.array(z.string()).check(z.minLength(2)), z.string().check(z.regex(/\*$/, 'expected a prefix pattern ending in *, like "proba_*"'))]))
    .check(z.describe('Multiclass: per-class probability columns, as a list or a prefix pattern like `proba_*` (enables log_loss and roc_auc_ovr_macro).')),
  scores: z.optional(z.array(z.string()).check(z.minLength(1))).check(z.describe('task scores: per-example score columns (default: `score` when the file has it); each gives the metric mean_<column>.')),
  pass: z.optional(z.string()).check(z.describe('task scores: the pass/fail column (true/false, 1/0, pass/fail, yes/no; default: `pass` or `passed` when the file has it); gives pass_rate.')),
  output: z.optional(z.string()).check(z.describe('task scores: the generated-answer column, for the text metrics (promptfoo: the response output).')),
  reference: z.optional(z.string()).check(z.describe('task scores: the reference-answer column (promptfoo: the name of the test var holding it).')),
  'text-metrics': z
    .optional(z.array(z.enum(['exact_match', 'token_f1', 'rouge_l', 'bleu'])))
    .check(z.describe('task scores: text metrics of output against reference (default: all four when both are set).')),
  metrics: z.optional(z.array(z.string())).check(z.describe('Metrics to show besides those with rules (default: every metric of the task).')),
  rules: z._default(withHelp(z.record(z.string(), ruleSchema), { expected: 'a map of metric names to rules', empty: 'add at least one rule', example: 'roc_auc: { min: 0.8 }' }), {}).check(z.describe('Rules per metric name.')),
  slices: z.optional(z.array(sliceSchema)).check(z.describe('Slices whose ruled metrics are also computed and shown: column names (one slice per value) or `{ name, where }` row conditions.')),
  'slice-rules': z._default(z.record(z.string(), ruleSchema), {}).check(z.describe('Rules every slice must meet, per metric name; a failure names the slice.')),
  'min-slice-size': z._default(z.int().check(z.minimum(1)), 30).check(z.describe('Slices (and fairness groups) with fewer rows are reported but not gated.')),
  fairness: z.optional(fairnessSchema).check(z.describe('Disparity across the groups of a sensitive feature: `group:` and rules on measures such as `roc_auc_difference`, `selection_rate_ratio`, `demographic_parity_difference`, `equalized_odds_difference`.')),
  calibration: z
    .optional(
      z.strictObject({
        bins: z._default(z.int().check(z.minimum(2), z.maximum(100)), 10).check(z.describe('Number of bins (default 10).')),
        strategy: z._default(z.enum(['uniform', 'quantile']), 'uniform').check(z.describe('uniform: equal-width bins on [0, 1]; quantile: equal-frequency bins (edges at the quantiles of the scores).')),
      }),
    )
    .check(z.describe('Binning of ece, mce and the reliability diagram (shown when set, or when ece or mce has a rule).')),
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
