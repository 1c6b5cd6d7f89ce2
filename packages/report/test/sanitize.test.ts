import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { code, COMMENT_LIMIT, details, fit, headline, sanitizeMarkdown, table } from '../src/index.js';

/** GitHub's Markdown dialect, rendered by Debian's cmark-gfm with raw HTML let through (--unsafe), as GitHub does before its own filter. */
function gfm(markdown: string): string {
  return execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter'], { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Every tag of the HTML, with a check that they nest (void tags aside). */
function tags(html: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClose] = m;
    const n = name!.toLowerCase();
    names.push(n);
    if (selfClose || ['br', 'hr', 'img', 'input'].includes(n)) continue;
    if (close) expect(stack.pop(), `</${n}> closes ${stack.join('>')}`).toBe(n);
    else stack.push(n);
  }
  expect(stack, 'unclosed tags').toEqual([]);
  return names;
}

const HOSTILE = [
  'cc @octocat and @my-org/admins',
  '<img src=x onerror=alert(1)><script>alert(1)</script><iframe src="//evil"></iframe>',
  '<!-- hidden --> <a href="javascript:alert(1)">click</a> <b>bold</b>',
  '![pixel](https://evil.example/p.png)',
  '</details></summary></code>',
  '<details open><summary>fine <code>x',
  '| a | b |\n|---|---|\n| <img src=y> | @octocat |',
  '<details><details><summary>deep',
  '~~~~\n</details> fence @octocat\n```\nstill fenced\n~~~~',
  '- item\n\n  ```\n<img src=z> @octocat ![p](https://evil.example/q.png)\n',
  '```mermaid\nxychart-beta\n  title "x"',
].join('\n');

/** A long report a fork could forge: mlgate's own shapes with hostile text everywhere. */
function forged(rows: number): string {
  const body = table(['', 'check', 'result'], Array.from({ length: rows }, (_, i) => [i % 50 === 0 ? '❌' : '✅', code(`c${i}`), i % 97 === 0 ? `@user${i} <img src=${i}>` : 'ok']));
  return [headline('fail', 'data-check churn', 'failed'), HOSTILE, details('checks', body), HOSTILE, '<details><summary>open to the end'].join('\n\n');
}

describe('sanitizeMarkdown', () => {
  it('keeps what mlgate renderers write, as they write it', () => {
    const md = [headline('pass', 'eval-gate churn', 'passed'), details('2 checks', table(['', 'check'], [['✅', code('roc_auc')]]), true), '> a quote, 2 > 1', 'a<br>b <sub>legend</sub> [this run](https://github.com/o/r/actions/runs/1)', '```mermaid\nxychart-beta\n```'].join('\n\n');
    expect(sanitizeMarkdown(md)).toBe(md);
  });

  it('neutralises mentions with a zero-width joiner and escapes HTML it does not know', () => {
    const out = sanitizeMarkdown('hi @octocat <img src=x> &amp; &#64; 1 < 2');
    expect(out).toBe('hi @\u200doctocat &lt;img src=x> &amp; &#64; 1 &lt; 2');
  });

  it('a long forged report through cmark-gfm: balanced tags, no raw HTML from the input, no live mention', () => {
    const md = fit(sanitizeMarkdown(forged(3000)), COMMENT_LIMIT);
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const html = gfm(md);
    const used = new Set(tags(html));
    const allowed = new Set(['ul', 'li', 'h3', 'p', 'details', 'summary', 'code', 'sub', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'blockquote', 'a']);
    expect([...used].filter((t) => !allowed.has(t))).toEqual([]);
    expect(html).not.toMatch(/<(img|script|iframe|b)[\s>]/i);
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).not.toContain('<!--');
    const outsidePre = html.replace(/<pre[\s\S]*?<\/pre>/g, '');
    expect(outsidePre).not.toMatch(/@[A-Za-z0-9]/);
    expect(html).toContain('<h3>❌ data-check churn: failed</h3>');
  });

  it('without it the same input breaks out (the test can fail)', () => {
    const html = gfm(forged(10));
    expect(html).toMatch(/<img /);
    expect(() => tags(html)).toThrow();
  });
});
