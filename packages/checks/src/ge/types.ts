import type { Metrics, Sample } from '../metrics.js';
import type { Plan } from '../plan.js';

/** The outcome of one expectation, in GE's vocabulary. */
export interface Verdict {
  success: boolean;
  observed?: unknown;
  elementCount?: number;
  missingCount?: number;
  /** Map checks: rows looked at, unexpected ones and samples of them. */
  total?: number;
  unexpectedCount?: number;
  unexpectedPercent?: number;
  samples?: Sample[];
  /** The check could not be evaluated (type error, missing column). */
  error?: string;
  details?: Record<string, unknown>;
  approximate?: boolean;
  /** A sentence saying what was found, for reports (else the observed value is shown). */
  summary?: string;
}

export type Judge = (m: Metrics) => Verdict;

/** An expectation: its arguments, and how it adds its needs to a plan and returns its judge. */
export interface ExpectationKind {
  args: string[];
  required?: string[];
  column?: boolean;
  compile(a: Args, plan: Plan, filter: number): Judge;
}
export type Args = Record<string, unknown>;
