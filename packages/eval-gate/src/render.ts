import type { Report, Status } from '@mlgate/core';
import { details, escapeMarkdown, formatChange, formatCount, formatNumber, formatPercent, gateTitle, STATUS_ICON, table } from '@mlgate/report';
import type { MetricRow } from './evaluate.js';
import { formatLift } from './no-skill.js';
import type { FairnessResult } from './fairness.js';
import type { SliceResult } from './slices.js';
import { renderFairness, renderSlices } from './render-breakdown.js';
import { renderReliability, type Reliability } from './reliability.js';
import { renderScores } from './render-scores.js';
import type { ScoresView } from './scores-gate.js';

export interface EvalGateData {
  task?: string;
  rows?: number;
  joinedBy?: 'id' | 'row order';
  baselineSource?: string;
  bootstrap?: { resamples: number; seed: number; confidence: number };
  metrics: MetricRow[];
  notes: string[];
  slices?: SliceResult[];
  fairness?: FairnessResult;
  calibration?: Reliability;
  /** task scores: the test cases that changed. */
  scores?: ScoresView;
  /** Set when slices or fairness groups were evaluated. */
  minSliceSize?: number;
}

const VERDICT: Record<Status, string> = { pass: '✅ pass', skip: '⏭️ not checked', warn: '⚠️ warn', fail: '❌ fail', error: '💥 error' };

function interval(r: MetricRow): string {
  if (!r.interval || !Number.isFinite(r.interval.lo)) return '—';
  return `[${formatNumber(r.interval.lo)}, ${formatNumber(r.interval.hi)}]`;
}

/** The no-skill column: the simplest model's value and the candidate's lift over it. */
function noSkillCell(r: MetricRow): string {
  if (r.noSkill === undefined) return '—';
  return r.lift === undefined ? formatNumber(r.noSkill) : `${formatNumber(r.noSkill)} (lift ${formatLift(r.lift)})`;
}

function rowCells(r: MetricRow, withNoSkill: boolean): string[] {
  return [
    `<code>${escapeMarkdown(r.name, 60)}</code>`,
    formatNumber(r.baseline),
    formatNumber(r.candidate),
      ...(withNoSkill ? [noSkillCell(r)] : []),
    r.delta === undefined ? '—' : `${formatChange(r.delta, r.higherIsBetter)}${r.relDelta !== undefined && Number.isFinite(r.relDelta) ? ` (${r.relDelta >= 0 ? '+' : '−'}${formatPercent(Math.abs(r.relDelta), 1)})` : ''}`,
    interval(r),
    r.rule ? escapeMarkdown(r.rule, 80) : '—',
    r.status ? VERDICT[r.status] : '',
  ];
}

/** The sticky comment and job summary of an eval-gate run. */
export function renderMarkdown(report: Report<EvalGateData>): string {
  const d = report.data!;
  const conf = d.bootstrap?.confidence;
  const pct = conf ? `${Math.round(conf * 100)}% interval` : 'interval';
  // shown whenever predictions give it: how much the model brings over doing nothing
  const withNoSkill = d.metrics.some((m) => m.noSkill !== undefined);
  const header = ['metric', 'production', 'candidate', ...(withNoSkill ? ['no skill (lift)'] : []), 'Δ', pct, 'rule', 'verdict'];
  const align: Array<'l' | 'r'> = ['l', 'r', 'r', ...(withNoSkill ? (['r'] as const) : []), 'r', 'r', 'l', 'l'];
  const shortCols = withNoSkill ? 6 : 5;
  const ruled = d.metrics.filter((m) => m.rule !== undefined);
  const others = d.metrics.filter((m) => m.rule === undefined);
  const out: string[] = [];
  out.push(`### ${STATUS_ICON[report.status]} ${gateTitle('eval-gate', report.name, (n) => `<code>${escapeMarkdown(n, 80)}</code>`)}: ${escapeMarkdown(report.headline, 300)}`);
  const facts: string[] = [];
  if (d.task) facts.push(d.task);
  if (d.rows !== undefined) facts.push(`${formatCount(d.rows)} ${d.task === 'scores' ? 'test cases' : 'rows'}`);
  facts.push(d.baselineSource ? `production: ${escapeMarkdown(d.baselineSource, 120)}` : 'no production baseline');
  if (d.bootstrap && d.joinedBy) facts.push(`paired by ${d.joinedBy}, ${formatCount(d.bootstrap.resamples)} bootstrap resamples (seed ${d.bootstrap.seed})`);
  out.push(`<sub>${facts.join(' · ')}</sub>`, '');
  if (ruled.length) out.push(table(header, ruled.map((r) => rowCells(r, withNoSkill)), align));
  else out.push('_No rules in the gate config: every metric is shown for information._');
  const failing = ruled.filter((r) => r.status === 'fail' || r.status === 'warn');
  if (failing.length) {
    out.push('', ...failing.map((r) => `- ${STATUS_ICON[r.status!]} <code>${escapeMarkdown(r.name, 60)}</code>: ${escapeMarkdown(r.message ?? '', 400)}`));
  }
  if (d.slices) out.push(...renderSlices(d.slices, d.minSliceSize ?? 0));
  if (d.fairness) out.push(...renderFairness(d.fairness, pct));
  if (d.calibration) out.push(...renderReliability(d.calibration));
  if (d.scores) out.push(...renderScores(d.scores));
  if (others.length) out.push('', details(`All other metrics (${others.length})`, table(header.slice(0, shortCols), others.map((r) => rowCells(r, withNoSkill).slice(0, shortCols)), align)));
  const method = [
    d.bootstrap && d.joinedBy
      ? `Both models' predictions on the same ${formatCount(d.rows ?? 0)} rows (joined by ${d.joinedBy}). Each interval is a ${pct} of candidate − production from ${d.bootstrap.resamples} paired bootstrap resamples (rows drawn with replacement, the same rows for both models; seed ${d.bootstrap.seed}, so a rerun gives the same figures). A change limit fails only when the whole interval lies past it and warns when the interval straddles it.`
      : 'Change limits compare point values (no paired predictions, so no interval).',
    ...(withNoSkill ? ['"No skill" is the value of the simplest possible model on the same rows, which knows only the labels\' distribution (binary: the positive rate as every row\'s score and the majority class as its prediction; multiclass: the majority class, each class\'s share as its probability; regression: the mean label); the lift is the candidate\'s gain over it in the metric\'s good direction.'] : []),
    ...d.notes,
  ];
  out.push('', details('How this was judged', method.map((m) => `- ${m}`).join('\n')));
  return out.join('\n') + '\n';
}

/** The same report for a terminal: aligned plain text. */
export function renderTerminal(report: Report<EvalGateData>): string {
  const d = report.data!;
  const withNoSkill = d.metrics.some((m) => m.noSkill !== undefined);
  const rows = d.metrics.map((r) => [
    r.name,
    formatNumber(r.baseline),
    formatNumber(r.candidate),
      ...(withNoSkill ? [noSkillCell(r)] : []),
    r.delta === undefined ? '—' : formatChange(r.delta, r.higherIsBetter),
    r.interval && Number.isFinite(r.interval.lo) ? `[${formatNumber(r.interval.lo)}, ${formatNumber(r.interval.hi)}]` : '—',
    r.rule ?? '',
    r.status ? VERDICT[r.status] : '',
  ]);
  const header = ['metric', 'production', 'candidate', ...(withNoSkill ? ['no skill (lift)'] : []), 'Δ', 'interval', 'rule', 'verdict'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd();
  const icon = STATUS_ICON[report.status];
  const lines = [`${icon} ${gateTitle('eval-gate', report.name)}: ${report.headline}`, '', line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
  for (const r of d.metrics) if (r.status === 'fail' || r.status === 'warn') lines.push(`  ${STATUS_ICON[r.status]} ${r.name}: ${r.message}`);
  for (const s of d.slices ?? []) for (const r of s.metrics) if (r.status === 'fail' || r.status === 'warn') lines.push(`  ${STATUS_ICON[r.status]} ${r.name} on slice ${s.name}: ${r.message}`);
  for (const r of d.fairness?.measures ?? []) if (r.status === 'fail' || r.status === 'warn') lines.push(`  ${STATUS_ICON[r.status]} ${r.name} across ${d.fairness!.feature}: ${r.message}`);
  const cases = (list: Array<{ title: string }>, n: number) => list.slice(0, 5).map((c) => JSON.stringify(c.title.slice(0, 60))).join(', ') + (n > 5 ? `, … (${n - 5} more)` : '');
  if (d.scores?.counts.broken) lines.push(`  ❌ passed in production, fail in the candidate (${d.scores.counts.broken}): ${cases(d.scores.broken, d.scores.counts.broken)}`);
  if (d.scores?.counts.fixed) lines.push(`  ✅ failed in production, pass in the candidate (${d.scores.counts.fixed}): ${cases(d.scores.fixed, d.scores.counts.fixed)}`);
  return lines.join('\n');
}
