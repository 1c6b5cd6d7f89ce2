import type { ColumnProfile, Profile } from './profile-file.js';


/** Why a value is one training never saw. */
export type NoveltyReason = 'below-min' | 'above-max' | 'unseen-category' | 'not-a-number' | 'null' | 'unknown-field';

const MAX_COLUMNS = 1000;
const OTHER_FIELDS = '(other fields)';

/** Examples kept per column: enough to see what is new, bounded whatever the number of rows. */
export const NOVELTY_EXAMPLES = 20;

export interface NoveltyExample {
  /** The row's line in its file (a request's line in the inputs). */
  line: number;
  /** The value, as JSON, cut to 80 characters: untrusted text, escaped wherever it is shown. */
  value: string;
  reason: NoveltyReason;
}

export interface NoveltyColumn {
  /** Rows with a novel value in this column. */
  rows: number;
  /** `rows` over every row checked. */
  share: number;
  reasons: Partial<Record<NoveltyReason, number>>;
  examples: NoveltyExample[];
}

/** What `data.novelty` of a report holds. */
export interface NoveltyResult {
  /** The training profile the rows were held against (its file). */
  reference: string;
  /** Rows checked. */
  checked: number;
  /** Rows with at least one novel value, and their share. */
  rows: number;
  share: number;
  /** Numbers may lie this fraction of the training range beyond its minimum and maximum. */
  margin: number;
  columns: Record<string, NoveltyColumn>;
  /**
   * Columns whose categories could not be checked: the profile keeps the most common values only
   * (50), so a value missing from a list that does not cover every training value may still have been
   * seen. Their ranges and nulls are still checked.
   */
  categoriesUnchecked: string[];
}

interface ColumnRule {
  name: string;
  numeric: boolean;
  lo?: number;
  hi?: number;
  /** Every category training saw (lower-cased for booleans), when the profile lists them all. */
  categories?: Set<string>;
  boolean: boolean;
  /** Training had no null in this column. */
  noNulls: boolean;
}

function preview(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

const isNull = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (typeof v === 'number' && Number.isNaN(v));

function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v); // Parquet's INT64
  if (typeof v === 'boolean') return undefined;
  if (typeof v === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

function ruleFor(name: string, c: ColumnProfile, margin: number): ColumnRule {
  const numeric = (c.type === 'integer' || c.type === 'number') && c.min !== undefined && c.max !== undefined;
  const rule: ColumnRule = { name, numeric, boolean: c.type === 'boolean', noNulls: c.nulls === 0 && c.count > 0 };
  if (numeric) {
    const pad = margin * (c.max! - c.min!);
    rule.lo = c.min! - pad;
    rule.hi = c.max! + pad;
  } else if (c.type !== 'datetime' && c.top && c.topShare !== undefined && c.topShare >= 1 - 1e-12) {
    rule.categories = new Set(c.top.map((t) => (rule.boolean ? String(t.value).toLowerCase() : String(t.value))));
  }
  return rule;
}

/**
 * Holds every row (a request, a production record) against what training saw, from its profile: a
 * number below the training minimum or above its maximum (beyond an optional margin, a fraction of the
 * training range), a category never seen, a null where training had none, a field training never had.
 * One pass, memory bounded by the columns (20 examples each).
 */
export class NoveltyDetector {
  private readonly rules = new Map<string, ColumnRule>();
  private readonly columns = new Map<string, NoveltyColumn>();
  private checked = 0;
  private novel = 0;

  constructor(
    profile: Profile,
    private readonly reference: string,
    private readonly margin = 0,
  ) {
    for (const [name, c] of Object.entries(profile.columns)) this.rules.set(name, ruleFor(name, c, margin));
  }

  private flag(name: string, reason: NoveltyReason, value: unknown, line: number): void {
    // unknown fields can be as many as the rows (keys made of ids): past 1,000 columns they are lumped
    const column = this.columns.has(name) || this.columns.size < MAX_COLUMNS ? name : OTHER_FIELDS;
    let c = this.columns.get(column);
    if (!c) this.columns.set(column, (c = { rows: 0, share: 0, reasons: {}, examples: [] }));
    c.rows++;
    c.reasons[reason] = (c.reasons[reason] ?? 0) + 1;
    if (c.examples.length < NOVELTY_EXAMPLES) c.examples.push({ line, value: preview(value), reason });
  }

  /** Why one value of a known column is novel, or undefined when training saw its like. */
  private reasonOf(rule: ColumnRule, v: unknown): NoveltyReason | undefined {
    if (isNull(v)) return rule.noNulls ? 'null' : undefined;
    if (rule.numeric) {
      const x = numberOf(v);
      if (x === undefined) return 'not-a-number';
      return x < rule.lo! ? 'below-min' : x > rule.hi! ? 'above-max' : undefined;
    }
    if (rule.categories) {
      const key = typeof v === 'object' ? JSON.stringify(v) : rule.boolean ? String(v).toLowerCase() : String(v);
      return rule.categories.has(key) ? undefined : 'unseen-category';
    }
    return undefined;
  }

  /** Check one row (its fields by name); returns whether any of its values is novel. */
  check(row: unknown, line: number): boolean {
    this.checked++;
    let novel = false;
    const fields = row && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>) : undefined;
    if (!fields) {
      this.flag('(row)', 'unknown-field', row, line);
      this.novel++;
      return true;
    }
    for (const [name, rule] of this.rules) {
      // a field the row leaves out is not flagged: training data holds labels and ids requests never carry
      if (!Object.prototype.hasOwnProperty.call(fields, name)) continue;
      const reason = this.reasonOf(rule, fields[name]);
      if (!reason) continue;
      this.flag(name, reason, fields[name] ?? null, line);
      novel = true;
    }
    for (const name of Object.keys(fields)) {
      if (this.rules.has(name)) continue;
      this.flag(name, 'unknown-field', fields[name], line);
      novel = true;
    }
    if (novel) this.novel++;
    return novel;
  }

  result(): NoveltyResult {
    const columns: Record<string, NoveltyColumn> = {};
    for (const [name, c] of [...this.columns].sort((a, b) => b[1].rows - a[1].rows || (a[0] < b[0] ? -1 : 1))) columns[name] = { ...c, share: this.checked ? c.rows / this.checked : 0 };
    return {
      reference: this.reference,
      checked: this.checked,
      rows: this.novel,
      share: this.checked ? this.novel / this.checked : 0,
      margin: this.margin,
      columns,
      categoriesUnchecked: [...this.rules.values()].filter((r) => !r.numeric && !r.categories).map((r) => r.name),
    };
  }
}
