/** The bench suite as one DuckDB query over the CSV or Parquet file (2 threads). Prints JSON. */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const t0 = performance.now();
const require = createRequire(join(resolve(import.meta.dirname, '../../packages/checks'), 'package.json'));
interface Reader {
  getRowObjectsJson(): Array<Record<string, unknown>>;
}
const { DuckDBInstance } = require('@duckdb/node-api') as { DuckDBInstance: { create(path: string, opts: Record<string, string>): Promise<{ connect(): Promise<{ runAndReadAll(sql: string): Promise<Reader> }> }> } };
const file = process.argv[2]!;
const threads = process.argv[3] ?? '2';
const RANGES: Record<string, [number, number]> = { age: [0, 120], income: [0, 1e6], score: [0, 1], balance: [-1e4, 1e4], tenure: [0, 240], visits: [0, 1000], height: [100, 250], weight: [0, 250], ratio: [0, 2], temp: [-50, 60] };
const NOT_NULL = ['id', 'balance', 'tenure', 'visits', 'ratio', 'temp'];
const SETS: Record<string, string[]> = { country: ['DE', 'FR', 'NL', 'ES', 'IT'], segment: ['A', 'B', 'C', 'D'], channel: ['web', 'app', 'store'], plan: ['basic', 'pro', 'enterprise'] };
const REGEX: Record<string, string> = { email: '^[^@]+@[^@]+$', code: '^[A-Z]{2}-[0-9]{4}$' };
const sel: string[] = ['count(*) AS "rows"'];
for (const c of NOT_NULL) sel.push(`count(*) FILTER (WHERE ${c} IS NULL) AS "${c}.nullable"`);
sel.push(`count(id) - count(DISTINCT id) AS "id.dupkeys"`);
for (const [c, [lo, hi]] of Object.entries(RANGES)) {
  sel.push(`count(*) FILTER (WHERE ${c} < ${lo} OR ${c} > ${hi}) AS "${c}.min"`);
  sel.push(`quantile_disc(${c}, [0.05, 0.25, 0.5, 0.75, 0.95]) AS "${c}.quantiles"`);
}
for (const [c, vs] of Object.entries(SETS)) sel.push(`count(*) FILTER (WHERE ${c} IS NOT NULL AND ${c} NOT IN (${vs.map((v) => `'${v}'`).join(', ')})) AS "${c}.in"`);
for (const [c, rx] of Object.entries(REGEX)) sel.push(`count(*) FILTER (WHERE ${c} IS NOT NULL AND NOT regexp_matches(${c}, '${rx}')) AS "${c}.regex"`);
const db = await DuckDBInstance.create(':memory:', { threads });
const con = await db.connect();
const quoted = `'${file.replace(/'/g, "''")}'`;
const src = file.endsWith('.parquet') ? `read_parquet(${quoted})` : `read_csv(${quoted}, header = true)`;
const reader = await con.runAndReadAll(`SELECT ${sel.join(',\n  ')} FROM ${src}`);
const row = reader.getRowObjectsJson()[0] as Record<string, unknown>;
// every row of a duplicated id is unexpected (as GE counts it): a second, small query
const dup = await con.runAndReadAll(`SELECT coalesce(sum(n), 0) AS n FROM (SELECT count(*) AS n FROM ${src} WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1)`);
const out: Record<string, unknown> = { ...row, 'id.unique': Number(dup.getRowObjectsJson()[0]!.n) };
delete out['id.dupkeys'];
for (const k of Object.keys(out)) if (typeof out[k] === 'string' && /^\d+$/.test(out[k] as string)) out[k] = Number(out[k]);
out.seconds = (performance.now() - t0) / 1000;
out.max_rss_mb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify(out) + '\n');
