/**
 * Golden SQL for the dialects that cannot run here (BigQuery, Snowflake, Spark SQL, Trino): a suite
 * that touches every kind of aggregate is compiled against a fixed schema, the four statements are
 * compared byte for byte with test/golden/<dialect>/*.sql (UPDATE_GOLDEN=1 rewrites them), and each
 * statement is parsed by node-sql-parser in that dialect's grammar (see docs/data-check-sql.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuite, PROFILE_NEEDS, type Plan } from '../src/index.js';
import { DIALECTS, type ColumnKind, type Dialect } from '../src/sql/dialect.js';
import { Exprs, type Schema } from '../src/sql/exprs.js';
import { readColumns, rowColumns, SqlCompiler } from '../src/sql/compile.js';
import { orderStatsQuery, samplesQuery, valuesQuery } from '../src/sql/queries.js';
import { withEveryColumn } from '../src/sql/runner.js';
import { init, parse } from '@polyglot-sql/sdk';

await init();

/** One SQL text parsed in a dialect: how many statements, and every column name and string literal in it. */
function parseIn(dialect: string, sql: string): { statements: number; columns: string[]; strings: string[] } {
  const r = parse(sql, dialect as Parameters<typeof parse>[1]);
  if (!r.success) throw new Error(`${dialect} does not parse: ${r.error}`);
  const strings: string[] = [];
  const columns: string[] = [];
  // an explicit stack: the ASTs of these statements are deeper than the call stack allows
  const stack: unknown[] = [r.ast];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.literal_type === 'string' && typeof o.value === 'string') strings.push(o.value);
      const name = (o.column as { name?: { name?: unknown } } | undefined)?.name?.name;
      if (typeof name === 'string') columns.push(name);
      stack.push(...Object.values(o));
    }
  }
  return { statements: r.ast!.length, columns, strings };
}

const HOSTILE = 'x"; DROP TABLE t; --';
const BACKQUOTE = 'we`ird\\col';
const VALUE = "a'; DROP TABLE t; --";
const BACKSLASH = 'back\\slash';

const KINDS: Array<[string, ColumnKind, string]> = [
  ['id', 'int', 'BIGINT'],
  ['amount', 'float', 'DOUBLE'],
  ['discount', 'float', 'DOUBLE'],
  ['share_a', 'int', 'INTEGER'],
  ['share_b', 'float', 'DOUBLE'],
  ['status', 'text', 'VARCHAR'],
  ['code', 'text', 'VARCHAR'],
  ['region', 'text', 'VARCHAR'],
  ['flag', 'bool', 'BOOLEAN'],
  ['ts', 'time', 'TIMESTAMP'],
  [HOSTILE, 'text', 'VARCHAR'],
  [BACKQUOTE, 'int', 'BIGINT'],
];
const schema: Schema = { columns: KINDS.map((k) => k[0]), kinds: new Map(KINDS.map((k) => [k[0], k[1]])), types: new Map(KINDS.map((k) => [k[0], k[2]])) };
/** Non-null counts as the scan would return them: one column above the exact-sample limit (1,000 order statistics), the others below. */
const COUNTS: Record<string, number> = { amount: 120_000, discount: 4_000, id: 5_000, share_a: 10, share_b: 7, flag: 3, ts: 2, [BACKQUOTE]: 1 };

const suite = loadSuite(join(import.meta.dirname, 'golden/suite.json'));
const plan: Plan = { ...suite.plan, everyColumn: PROFILE_NEEDS };

function statements(d: Dialect): Record<string, string> {
  const x = new Exprs(d, schema);
  const c = new SqlCompiler(x, plan, `${d.ident('sales')}.${d.ident('orders')}`);
  const columns = withEveryColumn(plan, schema.columns);
  const out: Record<string, string> = { scan: c.scan(columns).sql };
  const ordered = orderStatsQuery(c, columns.map((col, index) => ({ index, ...col, n: col.filter === -1 ? (COUNTS[col.column] ?? 0) : 900 })));
  out.order_stats = ordered[0]!.sql;
  out.values = valuesQuery(c, columns.map((col, index) => ({ index, ...col })).filter((col) => col.needs.values && x.has(col.column)), 100_000)!;
  const checks = plan.rows.map((agg) => ({ agg, cond: c.rowCondition(agg, c.filterSql(agg.filter))! }));
  out.samples = samplesQuery(c, checks.map(({ agg, cond }) => ({ id: agg.id, columns: rowColumns(agg), read: readColumns(agg, plan.filters[agg.filter], x), counted: cond.counted, unexpected: cond.unexpected, rows: cond.rows })), 20)!;
  return out;
}

const GOLDEN = ['bigquery', 'snowflake', 'spark', 'trino'] as const;

describe.each(GOLDEN)('golden SQL: %s', (name) => {
  const d = DIALECTS[name];
  const sql = statements(d);
  const dir = join(import.meta.dirname, 'golden', name);

  it.each(Object.keys(sql))('%s matches its golden file', (stmt) => {
    const file = join(dir, `${stmt}.sql`);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, sql[stmt]! + '\n');
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(sql[stmt]! + '\n').toBe(readFileSync(file, 'utf8'));
  });

  it.each(Object.keys(sql))(`%s parses as one ${name} statement`, (stmt) => {
    const r = parseIn(name, sql[stmt]!);
    expect(r.statements).toBe(1);
  });

  it('quotes hostile names and values into exactly the identifiers and literals they are', () => {
    const r = parseIn(name, sql.scan!);
    expect(r.statements).toBe(1);
    expect(r.columns).toContain(HOSTILE);
    expect(r.columns).toContain(BACKQUOTE);
    expect(r.strings).toContain(VALUE);
    expect(r.strings).toContain(BACKSLASH);
    // no identifier or literal is a piece of them (nothing was cut at a quote)
    for (const piece of ['x', 'DROP', 't', 'we', 'ird', 'a', 'back', 'slash']) expect(r.columns).not.toContain(piece);
    expect(r.strings.filter((s) => s.includes('DROP'))).toEqual([VALUE]);
  });
});

describe('parser and quoting rules agree per dialect', () => {
  it('a backslash escape is a quote in BigQuery, Snowflake and Spark, and no escape in Trino', () => {
    for (const n of ['bigquery', 'snowflake', 'spark'] as const) expect(parseIn(n, `SELECT ${DIALECTS[n].text(VALUE)}, ${DIALECTS[n].text(BACKSLASH)} FROM t`).strings.sort()).toEqual([VALUE, BACKSLASH].sort());
    expect(parseIn('trino', `SELECT ${DIALECTS.trino.text(VALUE)}, ${DIALECTS.trino.text(BACKSLASH)} FROM t`).strings.sort()).toEqual([VALUE, BACKSLASH].sort());
    // the same value escaped with a backslash would end the string in Trino and start a second statement
    expect(parseIn('trino', "SELECT 'a\\'; DROP TABLE t; --' FROM t").statements).toBe(2);
  });

  it('BigQuery compares a compound key with an IN subquery as one STRUCT (its IN subqueries have one output column)', () => {
    const samples = statements(DIALECTS.bigquery).samples!;
    expect(parseIn('bigquery', samples).statements).toBe(1);
    expect(samples).toContain('STRUCT(`region`, `code`) IN (SELECT AS STRUCT `region`, `code` FROM `sales`.`orders` WHERE ');
    expect(samples).not.toMatch(/(?<!STRUCT)\(`region`, `code`\) IN/);
    // the other dialects keep the row form their references document
    for (const n of ['snowflake', 'spark', 'trino'] as const) expect(statements(DIALECTS[n]).samples).toMatch(/\([`"]region[`"], [`"]code[`"]\) IN \(SELECT /);
  });

  it('BigQuery reads one order statistic per rank, also when two ranks share an APPROX_QUANTILES boundary', () => {
    const ranks = ['0.5', '0.5001', '0.9'];
    const sql = `SELECT ${DIALECTS.bigquery.orderStats('`v`', ranks)} AS m0 FROM t`;
    expect(parseIn('bigquery', sql).statements).toBe(1);
    expect([...sql.matchAll(/\[OFFSET\((\d+)\)\]/g)].map((m) => Number(m[1]))).toEqual([500, 500, 900]);
  });
});
