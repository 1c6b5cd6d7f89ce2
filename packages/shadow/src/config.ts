import * as z from 'zod/mini';
import { fraction, loadConfig } from '@mlgate/core';

/** A rule as in eval-gate: bounds on a measured figure; `max-ratio` bounds candidate ÷ production. */
/** Answers closer than this are equal (rounding); a config sets a real tolerance when it wants one. */
export const DEFAULT_TOLERANCE = 1e-9;

export const ruleSchema = z.strictObject({
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  'max-ratio': z.optional(z.number().check(z.positive())),
  'warn-only': z.optional(z.boolean()),
});
export type Rule = z.output<typeof ruleSchema>;

/** `novel-inputs: { max: 1% }`: the share of inputs with a value training never saw (needs the `reference` input). */
const novelRule = z.strictObject({
  max: fraction,
  'warn-only': z.optional(z.boolean()),
});

/** Figures a rule can bound. Those marked `perModel` exist for each model, so `max-ratio` applies. */
export const METRICS = {
  agreement: { perModel: false, title: 'agreement', unit: 'share' },
  psi: { perModel: false, title: 'PSI of the predictions', unit: 'number' },
  beyond_tolerance: { perModel: false, title: 'answers beyond tolerance', unit: 'share' },
  delta_mean: { perModel: false, title: '|Δ| mean', unit: 'number' },
  delta_p50: { perModel: false, title: '|Δ| p50', unit: 'number' },
  delta_p95: { perModel: false, title: '|Δ| p95', unit: 'number' },
  delta_max: { perModel: false, title: '|Δ| max', unit: 'number' },
  error_rate: { perModel: true, title: 'error rate', unit: 'share' },
  timeout_rate: { perModel: true, title: 'timeout rate', unit: 'share' },
  latency_p50_ms: { perModel: true, title: 'latency p50', unit: 'ms' },
  latency_p95_ms: { perModel: true, title: 'latency p95', unit: 'ms' },
  latency_p99_ms: { perModel: true, title: 'latency p99', unit: 'ms' },
  'novel-inputs': { perModel: false, title: 'inputs never seen in training', unit: 'share' },
} as const;
export type MetricName = keyof typeof METRICS;

const rules = z.strictObject(Object.fromEntries(Object.keys(METRICS).map((k) => [k, z.optional(k === 'novel-inputs' ? novelRule : ruleSchema)])) as Record<MetricName, z.ZodMiniOptional<typeof ruleSchema>>);

const endpointSettings = z.strictObject({
  headers: z.optional(z.record(z.string(), z.string())),
});

export const shadowConfigSchema = z.strictObject({
  /** `auto`: decided by the first answer (a number with a fraction → regression, else classification). */
  task: z._default(z.enum(['auto', 'classification', 'regression']), 'auto'),
  /** Path of the prediction in an answer, e.g. `predictions[0].score`; empty: the whole answer. */
  answer: z._default(z.string(), ''),
  /** Classification: path of a score/probability to compare numerically as well. */
  score: z.optional(z.string()),
  /** Regression/scores: class = value ≥ threshold, for agreement and the flip matrix. */
  threshold: z.optional(z.number()),
  /** |Δ| above this counts as a difference. */
  tolerance: z._default(z.number().check(z.nonnegative()), DEFAULT_TOLERANCE),
  'batch-size': z._default(z.int().check(z.positive(), z.maximum(10_000)), 1),
  /** Sent to every HTTP endpoint; `${NAME}` is replaced by the environment variable NAME and masked. */
  headers: z._default(z.record(z.string(), z.string()), {}),
  endpoints: z._default(z.strictObject({ candidate: z.optional(endpointSettings), production: z.optional(endpointSettings), 'production-secondary': z.optional(endpointSettings) }), {}),
  /** How many of the most divergent inputs to list. */
  divergent: z._default(z.int().check(z.minimum(0), z.maximum(100)), 10),
  /** After this many failures in a row, an endpoint is taken as down and the rest is not sent to it. */
  'max-consecutive-failures': z._default(z.int().check(z.positive()), 50),
  /** With the `reference` input: how inputs are held against the training profile. */
  novelty: z._default(
    z.strictObject({
      /** Numbers may lie this fraction of the training range beyond its minimum and maximum before they count as novel. */
      margin: z._default(z.number().check(z.nonnegative()), 0),
      /** Path of the features in a request, e.g. `instances[0]` or `inputs`; empty: the request itself. */
      features: z._default(z.string(), ''),
    }),
    { margin: 0, features: '' },
  ),
  rules: z.optional(rules),
});
export type ShadowConfig = z.output<typeof shadowConfigSchema>;

export function loadShadowConfig(file: string | undefined): ShadowConfig {
  if (!file) return z.parse(shadowConfigSchema, {});
  return loadConfig(file, shadowConfigSchema);
}
