import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArgumentError, compileExpectation, emptyPlan, StreamEngine, type Verdict } from '../src/index.js';
import { parseTimestamp } from '../src/time.js';

export const GE_DIR = join(import.meta.dirname, '../../../test/conformance/great_expectations');

export interface Test {
  title: string;
  in: Record<string, unknown>;
  out: Record<string, unknown>;
  only_for?: string[];
  suppress_test_for?: string[];
}
export interface Dataset {
  dataset_name: string;
  data: Record<string, unknown[]>;
  schemas?: { pandas?: Record<string, string> };
  tests: Test[];
  only_for?: string[];
  suppress_test_for?: string[];
}

export interface FixtureResult {
  file: string;
  expectation: string;
  title: string;
  status: 'pass' | 'fail' | 'not-applicable';
  reason?: string;
}

const PANDAS = /^pandas/;

function applicable(t: { only_for?: string[]; suppress_test_for?: string[] }): string | undefined {
  if (t.only_for && !t.only_for.some((b) => PANDAS.test(b))) return `only for ${t.only_for.join(', ')}`;
  if (t.suppress_test_for?.includes('pandas')) return 'suppressed for pandas';
  return undefined;
}

function close(a: unknown, b: unknown): boolean {
  if (a instanceof Date) return close(a.toISOString(), b);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-5 * Math.max(1, Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => close(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object).sort();
    const kb = Object.keys(b as object).sort();
    return close(ka, kb) && ka.every((k) => close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  // pandas' naive datetimes are read as UTC here (see the datetime64 columns below): the same instant
  // printed by GE without a zone and by mlgate as ISO 8601 UTC
  if (typeof a === 'string' && typeof b === 'string' && a !== b) {
    const [ta, tb] = [parseTimestamp(a), parseTimestamp(b)];
    if (ta !== undefined && ta === tb) return true;
  }
  return a === b || (a === null && b === undefined);
}

function multisetEqual(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  const left = [...b];
  for (const x of a) {
    const i = left.findIndex((y) => close(x, y));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

function run(data: Record<string, unknown[]>, type: string, kwargs: Record<string, unknown>): Verdict {
  const plan = emptyPlan();
  const ex = compileExpectation(type, kwargs, plan);
  const columns = Object.keys(data);
  const length = Math.max(0, ...columns.map((c) => data[c]!.length));
  const engine = new StreamEngine(plan, { textual: false, sampleLimit: 1000 });
  engine.consume({ columns, values: columns.map((c) => data[c]! as never[]), length, rowStart: 0 });
  return ex.judge(engine.finish());
}

/** Compare one verdict with a fixture's `out`; returns why it differs, or undefined. */
export function compare(v: Verdict | Error, out: Record<string, unknown>): string | undefined {
  const wantsError = 'traceback_substring' in out || Object.keys(out).length === 0;
  if (wantsError) {
    if (v instanceof Error || v.error) return undefined;
    return `expected an error, got success=${v.success}`;
  }
  if (v instanceof Error) return `error: ${v.message}`;
  if (v.error) return `error: ${v.error}`;
  if ('success' in out && out.success !== v.success) return `success ${v.success}, expected ${String(out.success)}`;
  const result = (out.result ?? {}) as Record<string, unknown>;
  const observed = 'observed_value' in out ? out.observed_value : result.observed_value;
  if (observed !== undefined && !close(v.observed, observed)) return `observed ${JSON.stringify(v.observed)}, expected ${JSON.stringify(observed)}`;
  const ul = (out.unexpected_list ?? result.unexpected_list) as unknown[] | undefined;
  const got = (v.samples ?? []).map((s) => s.value);
  if (ul && !multisetEqual(got, ul)) return `unexpected ${JSON.stringify(got)}, expected ${JSON.stringify(ul)}`;
  const il = (out.unexpected_index_list ?? result.unexpected_index_list) as unknown[] | undefined;
  if (il) {
    const want = il.map((x) => (typeof x === 'number' ? x : (x as { pk_index: number }).pk_index));
    const rows = (v.samples ?? []).map((s) => s.row);
    if (!multisetEqual(rows, want)) return `rows ${JSON.stringify(rows)}, expected ${JSON.stringify(want)}`;
  }
  for (const [k, mine] of [
    ['element_count', v.elementCount],
    ['missing_count', v.missingCount],
    ['unexpected_count', v.unexpectedCount],
    ['unexpected_percent', v.unexpectedPercent],
  ] as const) {
    if (result[k] !== undefined && !close(mine, result[k])) return `${k} ${String(mine)}, expected ${String(result[k])}`;
  }
  return undefined;
}

/** The fixture's pandas schema, as GE's test runner applies it when it builds the DataFrame. */
function withSchema(data: Record<string, unknown[]>, schema: Record<string, string> | undefined): Record<string, unknown[]> {
  if (!schema) return data;
  const out: Record<string, unknown[]> = {};
  for (const [c, values] of Object.entries(data)) {
    const t = schema[c];
    if (t === 'str') out[c] = values.map((v) => (v === null ? null : typeof v === 'number' && !Number.isInteger(v) ? String(v) : String(v)));
    else if (t && /^datetime64/.test(t)) out[c] = values.map((v) => (typeof v === 'string' ? new Date(`${v}Z`.replace(/ (\d\d:\d\d:\d\d)Z$/, ' $1 UTC')) : v));
    else out[c] = values;
  }
  return out;
}

/** GE's fixture files, in name order: one expectation each, with its datasets and tests. */
export function fixtureFiles(): Array<{ file: string; fx: { expectation_type: string; datasets: Dataset[] } }> {
  return readdirSync(GE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, fx: JSON.parse(readFileSync(join(GE_DIR, file), 'utf8')) as { expectation_type: string; datasets: Dataset[] } }));
}

export function runFixtures(): FixtureResult[] {
  const results: FixtureResult[] = [];
  for (const { file, fx } of fixtureFiles()) {
    for (const ds of fx.datasets) {
      const dsSkip = applicable(ds);
      for (const t of ds.tests) {
        const skip = dsSkip ?? applicable(t);
        const base = { file, expectation: fx.expectation_type, title: t.title };
        if (skip) {
          results.push({ ...base, status: 'not-applicable', reason: skip });
          continue;
        }
        let v: Verdict | Error;
        try {
          v = run(withSchema(ds.data, ds.schemas?.pandas), fx.expectation_type, t.in);
        } catch (e) {
          if (!(e instanceof ArgumentError)) throw e;
          v = e;
        }
        const why = compare(v, t.out);
        results.push({ ...base, status: why ? 'fail' : 'pass', reason: why });
      }
    }
  }
  return results;
}
