import type { Check, Report } from '@mlgate/core';
import { barChart, code, details, escapeMarkdown, formatNumber, formatPercent, gateTitle, headline, lineChart, STATUS_ICON, table } from '@mlgate/report';
import { renderNovelty, type NoveltyResult } from '@mlgate/checks/novelty';
import type { History } from './history.js';
import type { MonitoredColumn, MonitorResult } from './monitor.js';

/** The request a drifting run sends: what the report shows, sent or not. */
export type RetrainRequest =
  | { event: 'workflow_dispatch'; workflow: string }
  | { event: 'repository_dispatch'; event_type: string; client_payload: { model: string; issue?: number; drifted: string[]; run_url: string } };

export interface RetrainRecord {
  target: string;
  dispatched: boolean;
  at?: string;
  note?: string;
  request?: RetrainRequest;
}

/** What report.json carries besides the checks (charts left out: they are in the issue). */
export interface MonitorData {
  data: MonitorResult['data'];
  reference: MonitorResult['reference'];
  columns: Array<Omit<MonitoredColumn, 'chart'>>;
  skipped: MonitorResult['skipped'];
  compared: number;
  driftedFeatures: number;
  share: number;
  datasetDrift: boolean;
  drifted: boolean;
  history: { where: string; runs: number };
  issue?: { number: number; url: string; action: 'opened' | 'updated' | 'closed' | 'none' };
  retrain?: RetrainRecord;
  /** Rows with values training never saw: per column counts, shares and examples with line numbers. */
  novelty?: NoveltyResult;
}

const MAX_CHARTS = 6;
const TREND_RUNS = 30;

function ruleText(c: { pvalue?: number; threshold: number }): string {
  return `${c.pvalue !== undefined ? 'p <' : '≥'} ${formatNumber(c.threshold)}`;
}

function spread(s: { mean?: number; std?: number }): string {
  if (s.mean === undefined) return '—';
  return `${formatNumber(s.mean)}${s.std !== undefined ? ` ± ${formatNumber(s.std)}` : ''}`;
}

/** The table of compared columns, worst first. */
export function columnTable(columns: Array<Omit<MonitoredColumn, 'chart'>>): string {
  const order = { fail: 0, warn: 1, pass: 2 } as const;
  const sorted = [...columns].sort((a, b) => order[a.status] - order[b.status] || a.column.localeCompare(b.column));
  return table(
    ['', 'column', 'test', 'statistic', 'p-value', 'drift when', 'reference mean ± std', 'current mean ± std', 'current p5 / p50 / p95'],
    sorted.map((c) => [
      STATUS_ICON[c.status],
      `${code(c.column, 60)}${c.role === 'prediction' ? ' (prediction)' : ''}`,
      c.method,
      formatNumber(c.statistic),
      c.pvalue !== undefined ? formatNumber(c.pvalue) : '—',
      ruleText(c),
      spread(c.reference),
      spread(c.current),
      c.current.q ? `${formatNumber(c.current.q[0])} / ${formatNumber(c.current.q[2])} / ${formatNumber(c.current.q[4])}` : '—',
    ]),
    ['c', 'l', 'l', 'r', 'r', 'l', 'r', 'r', 'r'],
  );
}

/** Reference-vs-current shares of each drifted column. */
function distributionCharts(columns: MonitoredColumn[]): string[] {
  return columns.slice(0, MAX_CHARTS).map((c) =>
    barChart({
      title: `${c.column}: reference vs current`,
      categories: c.chart.labels,
      series: [
        { name: 'reference', values: c.chart.reference },
        { name: 'current', values: c.chart.current },
      ],
      yLabel: 'share',
    }),
  );
}

function shortDate(iso: string): string {
  return iso.slice(5, 16).replace('T', ' ');
}

/**
 * The trend of each drifted column over the last runs: the drift measure against its threshold (the
 * p-value for tests that judge one), and the mean for numeric columns, so a slow drift shows early.
 */
export function trendCharts(history: History, columns: Array<{ column: string }>): string[] {
  const runs = history.runs.slice(-TREND_RUNS);
  const out: string[] = [];
  for (const { column } of columns.slice(0, MAX_CHARTS)) {
    const pts = runs.map((r) => ({ at: r.at, p: r.columns[column] })).filter((x) => x.p && (x.p.pvalue ?? x.p.stat) !== undefined);
    if (pts.length < 2) continue;
    const measure = pts[pts.length - 1]!.p!.pvalue !== undefined ? 'p-value' : `${pts[pts.length - 1]!.p!.method ?? 'drift'} statistic`;
    const lines = [
      `**${escapeMarkdown(column, 80)}** over the last ${pts.length} runs — ${measure} and its threshold${pts.some((x) => x.p!.mean !== undefined) ? '; mean' : ''}:`,
      '',
      lineChart({
        title: `${column}: ${measure}`,
        x: pts.map((x) => shortDate(x.at)),
        series: [
          { name: measure, values: pts.map((x) => x.p!.pvalue ?? x.p!.stat!) },
          { name: 'threshold', values: pts.map((x) => x.p!.threshold ?? NaN) },
        ],
      }),
    ];
    const means = pts.filter((x) => x.p!.mean !== undefined);
    if (means.length >= 2) lines.push('', lineChart({ title: `${column}: mean`, x: means.map((x) => shortDate(x.at)), series: [{ name: 'mean', values: means.map((x) => x.p!.mean!) }] }));
    out.push(lines.join('\n'));
  }
  return out;
}

/**
 * The share of rows with values training never saw, over the last runs: overall and for the columns
 * with the most of them now, so inputs leaving the training range show before the drift tests move.
 */
export function noveltyTrend(history: History, now: NoveltyResult | undefined): string[] {
  const pts = history.runs.slice(-TREND_RUNS).filter((r) => r.novel);
  if (pts.length < 2) return [];
  const top = Object.keys(now?.columns ?? {}).slice(0, 3);
  return [
    `**Rows never seen in training** over the last ${pts.length} runs, as a share of rows (lines: all columns${top.map((c) => `, ${code(c, 60)}`).join('')}):`,
    '',
    lineChart({
      title: 'novel rows: share',
      x: pts.map((r) => shortDate(r.at)),
      series: [{ name: 'all columns', values: pts.map((r) => r.novel!.share) }, ...top.map((c) => ({ name: c, values: pts.map((r) => r.novel!.columns[c] ?? 0) }))],
    }),
  ];
}

/** The novelty section: this run's novel rows, and their trend when the history has it. */
function noveltySection(r: MonitorResult, history: History | undefined): string[] {
  if (!r.novelty) return [];
  const trend = history ? noveltyTrend(history, r.novelty) : [];
  return [renderNovelty(r.novelty, 'Rows', trend.length ? ['', ...trend] : []).join('\n').trim()];
}

export interface IssueContext {
  name: string;
  runUrl?: string;
  history: History;
  historyWhere: string;
  /** The hidden markers the body carries (the model's, and the dispatch record). */
  markers: string[];
  retrain?: { target: string; at: string; runUrl?: string };
}

/** GitHub refuses an issue title over 256 characters (422). */
export const ISSUE_TITLE_MAX = 256;

/** At most `max` UTF-16 units of `s`, cut between graphemes (never inside a surrogate pair or an emoji sequence), with "…" when cut. */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return out + '…';
}

export function issueTitle(name: string, r: MonitorResult): string {
  const n = r.columns.filter((c) => c.status === 'fail').length;
  const head = 'Drift in production data of ';
  const tail = `: ${n} column${n === 1 ? '' : 's'} drifted`;
  // A long model name is cut, never the count: the title still says what happened.
  return head + cutText(name, ISSUE_TITLE_MAX - head.length - tail.length) + tail;
}

function summaryLine(r: MonitorResult): string {
  const parts = [`${r.driftedFeatures} of ${r.compared} feature columns drifted (dataset drift at ≥ ${formatPercent(r.share, 0)}${r.datasetDrift ? ': reached' : ''})`];
  if (r.prediction) parts.push(`prediction ${code(r.prediction.column, 60)} ${r.prediction.status === 'fail' ? 'drifted' : 'stable'}`);
  return parts.join('; ');
}

/** The drift issue: what drifted, how much, the charts, the trend, the run and the retraining record. */
export function renderIssue(r: MonitorResult, ctx: IssueContext): string {
  const drifted = r.columns.filter((c) => c.status === 'fail');
  const out = [...ctx.markers, `## ${STATUS_ICON.fail} Drift in the production data of ${escapeMarkdown(ctx.name, 100)}`];
  const run = ctx.runUrl ? `[this run](${ctx.runUrl})` : 'a local run';
  out.push(`${summaryLine(r)}. Last checked by ${run} on ${r.point.at.slice(0, 16).replace('T', ' ')} UTC: ${formatNumber(r.data.rows)} rows of ${escapeMarkdown(r.data.files.length === 1 ? r.data.files[0] : `${r.data.files.length} files`, 120)} against ${escapeMarkdown(r.reference.label, 200)} (${formatNumber(r.reference.rows)} rows).`);
  out.push('### Drifted columns', columnTable(drifted));
  const warned = r.columns.filter((c) => c.status === 'warn');
  if (warned.length) out.push(`Close to the threshold: ${warned.map((c) => code(c.column, 60)).join(', ')}.`);
  out.push('### Reference vs current', ...distributionCharts(drifted));
  const trends = trendCharts(ctx.history, drifted);
  if (trends.length) out.push('### Trend over the last runs', ...trends);
  out.push(...noveltySection(r, ctx.history));
  if (ctx.retrain) out.push('### Retraining', `Requested ${code(ctx.retrain.target)} on ${ctx.retrain.at.slice(0, 16).replace('T', ' ')} UTC${ctx.retrain.runUrl ? ` by [this run](${ctx.retrain.runUrl})` : ''}; it is requested once while this issue is open.`);
  const rest = r.columns.filter((c) => c.status !== 'fail');
  if (rest.length) out.push(details(`${rest.length} columns without drift`, columnTable(rest)));
  out.push(`<sub>mlgate monitor: history of ${ctx.history.runs.length} runs in ${escapeMarkdown(ctx.historyWhere, 200)}. This issue is updated by each drifting run and closed by the first clean one.</sub>`);
  return out.join('\n\n') + '\n';
}

/** The comment a clean run leaves before closing the issue. */
export function renderCleared(r: MonitorResult, runUrl: string | undefined): string {
  const run = runUrl ? `[This run](${runUrl})` : 'A local run';
  return `${STATUS_ICON.pass} The drift has cleared. ${run} found ${summaryLine(r)} on ${formatNumber(r.data.rows)} rows, so this issue is closed.\n\n${details('Columns now', columnTable(r.columns))}\n`;
}

/** The job summary and comment.md: the same facts, plus suite checks. */
export function renderReport(report: Report<MonitorData>, r: MonitorResult, trends: string[], history?: History): string {
  const d = report.data!;
  const out = [headline(report.status, gateTitle('monitor', report.name, (n) => escapeMarkdown(n)), escapeMarkdown(report.headline, 300))];
  out.push(`${formatNumber(d.data.rows)} rows (${d.data.format}, ${d.data.files.length} file${d.data.files.length === 1 ? '' : 's'}) against ${escapeMarkdown(d.reference.label, 200)} · ${summaryLine(r)}`);
  if (d.issue && d.issue.action !== 'none') out.push(`Drift issue [#${d.issue.number}](${d.issue.url}) ${d.issue.action}.`);
  if (d.retrain) out.push(`Retraining ${code(d.retrain.target)}: ${d.retrain.dispatched ? 'requested by this run' : escapeMarkdown(d.retrain.note ?? 'not requested', 200)}.`);
  const suite = report.checks.filter((c) => c.id.startsWith('suite.'));
  const bad = suite.filter((c) => c.status !== 'pass');
  const rows = (cs: Check[]) => cs.map((c) => [STATUS_ICON[c.status], escapeMarkdown(c.title, 120), escapeMarkdown(c.message, 240)]);
  if (bad.length) out.push('### Data checks', table(['', 'check', 'result'], rows(bad), ['c', 'l', 'l']));
  if (r.columns.length) out.push(details(`Drift: ${r.columns.filter((c) => c.status === 'fail').length} of ${r.columns.length} columns drifted`, columnTable(r.columns), r.drifted));
  if (r.drifted) out.push(...distributionCharts(r.columns.filter((c) => c.status === 'fail')));
  if (trends.length) out.push(...trends);
  out.push(...noveltySection(r, history));
  if (r.skipped.length) out.push(`<sub>Not compared: ${r.skipped.map((s) => `${code(s.column, 60)} (${escapeMarkdown(s.reason)})`).join(', ')}</sub>`);
  out.push(`<sub>History: ${d.history.runs} runs in ${escapeMarkdown(d.history.where, 200)}</sub>`);
  return out.join('\n\n') + '\n';
}
