/**
 * Edit distance with adjacent transpositions as one edit (optimal string alignment: `mni` is one
 * edit from `min`), small inputs only (config keys, metric and column names).
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let before: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[n]!;
}

/** Within a third of the longer name (2 edits at least, 1 when what was typed has up to 3 letters: `auc` is not `mcc`): a likely typo. */
const closeEnough = (name: string, candidate: string, d: number) => d <= (name.length <= 3 ? 1 : Math.max(2, Math.floor(Math.max(name.length, candidate.length) / 3)));

/** The candidate closest to `name`, when it is close enough to be a likely typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  return closeEnough(name, best, bestD) ? best : undefined;
}

const words = (s: string) => s.toLowerCase().split(/[_\-.\s]+/).filter(Boolean);

/**
 * The names a user may have meant, best first: likely typos (by edit distance), else names that hold
 * what was typed as whole words (`auc` → `roc_auc`, `pr_auc`). Only from the candidates given, so a
 * caller passes the names valid where the mistake is.
 */
export function suggestions(name: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = name.toLowerCase();
  const typed = words(name);
  const scored: Array<{ c: string; rank: number; i: number }> = [];
  let i = 0;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d > 0 && closeEnough(name, c, d)) scored.push({ c, rank: d, i });
    else if (typed.length > 0 && d > 0 && typed.every((w) => words(c).includes(w))) scored.push({ c, rank: 100, i });
    i++;
  }
  scored.sort((a, b) => a.rank - b.rank || a.i - b.i);
  // the likeliest typos are the answer; names that merely share a word only when there is none
  const typos = scored.filter((s) => s.rank === scored[0]!.rank && s.rank < 100);
  return [...new Set((typos.length ? typos : scored).map((s) => s.c))].slice(0, max);
}

/** `; did you mean "x"?`, `; did you mean "x" or "y"?`, or "" */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggestions(name, candidates);
  if (s.length === 0) return '';
  const quoted = s.map((c) => `"${c}"`);
  return `; did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`}?`;
}
