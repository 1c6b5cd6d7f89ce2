/**
 * Fitting a report to GitHub's size limits by section, least important first, so that what decides
 * the review survives: the headline (with the verdict) and every failing row stay; charts go first,
 * then passing table rows, then sections with nothing failing, and only then is the rest cut on a
 * line boundary. Whatever is cut, no `<details>`, `<code>` or code fence is left open.
 */

/** GitHub's limit for an issue or pull request comment. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for a check run's `output.summary`. */
export const CHECK_RUN_SUMMARY_LIMIT = 65_535;

const DEFAULT_NOTE = 'The report was cut to fit; the full report is in the job summary and the report file.';
const FAILING = /[❌💥⚠]/u;
const PASSING = /[✅⏭]/u;

interface Block {
  start: number;
  end: number; // exclusive
  kind: 'headline' | 'chart' | 'details' | 'text';
}

const isFence = (line: string) => /^\s{0,3}(```|~~~)/.test(line);
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/** Top-level blocks: a code fence (with the chart legend under it), a whole <details>, a paragraph or table. */
function blocksOf(lines: string[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const start = i;
    if (isFence(line)) {
      const mermaid = /mermaid/.test(line);
      i++;
      while (i < lines.length && !isFence(lines[i]!)) i++;
      i = Math.min(i + 1, lines.length);
      if (mermaid && i < lines.length && lines[i]!.startsWith('<sub>')) i++;
      out.push({ start, end: i, kind: mermaid ? 'chart' : 'text' });
    } else if (line.trimStart().startsWith('<details')) {
      let depth = 0;
      let fence = false;
      do {
        const l = lines[i]!;
        if (isFence(l)) fence = !fence;
        else if (!fence) depth += count(l, /<details[\s>]/g) - count(l, /<\/details>/g);
        i++;
      } while (i < lines.length && depth > 0);
      out.push({ start, end: i, kind: 'details' });
    } else {
      while (i < lines.length && lines[i]!.trim() !== '' && !isFence(lines[i]!) && !lines[i]!.trimStart().startsWith('<details')) i++;
      out.push({ start, end: i, kind: 'text' });
    }
  }
  if (out[0]) out[0].kind = 'headline';
  return out;
}

/** Close what a cut left open: code spans, <details>, a code fence. */
export function closeOpen(markdown: string): string {
  let out = markdown;
  const lines = out.split('\n');
  let fence = false;
  let details = 0;
  for (const l of lines) {
    if (isFence(l)) fence = !fence;
    else if (!fence) details += count(l, /<details[\s>]/g) - count(l, /<\/details>/g);
  }
  if (fence) out += '\n```';
  const last = out.slice(out.lastIndexOf('\n') + 1);
  const codes = count(last, /<code>/g) - count(last, /<\/code>/g);
  if (!fence) for (let k = 0; k < codes; k++) out += '</code>';
  if (!fence && count(last, /<summary>/g) > count(last, /<\/summary>/g)) out += '</summary>';
  for (let k = 0; k < details; k++) out += '\n\n</details>';
  return out;
}

/**
 * Fit Markdown to `limit` characters by section (see the file's comment), ending with a note that
 * says what was left out and where the full report is.
 */
export function fit(markdown: string, limit: number, note = DEFAULT_NOTE): string {
  if (markdown.length <= limit) return markdown;
  const lines = markdown.split('\n');
  const keep = lines.map(() => true);
  let size = markdown.length;
  const drop = (i: number) => {
    if (keep[i]) {
      keep[i] = false;
      size -= lines[i]!.length + 1;
    }
  };
  const blocks = blocksOf(lines);
  const failing = (b: Block) => lines.slice(b.start, b.end).some((l) => FAILING.test(l));
  let rows = 0;
  let sections = 0;
  const tail = () => {
    const what = [rows ? `${rows} passing rows` : '', sections ? `${sections} sections` : ''].filter(Boolean).join(' and ');
    return `\n\n> ✂️ ${what ? `Left out to fit GitHub's limit: ${what}. ` : ''}${note}\n`;
  };
  const budget = () => limit - tail().length - 64; // 64: room for what closeOpen may add
  const fits = () => size <= budget();

  const steps: Array<() => void> = [
    // 1. charts, last first
    () => {
      for (const b of [...blocks].reverse()) {
        if (fits()) return;
        if (b.kind === 'chart') {
          for (let i = b.start; i < b.end; i++) drop(i);
          sections++;
        }
      }
    },
    // 2. passing rows of tables, last first
    () => {
      let fence = false;
      const candidates: number[] = [];
      lines.forEach((l, i) => {
        if (isFence(l)) fence = !fence;
        else if (!fence && keep[i] && l.startsWith('|') && PASSING.test(l) && !FAILING.test(l)) candidates.push(i);
      });
      for (const i of candidates.reverse()) {
        if (fits()) return;
        drop(i);
        rows++;
      }
    },
    // 3. then 4. whole sections with nothing failing, last first: <details> first, then paragraphs and tables
    ...(['details', 'text'] as const).map((kind) => () => {
      for (const b of [...blocks].reverse()) {
        if (fits()) return;
        if (b.kind === kind && !failing(b) && keep.slice(b.start, b.end).some(Boolean)) {
          for (let i = b.start; i < b.end; i++) drop(i);
          sections++;
        }
      }
    }),
  ];
  for (const step of steps) if (!fits()) step();

  let kept = lines.filter((_, i) => keep[i]).join('\n').replace(/\n{3,}/g, '\n\n');
  if (kept.length > budget()) {
    // 5. still too long (many failing rows): cut on a line boundary, keep the headline
    let cut = kept.slice(0, Math.max(0, budget()));
    const nl = cut.lastIndexOf('\n');
    if (nl > 0) cut = cut.slice(0, nl);
    kept = cut;
  }
  return closeOpen(kept) + tail();
}
