import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@mlgate/core';
import { loadSuite, runDataCheck } from '../src/index.js';
import { tokens } from '../src/text.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-text-'));

/** Real prose that ships with the system: the GPL's text (Debian's base-files) and Vim's tutor in other languages (vim-runtime). */
const GPL = '/usr/share/common-licenses/GPL-3';
const tutor = (lang: string): string => {
  const vim = existsSync('/usr/share/vim') ? readdirSync('/usr/share/vim').filter((d) => /^vim\d+$/.test(d)) : [];
  const hit = vim.map((d) => `/usr/share/vim/${d}/tutor/tutor.${lang}.utf-8`).find((f) => existsSync(f));
  if (!hit) throw new Error(`Vim's ${lang} tutor is missing: install Debian's vim-runtime (.ci/run does)`);
  return hit;
};

/** A one-column CSV (plus a code column) with a row per non-blank line of `source`. */
function prose(name: string, source: string, code?: (i: number) => string): string {
  const lines = readFileSync(source, 'utf8').split('\n').map((l) => l.trim()).filter((l) => /\p{L}/u.test(l));
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const p = join(dir, `${name}.csv`);
  writeFileSync(p, ['review,code', ...lines.map((l, i) => `${q(l)},${q(code ? code(i) : 'x')}`)].join('\n') + '\n');
  return p;
}

function suite(name: string, yaml: string): string {
  const p = join(dir, name);
  writeFileSync(p, yaml);
  return p;
}

const ENGLISH = suite('english.yml', ['columns:', '  review:', '    text:', '      top_words: { include: [the, of, to, and], within: 10 }', '      stopword_share: { min: 0.25, language: en }', ''].join('\n'));

describe('text columns: is it still the language we expect?', () => {
  it('cuts text into lower-cased letter runs, apostrophes inside words kept, digits and punctuation between', () => {
    expect(tokens('Don’t stop: l\'homme, COVID19 und Straße_2 — naïve café 123')).toEqual(["don't", 'stop', "l'homme", 'covid', 'und', 'straße', 'naïve', 'café']);
    expect(tokens('東京タワー')).toEqual(['東', '京', 'タ', 'ワ', 'ー']);
  });

  it('English prose (the GPL) passes: its most frequent words and its share of English stopwords', async () => {
    const res = await runDataCheck({ suite: loadSuite(ENGLISH), data: prose('gpl', GPL) });
    const [top, share] = res.results;
    expect(top!.verdict.success, JSON.stringify(top!.verdict.observed)).toBe(true);
    expect(share!.verdict.success).toBe(true);
    expect(share!.verdict.observed as number).toBeGreaterThan(0.3);
    // the counts are the text's own: "the" is the most frequent word of the GPL
    const observed = top!.verdict.observed as { top: Array<{ token: string; count: number }> };
    const the = readFileSync(GPL, 'utf8').match(/\bthe\b/gi)!.length;
    expect(observed.top[0]).toEqual({ token: 'the', count: the });
  });

  it('the same suite on German prose fails, listing the words that are most frequent instead', async () => {
    const res = await runDataCheck({ suite: loadSuite(ENGLISH), data: prose('de', tutor('de')) });
    const [top, share] = res.results;
    expect(top!.verdict.success).toBe(false);
    const o = top!.verdict.observed as { top: Array<{ token: string }>; missing: Array<{ word: string }> };
    expect(o.missing.map((m) => m.word)).toEqual(expect.arrayContaining(['the', 'of']));
    expect(o.top.map((t) => t.token)).toEqual(expect.arrayContaining(['die', 'der']));
    expect(share!.verdict.success).toBe(false);
    expect(share!.verdict.observed as number).toBeLessThan(0.1);
    // …and passes when the suite expects German
    const german = suite('german.yml', ['columns:', '  review:', '    text:', '      top_words: { include: [die, der, und], within: 20 }', '      stopword_share: { min: 0.25, language: de }', ''].join('\n'));
    const ok = await runDataCheck({ suite: loadSuite(german), data: prose('de', tutor('de')) });
    expect(ok.results.map((r) => r.verdict.success)).toEqual([true, true]);
  });

  it('French and Dutch prose fail the English checks too', async () => {
    for (const lang of ['fr', 'nl']) {
      const res = await runDataCheck({ suite: loadSuite(ENGLISH), data: prose(lang, tutor(lang)) });
      expect(res.results.map((r) => r.verdict.success)).toEqual([false, false]);
    }
  });

  it('English text with a column of product codes: the codes column fails the English checks', async () => {
    const s = suite('codes.yml', ['columns:', '  code:', '    text:', '      top_words: { include: [the, a], within: 20 }', '      stopword_share: { min: 0.25 }', ''].join('\n'));
    const data = prose('codes', GPL, (i) => `SKU-${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}-${1000 + i}`);
    const res = await runDataCheck({ suite: loadSuite(s), data });
    expect(res.results.map((r) => r.verdict.success)).toEqual([false, false]);
    expect((res.results[1]!.verdict.observed as number)).toBe(0);
    const o = res.results[0]!.verdict.observed as { top: Array<{ token: string }> };
    expect(o.top[0]!.token).toBe('sku');
  });

  it('runs as GE expectations inside a GE suite JSON, named in GE’s style', async () => {
    const p = join(dir, 'ge.json');
    writeFileSync(p, JSON.stringify({ name: 'language', expectations: [
      { type: 'expect_column_most_common_words_to_include', kwargs: { column: 'review', value_set: ['the', 'of'], top_n: 5 } },
      { type: 'expect_column_stopword_share_to_be_between', kwargs: { column: 'review', language: 'en', min_value: 0.25 } },
    ] }));
    const res = await runDataCheck({ suite: loadSuite(p), data: prose('gpl', GPL) });
    expect(res.results.map((r) => r.verdict.success)).toEqual([true, true]);
  });

  it('refuses what cannot be checked, naming the field: an unknown language, more than one word, a share above 1', () => {
    const bad = (name: string, body: string) => {
      try {
        loadSuite(suite(name, body));
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigurationError);
        return (e as ConfigurationError).oneLine();
      }
      throw new Error('expected a ConfigurationError');
    };
    expect(bad('lang.yml', 'columns:\n  review:\n    text:\n      stopword_share: { min: 0.2, language: xx }\n')).toMatch(/lang\.yml:4:\d+: .*language/);
    expect(bad('two.yml', 'columns:\n  review:\n    text:\n      top_words: { include: ["of the"] }\n')).toMatch(/two\.yml:4:\d+: .*"of the" is not one word/);
    expect(bad('share.yml', 'columns:\n  review:\n    text:\n      stopword_share: { min: 25 }\n')).toMatch(/share\.yml:4:\d+: .*min/);
  });

  it('the SQL runner says the text checks run on files only', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const file = join(dir, 'reviews.duckdb');
    const db = await DuckDBInstance.create(file);
    const conn = await db.connect();
    await conn.run("CREATE TABLE reviews AS SELECT 'the cat sat on the mat' AS review");
    conn.closeSync();
    db.closeSync();
    const err = await runDataCheck({ suite: loadSuite(ENGLISH), data: `duckdb://${file}?table=reviews` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(/text checks on "review" .* run on files only/);
  });
});
