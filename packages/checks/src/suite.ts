import { ConfigurationError, parseLocated, readTextFile, validate, type LocatedDocument, type SourceLocation } from '@mlgate/core';
import * as z from 'zod/mini';
import { ArgumentError } from './errors.js';
import { compileExpectation, type CompiledExpectation } from './ge/index.js';
import { emptyPlan, need, type Plan } from './plan.js';
import { isTimeBound } from './time.js';
import { columnOf } from './metrics.js';
import { STOPWORD_LANGUAGES } from './text.js';

/** One check of a suite: a GE expectation with where it is written. */
export interface SuiteCheck extends CompiledExpectation {
  /** Stable id for the report, e.g. `columns.age.min` or `expectations.3`. */
  id: string;
  title: string;
  location: SourceLocation;
}

export const DRIFT_METHODS = ['auto', 'ks', 'psi', 'wasserstein', 'chi2', 'jensen-shannon'] as const;
export type DriftMethod = (typeof DRIFT_METHODS)[number];

export interface DriftConfig {
  columns: 'all' | string[];
  method: DriftMethod;
  /** Drift threshold for the chosen statistic (default per method, see docs). */
  threshold?: number;
  /** Share of drifted columns that fails the dataset (Evidently's drift_share, default 0.5). */
  share: number;
  location: SourceLocation;
}

export interface Suite {
  file: string;
  format: 'mlgate' | 'great_expectations';
  checks: SuiteCheck[];
  plan: Plan;
  drift?: DriftConfig;
  /** Columns the suite names (for reading only what is needed). */
  columns: string[];
}

const range = z.strictObject({ min: z.optional(z.number()), max: z.optional(z.number()), strict_min: z.optional(z.boolean()), strict_max: z.optional(z.boolean()) });
const rangeOrNumber = z.union([z.number(), range]);
const scalar = z.union([z.string(), z.number(), z.boolean()]);

const columnSchema = z.strictObject({
  type: z.optional(z.enum(['integer', 'number', 'string', 'boolean'])),
  nullable: z.optional(z.boolean()),
  unique: z.optional(z.boolean()),
  min: z.optional(z.union([z.number(), z.string()])),
  max: z.optional(z.union([z.number(), z.string()])),
  in: z.optional(z.array(scalar)),
  not_in: z.optional(z.array(scalar)),
  regex: z.optional(z.string()),
  not_regex: z.optional(z.string()),
  length: z.optional(rangeOrNumber),
  mean: z.optional(range),
  median: z.optional(range),
  stdev: z.optional(range),
  sum: z.optional(range),
  distinct: z.optional(range),
  quantiles: z.optional(z.record(z.string().check(z.regex(/^p\d{1,2}(\.\d+)?$|^p100$/, 'quantile keys are p0 … p100, e.g. p50')), z.tuple([z.nullable(z.number()), z.nullable(z.number())]))),
  increasing: z.optional(z.boolean()),
  decreasing: z.optional(z.boolean()),
  json: z.optional(z.boolean()),
  date_format: z.optional(z.string()),
  max_age: z.optional(z.string().check(z.regex(/^\s*\d+(\.\d+)?\s*(s|m|h|d|w)\s*$/, 'expected an age like 90m, 36h, 2d or 1w'))),
  mostly: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  text: z.optional(
    z.strictObject({
      top_words: z.optional(z.strictObject({ include: z.array(z.string()).check(z.minLength(1, 'list at least one word, e.g. [the, a, and, of]')), within: z.optional(z.int().check(z.minimum(1))) })),
      stopword_share: z.optional(z.strictObject({ min: z.optional(z.number().check(z.minimum(0), z.maximum(1))), max: z.optional(z.number().check(z.minimum(0), z.maximum(1))), language: z.optional(z.enum(STOPWORD_LANGUAGES as [string, ...string[]])) })),
    }),
  ),
});

const AGE_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

export const mlgateSuiteSchema = z.strictObject({
  table: z.optional(
    z.strictObject({
      rows: z.optional(rangeOrNumber),
      columns: z.optional(z.union([z.number(), z.strictObject({ exactly: z.optional(z.array(z.string())), ordered: z.optional(z.array(z.string())), include: z.optional(z.array(z.string())), min: z.optional(z.number()), max: z.optional(z.number()) })])),
    }),
  ),
  columns: z.optional(z.record(z.string(), z.nullable(columnSchema))),
  expectations: z.optional(z.array(z.record(z.string(), z.record(z.string(), z.unknown())))),
  drift: z.optional(
    z.strictObject({
      columns: z._default(z.union([z.literal('all'), z.array(z.string())]), 'all'),
      method: z._default(z.enum(DRIFT_METHODS), 'auto'),
      threshold: z.optional(z.number().check(z.positive())),
      share: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.5),
    }),
  ),
});

const geItem = z.looseObject({ expectation_type: z.optional(z.string()), type: z.optional(z.string()), kwargs: z._default(z.record(z.string(), z.unknown()), {}) });
const geSchema = z.looseObject({ expectations: z.array(geItem) });

type Args = Record<string, unknown>;

/** Read a suite: mlgate YAML (short forms) or a Great Expectations suite JSON as GE writes it. */
export function loadSuite(file: string): Suite {
  const text = readTextFile(file, 'suite file');
  if (text.trim() === '') throw new ConfigurationError('suite file is empty', { file });
  const doc = parseLocated(text, file);
  const v = doc.value as Record<string, unknown> | null;
  if (v && typeof v === 'object' && Array.isArray(v.expectations) && (v.expectations as unknown[]).some((e) => e && typeof e === 'object' && ('expectation_type' in (e as object) || 'kwargs' in (e as object)))) {
    return geSuite(doc);
  }
  return mlgateSuite(doc);
}

/** Text that is neither a number nor a date: a bound only text columns can be compared with. */
function textBound(v: unknown): v is string {
  return typeof v === 'string' && !isTimeBound(v) && !(v.trim() !== '' && Number.isFinite(Number(v)));
}

/** Where each bound argument is written: the kwarg (GE) or the short form's key (mlgate). */
type BoundsAt = Record<string, { path: PropertyKey[]; field: string; name: string }>;

function textBoundError(doc: LocatedDocument, at: BoundsAt[string], value: string, why: string): ConfigurationError {
  return new ConfigurationError(`"${at.name}" is ${JSON.stringify(value)}: ${why}; a bound must be a number (or an ISO 8601 date for a date column)`, { ...doc.locate(at.path, { key: true }), field: at.field });
}

/**
 * expect_column_values_to_be_between with a text bound (GE compares text with text) on a column that
 * turns out numeric: a mistake in the suite, not unexpected data. The column's kind is known once it
 * is scanned, so the check then throws a configuration error at the bound.
 */
function guardTextBounds(compiled: CompiledExpectation, plan: Plan, doc: LocatedDocument, at: BoundsAt): CompiledExpectation {
  const column = compiled.kwargs.column;
  const bad = Object.keys(at).filter((k) => textBound(compiled.kwargs[k]));
  if (compiled.type !== 'expect_column_values_to_be_between' || typeof column !== 'string' || bad.length === 0) return compiled;
  need(plan, column, compiled.filter, { moments: true });
  const judge = compiled.judge;
  return {
    ...compiled,
    judge: (m) => {
      const c = columnOf(m, column, compiled.filter);
      if (c && c.nonNull > 0 && c.nonNumeric === 0) throw textBoundError(doc, at[bad[0]!]!, compiled.kwargs[bad[0]!] as string, `column "${column}" holds numbers`);
      return judge(m);
    },
  };
}

function add(checks: SuiteCheck[], plan: Plan, doc: LocatedDocument, path: PropertyKey[], id: string, title: string, type: string, kwargs: Args, argsPath?: PropertyKey[], boundsAt?: BoundsAt): void {
  const location = doc.locate(path, { key: true });
  try {
    const at: BoundsAt = boundsAt ?? (argsPath ? Object.fromEntries(['min_value', 'max_value'].map((k) => [k, { path: [...argsPath, k], field: [...argsPath, k].join('.'), name: k }])) : {});
    checks.push({ ...guardTextBounds(compileExpectation(type, kwargs, plan), plan, doc, at), id, title, location });
  } catch (e) {
    if (e instanceof ArgumentError) {
      // point at the argument itself where the suite spells it out
      const at = argsPath && e.field && e.field in kwargs ? doc.locate([...argsPath, e.field], { key: true }) : location;
      throw new ConfigurationError(e.message, { ...at, field: undefined });
    }
    throw e;
  }
}

function geSuite(doc: LocatedDocument): Suite {
  const s = validate(geSchema, doc, 'expectation suite');
  const plan = emptyPlan();
  const checks: SuiteCheck[] = [];
  s.expectations.forEach((e, i) => {
    const type = e.expectation_type ?? e.type;
    if (!type) throw new ConfigurationError(`expectation ${i + 1} has no "expectation_type" (or "type")`, doc.locate(['expectations', i]));
    const key = e.expectation_type ? 'expectation_type' : 'type';
    const col = typeof e.kwargs.column === 'string' ? ` on ${e.kwargs.column}` : '';
    add(checks, plan, doc, ['expectations', i, key], `expectations.${i}`, `${type}${col}`, type, e.kwargs, ['expectations', i, 'kwargs']);
  });
  return { file: doc.file, format: 'great_expectations', checks, plan, columns: namedColumns(checks) };
}

function namedColumns(checks: SuiteCheck[]): string[] {
  const out = new Set<string>();
  for (const c of checks) {
    for (const k of ['column', 'column_A', 'column_B']) if (typeof c.kwargs[k] === 'string') out.add(c.kwargs[k] as string);
    for (const k of ['column_list']) if (Array.isArray(c.kwargs[k])) for (const x of c.kwargs[k] as unknown[]) out.add(String(x));
  }
  return [...out];
}

function bounds(r: z.infer<typeof range>): Args {
  const a: Args = {};
  if (r.min !== undefined) a.min_value = r.min;
  if (r.max !== undefined) a.max_value = r.max;
  if (r.strict_min) a.strict_min = true;
  if (r.strict_max) a.strict_max = true;
  return a;
}

const TYPE_LIST: Record<string, string[]> = { integer: ['int'], number: ['int', 'float'], boolean: ['bool'] };

function mlgateSuite(doc: LocatedDocument): Suite {
  const s = validate(mlgateSuiteSchema, doc, 'suite');
  const plan = emptyPlan();
  const checks: SuiteCheck[] = [];
  const t = s.table;
  if (t?.rows !== undefined) {
    if (typeof t.rows === 'number') add(checks, plan, doc, ['table', 'rows'], 'table.rows', 'row count', 'expect_table_row_count_to_equal', { value: t.rows });
    else add(checks, plan, doc, ['table', 'rows'], 'table.rows', 'row count', 'expect_table_row_count_to_be_between', bounds(t.rows));
  }
  if (t?.columns !== undefined) {
    const c = t.columns;
    const p = ['table', 'columns'];
    if (typeof c === 'number') add(checks, plan, doc, p, 'table.columns', 'column count', 'expect_table_column_count_to_equal', { value: c });
    else {
      if (c.exactly) add(checks, plan, doc, [...p, 'exactly'], 'table.columns.exactly', 'columns', 'expect_table_columns_to_match_set', { column_set: c.exactly, exact_match: true });
      if (c.ordered) add(checks, plan, doc, [...p, 'ordered'], 'table.columns.ordered', 'column order', 'expect_table_columns_to_match_ordered_list', { column_list: c.ordered });
      if (c.include) add(checks, plan, doc, [...p, 'include'], 'table.columns.include', 'columns present', 'expect_table_columns_to_match_set', { column_set: c.include, exact_match: false });
      if (c.min !== undefined || c.max !== undefined) add(checks, plan, doc, p, 'table.columns.count', 'column count', 'expect_table_column_count_to_be_between', bounds(c));
    }
  }
  for (const [name, declared] of Object.entries(s.columns ?? {})) {
    if (!declared) {
      add(checks, plan, doc, ['columns', name], `columns.${name}.exists`, `${name} exists`, 'expect_column_to_exist', { column: name });
      continue;
    }
    const mo = declared.mostly !== undefined ? { mostly: declared.mostly } : {};
    const at = (k: string) => ['columns', name, k];
    const col = (k: string, title: string, type: string, kwargs: Args, map = true) => add(checks, plan, doc, at(k), `columns.${name}.${k}`, `${name}: ${title}`, type, { column: name, ...kwargs, ...(map ? mo : {}) });
    if (declared.nullable === false) col('nullable', 'not null', 'expect_column_values_to_not_be_null', {});
    if (declared.unique) col('unique', 'unique', 'expect_column_values_to_be_unique', {});
    if (declared.type && declared.type !== 'string') col('type', `type ${declared.type}`, 'expect_column_values_to_be_in_type_list', { type_list: TYPE_LIST[declared.type] });
    if (declared.min !== undefined || declared.max !== undefined) {
      const k = declared.min !== undefined ? 'min' : 'max';
      const boundsAt: BoundsAt = {};
      for (const [key, arg] of [['min', 'min_value'], ['max', 'max_value']] as const) {
        const b = { path: at(key), field: `columns.${name}.${key}`, name: key };
        boundsAt[arg] = b;
        // a column declared numeric: known now, refused when the suite is read
        if ((declared.type === 'integer' || declared.type === 'number') && textBound(declared[key])) throw textBoundError(doc, b, declared[key], `column "${name}" is declared ${declared.type}`);
      }
      const kwargs = { column: name, min_value: declared.min ?? null, max_value: declared.max ?? null, ...mo };
      add(checks, plan, doc, at(k), `columns.${name}.${k}`, `${name}: values in [${declared.min ?? '−∞'}, ${declared.max ?? '∞'}]`, 'expect_column_values_to_be_between', kwargs, undefined, boundsAt);
    }
    if (declared.in) col('in', 'values in set', 'expect_column_values_to_be_in_set', { value_set: declared.in });
    if (declared.not_in) col('not_in', 'values not in set', 'expect_column_values_to_not_be_in_set', { value_set: declared.not_in });
    if (declared.regex) col('regex', `matches ${declared.regex}`, 'expect_column_values_to_match_regex', { regex: declared.regex });
    if (declared.not_regex) col('not_regex', `does not match ${declared.not_regex}`, 'expect_column_values_to_not_match_regex', { regex: declared.not_regex });
    if (declared.length !== undefined) {
      if (typeof declared.length === 'number') col('length', `length ${declared.length}`, 'expect_column_value_lengths_to_equal', { value: declared.length });
      else col('length', 'length', 'expect_column_value_lengths_to_be_between', bounds(declared.length));
    }
    if (declared.json) col('json', 'JSON', 'expect_column_values_to_be_json_parseable', {});
    if (declared.max_age) {
      // freshness: the newest date in the column is at most this old when the check runs
      const [, n, unit] = /(\d+(?:\.\d+)?)\s*(\w)/.exec(declared.max_age)!;
      const seconds = Number(n) * AGE_SECONDS[unit!]!;
      col('max_age', `newest within ${declared.max_age.trim()}`, 'expect_column_max_to_be_between', { min_value: { $PARAMETER: `now() - timedelta(seconds=${seconds})` } }, false);
    }
    if (declared.date_format) col('date_format', `date format ${declared.date_format}`, 'expect_column_values_to_match_strftime_format', { strftime_format: declared.date_format });
    if (declared.increasing) col('increasing', 'increasing', 'expect_column_values_to_be_increasing', {});
    if (declared.decreasing) col('decreasing', 'decreasing', 'expect_column_values_to_be_decreasing', {});
    for (const stat of ['mean', 'median', 'stdev', 'sum'] as const) {
      const r = declared[stat];
      if (r) col(stat, stat, `expect_column_${stat}_to_be_between`, bounds(r), false);
    }
    if (declared.text?.top_words) {
      const t = declared.text.top_words;
      add(checks, plan, doc, [...at('text'), 'top_words'], `columns.${name}.text.top_words`, `${name}: top ${t.within ?? 20} words include ${t.include.join(', ')}`, 'expect_column_most_common_words_to_include', { column: name, value_set: t.include, top_n: t.within ?? 20 });
    }
    if (declared.text?.stopword_share) {
      const t = declared.text.stopword_share;
      const lang = t.language ?? 'en';
      add(checks, plan, doc, [...at('text'), 'stopword_share'], `columns.${name}.text.stopword_share`, `${name}: share of ${lang} stopwords`, 'expect_column_stopword_share_to_be_between', { column: name, language: lang, min_value: t.min ?? null, max_value: t.max ?? null });
    }
    if (declared.distinct) col('distinct', 'distinct values', 'expect_column_unique_value_count_to_be_between', bounds(declared.distinct), false);
    if (declared.quantiles) {
      const entries = Object.entries(declared.quantiles).map(([k, r]) => [Number(k.slice(1)) / 100, r] as const).sort((a, b) => a[0] - b[0]);
      col('quantiles', 'quantiles', 'expect_column_quantile_values_to_be_between', { quantile_ranges: { quantiles: entries.map((e) => e[0]), value_ranges: entries.map((e) => e[1]) } }, false);
    }
  }
  (s.expectations ?? []).forEach((item, i) => {
    const entries = Object.entries(item);
    if (entries.length !== 1) throw new ConfigurationError('each item of "expectations" is one mapping: expect_name: { arguments }', doc.locate(['expectations', i]));
    const [type, kwargs] = entries[0]!;
    const colName = typeof kwargs.column === 'string' ? ` on ${kwargs.column}` : '';
    add(checks, plan, doc, ['expectations', i, type], `expectations.${i}`, `${type}${colName}`, type, kwargs, ['expectations', i, type]);
  });
  const drift = s.drift ? { columns: s.drift.columns, method: s.drift.method, threshold: s.drift.threshold, share: s.drift.share, location: doc.locate(['drift']) } : undefined;
  const columns = new Set([...namedColumns(checks), ...Object.keys(s.columns ?? {})]);
  return { file: doc.file, format: 'mlgate', checks, plan, drift, columns: [...columns] };
}
