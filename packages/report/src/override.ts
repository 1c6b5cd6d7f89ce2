import type { Override, Report } from '@mlgate/core';
import { escapeMarkdown } from './escape.js';

/** The override's trail in words, for the comment, the check run's summary and the job summary. */
export function overrideBlock(o: Override): string {
  const rules = o.rules.map((r) => `<code>${escapeMarkdown(r, 80)}</code>`).join(', ');
  const how = o.via === 'label' ? 'the label <code>mlgate: override</code>' : o.url ? `[a comment](${encodeURI(o.url)})` : 'a comment';
  return [
    `> [!WARNING]`,
    `> **Overridden** for commit <code>${escapeMarkdown(o.commit.slice(0, 12), 12)}</code> by @${escapeMarkdown(o.by, 40)} (${escapeMarkdown(o.permission, 20)}) with ${how} at ${escapeMarkdown(o.at, 40)}.`,
    `> Why: ${escapeMarkdown(o.reason, 500)}`,
    `> Rules overridden: ${rules || '—'}. A new push needs a new override.`,
    '',
  ].join('\n');
}

/**
 * A failed gate let pass: the report records the override and passes; the failed checks stay as
 * they were (the trail), the headline and the Markdown say who overrode what and why.
 */
export function applyOverride<R extends Report>(report: R, markdown: string, o: Override): { report: R; markdown: string } {
  const headline = `overridden by @${o.by}: ${report.headline}`;
  return { report: { ...report, status: 'pass', headline, override: o }, markdown: overrideBlock(o) + '\n' + markdown };
}
