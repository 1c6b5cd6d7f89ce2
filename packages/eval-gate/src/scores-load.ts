import { closeSync, openSync, readSync } from 'node:fs';
import { DataError } from '@mlgate/core';
import { bleuCounts, exactMatch, rougeL, tokenF1, type BleuCounts, type ScoresData } from '@mlgate/metrics';
import type { GateConfig } from './config.js';
import { isPromptfooFile, readPromptfoo } from './promptfoo.js';
import { numeric, readColumns, text } from './read.js';

/** One model's eval run: its cases (by id), what the comment shows of them, and their per-example data. */
export interface ScoreRun {
  file: string;
  ids: string[];
  titles: string[];
  outputs?: string[];
  data: ScoresData;
}

const TEXT_METRICS = ['exact_match', 'token_f1', 'rouge_l', 'bleu'] as const;
const PER_EXAMPLE = { exact_match: exactMatch, token_f1: tokenF1, rouge_l: rougeL };
const PASS = new Map<string, number>([['true', 1], ['1', 1], ['pass', 1], ['passed', 1], ['yes', 1], ['false', 0], ['0', 0], ['fail', 0], ['failed', 0], ['no', 0]]);

function textMetrics(cfg: GateConfig, outputs: string[] | undefined, references: string[] | undefined): Pick<ScoresData, 'text' | 'bleu'> {
  if (!outputs || !references) return {};
  const names = cfg['text-metrics'] ?? TEXT_METRICS;
  const out: Pick<ScoresData, 'text' | 'bleu'> = { text: {} };
  for (const m of names) {
    if (m === 'bleu') out.bleu = outputs.map((o, i) => bleuCounts(o, references[i]!)) as BleuCounts[];
    else out.text![m] = Float64Array.from(outputs, (o, i) => PER_EXAMPLE[m](o, references[i]!));
  }
  return out;
}

function fromPromptfoo(cfg: GateConfig, file: string): ScoreRun {
  const cases = readPromptfoo(file);
  const named = [...new Set(cases.flatMap((c) => Object.keys(c.namedScores)))];
  const scores: ScoresData['scores'] = { score: Float64Array.from(cases, (c) => c.score) };
  for (const s of named) scores[s] = Float64Array.from(cases, (c) => c.namedScores[s] ?? NaN);
  const outputs = cases.map((c) => c.output);
  const ref = cfg.reference;
  if (ref && cases.some((c) => !(ref in c.vars))) throw new DataError(`reference var "${ref}" is missing from test ${JSON.stringify(cases.find((c) => !(ref in c.vars))!.title.slice(0, 80))} (its vars: ${Object.keys(cases[0]!.vars).join(', ')})`, { file, field: 'reference' });
  const references = ref ? cases.map((c) => String(c.vars[ref])) : undefined;
  return { file, ids: cases.map((c) => c.key), titles: cases.map((c) => c.title), outputs, data: { n: cases.length, scores, pass: Uint8Array.from(cases, (c) => (c.success ? 1 : 0)), ...textMetrics(cfg, ref ? outputs : undefined, references) } };
}

/** A run from a promptfoo results file, or a CSV/TSV/JSON Lines file with one row per case. */
export async function readScoreRun(cfg: GateConfig, file: string): Promise<ScoreRun> {
  let head = '';
  try {
    const fd = openSync(file, 'r');
    const buf = Buffer.alloc(4096);
    head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    closeSync(fd);
  } catch {
    /* readColumns names the missing file */
  }
  if (isPromptfooFile(file, head)) return fromPromptfoo(cfg, file);
  const idCol = cfg.id ?? 'id';
  let scoreCols: string[] = [];
  let passCol: string | undefined;
  const cols = await readColumns(file, (h) => {
    scoreCols = cfg.scores ?? (h.includes('score') ? ['score'] : []);
    passCol = cfg.pass ?? ['pass', 'passed'].find((c) => h.includes(c));
    const want = [idCol, ...scoreCols, ...(passCol ? [passCol] : []), ...(cfg.output ? [cfg.output] : []), ...(cfg.reference ? [cfg.reference] : [])];
    if (!scoreCols.length && !passCol && !cfg.output) throw new DataError(`no per-example results: set "scores:" (score columns) or "pass:" (a pass/fail column) in the gate config (columns: ${h.slice(0, 20).join(', ')})`, { file, line: 1 });
    return [...new Set(want)];
  });
  const scores = Object.fromEntries(scoreCols.map((c) => [c, numeric(cols, c, 'score')]));
  const pass = passCol
    ? Uint8Array.from(text(cols, passCol, 'pass/fail'), (v, i) => {
        const x = PASS.get(v.trim().toLowerCase());
        if (x === undefined) throw new DataError(`pass/fail column "${passCol}" must hold true/false, 1/0, pass/fail or yes/no, found ${JSON.stringify(v.slice(0, 40))}`, { file, line: cols.lines[i], field: passCol });
        return x;
      })
    : undefined;
  const outputs = cfg.output ? cols.values[cfg.output]!.map((v) => (v === null ? '' : String(v))) : undefined;
  const references = cfg.reference ? cols.values[cfg.reference]!.map((v) => (v === null ? '' : String(v))) : undefined;
  const ids = text(cols, idCol, 'id');
  return { file, ids, titles: ids, outputs, data: { n: cols.n, scores, pass, ...textMetrics(cfg, outputs, references) } };
}

/** Production's run in the candidate's case order; every case must be in both runs. */
export function alignRuns(cand: ScoreRun, base: ScoreRun): ScoreRun {
  const seen = new Set<string>();
  cand.ids.forEach((id, i) => {
    if (seen.has(id)) throw new DataError(`case ${JSON.stringify(cand.titles[i]!.slice(0, 80))} appears twice`, { file: cand.file });
    seen.add(id);
  });
  const where = new Map<string, number>();
  base.ids.forEach((id, i) => {
    if (where.has(id)) throw new DataError(`case ${JSON.stringify(base.titles[i]!.slice(0, 80))} appears twice`, { file: base.file });
    where.set(id, i);
  });
  const order = cand.ids.map((id, i) => {
    const j = where.get(id);
    if (j === undefined) throw new DataError(`case ${JSON.stringify(cand.titles[i]!.slice(0, 80))} has no result in the production run ${base.file}: both runs must hold the same test cases`, { file: cand.file });
    return j;
  });
  if (base.ids.length !== cand.ids.length) {
    const extra = base.ids.findIndex((id) => !cand.ids.includes(id));
    throw new DataError(`case ${JSON.stringify(base.titles[extra]!.slice(0, 80))} has no result in the candidate run ${cand.file}`, { file: base.file });
  }
  const pick = <T extends Float64Array | Uint8Array>(a: T) => a.map((_, i) => a[order[i]!]!) as T;
  const d = base.data;
  return {
    file: base.file,
    ids: cand.ids,
    titles: cand.titles,
    outputs: base.outputs && order.map((j) => base.outputs![j]!),
    data: {
      n: d.n,
      scores: Object.fromEntries(Object.entries(d.scores).map(([k, v]) => [k, pick(v)])),
      pass: d.pass && pick(d.pass),
      text: d.text && Object.fromEntries(Object.entries(d.text).map(([k, v]) => [k, pick(v)])),
      bleu: d.bleu && order.map((j) => d.bleu![j]!),
    },
  };
}
