import { z } from 'zod';
import { loadConfig } from '@mlgate/core';

/** A rule as in eval-gate: bounds on a measured figure; `max-ratio` bounds candidate ÷ production. */
export const ruleSchema = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
  'max-ratio': z.number().positive().optional(),
  'warn-only': z.boolean().optional(),
});
export type Rule = z.output<typeof ruleSchema>;

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
} as const;
export type MetricName = keyof typeof METRICS;

const rules = z.strictObject(Object.fromEntries(Object.keys(METRICS).map((k) => [k, ruleSchema.optional()])) as Record<MetricName, z.ZodOptional<typeof ruleSchema>>);

const endpointSettings = z.strictObject({
  headers: z.record(z.string(), z.string()).optional(),
});

export const shadowConfigSchema = z.strictObject({
  /** `auto`: decided by the first answer (a number with a fraction → regression, else classification). */
  task: z.enum(['auto', 'classification', 'regression']).default('auto'),
  /** Path of the prediction in an answer, e.g. `predictions[0].score`; empty: the whole answer. */
  answer: z.string().default(''),
  /** Classification: path of a score/probability to compare numerically as well. */
  score: z.string().optional(),
  /** Regression/scores: class = value ≥ threshold, for agreement and the flip matrix. */
  threshold: z.number().optional(),
  /** |Δ| above this counts as a difference. */
  tolerance: z.number().nonnegative().default(1e-9),
  'batch-size': z.number().int().positive().max(10_000).default(1),
  /** Sent to every HTTP endpoint; `${NAME}` is replaced by the environment variable NAME and masked. */
  headers: z.record(z.string(), z.string()).default({}),
  endpoints: z
    .strictObject({ candidate: endpointSettings.optional(), production: endpointSettings.optional(), 'production-secondary': endpointSettings.optional() })
    .default({}),
  /** How many of the most divergent inputs to list. */
  divergent: z.number().int().min(0).max(100).default(10),
  /** After this many failures in a row, an endpoint is taken as down and the rest is not sent to it. */
  'max-consecutive-failures': z.number().int().positive().default(50),
  rules: rules.optional(),
});
export type ShadowConfig = z.output<typeof shadowConfigSchema>;

export function loadShadowConfig(file: string | undefined): ShadowConfig {
  if (!file) return shadowConfigSchema.parse({});
  return loadConfig(file, shadowConfigSchema);
}
