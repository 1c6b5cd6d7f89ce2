import { DataError } from '@mlgate/core';
import { BinaryData, MulticlassData, pickRows, RegressionData, type Task, type TaskData } from '@mlgate/metrics';
import type { GateConfig } from './config.js';
import { numeric, readColumns, text, type Columns } from './read.js';

export interface LoadedPredictions {
  task: Task;
  candidate: TaskData;
  baseline?: TaskData;
  rows: number;
  joinedBy?: 'id' | 'row order';
  /** Multiclass: whether per-class probabilities were given. */
  hasProbabilities: boolean;
  /** The candidate file's columns as read (slice and group columns among them), rows in data order. */
  columns: Columns;
}

function probabilityColumns(cfg: GateConfig, header: string[]): string[] {
  if (!cfg.probabilities) return [];
  if (Array.isArray(cfg.probabilities)) return cfg.probabilities;
  const prefix = cfg.probabilities.slice(0, -1);
  return header.filter((h) => h.startsWith(prefix) && h.length > prefix.length);
}

function classOfColumn(cfg: GateConfig, col: string): string {
  if (typeof cfg.probabilities === 'string') return col.slice(cfg.probabilities.length - 1);
  return col;
}

const POSITIVE = new Set(['1', 'true', 'True', 'TRUE', 'yes', 'Yes', '1.0']);
const NEGATIVE = new Set(['0', 'false', 'False', 'FALSE', 'no', 'No', '0.0']);

function binaryLabels(cols: Columns, cfg: GateConfig): Uint8Array {
  const labels = text(cols, cfg.label, 'label');
  const out = new Uint8Array(labels.length);
  const pos = cfg.positive === undefined ? undefined : String(cfg.positive);
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i]!;
    if (pos !== undefined) out[i] = v === pos ? 1 : 0;
    else if (POSITIVE.has(v)) out[i] = 1;
    else if (NEGATIVE.has(v)) out[i] = 0;
    else throw new DataError(`binary label column "${cfg.label}" must hold 0/1, true/false or yes/no, found ${JSON.stringify(v.slice(0, 40))}; set "positive:" in the gate config to name the positive class`, { file: cols.file, line: cols.lines[i], field: cfg.label });
  }
  return out;
}

/** Row i of `base` that pairs with row i of `cand`: by id, or by row order when there is no id. */
function pairing(cand: Columns, base: Columns, cfg: GateConfig): { order: Int32Array; by: 'id' | 'row order' } {
  const idCol = cfg.id ?? (cand.header.includes('id') && base.header.includes('id') ? 'id' : undefined);
  if (!idCol) {
    if (cand.n !== base.n) {
      throw new DataError(`the candidate has ${cand.n} rows and the production predictions (${base.file}) have ${base.n}: they must be the same rows; add an "id" column to both files to join them by id`, { file: cand.file });
    }
    return { order: Int32Array.from({ length: cand.n }, (_, i) => i), by: 'row order' };
  }
  const baseIds = text(base, idCol, 'id');
  const where = new Map<string, number>();
  baseIds.forEach((id, i) => {
    if (where.has(id)) throw new DataError(`id ${JSON.stringify(id)} appears twice`, { file: base.file, line: base.lines[i], field: idCol });
    where.set(id, i);
  });
  const candIds = text(cand, idCol, 'id');
  const seen = new Set<string>();
  const order = new Int32Array(cand.n);
  candIds.forEach((id, i) => {
    if (seen.has(id)) throw new DataError(`id ${JSON.stringify(id)} appears twice`, { file: cand.file, line: cand.lines[i], field: idCol });
    seen.add(id);
    const j = where.get(id);
    if (j === undefined) throw new DataError(`id ${JSON.stringify(id)} has no row in the production predictions ${base.file}`, { file: cand.file, line: cand.lines[i], field: idCol });
    order[i] = j;
  });
  if (base.n !== cand.n) {
    const extra = baseIds.findIndex((id) => !seen.has(id));
    throw new DataError(`id ${JSON.stringify(baseIds[extra])} has no row in the candidate predictions ${cand.file}`, { file: base.file, line: base.lines[extra], field: idCol });
  }
  return { order, by: 'id' };
}

/** Read candidate (and production) predictions into the task's data, joined row for row. */
export async function loadPredictions(cfg: GateConfig, candidateFile: string, baselineFile?: string, extraColumns: string[] = []): Promise<LoadedPredictions> {
  const task = cfg.task;
  if (!task || task === 'scores') throw new DataError('the gate config must set "task" (binary, multiclass or regression) to compute metrics from predictions', { field: 'task' });
  const wantCand = (h: string[]) => [cfg.label, cfg.prediction, ...(cfg.id ?? (h.includes('id') ? 'id' : undefined) ? [cfg.id ?? 'id'] : []), ...probabilityColumns(cfg, h), ...extraColumns];
  const wantBase = (h: string[]) => [cfg.prediction, ...(h.includes(cfg.label) ? [cfg.label] : []), ...(cfg.id ?? (h.includes('id') ? 'id' : undefined) ? [cfg.id ?? 'id'] : []), ...probabilityColumns(cfg, h)];
  const cand = await readColumns(candidateFile, (h) => [...new Set(wantCand(h))]);
  const base = baselineFile ? await readColumns(baselineFile, wantBase) : undefined;
  const pair = base ? pairing(cand, base, cfg) : undefined;

  if (base && pair && base.values[cfg.label]) {
    const a = text(cand, cfg.label, 'label');
    const b = text(base, cfg.label, 'label');
    for (let i = 0; i < a.length; i++) {
      const j = pair.order[i]!;
      if (a[i] !== b[j]) throw new DataError(`the label differs from the candidate's for the same row (${JSON.stringify(b[j])} vs ${JSON.stringify(a[i])} at ${cand.file}:${cand.lines[i]}): both files must describe the same rows`, { file: base.file, line: base.lines[j], field: cfg.label });
    }
  }

  const loaded = loadTask(cfg, task, cand, base, pair);
  if (cfg.calibration) for (const d of [loaded.candidate, loaded.baseline]) if (d && 'calibration' in d) d.calibration = cfg.calibration;
  return loaded;
}

function loadTask(cfg: GateConfig, task: Task, cand: Columns, base: Columns | undefined, pair: ReturnType<typeof pairing> | undefined): LoadedPredictions {
  if (task === 'binary') {
    const y = binaryLabels(cand, cfg);
    const c = new BinaryData(y, numeric(cand, cfg.prediction, 'prediction (score)'), cfg.threshold);
    const b = base && pair ? new BinaryData(y, pickRows(numeric(base, cfg.prediction, 'prediction (score)'), pair.order), cfg.threshold) : undefined;
    return { task, candidate: c, baseline: b, rows: cand.n, joinedBy: pair?.by, hasProbabilities: false, columns: cand };
  }
  if (task === 'regression') {
    const y = numeric(cand, cfg.label, 'label');
    const c = new RegressionData(y, numeric(cand, cfg.prediction, 'prediction'));
    const b = base && pair ? new RegressionData(y, pickRows(numeric(base, cfg.prediction, 'prediction'), pair.order)) : undefined;
    return { task, candidate: c, baseline: b, rows: cand.n, joinedBy: pair?.by, hasProbabilities: false, columns: cand };
  }
  // multiclass
  const probCols = probabilityColumns(cfg, cand.header);
  if (cfg.probabilities && probCols.length < 2) throw new DataError(`no probability columns match ${JSON.stringify(cfg.probabilities)}`, { file: cand.file, line: 1, field: 'probabilities' });
  const labels = text(cand, cfg.label, 'label');
  const candPred = text(cand, cfg.prediction, 'prediction');
  const basePred = base ? text(base, cfg.prediction, 'prediction') : undefined;
  const classes = probCols.length
    ? probCols.map((c) => classOfColumn(cfg, c))
    : [...new Set([...labels, ...candPred, ...(basePred ?? [])])].sort((a, b) => (isNaN(+a) || isNaN(+b) ? a.localeCompare(b) : +a - +b));
  const index = new Map(classes.map((c, i) => [c, i]));
  const toIdx = (vals: string[], cols: Columns, col: string) =>
    Int32Array.from(vals, (v, i) => {
      const k = index.get(v);
      if (k === undefined) throw new DataError(`class ${JSON.stringify(v)} has no probability column (classes: ${classes.join(', ')})`, { file: cols.file, line: cols.lines[i], field: col });
      return k;
    });
  const y = toIdx(labels, cand, cfg.label);
  const proba = (cols: Columns) => {
    if (!probCols.length) return undefined;
    const k = probCols.length;
    const out = new Float64Array(cols.n * k);
    probCols.forEach((c, j) => {
      if (!cols.values[c]) throw new DataError(`probability column "${c}" is missing`, { file: cols.file, line: 1, field: c });
      numeric(cols, c, 'probability').forEach((v, i) => (out[i * k + j] = v));
    });
    return out;
  };
  const c = new MulticlassData(y, toIdx(candPred, cand, cfg.prediction), classes, proba(cand));
  let b: MulticlassData | undefined;
  if (base && pair && basePred) {
    const bp = proba(base);
    b = new MulticlassData(y, pickRows(toIdx(basePred, base, cfg.prediction), pair.order), classes, bp ? pickRows(bp, pair.order, probCols.length) : undefined);
  }
  return { task, candidate: c, baseline: b, rows: cand.n, joinedBy: pair?.by, hasProbabilities: probCols.length > 0, columns: cand };
}
