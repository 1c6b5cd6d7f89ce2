import { ConfigurationError, DataError, didYouMean } from '@mlgate/core';
import { buildProfile, columnDrift, driftPair, emptyPlan, fromMetrics, fromProfile, judgeSuite, PROFILE_NEEDS, scanTable, type CheckResult, type ColumnDrift, type Profile, type Suite } from '@mlgate/checks';
import type { NoveltyResult } from '@mlgate/checks/novelty';
import { round, type ColumnPoint, type RunPoint } from './history.js';
import { scanNovelty } from './novelty.js';
import type { Reference } from './reference.js';
import { ruleFor, type Rules } from './rules.js';

export interface MonitoredColumn extends ColumnDrift {
  role: 'feature' | 'prediction';
  reference: { mean?: number; std?: number; q?: number[] };
  current: { mean?: number; std?: number; q?: number[] };
}

export interface MonitorResult {
  data: { files: string[]; format: string; rows: number; columns: string[] };
  reference: { label: string; rows: number };
  columns: MonitoredColumn[];
  skipped: Array<{ column: string; reason: string }>;
  /** Feature columns compared and drifted, and whether their share makes dataset drift. */
  compared: number;
  driftedFeatures: number;
  share: number;
  datasetDrift: boolean;
  prediction?: MonitoredColumn;
  /** Dataset drift, or the prediction column drifted: what opens the issue. */
  drifted: boolean;
  suite?: CheckResult[];
  /** Rows with values training never saw (unless the rules set `novelty: false`). */
  novelty?: NoveltyResult;
  /** This run's statistics, for the history. */
  point: RunPoint;
}

const QUANTILES = [5, 25, 50, 75, 95];
const MAX_SHARES = 10;

function numericSummary(p: Profile['columns'][string] | undefined): { mean?: number; std?: number; q?: number[] } {
  if (!p || p.mean === undefined) return {};
  return { mean: p.mean, std: p.std, q: p.percentiles ? QUANTILES.map((k) => p.percentiles![k]!) : undefined };
}

function shares(p: Profile['columns'][string] | undefined): Record<string, number> | undefined {
  if (!p?.top || p.count === 0) return undefined;
  const out: Record<string, number> = {};
  for (const t of p.top.slice(0, MAX_SHARES)) out[String(t.value)] = round(t.count / p.count);
  return out;
}

/**
 * One monitoring pass: scan the recent data once (suite checks and the statistics drift needs), compare
 * every configured column with the reference profile, and summarise the run for the history.
 */
export async function monitor(o: { data: string; reference: Reference; rules: Rules; suite?: Suite; runUrl?: string; now?: Date }): Promise<MonitorResult> {
  const { data, reference, rules, suite } = o;
  const { metrics, files, format } = await scanTable(data, { ...(suite?.plan ?? emptyPlan()), everyColumn: PROFILE_NEEDS });
  // Nothing to compare is not "no drift": an empty export must not turn the watch green.
  const where = { file: files.length === 1 ? files[0] : data };
  if (metrics.rows === 0) throw new DataError(`the production sample has no rows${files.length > 1 ? ` (${files.length} files)` : ''}: nothing to compare with the reference profile`, where);
  const refCols = Object.keys(reference.profile.columns);
  if (!metrics.columns.some((c) => refCols.includes(c))) {
    const list = (cs: string[]) => cs.slice(0, 8).join(', ') + (cs.length > 8 ? ', …' : '');
    throw new DataError(`the production sample has no columns shared with the reference profile ${reference.label} (data: ${list(metrics.columns)}; reference: ${list(refCols)})`, where);
  }
  const current = buildProfile(metrics);
  const pred = rules.prediction?.column;
  if (pred !== undefined && !metrics.columns.includes(pred)) {
    throw new ConfigurationError(`the prediction column "${pred}" is not in the data${didYouMean(pred, metrics.columns)} (columns: ${metrics.columns.slice(0, 12).join(', ')}${metrics.columns.length > 12 ? ', …' : ''})`, { ...rules.location, field: 'prediction.column' });
  }
  for (const c of Object.keys(rules.column)) {
    if (!metrics.columns.includes(c) && !refCols.includes(c)) throw new ConfigurationError(`rules name the column "${c}", which is neither in the data nor in the reference${didYouMean(c, metrics.columns)}`, { ...rules.location, field: `column.${c}` });
  }
  const wanted = rules.columns === 'all' ? metrics.columns.filter((c) => refCols.includes(c)) : [...rules.columns];
  if (pred !== undefined && !wanted.includes(pred)) wanted.push(pred);
  const columns: MonitoredColumn[] = [];
  const skipped: MonitorResult['skipped'] = [];
  for (const column of wanted) {
    if (rules.column[column]?.ignore) continue;
    const refProfile = reference.profile.columns[column];
    const pair = driftPair(fromMetrics(metrics, column), refProfile && fromProfile(refProfile), (ref, cur) =>
      // Unique text on both sides (ids, request keys) always "drifts" by a category test: not a signal.
      ref.type === 'string' && cur.type === 'string' && ref.distinct === ref.count && cur.distinct === cur.count ? 'every value is distinct on both sides (an identifier)' : undefined,
    );
    if ('reason' in pair) {
      skipped.push({ column, reason: pair.reason });
      continue;
    }
    const { cur, ref } = pair;
    const rule = ruleFor(rules, column);
    try {
      const d = columnDrift(column, ref, cur, rule.method, rule.threshold);
      columns.push({ ...d, role: column === pred ? 'prediction' : 'feature', reference: numericSummary(refProfile), current: numericSummary(current.columns[column]) });
    } catch (e) {
      skipped.push({ column, reason: (e as Error).message });
    }
  }
  const features = columns.filter((c) => c.role === 'feature');
  const driftedFeatures = features.filter((c) => c.status === 'fail').length;
  const datasetDrift = features.length > 0 && driftedFeatures / features.length >= rules.share;
  const prediction = columns.find((c) => c.role === 'prediction');
  const drifted = datasetDrift || prediction?.status === 'fail';

  const suiteResults = suite ? judgeSuite(suite, metrics) : undefined;
  const novelty = rules.novelty ? await scanNovelty(data, reference.profile, reference.label, rules.novelty.margin) : undefined;

  const pointColumns: Record<string, ColumnPoint> = {};
  for (const c of columns) {
    const p: ColumnPoint = { method: c.method, stat: round(c.statistic), threshold: c.threshold, status: c.status };
    if (c.pvalue !== undefined) p.pvalue = round(c.pvalue);
    if (c.current.mean !== undefined) {
      p.mean = round(c.current.mean);
      if (c.current.std !== undefined) p.std = round(c.current.std);
      if (c.current.q) p.q = c.current.q.map(round);
    } else p.shares = shares(current.columns[c.column]);
    pointColumns[c.column] = p;
  }
  const point: RunPoint = { at: (o.now ?? new Date()).toISOString(), ...(o.runUrl ? { run: o.runUrl } : {}), rows: metrics.rows, drifted, columns: pointColumns };
  if (novelty) point.novel = { share: round(novelty.share), columns: Object.fromEntries(Object.entries(novelty.columns).map(([c, v]) => [c, round(v.share)])) };

  return {
    data: { files, format, rows: metrics.rows, columns: metrics.columns },
    reference: { label: reference.label, rows: reference.profile.rows },
    columns,
    skipped,
    compared: features.length,
    driftedFeatures,
    share: rules.share,
    datasetDrift,
    prediction,
    drifted,
    suite: suiteResults,
    ...(novelty ? { novelty } : {}),
    point,
  };
}
