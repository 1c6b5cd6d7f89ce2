/**
 * Words in text columns, for the language checks (top words, stopword share): how text is cut into
 * tokens, and the stopword lists (from the `stopword` npm package, MIT: eng, deu, fra, spa, nld, ita,
 * por). Tokens are runs of Unicode letters (and combining marks), lower-cased; an apostrophe between
 * letters stays inside the word (don't, l'homme; ’ is read as '); digits, punctuation, underscores and
 * spaces separate tokens and are never part of one; each Han, Hiragana or Katakana character is a token
 * of its own (those scripts do not put spaces between words).
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ncc compiles each file on its own: the declaration must be named where it is used
/// <reference path="./stopword.d.ts" />
import { deu, eng, fra, ita, nld, por, spa } from 'stopword';

export const STOPWORDS: Record<string, readonly string[]> = { en: eng, de: deu, fr: fra, es: spa, nl: nld, it: ita, pt: por };
export const STOPWORD_LANGUAGES = Object.keys(STOPWORDS);

/** The most frequent tokens kept per column in the metrics (and in profiles). */
export const TOP_TOKENS = 1000;

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{M}])+(?:['’](?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{M}])+)*/gu;
const ASCII_WORD = /^[a-z]+$/;

/** Each token of `text`, in order. */
export function tokenize(text: string, visit: (token: string) => void): void {
  // the common case first: a lower-case ASCII word needs no regular expression
  if (text.length < 40 && ASCII_WORD.test(text)) return visit(text);
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    visit(CJK.test(t) ? t : t.toLowerCase().replace(/’/g, "'"));
  }
}

/** The tokens of `text` as a list (docs and tests). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  tokenize(text, (t) => out.push(t));
  return out;
}
