import { describe, expect, it } from 'vitest';
import { bleuCounts, corpusBleu, exactMatch, normalizeAnswer, rougeL, scoreMetrics, tokenF1 } from '../src/index.js';
import { close, python } from './sklearn.js';

const PAIRS: Array<[string, string]> = [
  ['The cat sat on the mat .', 'the cat sat on a mat .'],
  ['Paris is the capital of France', 'The capital of France is Paris'],
  ['It was the best of times, it was the worst of times', 'it was the best of times it was the worst of times'],
  ['Denver Broncos', 'The Denver Broncos!'],
  ['a quick brown fox jumps over the lazy dog', 'the quick brown fox jumped over the lazy dog'],
  ['no overlap here', 'entirely different words'],
  ['short', 'a much longer reference answer with many words in it'],
  ['He said "yes" -- twice; then left.', 'he said yes twice then he left'],
];

describe('corpus BLEU matches NLTK’s corpus_bleu (Debian python3-nltk) within 1e-9', () => {
  const cases = [PAIRS, PAIRS.slice(0, 5), PAIRS.slice(2, 4), [PAIRS[0]!, PAIRS[6]!, PAIRS[4]!]];
  const want = python<number[]>(
    `
import json, sys
from nltk.translate.bleu_score import corpus_bleu
print(json.dumps([corpus_bleu([[r.split()] for _, r in c], [h.split() for h, _ in c]) for c in json.load(open(sys.argv[1]))]))`,
    cases,
  );
  cases.forEach((c, i) => {
    it(`corpus ${i} (${c.length} sentences)`, () => {
      const got = corpusBleu(c.map(([h, r]) => bleuCounts(h, r)));
      expect(close(got, want[i]!), `${got} vs NLTK ${want[i]}`).toBe(true);
    });
  });
  it('weights are repeated sentences, as NLTK sees them', () => {
    const weights = [2, 0, 1, 3, 1, 0, 1, 2];
    const repeated = PAIRS.flatMap((p, i) => Array.from({ length: weights[i]! }, () => p));
    const want2 = python<number>(`
import json, sys
from nltk.translate.bleu_score import corpus_bleu
c = json.load(open(sys.argv[1])); print(json.dumps(corpus_bleu([[r.split()] for _, r in c], [h.split() for h, _ in c])))`, repeated);
    expect(close(corpusBleu(PAIRS.map(([h, r]) => bleuCounts(h, r)), weights), want2)).toBe(true);
  });
});

describe('SQuAD exact match and token F1, ROUGE-L (no package here implements them: hand-computed cases)', () => {
  it('normalises as SQuAD’s evaluate-v1.1 script: lower case, punctuation, articles, spaces', () => {
    expect(normalizeAnswer('The  Denver Broncos!')).toBe('denver broncos');
    expect(normalizeAnswer('An apple, a day')).toBe('apple day');
    expect(exactMatch('Denver Broncos', 'The Denver Broncos!')).toBe(1);
    expect(exactMatch('Denver', 'Denver Broncos')).toBe(0);
  });
  it('token F1 from the shared normalised tokens', () => {
    // pred: paris capital of france → 4 tokens after normalisation; ref: capital of france is paris → 5; shared 4
    expect(tokenF1('Paris is the capital of France', 'The capital of France is Paris')).toBe(1);
    expect(tokenF1('the capital of France', 'Paris is the capital of France')).toBeCloseTo((2 * 1 * 0.6) / 1.6, 12);
    expect(tokenF1('no overlap', 'entirely different')).toBe(0);
  });
  it('ROUGE-L F1 from the longest common subsequence of lower-cased alphanumeric tokens', () => {
    // a quick brown fox jumps over the lazy dog / the quick brown fox jumped over the lazy dog: LCS quick brown fox over the lazy dog = 7
    expect(rougeL('a quick brown fox jumps over the lazy dog', 'the quick brown fox jumped over the lazy dog')).toBeCloseTo(7 / 9, 12);
    expect(rougeL('Police killed the gunman', 'police kill the gunman')).toBeCloseTo(0.75, 12);
    expect(rougeL('', 'x')).toBe(0);
  });
  it('means over cases under bootstrap weights', () => {
    const d = { n: 3, scores: { score: Float64Array.from([1, 0.5, 0]) }, pass: Uint8Array.from([1, 1, 0]) };
    expect(scoreMetrics(d, ['mean_score', 'pass_rate'])).toEqual({ mean_score: 0.5, pass_rate: 2 / 3 });
    expect(scoreMetrics(d, ['mean_score', 'pass_rate'], Int32Array.from([0, 2, 2]))).toEqual({ mean_score: 0.25, pass_rate: 0.5 });
  });
});
