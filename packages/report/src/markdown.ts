import type { Status } from '@mlgate/core';

export const STATUS_ICON: Record<Status, string> = { pass: '✅', skip: '⏭️', warn: '⚠️', fail: '❌', error: '💥' };

/** A Markdown table; cells must already be escaped (use escapeMarkdown for untrusted text). */
export function table(header: string[], rows: string[][], align?: Array<'l' | 'r' | 'c'>): string {
  const sep = header.map((_, i) => {
    const a = align?.[i] ?? 'l';
    return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
  });
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(header), line(sep), ...rows.map(line)].join('\n');
}

export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** The first line of every report: icon, tool, name, verdict. */
export function headline(status: Status, title: string, text: string): string {
  return `### ${STATUS_ICON[status]} ${title}: ${text}`;
}

/** GitHub's limit for a comment (a step summary's 1 MiB is kept by the runner, core's fitSummary). */
export const COMMENT_LIMIT = 65_536;

/**
 * Cut Markdown to fit a limit on a line boundary, closing an open <details>, with a note where
 * to read the rest.
 */
export function fit(markdown: string, limit: number, note = 'The report was cut to fit; the full report is in the job summary and the report file.'): string {
  if (markdown.length <= limit) return markdown;
  const tail = `\n\n> ✂️ ${note}\n`;
  let cut = markdown.slice(0, Math.max(0, limit - tail.length - 40));
  const nl = cut.lastIndexOf('\n');
  if (nl > 0) cut = cut.slice(0, nl);
  const opens = (cut.match(/<details/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  if ((cut.match(/```/g) ?? []).length % 2 === 1) cut += '\n```';
  for (let i = 0; i < opens; i++) cut += '\n</details>';
  return cut + tail;
}
