import { describe, expect, it } from 'vitest';
import { barChart, CHECK_RUN_SUMMARY_LIMIT, code, COMMENT_LIMIT, details, fit, headline, table } from '../src/index.js';

/** A data-check-like report: headline, failing rows, a chart, a huge <details> of passing rows. */
function report(passing: number, failing = 3): string {
  const fail = Array.from({ length: failing }, (_, i) => ['❌', code(`column_${i}`), `null share 0.${i}2 > 0.01`, String(i + 1)]);
  const pass = Array.from({ length: passing }, (_, i) => ['✅', code(`col_${i}`), 'within bounds `x`', String(i + 10)]);
  return [
    headline('fail', 'data-check churn', '3 of 3000 checks failed'),
    '',
    table(['', 'check', 'result', 'suite line'], fail),
    '',
    barChart({ title: 'age', categories: ['a', 'b'], series: [{ name: 'reference', values: [0.5, 0.5] }, { name: 'current', values: [0.4, 0.6] }] }),
    '',
    details(`${passing} passing checks`, table(['', 'check', 'result', 'suite line'], pass)),
    '',
    '```text',
    'a trailing fenced block',
    '```',
  ].join('\n');
}

function balanced(md: string): void {
  expect((md.match(/<details[\s>]/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  expect((md.match(/<summary>/g) ?? []).length).toBe((md.match(/<\/summary>/g) ?? []).length);
  expect((md.match(/<code>/g) ?? []).length).toBe((md.match(/<\/code>/g) ?? []).length);
  expect(md.split('\n').filter((l) => /^\s{0,3}(```|~~~)/.test(l)).length % 2).toBe(0);
}

/** The smallest report longer than `length`, by adding passing rows. */
function reportOfLength(target: number): string {
  let n = Math.floor(target / 60);
  let md = report(n);
  while (md.length < target) md = report(++n);
  return md;
}

describe('fit', () => {
  it('leaves a report of exactly the limit as it is', () => {
    let md = reportOfLength(COMMENT_LIMIT - 100);
    md += '\n' + 'x'.repeat(COMMENT_LIMIT - md.length - 1);
    expect(md.length).toBe(COMMENT_LIMIT);
    expect(fit(md, COMMENT_LIMIT)).toBe(md);
  });

  it('just over the limit: headline, verdict and failing rows survive, passing rows go, nothing left open', () => {
    const md = reportOfLength(COMMENT_LIMIT + 1);
    expect(md.length).toBeGreaterThan(COMMENT_LIMIT);
    const out = fit(md, COMMENT_LIMIT);
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(out.startsWith('### ❌ data-check churn: 3 of 3000 checks failed')).toBe(true);
    for (let i = 0; i < 3; i++) expect(out).toContain(`<code>column&#95;${i}</code>`);
    expect(out).toMatch(/Left out to fit GitHub's limit: .*the full report is in the job summary/);
    expect(out).toContain('a trailing fenced block');
    balanced(out);
  });

  it('a huge passing table (ten times the limit) keeps every failing row and the verdict', () => {
    const md = report(12_000);
    expect(md.length).toBeGreaterThan(10 * COMMENT_LIMIT);
    const out = fit(md, COMMENT_LIMIT);
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(out).toContain('3 of 3000 checks failed');
    expect(out.match(/^\| ❌/gm)).toHaveLength(3);
    expect(out).not.toContain('xychart-beta');
    balanced(out);
  });

  it('too many failing rows: cut on a line, the headline first, <details> and fences closed', () => {
    const md = [headline('fail', 'x', 'failed'), '', details('all', `${table(['', 'c'], Array.from({ length: 5000 }, (_, i) => ['❌', code(`c${i}`)]))}\n\n\`\`\`\nfence`)].join('\n');
    for (const limit of [COMMENT_LIMIT, CHECK_RUN_SUMMARY_LIMIT, 1000]) {
      const out = fit(md, limit);
      expect(out.length).toBeLessThanOrEqual(limit);
      expect(out.startsWith('### ❌ x: failed')).toBe(true);
      balanced(out);
    }
  });

  it('the old slice cut the verdict-bearing failing rows that came after a big table (why this exists)', () => {
    const md = [headline('fail', 'x', 'failed'), '', details('passing', table(['', 'c'], Array.from({ length: 4000 }, (_, i) => ['✅', `c${i}`]))), '', table(['', 'c'], [['❌', 'the failing one']])].join('\n');
    const out = fit(md, CHECK_RUN_SUMMARY_LIMIT);
    expect(out).toContain('the failing one');
    expect(out.length).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_LIMIT);
    balanced(out);
  });
});
