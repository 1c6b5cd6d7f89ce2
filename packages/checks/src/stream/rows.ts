import type { Batch, Cell, DictionaryCells, NumericCells } from '@mlgate/data';
import type { IgnoreMulti, Plan, RowAggregate } from '../plan.js';
import { compilePredicate } from '../predicates.js';
import { compare, isNull, numeric, sameValue, valueKey } from '../values.js';
import { intKey, type Dedup } from './dedup.js';
import { KeyLog, type RowState, type Sampler } from './row-state.js';

/** What a row handler sees of one batch. */
export interface RowBatch {
  batch: Batch;
  mask: Uint8Array | undefined;
  textual: boolean;
  get(column: string): Cell[] | undefined;
  /** The column's cells read as numbers (shared with the column aggregates). */
  nums(column: string): Float64Array | undefined;
  /** CSV/TSV: the column read as numbers and its nulls, without strings (undefined on typed sources). */
  numbers(column: string): NumericCells | undefined;
  /** CSV/TSV: which cells are missing values, without strings (undefined on typed sources). */
  nulls(column: string): Uint8Array | undefined;
  /** One cell, made alone (for a sample). */
  cell(column: string, r: number): Cell;
  /** Parquet: a dictionary-encoded column as indices into its dictionary; CSV/TSV: a column of few distinct texts as indices into them (undefined otherwise). */
  codes(column: string): DictionaryCells | undefined;
  out: Sampler;
  dedup: Dedup;
}

/** A part of a file split by rows cannot be merged with the others exactly (ranges.ts): the file is read another way. */
export class NotMergeable extends Error {}

export function newRowState(agg: Plan['rows'][number], textual: boolean, logKeys = false): RowState {
  const s: RowState = { agg, m: { id: agg.id, total: 0, unexpected: 0, samples: [] } };
  if (logKeys && agg.kind === 'unique') {
    s.keys = new KeyLog();
    return s;
  }
  if (agg.kind === 'map') s.test = compilePredicate(agg.predicate, textual);
  if (agg.kind === 'unique' || agg.kind === 'compound_unique') s.dedup = { seen: new Map() };
  return s;
}

type Handler<K extends RowAggregate['kind']> = (s: RowState, agg: Extract<RowAggregate, { kind: K }>, b: RowBatch) => void;

/** Each value of one column that is not null, under the filter: `visit(value, row)`. */
function eachValue(column: string, b: RowBatch, s: RowState, visit: (v: Cell, r: number) => void): void {
  const values = b.get(column);
  const { mask } = b;
  for (let r = 0; r < b.batch.length; r++) {
    if (mask && !mask[r]) continue;
    const v = values ? values[r] : null;
    if (isNull(v)) continue;
    s.m.total++;
    visit(v as Cell, r);
  }
}

/** Each record of several columns not ignored by `ignore_row_if`, under the filter. */
function eachRecord(columns: string[], ignore: IgnoreMulti, b: RowBatch, s: RowState, visit: (vals: unknown[], r: number) => void): void {
  const cols = columns.map((c) => b.get(c));
  const { mask } = b;
  for (let r = 0; r < b.batch.length; r++) {
    if (mask && !mask[r]) continue;
    const vals = cols.map((c) => (c ? c[r] : null));
    if (ignoreMulti(ignore, vals)) continue;
    s.m.total++;
    visit(vals, r);
  }
}

const map: Handler<'map'> = (s, agg, b) => {
  const p = agg.predicate;
  const { mask, batch } = b;
  const n = batch.length;
  const cells = p.op === 'between' ? b.numbers(agg.column) : undefined;
  if ((b.textual || cells) && p.op === 'between' && (p.min === undefined || typeof p.min === 'number') && (p.max === undefined || typeof p.max === 'number')) {
    // fast path for CSV, and for typed numeric columns (Parquet): the batch's numbers, shared with the column aggregates
    const x = b.nums(agg.column);
    const nulls = cells?.nulls ?? nullsOf(b.get(agg.column));
    if (!x || !nulls) return;
    const lo = p.min === undefined ? -Infinity : (p.min as number);
    const hi = p.max === undefined ? Infinity : (p.max as number);
    const sMin = !!p.strictMin;
    const sMax = !!p.strictMax;
    for (let r = 0; r < n; r++) {
      if (mask && !mask[r]) continue;
      if (nulls[r] === 1) continue;
      s.m.total++;
      const xr = x[r]!;
      if (!(sMin ? xr > lo : xr >= lo) || !(sMax ? xr < hi : xr <= hi)) unexpectedAt(s, b, agg.column, r);
    }
    return;
  }
  const nullOp = p.op === 'not_null' || p.op === 'null';
  const flags = nullOp && agg.countNulls ? b.nulls(agg.column) : undefined;
  if (flags) {
    // CSV: nullness without making strings; a sample is made only when kept
    const want = p.op === 'not_null' ? 0 : 1;
    for (let r = 0; r < n; r++) {
      if (mask && !mask[r]) continue;
      s.m.total++;
      if (flags[r] !== want) {
        if (flags[r] === 1) b.out.unexpected(s, null, batch, r);
        else unexpectedAt(s, b, agg.column, r);
      }
    }
    return;
  }
  const test = s.test!;
  const nullTest = p.op === 'not_null' || p.op === 'null';
  const coded = nullTest ? undefined : b.codes(agg.column);
  if (coded) {
    // a dictionary-encoded column (Parquet) or one of few distinct texts (CSV): each distinct value judged once, in the order the rows
    // first reach it (so a value that fails the predicate's type fails at the same row as below)
    const { codes, dict } = coded;
    const seen = new Uint8Array(dict.length); // 0: not yet seen, 1: passes, 2: fails, 3: a null value, 4: present, not yet tested
    for (let r = 0; r < n; r++) {
      if (mask && !mask[r]) continue;
      const k = codes[r]!;
      let t = k < 0 ? 3 : seen[k]!;
      if (t === 0) t = seen[k] = isNull(dict[k]) ? 3 : 4;
      if (t === 3) {
        if (!agg.countNulls) continue;
        s.m.total++;
        b.out.unexpected(s, null, batch, r);
        continue;
      }
      s.m.total++;
      if (t === 4) t = seen[k] = test(dict[k]) ? 1 : 2;
      if (t === 2) b.out.unexpected(s, dict[k]!, batch, r);
    }
    return;
  }
  const values = b.get(agg.column);
  for (let r = 0; r < n; r++) {
    if (mask && !mask[r]) continue;
    const v = values ? values[r] : null;
    const nul = isNull(v);
    if (nul && !agg.countNulls) continue;
    s.m.total++;
    const ok = nullTest ? test(v) : !nul && test(v);
    if (!ok) b.out.unexpected(s, nul ? null : v, batch, r);
  }
};

/** Which cells of a column are null (a column not in the batch: every one). */
function nullsOf(values: Cell[] | undefined): Uint8Array | undefined {
  if (!values) return undefined;
  const out = new Uint8Array(values.length);
  for (let r = 0; r < values.length; r++) if (isNull(values[r])) out[r] = 1;
  return out;
}

/** An unexpected row whose value is made only if it is kept as a sample. */
function unexpectedAt(s: RowState, b: RowBatch, column: string, r: number): void {
  if (b.out.wantsSample(s)) b.out.unexpected(s, b.cell(column, r), b.batch, r);
  else b.out.unexpected(s, undefined, b.batch, r);
}

const unique: Handler<'unique'> = (s, agg, b) => {
  const log = s.keys;
  if (!log) {
    const cells = b.textual ? undefined : b.numbers(agg.column);
    if (cells) return uniqueNumbers(s, agg.column, cells, b);
    return eachValue(agg.column, b, s, (v, r) => b.dedup.add(s, b.dedup.keyOf(s, v), v, b.batch, r));
  }
  eachValue(agg.column, b, s, (v, r) => {
    const k = intKey(v, b.textual);
    if (k === undefined) throw new NotMergeable(`the unique column "${agg.column}" has keys that are not integers`);
    log.add(k, b.batch.rowStart + r, b.batch.lines?.[r]);
  });
};

/** `unique` on a typed number column (Parquet): integers keyed from the batch's numbers, without making a cell (a bigint for INT64) per row. */
function uniqueNumbers(s: RowState, column: string, cells: NumericCells, b: RowBatch): void {
  const { x, nulls } = cells;
  const { mask, batch, dedup } = b;
  const cell = (r: number): Cell => b.cell(column, r);
  for (let r = 0; r < batch.length; r++) {
    if (mask && !mask[r]) continue;
    if (nulls[r] === 1) continue;
    s.m.total++;
    const xr = x[r]!;
    if (Number.isSafeInteger(xr)) dedup.addInt(s, xr, cell, batch, r);
    else {
      const v = cell(r);
      dedup.add(s, dedup.keyOf(s, v), v, batch, r);
    }
  }
}

const compoundUnique: Handler<'compound_unique'> = (s, agg, b) =>
  eachRecord(agg.columns, agg.ignore, b, s, (vals, r) => b.dedup.add(s, vals.map((v) => (isNull(v) ? 'null' : valueKey(v))).join('\u0001'), record(agg.columns, vals), b.batch, r));

/** Whether a value that compares `c` with the one before it breaks a monotonic check (also at the seam of two parts, ranges.ts). */
export function outOfOrder(agg: Extract<RowAggregate, { kind: 'monotonic' }>, c: number): boolean {
  return agg.direction === 'increasing' ? (agg.strict ? c <= 0 : c < 0) : agg.strict ? c >= 0 : c > 0;
}

const monotonic: Handler<'monotonic'> = (s, agg, b) =>
  eachValue(agg.column, b, s, (v, r) => {
    if (s.prev === undefined) s.first = { value: v, row: b.batch.rowStart + r, line: b.batch.lines?.[r] };
    else if (outOfOrder(agg, compare(v, s.prev, b.textual))) b.out.unexpected(s, v, b.batch, r);
    s.prev = v;
  });

const pair: Handler<'pair'> = (s, agg, b) => {
  const A = b.get(agg.a);
  const B = b.get(agg.b);
  const { mask, batch } = b;
  for (let r = 0; r < batch.length; r++) {
    if (mask && !mask[r]) continue;
    const va = A ? A[r] : null;
    const vb = B ? B[r] : null;
    const na = isNull(va);
    const nb = isNull(vb);
    if (agg.ignore === 'both_values_are_missing' ? na && nb : agg.ignore === 'either_value_is_missing' ? na || nb : false) continue;
    s.m.total++;
    let ok: boolean;
    if (agg.op === 'equal') ok = (na && nb) || sameValue(va, vb, b.textual);
    else if (na || nb) ok = false;
    else {
      const c = compare(va, vb, b.textual);
      ok = agg.orEqual ? c >= 0 : c > 0;
    }
    if (!ok) b.out.unexpected(s, [na ? null : va, nb ? null : vb], batch, r);
  }
};

const multicolumnSum: Handler<'multicolumn_sum'> = (s, agg, b) =>
  eachRecord(agg.columns, agg.ignore, b, s, (vals, r) => {
    let sum = 0;
    for (const v of vals) if (!isNull(v)) sum += numeric(v, b.textual);
    if (!(Math.abs(sum - agg.total) <= 1e-9 * Math.max(1, Math.abs(agg.total)))) b.out.unexpected(s, record(agg.columns, vals), b.batch, r);
  });

const uniqueWithinRecord: Handler<'unique_within_record'> = (s, agg, b) =>
  eachRecord(agg.columns, agg.ignore, b, s, (vals, r) => {
    const keys = vals.filter((v) => !isNull(v)).map(valueKey);
    if (new Set(keys).size !== keys.length) b.out.unexpected(s, record(agg.columns, vals), b.batch, r);
  });

/** One handler per kind of row aggregate. */
const HANDLERS: { [K in RowAggregate['kind']]: Handler<K> } = {
  map,
  unique,
  compound_unique: compoundUnique,
  monotonic,
  pair,
  multicolumn_sum: multicolumnSum,
  unique_within_record: uniqueWithinRecord,
};

export function rowPass(s: RowState, b: RowBatch): void {
  (HANDLERS[s.agg.kind] as Handler<RowAggregate['kind']>)(s, s.agg as never, b);
}

function ignoreMulti(mode: string, vals: unknown[]): boolean {
  if (mode === 'all_values_are_missing') return vals.every(isNull);
  if (mode === 'any_value_is_missing') return vals.some(isNull);
  return false;
}

function record(columns: string[], vals: unknown[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  columns.forEach((c, i) => (o[c] = isNull(vals[i]) ? null : vals[i]));
  return o;
}
