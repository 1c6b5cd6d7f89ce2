/**
 * Markdown from an untrusted source (a report built by a fork's run) cut down to the subset mlgate's
 * renderers write: no raw HTML but the exact tags they emit, no live @-mentions, no images, and
 * every `<details>`, `<summary>`, `<code>` and code fence balanced. Inside a code fence GFM shows text
 * literally, but only if it really is a fence (one inside an HTML block or ended early by a list item
 * is not), so a tag, mention or image there is broken by an invisible zero-width joiner after its
 * first character: `<\u200dimg`, `@\u200dname`, `!\u200d[`; Mermaid's `-->` is left as it is. A
 * fence the input left open is closed at the end.
 */

/** The tags mlgate's renderers emit, exactly as they write them. */
const TAG = /<(\/?)(details|summary|code|sub)( open)?>|<br ?\/?>/g;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** A mention `@name` or `@org/team` made inert by a zero-width joiner after the `@`. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, '@\u200d');
}

/** Only `<` opens a tag; `>` stays (a blockquote at a line's start, `≥`-like text in messages). */
function escapeHtml(text: string): string {
  return text.replace(/&(?!#?[A-Za-z0-9]+;)/g, '&amp;').replace(/</g, '&lt;');
}

export function sanitizeMarkdown(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let details = 0;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const f = FENCE.exec(raw);
    if (fence) {
      out.push(neutraliseMentions(raw).replace(/<(?=[A-Za-z/!?])/g, '<\u200d').replace(/!\[/g, '!\u200d['));
      const t = raw.trim();
      if (f && t[0] === fence[0] && t.length >= fence.length && /^(`+|~+)$/.test(t)) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      out.push(neutraliseMentions(escapeHtml(raw)));
      continue;
    }
    let line = '';
    let summary = false;
    let code = 0;
    let last = 0;
    const text = (s: string) => neutraliseMentions(escapeHtml(s)).replace(/!\[/g, '&#33;[');
    for (const m of raw.matchAll(TAG)) {
      line += text(raw.slice(last, m.index));
      last = m.index + m[0].length;
      const [tag, close, name, open] = m;
      let ok = true;
      if (name === 'details') ok = !summary && code === 0 && (close ? !open && details > 0 : true);
      else if (name === 'summary') ok = close ? summary && code === 0 : !summary && details > 0;
      else if (name === 'code') ok = close ? code > 0 : code === 0;
      else if (open) ok = false; // ` open` belongs to <details> only
      if (!ok) {
        line += text(tag);
        continue;
      }
      if (name === 'details') details += close ? -1 : 1;
      if (name === 'summary') summary = !close;
      if (name === 'code') code += close ? -1 : 1;
      line += tag;
    }
    line += text(raw.slice(last));
    if (code > 0) line += '</code>';
    if (summary) line += '</summary>';
    out.push(line);
  }
  if (fence) out.push(fence);
  for (; details > 0; details--) out.push('', '</details>');
  return out.join('\n');
}
