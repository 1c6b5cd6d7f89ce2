import type { Status } from '@mlgate/core';
import { barChart, details, escapeMarkdown, formatCount, formatDelta, formatNumber, STATUS_ICON, table } from '@mlgate/report';
import type { MetricRow } from './evaluate.js';
import type { FairnessResult } from './fairness.js';
import type { SliceResult } from './slices.js';

/** Slice rows shown before the rest are folded away (more when more of them fail). */
const SHOWN = 8;
/** Slices in the bar chart: the worst, so a chart stays legible. */
const CHARTED = 16;

const SEVERITY: Record<Status, number> = { error: 4, fail: 3, warn: 2, pass: 1, skip: 0 };

const interval = (i: { lo: number; hi: number } | undefined) => (i && Number.isFinite(i.lo) ? `[${formatNumber(i.lo)}, ${formatNumber(i.hi)}]` : '—');
const verdict = (r: MetricRow) => (r.status ? `${STATUS_ICON[r.status]} ${r.status === 'skip' ? 'not gated' : r.status}` : '');
const code = (s: string) => `<code>${escapeMarkdown(s, 60)}</code>`;

/** How much worse the candidate is (positive = worse), for sorting: Δ in the metric's bad direction. */
function harm(r: MetricRow): number {
  if (r.delta !== undefined) return r.higherIsBetter === false ? r.delta : -r.delta;
  if (r.candidate === undefined || !Number.isFinite(r.candidate)) return -Infinity;
  return r.higherIsBetter === false ? r.candidate : -r.candidate;
}

interface Entry {
  slice: SliceResult;
  row: MetricRow;
}

/** Slice × metric rows, worst first: failing before warning before passing, then by harm. */
export function worstSlicesFirst(slices: SliceResult[]): Entry[] {
  const entries = slices.flatMap((slice) => slice.metrics.map((row) => ({ slice, row })));
  return entries.sort((a, b) => SEVERITY[b.row.status ?? 'pass'] - SEVERITY[a.row.status ?? 'pass'] || Number(b.slice.gated) - Number(a.slice.gated) || harm(b.row) - harm(a.row));
}

/** The per-slice section: the worst rows in a table, the rest folded, and a bar chart of the ruled metric. */
export function renderSlices(slices: SliceResult[], minSize: number): string[] {
  const entries = worstSlicesFirst(slices);
  if (entries.length === 0) return [];
  const cells = ({ slice, row }: Entry) => [
    escapeMarkdown(slice.name, 60),
    formatCount(slice.rows),
    code(row.name),
    formatNumber(row.baseline),
    formatNumber(row.candidate),
    row.delta === undefined ? '—' : formatDelta(row.delta),
    interval(row.interval),
    row.rule ? escapeMarkdown(row.rule, 60) : '—',
    verdict(row),
  ];
  const header = ['slice', 'rows', 'metric', 'production', 'candidate', 'Δ', 'interval', 'rule', 'verdict'];
  const align: Array<'l' | 'r'> = ['l', 'r', 'l', 'r', 'r', 'r', 'r', 'l', 'l'];
  const bad = entries.filter((e) => e.row.status === 'fail' || e.row.status === 'warn').length;
  const shown = entries.slice(0, Math.max(SHOWN, bad));
  const rest = entries.slice(shown.length);
  const out = ['', `#### Slices (${slices.length}, worst first)`, '', table(header, shown.map(cells), align)];
  if (rest.length) out.push('', details(`The other ${rest.length} slice rows`, table(header, rest.map(cells), align)));
  const failing = entries.filter((e) => e.row.status === 'fail' || e.row.status === 'warn');
  if (failing.length) out.push('', ...failing.map(({ slice, row }) => `- ${STATUS_ICON[row.status!]} ${code(row.name)} on ${escapeMarkdown(slice.name, 60)}: ${escapeMarkdown(row.message ?? '', 300)}`));
  out.push('', `<sub>Slices with fewer than ${minSize} rows (min-slice-size) are shown but not gated.</sub>`);
  const metric = entries[0]!.row.name;
  const charted = entries.filter((e) => e.row.name === metric).slice(0, CHARTED);
  const series = [{ name: 'candidate', values: charted.map((e) => e.row.candidate ?? NaN) }];
  if (charted.some((e) => e.row.baseline !== undefined)) series.unshift({ name: 'production', values: charted.map((e) => e.row.baseline ?? NaN) });
  out.push('', barChart({ title: `${metric} per slice`, categories: charted.map((e) => e.slice.name), series, yLabel: metric }));
  return out;
}

/** The fairness section: each disparity with its intervals and verdict; each group's metrics folded. */
export function renderFairness(f: FairnessResult, pct: string): string[] {
  const header = ['measure', 'production', 'candidate', `candidate ${pct}`, 'Δ', `Δ ${pct}`, 'rule', 'verdict'];
  const rows = f.measures.map((r) => [code(r.name), formatNumber(r.baseline), formatNumber(r.candidate), interval(r.valueInterval), r.delta === undefined ? '—' : formatDelta(r.delta), interval(r.interval), r.rule ? escapeMarkdown(r.rule, 60) : '—', verdict(r)]);
  const out = ['', `#### Fairness across <code>${escapeMarkdown(f.feature, 60)}</code> (${f.groups.length} groups)`, '', table(header, rows, ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'l'])];
  const failing = f.measures.filter((r) => r.status === 'fail' || r.status === 'warn');
  if (failing.length) out.push('', ...failing.map((r) => `- ${STATUS_ICON[r.status!]} ${code(r.name)}: ${escapeMarkdown(r.message ?? '', 300)}`));
  const metrics = Object.keys(f.groups[0]?.candidate ?? {});
  const groupHeader = ['group', 'rows', ...metrics.flatMap((m) => (f.groups.some((g) => g.baseline) ? [`${m} production`, `${m} candidate`] : [m]))];
  const groupRows = f.groups.map((g) => [
    escapeMarkdown(g.group, 60) + (g.counted ? '' : ' (too few rows: left out)'),
    formatCount(g.rows),
    ...metrics.flatMap((m) => (g.baseline ? [formatNumber(g.baseline[m]), formatNumber(g.candidate[m])] : [formatNumber(g.candidate[m])])),
  ]);
  out.push('', details(`Each group's metrics (${f.groups.length})`, table(groupHeader, groupRows, groupHeader.map((_, i) => (i === 0 ? 'l' : 'r')))));
  return out;
}
