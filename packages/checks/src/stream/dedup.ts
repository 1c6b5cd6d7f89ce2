import type { Batch } from '@mlgate/data';
import { HashSeen, IntFirsts, IntRuns } from '../sketch.js';
import { valueKey } from '../values.js';
import type { DedupState, RowState, Sampler } from './row-state.js';

/**
 * Duplicates: every occurrence of a repeated key is unexpected, the first one included. Exact
 * (key → first row) up to `distinctLimit` keys: integer numbers in a typed table (`IntFirsts`), other
 * keys in a map; past it, integer keys go to runs (an id column costs almost nothing) and other keys
 * to a table of 53-bit hashes with the first row.
 */
export class Dedup {
  constructor(
    private readonly out: Sampler,
    private readonly distinctLimit: number,
    private readonly textual: boolean,
  ) {}

  /** The key to pass to `add` for a single value (`'s'`: past the limit, a string or number is hashed from the value itself, not a key made for it). */
  keyOf(s: RowState, v: unknown): string {
    return s.dedup!.hashed && (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint') ? 's' : valueKey(v);
  }

  add(s: RowState, key: string, value: unknown, batch: Batch, r: number): void {
    this.put(s, key, undefined, value, undefined, batch, r);
  }

  /**
   * `add` for a cell of a typed number column (Parquet) whose number `x` is a safe integer: the same
   * key as the cell's (a bigint or a number), the cell made by `cell(r)` only for a sample.
   */
  addInt(s: RowState, x: number, cell: (r: number) => unknown, batch: Batch, r: number): void {
    // no key text: below the limit the integer is its own key, past it its hash is made from it
    this.put(s, 's', x, undefined, cell, batch, r);
  }

  /** One key: `k` its integer when known, the value given or made by `cell(r)` when a sample needs it. */
  private put(s: RowState, key: string, k: number | undefined, value: unknown, cell: ((r: number) => unknown) | undefined, batch: Batch, r: number): void {
    const d = s.dedup!;
    const row = batch.rowStart + r;
    if (d.hashed) return this.addHashed(s, d, key, k, value, cell, batch, r);
    // an integer number (not text that reads as one, which is another key) is kept in the typed table, -0 as 0
    const safe = k ?? (this.textual ? undefined : safeInt(value));
    const int = safe === 0 ? 0 : safe;
    const ints = int !== undefined ? (d.ints ??= new IntFirsts()) : undefined;
    const at = ints ? ints.find(int!) : -1;
    const e = ints ? (at < 0 ? undefined : ints.rows[at]) : d.seen!.get(key);
    // (a line is kept under the key's text: for a record that spans lines)
    if (e === undefined) {
      if (d.seen!.size + (d.ints?.size ?? 0) >= this.distinctLimit) {
        this.toHashed(s, d);
        return this.put(s, key, k, value, cell, batch, r);
      }
      if (ints) ints.add(int!, row);
      else d.seen!.set(key, row);
      const line = batch.lines?.[r];
      if (line !== undefined) {
        d.lineDelta ??= line - row;
        if (line !== row + d.lineDelta) (d.lines ??= new Map()).set(ints ? valueKey(int) : key, line);
      }
      return;
    }
    const v = cell ? this.sample(s, cell, r) : value;
    if (e >= 0) {
      if (ints) ints.rows[at] = -e - 1;
      else d.seen!.set(key, -e - 1);
      const line = d.lines?.get(ints ? valueKey(int) : key) ?? (d.lineDelta !== undefined ? e + d.lineDelta : undefined);
      this.out.first(s, v, e, line);
    }
    this.out.unexpected(s, v, batch, r);
  }

  /** A typed number's cell, made only when it is kept as a sample. */
  private sample(s: RowState, cell: (r: number) => unknown, r: number): unknown {
    return this.out.wantsSample(s) ? cell(r) : undefined;
  }

  private addHashed(s: RowState, d: DedupState, key: string, known: number | undefined, value: unknown, cell: ((r: number) => unknown) | undefined, batch: Batch, r: number): void {
    const row = batch.rowStart + r;
    const k = cell ? known : intKey(value, this.textual);
    if (k !== undefined) {
      const runs = d.runs!;
      if (runs.has(k)) return this.dupeInt(s, d, k, runs.add(k, row)!, cell ? this.sample(s, cell, r) : value, batch, r);
      // an integer key is among the hashes only once one went there (the runs gave up): until then, no hash to compute
      if ((!d.intsHashed || !d.hashed!.has(cell ? HashSeen.hash(valueKey(k)) : hashOf(key, value))) && runs.add(k, row) !== undefined) return;
      d.intsHashed = true;
    }
    const h = cell ? HashSeen.hash(valueKey(k)) : hashOf(key, value);
    const first = d.hashed!.add(h, row);
    if (first === -1) return;
    const v = cell ? this.sample(s, cell, r) : value;
    if (first >= 0) this.out.first(s, v, first, d.lineDelta !== undefined ? first + d.lineDelta : undefined);
    this.out.unexpected(s, v, batch, r);
  }

  /** Past the exact limit: move the exact keys into runs (integers) and hashes (the rest). */
  private toHashed(s: RowState, d: DedupState): void {
    s.m.approximate = true;
    // small at first, grown as keys come (an id column's integers go to the runs: its table stays small)
    d.hashed = new HashSeen(1 << 12);
    d.runs = new IntRuns();
    const move = (key: string | undefined, k: number | undefined, v: number): void => {
      const row = v >= 0 ? v : -v - 1;
      if (k !== undefined && Number.isSafeInteger(k) && d.runs!.add(k, row) !== undefined) {
        if (v < 0) (d.dupKeys ??= new Set()).add(k);
        return;
      }
      if (k !== undefined && Number.isSafeInteger(k)) d.intsHashed = true;
      const h = HashSeen.hash(key ?? valueKey(k));
      d.hashed!.add(h, row);
      if (v < 0) d.hashed!.add(h, row); // already reported
    };
    // the integer keys first, in the order they came: the runs are given them in the order a single map
    // of every key gave them (no other key goes to the runs: text is read as an integer only where the
    // table of integers is not used, a textual source's)
    const ints = d.ints;
    if (ints) for (let i = 0; i < ints.size; i++) move(undefined, ints.keys[i]!, ints.rows[i]!);
    for (const [key, v] of d.seen!) move(key, key[0] === 'n' ? Number(key.slice(1)) : key[0] === 's' ? intKey(key.slice(1), this.textual) : undefined, v);
    d.seen = undefined;
    d.ints = undefined;
    d.lines = undefined;
  }

  /** An integer key found again in the runs. */
  private dupeInt(s: RowState, d: DedupState, k: number, first: number, value: unknown, batch: Batch, r: number): void {
    if (!(d.dupKeys ??= new Set()).has(k)) {
      d.dupKeys.add(k);
      if (first >= 0) this.out.first(s, value, first, d.lineDelta !== undefined ? first + d.lineDelta : undefined);
      else s.m.unexpected++;
    }
    this.out.unexpected(s, value, batch, r);
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A number or bigint that is a safe integer, as a number (its key is `valueKey` of it), else undefined. */
function safeInt(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : undefined;
  if (typeof v === 'bigint') return v >= -MAX_SAFE && v <= MAX_SAFE ? Number(v) : undefined;
  return undefined;
}

/** The 53-bit hash of a key (`'s'` stands for a string or number value not made into a key). */
function hashOf(key: string, value: unknown): number {
  return key === 's' && typeof value === 'string' ? HashSeen.hashText(value) : HashSeen.hash(key === 's' ? valueKey(value) : key);
}

/** An integer key whose text form is canonical (so "007" and "7" stay different keys), else undefined. */
export function intKey(v: unknown, textual: boolean): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : undefined;
  if (typeof v === 'bigint') return v >= -MAX_SAFE && v <= MAX_SAFE ? Number(v) : undefined;
  if (typeof v === 'string' && textual) {
    const n = v.length;
    if (n === 0 || n > 15) return undefined;
    let i = v.charCodeAt(0) === 45 ? 1 : 0;
    if (i === n || (v.charCodeAt(i) === 48 && n > i + 1)) return undefined;
    let x = 0;
    for (; i < n; i++) {
      const d = v.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return undefined;
      x = x * 10 + d;
    }
    return v.charCodeAt(0) === 45 ? (x === 0 ? undefined : -x) : x;
  }
  return undefined;
}
