import type { Host, SourceLocation } from '@mlgate/core';
import { availableMetrics, computeMetrics, METRICS, pairedBootstrap, type DeltaInterval } from '@mlgate/metrics';
import { formatCount } from '@mlgate/report';
import type { Baseline } from './baseline.js';
import { breakdownNotes, evaluateBreakdowns, type BreakdownPlan, type Breakdowns } from './breakdown.js';
import type { GateConfig } from './config.js';
import { loadPredictions } from './load.js';
import { lookupMetric, readMetricsFile } from './metrics-file.js';
import { noSkillMetrics } from './no-skill.js';
import { reliability } from './reliability.js';
import type { EvalGateData } from './render.js';
import { evaluateScores, type ScoresView } from './scores-gate.js';

/** What the gate knows of the candidate before production is looked up. */
export interface Candidate {
  task: GateConfig['task'];
  /** Rows (or test cases) evaluated; none for a metrics file. */
  rows?: number;
  /** The metrics shown, ruled ones first. */
  names: string[];
  values: Record<string, number | undefined>;
  /** The simplest model's value of each metric on the same rows (predictions only). */
  noSkill: Record<string, number>;
  /** Production from paired predictions, read with the candidate's: the first baseline source. */
  paired?: Baseline;
  breakdowns: Breakdowns;
  calibration?: EvalGateData['calibration'];
  scores?: ScoresView;
  notes: string[];
}

/** Interval computations cost rows × resamples × metrics; above this budget only ruled metrics get one. */
const ALL_INTERVALS_BUDGET = 2e8;

/**
 * The candidate's metrics from its predictions, test-case results or metrics file. `pairedFile` is
 * production's predictions on the same rows, read alongside because the bootstrap resamples both.
 */
export async function computeCandidate(cfg: GateConfig, source: { predictions?: string; metrics?: string }, pairedFile: string | undefined, plan: BreakdownPlan | undefined, locate: (path: string[], opts?: { key?: boolean }) => SourceLocation, host: Host): Promise<Candidate> {
  if (source.predictions && cfg.task === 'scores') return fromScores(cfg, source.predictions, pairedFile, locate, host);
  if (source.predictions) return fromPredictions(cfg, source.predictions, pairedFile, plan!, host);
  return fromMetricsFile(cfg, source.metrics!);
}

async function fromScores(cfg: GateConfig, file: string, pairedFile: string | undefined, locate: (path: string[], opts?: { key?: boolean }) => SourceLocation, host: Host): Promise<Candidate> {
  const s = await evaluateScores(cfg, file, pairedFile, locate, host);
  const paired = s.baseline ? { metrics: s.baseline, source: `paired results (${pairedFile})`, intervals: s.intervals, joinedBy: 'id' as const } : undefined;
  return { task: 'scores', rows: s.rows, names: s.names, values: s.candidate, noSkill: {}, paired, breakdowns: {}, scores: s.view, notes: [] };
}

async function fromPredictions(cfg: GateConfig, file: string, pairedFile: string | undefined, plan: BreakdownPlan, host: Host): Promise<Candidate> {
  const loaded = await loadPredictions(cfg, file, pairedFile, plan.columns);
  const task = loaded.task;
  const n = loaded.rows;
  const notes: string[] = [];
  const available = availableMetrics(task, loaded.hasProbabilities);
  const unavailable = METRICS[task].filter((m) => !available.includes(m.name)).map((m) => m.name);
  if (unavailable.length) notes.push(`${listed(unavailable)} need per-class probabilities: set "probabilities" in the gate config.`);
  const shown = cfg.metrics ? [...new Set([...Object.keys(cfg.rules), ...cfg.metrics])] : available;
  const names = [...new Set([...Object.keys(cfg.rules), ...shown])];
  const computable = names.filter((m) => available.includes(m));
  const ruled = Object.keys(cfg.rules).filter((m) => available.includes(m));
  const values = computeMetrics(task, loaded.candidate, computable);
  const noSkill = noSkillMetrics(task, loaded.candidate, computable);
  let paired: Baseline | undefined;
  if (loaded.baseline) {
    let intervals: Record<string, DeltaInterval> = {};
    const withCi = n * cfg.bootstrap.resamples * names.length <= ALL_INTERVALS_BUDGET ? computable : ruled;
    if (withCi.length) {
      host.info(`paired bootstrap: ${cfg.bootstrap.resamples} resamples of ${formatCount(n)} rows for ${withCi.length} metrics`);
      intervals = pairedBootstrap(task, loaded.candidate, loaded.baseline, withCi, cfg.bootstrap);
    }
    paired = { metrics: computeMetrics(task, loaded.baseline, computable), source: `paired predictions (${pairedFile})`, intervals, joinedBy: loaded.joinedBy };
  }
  if (plan.columns.length) host.info(`slices and fairness: ${plan.slices.length} slicings, ${Object.keys(plan.fairRules).length} fairness rules`);
  const breakdowns = evaluateBreakdowns(plan, cfg, loaded, ruled, cfg.bootstrap);
  notes.push(...breakdownNotes(breakdowns, cfg['min-slice-size']));
  const calibration = cfg.calibration || 'ece' in cfg.rules || 'mce' in cfg.rules ? reliability(loaded.candidate, loaded.baseline, cfg.calibration) : undefined;
  return { task, rows: n, names, values, noSkill, paired, breakdowns, calibration, notes };
}

/** a, b and c */
const listed = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(''));

function fromMetricsFile(cfg: GateConfig, path: string): Candidate {
  const file = readMetricsFile(path);
  const names = [...new Set([...Object.keys(cfg.rules), ...(cfg.metrics ?? Object.keys(file))])];
  const values: Record<string, number | undefined> = {};
  for (const m of names) values[m] = lookupMetric(file, m, path);
  const notes = Object.keys(cfg.rules)
    .filter((m) => values[m] === undefined)
    .map((m) => `"${m}" is not in ${path} (it has ${Object.keys(file).slice(0, 12).join(', ')}).`);
  return { task: cfg.task, names, values, noSkill: {}, breakdowns: {}, notes };
}

