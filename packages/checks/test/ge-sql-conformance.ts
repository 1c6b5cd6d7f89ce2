/**
 * Great Expectations' own fixtures through the SQL runner: each dataset loaded into a real table
 * (with the fixture's `schemas.postgresql` column types where given), judged, compared as for pandas.
 */
import { ArgumentError, compileExpectation, emptyPlan, type Verdict } from '../src/index.js';
import type { Dialect } from '../src/sql/dialect.js';
import { SqlRunner, type SqlConnection } from '../src/sql/runner.js';
import { compare, fixtureFiles, type Dataset, type FixtureResult } from './ge-conformance.js';

/** The backends GE names whose fixtures apply to a SQL runner over PostgreSQL or DuckDB. */
const SQL_BACKENDS = /^(sqlalchemy|postgresql)$/;

function applicable(t: { only_for?: string[]; suppress_test_for?: string[] }): string | undefined {
  if (t.only_for && !t.only_for.some((b) => SQL_BACKENDS.test(b))) return `only for ${t.only_for.join(', ')}`;
  if (t.suppress_test_for?.some((b) => SQL_BACKENDS.test(b))) return `suppressed for ${t.suppress_test_for.join(', ')}`;
  return undefined;
}

const PG_TYPES: Record<string, string> = { INTEGER: 'INTEGER', BIGINT: 'BIGINT', TEXT: 'TEXT', TIMESTAMP: 'TIMESTAMP', DOUBLE_PRECISION: 'DOUBLE PRECISION', NUMERIC: 'NUMERIC', BOOLEAN: 'BOOLEAN', DATE: 'DATE' };

/** A column type for values that have none given: what a loader such as pandas' to_sql would pick. */
function inferType(values: unknown[], d: Dialect): string {
  const vs = values.filter((v) => v !== null && v !== undefined);
  if (vs.length && vs.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
  if (vs.length && vs.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'BIGINT';
  if (vs.length && vs.every((v) => typeof v === 'number')) return d.double;
  return d.string;
}

function literal(v: unknown, type: string, d: Dialect): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'boolean') return /BOOL/.test(type) ? String(v).toUpperCase() : d.text(String(v));
  if (typeof v === 'number') return Number.isFinite(v) ? (/TEXT|VARCHAR/.test(type) ? d.text(String(v)) : String(v)) : `CAST(${d.text(String(v))} AS ${d.double})`;
  if (typeof v === 'string' && /TIMESTAMP|DATE/.test(type)) {
    // as GE's loader does with pandas.to_datetime: any date text the parser reads
    const t = new Date(/^\d{4}-\d{2}-\d{2}/.test(v) ? v.replace(' ', 'T') + (/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? '' : 'Z') : `${v} UTC`);
    return `CAST(${d.text(Number.isNaN(t.getTime()) ? v : t.toISOString().replace('T', ' ').replace('Z', ''))} AS ${type})`;
  }
  if (typeof v === 'string') return d.text(v);
  return d.text(JSON.stringify(v));
}

export interface SqlBackend {
  dialect: Dialect;
  /** Run statements that set a table up (outside the read-only session). */
  exec(sql: string): Promise<void>;
  connect(): Promise<SqlConnection>;
}

async function load(b: SqlBackend, table: string, ds: Dataset): Promise<Record<string, string>> {
  const d = b.dialect;
  const schema = (ds.schemas as Record<string, Record<string, string>> | undefined)?.postgresql;
  const cols = Object.keys(ds.data);
  const types = Object.fromEntries(cols.map((c) => [c, schema?.[c] ? (PG_TYPES[schema[c]!] ?? schema[c]!) : inferType(ds.data[c]!, d)]));
  await b.exec(`DROP TABLE IF EXISTS ${d.ident(table)}`);
  await b.exec(`CREATE TABLE ${d.ident(table)} (${cols.map((c) => `${d.ident(c)} ${types[c]}`).join(', ')})`);
  const n = Math.max(0, ...cols.map((c) => ds.data[c]!.length));
  if (n > 0) {
    const rows = Array.from({ length: n }, (_, r) => `(${cols.map((c) => literal(ds.data[c]![r], types[c]!, d)).join(', ')})`);
    await b.exec(`INSERT INTO ${d.ident(table)} VALUES ${rows.join(', ')}`);
  }
  return types;
}

async function judge(b: SqlBackend, table: string, type: string, kwargs: Record<string, unknown>): Promise<Verdict> {
  const plan = emptyPlan();
  const ex = compileExpectation(type, kwargs, plan);
  const runner = new SqlRunner(await b.connect(), b.dialect.ident(table), table, { sampleLimit: 1000 });
  return ex.judge(await runner.run(plan));
}

export async function runSqlFixtures(b: SqlBackend): Promise<FixtureResult[]> {
  const results: FixtureResult[] = [];
  let k = 0;
  for (const { file, fx } of fixtureFiles()) {
    for (const ds of fx.datasets) {
      const dsSkip = applicable(ds);
      const table = `ge_${k++}`;
      let loaded: string | undefined;
      if (!dsSkip) {
        try {
          await load(b, table, ds);
        } catch (e) {
          loaded = `the dataset does not load: ${(e as Error).message.split('\n')[0]}`;
        }
      }
      for (const t of ds.tests) {
        const skip = dsSkip ?? applicable(t);
        const base = { file, expectation: fx.expectation_type, title: t.title };
        if (skip) {
          results.push({ ...base, status: 'not-applicable', reason: skip });
          continue;
        }
        if (loaded) {
          results.push({ ...base, status: 'fail', reason: loaded });
          continue;
        }
        let v: Verdict | Error;
        try {
          v = await judge(b, table, fx.expectation_type, t.in);
        } catch (e) {
          if (!(e instanceof ArgumentError)) v = new Error(`runner: ${(e as Error).message.split('\n')[0]}`);
          else v = e;
        }
        const why = compare(v, t.out);
        results.push({ ...base, status: why ? 'fail' : 'pass', reason: why });
      }
    }
  }
  return results;
}
