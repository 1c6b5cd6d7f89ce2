import { formatNumber } from './escape.js';

/** Mermaid charts are rendered by GitHub itself: no image leaves the repository. */
function label(s: string): string {
  return `"${s.replace(/["\\\n\r]/g, ' ').slice(0, 40)}"`;
}

/** A bar chart of two series over the same categories (e.g. reference vs current). */
export function barChart(opts: { title: string; categories: string[]; series: Array<{ name: string; values: number[] }>; yLabel?: string }): string {
  const lines = ['```mermaid', 'xychart-beta', `  title ${label(opts.title)}`];
  lines.push(`  x-axis [${opts.categories.map(label).join(', ')}]`);
  const all = opts.series.flatMap((s) => s.values).filter(Number.isFinite);
  const max = all.length ? Math.max(...all) : 1;
  lines.push(`  y-axis ${label(opts.yLabel ?? '')} 0 --> ${formatNumber(max * 1.1 || 1).replace('−', '-')}`);
  for (const s of opts.series) lines.push(`  bar [${s.values.map((v) => (Number.isFinite(v) ? +v.toPrecision(6) : 0)).join(', ')}]`);
  lines.push('```');
  const legend = opts.series.map((s, i) => `${i === 0 ? '▮ first bar' : '▮ second bar'}: ${s.name}`).join(' · ');
  return `${lines.join('\n')}\n<sub>${legend}</sub>`;
}

/** A line chart of one or more series over runs (trend of a statistic). */
export function lineChart(opts: { title: string; x: string[]; series: Array<{ name: string; values: number[] }>; yLabel?: string }): string {
  const lines = ['```mermaid', 'xychart-beta', `  title ${label(opts.title)}`, `  x-axis [${opts.x.map(label).join(', ')}]`];
  if (opts.yLabel) lines.push(`  y-axis ${label(opts.yLabel)}`);
  for (const s of opts.series) lines.push(`  line [${s.values.map((v) => (Number.isFinite(v) ? +v.toPrecision(6) : 0)).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}
