/**
 * Per-row SQL expressions for a plan: null tests, numbers, row filters and each predicate's
 * "unexpected" condition, with the streaming engine's semantics for typed sources (JSON Lines,
 * Parquet): booleans and dates read as numbers, text never does, 1 == 1.0 but "1" != 1.
 */
import type { Condition, Predicate } from '../plan.js';
import { pythonTypeOfName } from '../predicates.js';
import type { ColumnKind, Dialect } from './dialect.js';

/** A predicate the dialect cannot express, or one that is a type error on this column. */
export class Unsupported extends Error {}

export interface Schema {
  columns: string[];
  kinds: Map<string, ColumnKind>;
  /** The database's own type name of each column, for messages. */
  types: Map<string, string>;
}

export class Exprs {
  constructor(
    readonly d: Dialect,
    readonly schema: Schema,
  ) {}

  col(name: string): string {
    return this.d.ident(name);
  }
  kind(name: string): ColumnKind | undefined {
    return this.schema.kinds.get(name);
  }
  has(name: string): boolean {
    return this.schema.kinds.has(name);
  }

  /** Missing as pandas reads it: NULL, or NaN in a floating-point column. */
  isNull(name: string): string {
    if (!this.has(name)) return 'TRUE';
    const x = this.col(name);
    return this.kind(name) === 'float' ? `(${x} IS NULL OR ${this.d.isNaN(x)})` : `(${x} IS NULL)`;
  }
  notNull(name: string): string {
    return `(NOT ${this.isNull(name)})`;
  }

  /**
   * The column as a double with missing values (NULL, NaN) as NULL, where the engine reads it as a
   * number; undefined for text. Aggregates skip NULL, so MIN, MAX, SUM, AVG and VAR_POP take it as
   * it is, and COUNT of it is the count of present values: no CASE per aggregate, which a server
   * evaluates again for each aggregate that repeats it.
   */
  value(name: string): string | undefined {
    const n = this.num(name);
    if (n === undefined || this.kind(name) !== 'float') return n;
    return `CASE WHEN ${this.d.isNaN(this.col(name))} THEN NULL ELSE ${n} END`;
  }

  /** The column as a double, where the engine reads it as a number; undefined for text. */
  num(name: string): string | undefined {
    const x = this.col(name);
    switch (this.kind(name)) {
      case 'int':
      case 'float':
        return `CAST(${x} AS ${this.d.double})`;
      case 'bool':
        return `(CASE WHEN ${x} THEN 1.0 WHEN NOT ${x} THEN 0.0 END)`;
      case 'time':
        return `CAST(${this.d.epochMs(x)} AS ${this.d.double})`;
      default:
        return undefined;
    }
  }

  /** A literal of a suite value, typed for comparison with `name`; undefined where the engine would never match it. */
  literalFor(name: string, v: unknown): string | undefined {
    const k = this.kind(name);
    if (typeof v === 'number' || typeof v === 'bigint') {
      if (typeof v === 'number' && !Number.isFinite(v)) return undefined;
      return k === 'int' || k === 'float' ? numberLiteral(v) : undefined;
    }
    if (typeof v === 'boolean') return k === 'bool' ? (v ? 'TRUE' : 'FALSE') : k === 'int' || k === 'float' ? (v ? '1' : '0') : undefined;
    if (typeof v === 'string') return k === 'text' || k === 'other' ? this.d.text(v) : k === 'time' ? this.d.timestamp(this.d.text(v)) : undefined;
    return undefined;
  }

  /** A row filter (GE `row_condition`). */
  condition(c: Condition): string {
    if ('args' in c) return `(${c.args.map((a) => this.condition(a)).join(c.op === 'and' ? ' AND ' : ' OR ')})`;
    if (!this.has(c.column)) return c.op === '!=' && c.value !== null ? 'TRUE' : c.op === '==' && c.value === null ? 'TRUE' : 'FALSE';
    const x = this.col(c.column);
    if (c.value === null) return c.op === '==' ? this.isNull(c.column) : c.op === '!=' ? this.notNull(c.column) : 'FALSE';
    const lit = this.literalFor(c.column, c.value);
    if (c.op === '==') return lit === undefined ? 'FALSE' : `(${this.notNull(c.column)} AND ${x} = ${lit})`;
    if (c.op === '!=') return lit === undefined ? 'TRUE' : `(${this.isNull(c.column)} OR ${x} <> ${lit})`;
    if (lit === undefined) return 'FALSE';
    return `(${this.notNull(c.column)} AND ${x} ${c.op} ${lit})`;
  }

  /** When a value of `name` is unexpected under the predicate (the row already counted). */
  unexpected(name: string, p: Predicate): string {
    const x = this.col(name);
    const k = this.kind(name);
    switch (p.op) {
      case 'not_null':
        return this.isNull(name);
      case 'null':
        return this.notNull(name);
      case 'between': {
        const numeric = (p.min === undefined || typeof p.min === 'number') && (p.max === undefined || typeof p.max === 'number');
        const v = numeric ? this.num(name) : k === 'text' || k === 'time' ? x : undefined;
        if (v === undefined) throw new Unsupported(`cannot compare ${this.typeOf(name)} with ${numeric ? 'a number' : 'text'}`);
        const lit = (b: unknown) => (numeric ? numberLiteral(b as number) : this.literalFor(name, b)!);
        const parts: string[] = [];
        if (p.min !== undefined) parts.push(`${v} ${p.strictMin ? '>' : '>='} ${lit(p.min)}`);
        if (p.max !== undefined) parts.push(`${v} ${p.strictMax ? '<' : '<='} ${lit(p.max)}`);
        return parts.length ? `(NOT (${parts.join(' AND ')}))` : 'FALSE';
      }
      case 'in_set': {
        const lits = [...new Set(p.values.map((v) => this.literalFor(name, v)).filter((l): l is string => l !== undefined))];
        const inSet = lits.length ? `(${x} IN (${lits.join(', ')}))` : 'FALSE';
        return p.negate ? inSet : `(NOT ${inSet})`;
      }
      case 'regex': {
        const t = `CAST(${x} AS ${this.d.string})`;
        const tests = p.patterns.map((re) => this.d.regex(t, re));
        if (p.negate) return `(${tests.join(' OR ')})`;
        return `(NOT (${tests.join(p.match === 'all' ? ' AND ' : ' OR ')}))`;
      }
      case 'length': {
        if (k !== 'text') throw new Unsupported(`value lengths need text values, found ${this.typeOf(name)}`);
        const n = this.d.length(x);
        const parts: string[] = [];
        if (p.min !== undefined) parts.push(`${n} ${p.strictMin ? '>' : '>='} ${numberLiteral(p.min)}`);
        if (p.max !== undefined) parts.push(`${n} ${p.strictMax ? '<' : '<='} ${numberLiteral(p.max)}`);
        return parts.length ? `(NOT (${parts.join(' AND ')}))` : 'FALSE';
      }
      case 'type': {
        const py = k === 'int' ? 'int' : k === 'float' ? 'float' : k === 'bool' ? 'bool' : k === 'time' ? 'datetime' : 'str';
        return p.types.some((t) => pythonTypeOfName(t) === py) ? 'FALSE' : 'TRUE';
      }
      case 'json':
        // json.loads takes text only: a number or a boolean is not JSON text to GE
        if (k !== 'text') return 'TRUE';
        if (this.d.name === 'duckdb') return `(NOT json_valid(CAST(${x} AS VARCHAR)))`;
        throw new Unsupported(`${this.d.name} has no function that tests whether text parses as JSON without failing the query`);
      case 'strftime':
        throw new Unsupported(`strftime formats are Python's; ${this.d.name} cannot test them row by row the same way`);
      case 'dateutil':
        throw new Unsupported(`dateutil's parser has no SQL equivalent in ${this.d.name}`);
    }
  }

  typeOf(name: string): string {
    return `${this.schema.types.get(name) ?? 'unknown'} column "${name}"`;
  }
}

export function numberLiteral(v: number | bigint): string {
  if (typeof v === 'bigint') return v.toString();
  if (!Number.isFinite(v)) throw new Unsupported(`${v} is not a finite number`);
  // JavaScript's shortest round-trip form is valid SQL numeric text (1e+21 → 1e21)
  return String(v).replace('e+', 'e');
}

/**
 * The rows where `cond` holds, counted as every dialect writes it: `COUNT(CASE WHEN cond THEN 1 END)`
 * (COUNT skips NULLs and is 0 over no rows), `COUNT(*)` for every row. A count is cheaper to a
 * server than a sum of 1s and 0s (PostgreSQL: one increment, no addition of a CASE's result).
 */
export function countIf(cond: string): string {
  return cond === 'TRUE' ? 'COUNT(*)' : `COUNT(CASE WHEN ${cond} THEN 1 END)`;
}

export function and(...parts: Array<string | undefined>): string {
  const p = parts.filter((x): x is string => !!x && x !== 'TRUE');
  return p.length === 0 ? 'TRUE' : p.length === 1 ? p[0]! : `(${p.join(' AND ')})`;
}
