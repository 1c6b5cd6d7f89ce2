import { computeDrift, type DriftResult } from './drift.js';
import type { Verdict } from './ge/index.js';
import type { Metrics, Sample } from './metrics.js';
import { emptyPlan, type Plan } from './plan.js';
import { buildProfile, isProfileFile, PROFILE_NEEDS, readProfile, type Profile } from './profile.js';
import type { RunnerOptions } from './plan-runner.js';
import { openRunner } from './runner.js';
import type { Suite, SuiteCheck } from './suite.js';
import { plain } from './values.js';

export interface CheckResult {
  check: SuiteCheck;
  verdict: Verdict;
  /** Unexpected samples as plain JSON values, with row (0-based) and line (1-based source line). */
  samples: Array<{ value: unknown; row: number; line?: number }>;
}

export interface DataCheckResult {
  data: { files: string[]; format: string; rows: number; columns: string[] };
  results: CheckResult[];
  drift?: DriftResult;
  profile?: Profile;
  reference?: { kind: 'profile' | 'data'; file: string; rows: number };
  /** Where sketches replaced exact aggregates. */
  approximate: string[];
}

export interface DataCheckOptions extends RunnerOptions {
  suite: Suite;
  data: string;
  reference?: string;
  /** Compute a profile of the data (for `profile-out`). */
  profile?: boolean;
}

/** One table scanned once for a plan: its metrics and what it was. */
export interface Scan {
  metrics: Metrics;
  files: string[];
  format: string;
}

/** Open the runner for `data` and run `plan` on it (the one scan data-check and monitor share). */
export async function scanTable(data: string, plan: Plan, opts: RunnerOptions = {}): Promise<Scan> {
  const runner = await openRunner(data, opts);
  return { metrics: await runner.run(plan), files: runner.files, format: runner.format };
}

/** Judge every check of a suite from the metrics. */
export function judgeSuite(suite: Suite, metrics: Metrics): CheckResult[] {
  return suite.checks.map((check) => {
    const verdict = check.judge(metrics);
    return { check, verdict, samples: (verdict.samples ?? []).map((s: Sample) => ({ value: plain(s.value), row: s.row, line: s.line })) };
  });
}

/** Run a suite over a dataset in one pass, and drift against a reference profile or dataset. */
export async function runDataCheck(o: DataCheckOptions): Promise<DataCheckResult> {
  const wantDrift = !!(o.reference && (o.suite.drift ?? true));
  const plan = { ...o.suite.plan, everyColumn: o.profile || wantDrift ? PROFILE_NEEDS : undefined };
  const { suite: _s, data: _d, reference: _r, profile: _p, ...limits } = o;
  const { metrics, files, format } = await scanTable(o.data, plan, limits);
  const results = judgeSuite(o.suite, metrics);
  const approximate: string[] = [];
  for (const r of results) if (r.verdict.approximate) approximate.push(r.check.title);
  const out: DataCheckResult = { data: { files, format, rows: metrics.rows, columns: metrics.columns }, results, approximate };
  if (o.profile || wantDrift) out.profile = buildProfile(metrics, { files, format });
  if (o.reference) {
    const cfg = o.suite.drift ?? { columns: 'all' as const, method: 'auto' as const, share: 0.5, location: { file: o.suite.file } };
    if (isProfileFile(o.reference)) {
      const profile = readProfile(o.reference);
      out.reference = { kind: 'profile', file: o.reference, rows: profile.rows };
      out.drift = computeDrift(cfg, metrics, { profile });
    } else {
      const ref = await scanTable(o.reference, { ...emptyPlan(), everyColumn: PROFILE_NEEDS }, limits);
      out.reference = { kind: 'data', file: o.reference, rows: ref.metrics.rows };
      out.drift = computeDrift(cfg, metrics, { metrics: ref.metrics });
    }
  }
  return out;
}
