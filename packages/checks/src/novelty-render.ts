import { code, details, formatPercent, table } from '@mlgate/report';
import type { NoveltyReason, NoveltyResult } from './novelty.js';

const REASON_TEXT: Record<NoveltyReason, string> = {
  'below-min': 'below the training minimum',
  'above-max': 'above the training maximum',
  'unseen-category': 'a category never seen',
  'not-a-number': 'not a number (training had numbers)',
  null: 'null (training had none)',
  'unknown-field': 'a field training never had',
};

const n = (x: number) => x.toLocaleString('en-US');

/** One line per reason of a column: "3 below the training minimum, 1 null (training had none)". */
function reasons(r: Partial<Record<NoveltyReason, number>>): string {
  return Object.entries(r)
    .map(([k, v]) => `${n(v!)} ${REASON_TEXT[k as NoveltyReason]}`)
    .join(', ');
}

/**
 * The Markdown section on inputs never seen in training, shared by shadow-compare and monitor: per
 * column how many rows, which share, why, and the first examples with their line numbers. Column
 * names and values come from the requests or the data: untrusted, escaped.
 */
export function renderNovelty(v: NoveltyResult, what: string, extra: string[] = []): string[] {
  const out = ['', `#### ${what} never seen in training: ${formatPercent(v.share)} (${n(v.rows)} of ${n(v.checked)})`, ''];
  const cols = Object.entries(v.columns);
  if (!cols.length) out.push(`Every value lies within what the training profile ${code(v.reference)} saw${v.margin ? ` (margin ${formatPercent(v.margin, 0)} of each range)` : ''}.`);
  else {
    out.push(table(['column', 'rows', 'share', 'why'], cols.slice(0, 50).map(([name, c]) => [code(name, 60), n(c.rows), formatPercent(c.share), reasons(c.reasons)]), ['l', 'r', 'r', 'l']));
    if (cols.length > 50) out.push('', `<sub>…and ${n(cols.length - 50)} more columns in report.json.</sub>`);
    const examples = cols.slice(0, 10).flatMap(([name, c]) => c.examples.slice(0, 5).map((e) => [code(name, 60), String(e.line), code(e.value, 80), REASON_TEXT[e.reason]]));
    out.push('', details('First examples (line numbers in the inputs; up to 20 a column in report.json)', table(['column', 'line', 'value', 'why'], examples, ['l', 'r', 'l', 'l'])));
  }
  out.push(...extra);
  const notes = [`Held against the training profile ${code(v.reference)}: numbers outside its minimum and maximum${v.margin ? ` widened by ${formatPercent(v.margin, 0)} of the range` : ''}, categories it never saw, nulls where it had none, fields it did not have.`];
  if (v.categoriesUnchecked.length) notes.push(`Categories not checked (the profile keeps only the 50 most common values of these columns): ${v.categoriesUnchecked.slice(0, 20).map((c) => code(c, 40)).join(', ')}${v.categoriesUnchecked.length > 20 ? ', …' : ''}.`);
  out.push('', `<sub>${notes.join(' ')}</sub>`);
  return out;
}
