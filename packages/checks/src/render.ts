import type { Check, Report } from '@mlgate/core';
import { barChart, code, details, escapeMarkdown, formatNumber, formatPercent, gateTitle, headline, STATUS_ICON, table } from '@mlgate/report';
import type { ColumnDrift } from './drift.js';
import type { DataCheckResult } from './run.js';

/** What report.json carries besides the checks. */
export interface DataCheckData {
  data: DataCheckResult['data'];
  suite: { file: string; format: string };
  reference?: DataCheckResult['reference'];
  failures: Array<{ id: string; title: string; unexpected: number; total: number; percent: number; samples: Array<{ value: unknown; row: number; line?: number }> }>;
  drift?: { columns: Array<Omit<ColumnDrift, 'chart'> & { chart?: ColumnDrift['chart'] }>; drifted: number; share: number; datasetDrift: boolean; skipped: Array<{ column: string; reason: string }> };
  profile?: string;
  approximate: string[];
}

const MAX_SAMPLES = 20;
const MAX_CHARTS = 6;

function sampleValue(v: unknown): string {
  if (v === null) return '<em>null</em>';
  return code(typeof v === 'string' ? v : JSON.stringify(v), 80);
}

function where(s: { row: number; line?: number }): string {
  return s.line !== undefined ? `line ${s.line}` : `row ${s.row + 1}`;
}

export function renderMarkdown(report: Report<DataCheckData>): string {
  const d = report.data!;
  const out: string[] = [headline(report.status, gateTitle('data-check', report.name, (n) => escapeMarkdown(n)), escapeMarkdown(report.headline, 300))];
  const files = d.data.files.length === 1 ? code(d.data.files[0]) : `${d.data.files.length} files (${code(d.data.files[0])} …)`;
  out.push(
    `${files} (${d.data.format}): ${formatNumber(d.data.rows)} rows × ${d.data.columns.length} columns · suite ${code(d.suite.file)}${d.reference ? ` · reference ${d.reference.kind} ${code(d.reference.file)} (${formatNumber(d.reference.rows)} rows)` : ''}`,
  );
  const checks = report.checks.filter((c) => !c.id.startsWith('drift'));
  const bad = checks.filter((c) => c.status !== 'pass');
  const rows = (cs: Check[]) => cs.map((c) => [STATUS_ICON[c.status], escapeMarkdown(c.title, 120), escapeMarkdown(c.message, 240), c.location?.line !== undefined ? `${c.location.line}` : '']);
  if (bad.length) out.push(table(['', 'check', 'result', 'suite line'], rows(bad), ['c', 'l', 'l', 'r']));
  for (const f of d.failures) {
    const lines = [`**${escapeMarkdown(f.title, 120)}** — ${formatNumber(f.unexpected)} unexpected of ${formatNumber(f.total)} (${formatPercent(f.percent / 100)})${f.unexpected > f.samples.length ? `; the first ${f.samples.length}` : ''}:`, ''];
    lines.push(table(['where', 'value'], f.samples.slice(0, MAX_SAMPLES).map((s) => [where(s), sampleValue(s.value)]), ['r', 'l']));
    out.push(details(`Unexpected values: ${escapeMarkdown(f.title, 120)}`, lines.join('\n'), d.failures.length <= 3));
  }
  if (d.drift) {
    const dr = d.drift;
    const drows = dr.columns.map((c) => [
      c.status === 'fail' ? STATUS_ICON.fail : c.status === 'warn' ? STATUS_ICON.warn : STATUS_ICON.pass,
      code(c.column, 60),
      c.method,
      formatNumber(c.statistic),
      c.pvalue !== undefined ? formatNumber(c.pvalue) : '—',
      `${c.pvalue !== undefined ? 'p <' : '≥'} ${formatNumber(c.threshold)}`,
    ]);
    const title = `Drift: ${dr.drifted} of ${dr.columns.length} columns drifted${dr.datasetDrift ? ` (≥ ${formatPercent(dr.share, 0)}: dataset drift)` : ''}`;
    const body = [table(['', 'column', 'test', 'statistic', 'p-value', 'drift when'], drows, ['c', 'l', 'l', 'r', 'r', 'l'])];
    if (dr.skipped.length) body.push(`Not compared: ${dr.skipped.map((s) => `${code(s.column, 60)} (${escapeMarkdown(s.reason)})`).join(', ')}`);
    out.push(details(title, body.join('\n\n'), dr.drifted > 0));
    const charts = dr.columns.filter((c) => c.status !== 'pass' && c.chart).slice(0, MAX_CHARTS);
    for (const c of charts) {
      out.push(
        barChart({
          title: `${c.column}: reference vs current`,
          categories: c.chart!.labels,
          series: [
            { name: 'reference', values: c.chart!.reference },
            { name: 'current', values: c.chart!.current },
          ],
          yLabel: 'share',
        }),
      );
    }
  }
  const good = checks.filter((c) => c.status === 'pass');
  if (good.length) out.push(details(`${good.length} passing checks`, table(['', 'check', 'result', 'suite line'], rows(good), ['c', 'l', 'l', 'r'])));
  if (d.approximate.length) out.push(`<sub>Approximate (sketches past the exact limit): ${d.approximate.map((a) => escapeMarkdown(a, 80)).join(', ')}</sub>`);
  if (d.profile) out.push(`<sub>Profile written to ${code(d.profile)}</sub>`);
  return out.join('\n\n') + '\n';
}

/** Plain text for the terminal. */
export function renderTerminal(report: Report<DataCheckData>): string {
  const lines = [`${gateTitle('data-check', report.name)}: ${report.headline}`];
  for (const c of report.checks) {
    if (c.status === 'pass') continue;
    const loc = c.location?.line !== undefined ? ` (${c.location.file}:${c.location.line})` : '';
    lines.push(`  ${c.status.toUpperCase().padEnd(5)} ${c.title}: ${c.message}${loc}`);
  }
  const passed = report.checks.filter((c) => c.status === 'pass').length;
  lines.push(`  ${passed} of ${report.checks.length} checks passed`);
  return lines.join('\n');
}
