import { openTable, type TableSource } from '@mlgate/data';
import { Engine, type EngineOptions, type Metrics, type Sample } from './engine.js';
import { computeDrift, type DriftResult } from './drift.js';
import type { Verdict } from './ge.js';
import { emptyPlan } from './plan.js';
import { buildProfile, isProfileFile, PROFILE_NEEDS, readProfile, type Profile } from './profile.js';
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

export interface DataCheckOptions extends Omit<EngineOptions, 'textual'> {
  suite: Suite;
  data: string;
  reference?: string;
  /** Compute a profile of the data (for `profile-out`). */
  profile?: boolean;
}

async function scan(source: TableSource, engine: Engine): Promise<Metrics> {
  for await (const b of source.batches()) engine.consume(b);
  return engine.finish();
}

const textualFormat = (f: string) => f === 'csv' || f === 'tsv';

/** Run a suite over a dataset in one pass, and drift against a reference profile or dataset. */
export async function runDataCheck(o: DataCheckOptions): Promise<DataCheckResult> {
  const source = await openTable(o.data);
  const textual = textualFormat(source.format);
  const wantDrift = !!(o.reference && (o.suite.drift ?? true));
  const plan = { ...o.suite.plan, everyColumn: o.profile || wantDrift ? PROFILE_NEEDS : undefined };
  const engineOpts = { sampleLimit: o.sampleLimit, exactLimit: o.exactLimit, distinctLimit: o.distinctLimit };
  const metrics = await scan(source, new Engine(plan, { ...engineOpts, textual }));
  const results: CheckResult[] = o.suite.checks.map((check) => {
    const verdict = check.judge(metrics);
    return { check, verdict, samples: (verdict.samples ?? []).map((s: Sample) => ({ value: plain(s.value), row: s.row, line: s.line })) };
  });
  const approximate: string[] = [];
  for (const r of results) if (r.verdict.approximate) approximate.push(r.check.title);
  const out: DataCheckResult = { data: { files: source.files, format: source.format, rows: metrics.rows, columns: metrics.columns }, results, approximate };
  if (o.profile || wantDrift) out.profile = buildProfile(metrics, textual, { files: source.files, format: source.format });
  if (o.reference) {
    const cfg = o.suite.drift ?? { columns: 'all' as const, method: 'auto' as const, share: 0.5, location: { file: o.suite.file } };
    if (isProfileFile(o.reference)) {
      const profile = readProfile(o.reference);
      out.reference = { kind: 'profile', file: o.reference, rows: profile.rows };
      out.drift = computeDrift(cfg, metrics, textual, { profile });
    } else {
      const refSource = await openTable(o.reference);
      const refMetrics = await scan(refSource, new Engine({ ...emptyPlan(), everyColumn: PROFILE_NEEDS }, { ...engineOpts, textual: textualFormat(refSource.format) }));
      out.reference = { kind: 'data', file: o.reference, rows: refMetrics.rows };
      out.drift = computeDrift(cfg, metrics, textual, { metrics: refMetrics, textual: textualFormat(refSource.format) });
    }
  }
  return out;
}
