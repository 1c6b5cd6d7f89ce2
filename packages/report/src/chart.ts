import { escapeMarkdown } from './escape.js';
/**
 * Mermaid charts are rendered by GitHub itself: no image leaves the repository. Mermaid's xychart
 * grammar (xychart.jison) reads a number only as `[+-]?(\d+(\.\d+)?|\.\d+)` and a label as `"[^"]*"`:
 * no exponent, no quote; `%%` starts a comment even inside a label (seen with mermaid 11), and a
 * backtick would close the Markdown fence around the chart.
 */
function label(s: string): string {
  return `"${s.replace(/["`\\\n\r]/g, ' ').replace(/%{2,}/g, (m) => '％'.repeat(m.length)).slice(0, 40)}"`;
}

/**
 * A number as a plain decimal the xychart grammar accepts: 6 significant digits, never an
 * exponent (1e-9 → 0.000000001, 1e21 → 1000000000000000000000), ASCII minus; NaN and ±∞ → 0.
 */
export function chartNumber(v: number): string {
  if (!Number.isFinite(v) || v === 0) return '0';
  const s = (+v.toPrecision(6)).toString();
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = lead! + frac;
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  return sign + (exp >= digits.length - 1 ? digits + '0'.repeat(exp - digits.length + 1) : `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`);
}

const numbers = (values: number[]) => values.map(chartNumber).join(', ');

/** The grammar has no empty axis or series (`x-axis []`, `bar []` do not parse). */
const EMPTY = '*No data to chart.*';
const empty = (x: string[], series: Array<{ values: number[] }>) => x.length === 0 || series.length === 0 || series.some((s) => s.values.length === 0);

/** A chart of two series over the same categories (e.g. reference vs current): the first as bars, the second as a line. */
export function barChart(opts: { title: string; categories: string[]; series: Array<{ name: string; values: number[] }>; yLabel?: string }): string {
  if (empty(opts.categories, opts.series)) return EMPTY;
  const lines = ['```mermaid', 'xychart-beta', `  title ${label(opts.title)}`];
  lines.push(`  x-axis [${opts.categories.map(label).join(', ')}]`);
  const all = opts.series.flatMap((s) => s.values).filter(Number.isFinite);
  const max = all.length ? Math.max(...all) : 1;
  const min = all.length ? Math.min(0, ...all) : 0;
  lines.push(`  y-axis ${label(opts.yLabel ?? '')} ${chartNumber(min * 1.1)} --> ${chartNumber(max > 0 ? max * 1.1 : 1)}`);
  // xychart draws bar series on top of each other, with no legend: the first series is bars, the
  // others lines over them, so each is told apart by its shape and the legend can say which is which
  opts.series.forEach((s, i) => lines.push(`  ${i === 0 ? 'bar' : 'line'} [${numbers(s.values)}]`));
  lines.push('```');
  const legend = opts.series.map((s, i) => `${i === 0 ? '▮ bars' : i === 1 ? '━ line' : `━ line ${i}`}: ${escapeMarkdown(s.name, 40)}`).join(' · ');
  return `${lines.join('\n')}\n<sub>${legend}</sub>`;
}

/** A line chart of one or more series over runs (trend of a statistic). */
export function lineChart(opts: { title: string; x: string[]; series: Array<{ name: string; values: number[] }>; yLabel?: string }): string {
  if (empty(opts.x, opts.series)) return EMPTY;
  const lines = ['```mermaid', 'xychart-beta', `  title ${label(opts.title)}`, `  x-axis [${opts.x.map(label).join(', ')}]`];
  if (opts.yLabel) lines.push(`  y-axis ${label(opts.yLabel)}`);
  for (const s of opts.series) lines.push(`  line [${numbers(s.values)}]`);
  lines.push('```');
  return lines.join('\n');
}
