import { details, escapeMarkdown, formatNumber, table } from '@mlgate/report';
import type { CaseChange, ScoresView } from './scores-gate.js';

/** Cases in the open table; the next ones are folded, the rest counted (report.json has up to 200). */
const OPEN = 10;
const FOLDED = 40;

function caseTable(cases: CaseChange[], score: string | undefined): string {
  const header = ['test case', ...(score ? [`${escapeMarkdown(score, 40)} production`, `${escapeMarkdown(score, 40)} candidate`] : []), 'candidate output'];
  const rows = cases.map((c) => [escapeMarkdown(c.title, 100), ...(score ? [formatNumber(c.production), formatNumber(c.candidate)] : []), c.output === undefined ? '—' : escapeMarkdown(c.output.replace(/\s+/g, ' '), 120)]);
  return table(header, rows, header.map((_, i) => (i === 0 || i === header.length - 1 ? 'l' : 'r')));
}

function section(title: string, cases: CaseChange[], total: number, score: string | undefined, open: boolean): string[] {
  if (total === 0) return [];
  const shown = cases.slice(0, OPEN);
  const folded = cases.slice(OPEN, OPEN + FOLDED);
  const more = total - shown.length - folded.length;
  const body = [caseTable(shown, score), ...(folded.length ? ['', details(`${folded.length} more`, caseTable(folded, score))] : []), ...(more > 0 ? ['', `<sub>…and ${more} more in report.json${cases.length < total ? ' (the first 200)' : ''}.</sub>`] : [])].join('\n');
  return open ? ['', `**${title} (${total})**, worst first`, '', body] : ['', details(`${title} (${total})`, body)];
}

/** The cases that flipped between production and the candidate, worst first; text escaped and cut. */
export function renderScores(v: ScoresView): string[] {
  const { counts } = v;
  const out = ['', '#### Test cases that changed'];
  out.push(...section('❌ Passed in production, fail in the candidate', v.broken, counts.broken, v.score, true));
  out.push(...section('✅ Failed in production, pass in the candidate', v.fixed, counts.fixed, v.score, false));
  out.push(...section(`▼ Score fell`, v.fell, counts.fell, v.score, true));
  out.push(...section(`▲ Score rose`, v.rose, counts.rose, v.score, false));
  if (out.length === 2) out.push('', '_No test case changed its verdict._');
  return out;
}
