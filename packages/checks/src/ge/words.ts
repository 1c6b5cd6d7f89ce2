/**
 * mlgate's text expectations (an extension to GE's vocabulary, named in its style): is a text column
 * still in the language it was? The most frequent words include the ones a language cannot do without,
 * and stopwords make up the share of the text they do in that language.
 */
import { ArgumentError } from '../errors.js';
import { columnOf, type ColumnMetrics } from '../metrics.js';
import { need } from '../plan.js';
import { STOPWORD_LANGUAGES, tokens } from '../text.js';
import { bound, checkMinMax, inRange, list, num, str } from './args.js';
import type { ExpectationKind } from './types.js';

const count = (n: number): string => n.toLocaleString('en');
const listTop = (top: Array<{ token: string; count: number }>, n = 8): string => top.slice(0, n).map((t) => `${t.token} (${count(t.count)})`).join(', ');

function words(c: ColumnMetrics): NonNullable<ColumnMetrics['tokens']> {
  if (!c.tokens) throw new Error(`word counts of "${c.column}" were not planned`);
  return c.tokens;
}

function language(a: Record<string, unknown>): string {
  const l = a.language === undefined ? 'en' : str(a, 'language');
  if (!STOPWORD_LANGUAGES.includes(l)) throw new ArgumentError(`language "${l}" has no stopword list; expected one of ${STOPWORD_LANGUAGES.join(', ')}`, 'language');
  return l;
}

/** The given words are all among the `top_n` most frequent tokens (a word tied with the n-th counts as within). */
export const mostCommonWordsKind: ExpectationKind = {
  args: ['column', 'value_set', 'top_n'],
  required: ['column', 'value_set'],
  column: true,
  compile(a, plan, filter) {
    const column = str(a, 'column');
    const wanted = list(a, 'value_set').map((w) => {
      const t = tokens(String(w));
      if (t.length !== 1) throw new ArgumentError(`"${String(w)}" is not one word as mlgate cuts text into words (letters, lower-cased; it reads as ${t.length ? t.map((x) => `"${x}"`).join(' ') : 'no word'})`, 'value_set');
      return t[0]!;
    });
    if (wanted.length === 0) throw new ArgumentError('value_set is empty; give the words that must be among the most frequent, e.g. [the, a, and, of]', 'value_set');
    const n = num(a, 'top_n', { integer: true }) ?? 20;
    if (n < 1) throw new ArgumentError(`top_n must be at least 1, got ${n}`, 'top_n');
    need(plan, column, filter, { tokens: { languages: [] } });
    return (m) => {
      const c = columnOf(m, column, filter)!;
      const w = words(c);
      const cut = w.top[Math.min(n, w.top.length) - 1]?.count ?? Infinity;
      const within = new Set(w.top.filter((t, i) => i < n || t.count === cut).map((t) => t.token));
      const missing = wanted.filter((x) => !within.has(x));
      const rank = (x: string) => {
        const i = w.top.findIndex((t) => t.token === x);
        return i < 0 ? null : i + 1;
      };
      const summary =
        w.total === 0
          ? 'no words in the column'
          : missing.length
            ? `${missing.map((x) => `"${x}"${rank(x) ? ` (${ordinal(rank(x)!)})` : ' (absent)'}`).join(', ')} not among the ${n} most frequent of ${count(w.total)} words; most frequent: ${listTop(w.top)}`
            : `${wanted.join(', ')} among the ${n} most frequent of ${count(w.total)} words`;
      return {
        summary,
        success: w.total > 0 && missing.length === 0,
        observed: { top: w.top.slice(0, n), missing: missing.map((x) => ({ word: x, rank: rank(x) })) },
        elementCount: c.rows,
        missingCount: c.nulls,
        details: { words: w.total, distinct_words: w.distinct },
        approximate: !w.exact,
      };
    };
  },
};

/** The share of tokens that are stopwords of `language` lies in [min_value, max_value]. */
export const stopwordShareKind: ExpectationKind = {
  args: ['column', 'language', 'min_value', 'max_value', 'strict_min', 'strict_max'],
  required: ['column'],
  column: true,
  compile(a, plan, filter) {
    const column = str(a, 'column');
    const lang = language(a);
    const lo = bound(a, 'min_value');
    const hi = bound(a, 'max_value');
    for (const [k, v] of [['min_value', lo], ['max_value', hi]] as const) {
      if (v !== undefined && v !== null && (typeof v !== 'number' || v < 0 || v > 1)) throw new ArgumentError(`"${k}" is a share of the words, a number from 0 to 1 (0.25 for a quarter); got ${JSON.stringify(v)}`, k);
    }
    checkMinMax(lo, hi, true);
    need(plan, column, filter, { tokens: { languages: [lang] } });
    return (m) => {
      const c = columnOf(m, column, filter)!;
      const w = words(c);
      const share = w.total ? w.stopwords[lang]! / w.total : null;
      const expected = [typeof lo === 'number' ? `≥ ${pct(lo)}` : '', typeof hi === 'number' ? `≤ ${pct(hi)}` : ''].filter(Boolean).join(' and ');
      return {
        summary: share === null ? 'no words in the column' : `${pct(share)} of ${count(w.total)} words are ${lang} stopwords (expected ${expected}); most frequent: ${listTop(w.top)}`,
        success: share !== null && inRange(share, lo, hi, a.strict_min === true, a.strict_max === true),
        observed: share,
        elementCount: c.rows,
        missingCount: c.nulls,
        details: { language: lang, words: w.total, stopwords: w.stopwords[lang], top: w.top.slice(0, 10) },
        approximate: !w.exact,
      };
    };
  },
};

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${count(n)}${s}`;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
