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

/** A gate as its headline names it: `eval-gate`, or `eval-gate malignancy` when its name is not the tool's own. */
export function gateTitle(tool: string, name: string | undefined, code = (s: string) => s): string {
  return !name || name === tool ? tool : `${tool} ${code(name)}`;
}

/** The first line of every report: icon, tool, name, verdict. */
export function headline(status: Status, title: string, text: string): string {
  return `### ${STATUS_ICON[status]} ${title}: ${text}`;
}
