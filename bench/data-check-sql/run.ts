/**
 * bench/data-check-sql: the bench suite (bench/data-check/suite.yml, 39 checks) over an N-row ×
 * 20-column table in a local PostgreSQL, three ways, side by side in one run, order rotated per round:
 * - pushdown: the data-check action (bundle as a process) with data: postgresql://…?table=bench;
 * - export-then-scan: psql's \copy of the table to CSV, then the action on the file;
 * - one query per expectation: each check as its own plan and round trip (naive.ts).
 * Min and median wall time, the action's peak RSS (GNU time), the load average before each round,
 * and a check that the three find the same counts.
 *
 *   node --import tsx bench/data-check-sql/run.ts [--rows 1000000] [--rounds 3]
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { startPostgres } from '../../test/support/postgres.js';
import { generate, HEADER } from '../data-check/gen.js';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '3' } } });
const rows = Number(values.rows);
const work = mkdtempSync(join(tmpdir(), 'mlgate-bench-sql-'));
const csv = join(tmpdir(), `mlgate-bench-${rows}.csv`);
if (!existsSync(csv)) await generate(csv, rows);
const suite = join(ROOT, 'bench/data-check/suite.yml');
const bundle = join(ROOT, 'actions/data-check/dist/index.js');

const TYPES: Record<string, string> = { id: 'bigint', age: 'integer', income: 'double precision', score: 'double precision', balance: 'double precision', tenure: 'integer', visits: 'integer', height: 'double precision', weight: 'double precision', ratio: 'double precision', temp: 'double precision', active: 'boolean', signup: 'date' };
const db = await startPostgres();
try {
  const t0 = performance.now();
  await db.query(`CREATE TABLE bench (${HEADER.map((c) => `"${c}" ${TYPES[c] ?? 'text'}`).join(', ')})`);
  const client = new pg.Client({ connectionString: db.urlWithPassword });
  await client.connect();
  await pipeline(createReadStream(csv), client.query(copyFrom(`COPY bench FROM STDIN WITH (FORMAT csv, HEADER true, NULL '')`)));
  await client.query('ANALYZE bench');
  await client.end();
  process.stderr.write(`loaded ${rows} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

  const url = `${db.url}?table=public.bench`;
  interface Run { tool: string; wall: number; rssMb?: number; counts: Record<string, unknown> }
  const time = (tag: string, cmd: string, args: string[], env: NodeJS.ProcessEnv) => {
    const tf = join(work, `${tag}.time`);
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', tf, cmd, ...args], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
    const [wall, kb] = readFileSync(tf, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    return { wall: wall!, rssMb: kb! / 1024, stdout: r.stdout, stderr: r.stderr, status: r.status };
  };
  const action = (data: string): { wall: number; rssMb: number; counts: Record<string, unknown> } => {
    const out = join(work, 'out');
    writeFileSync(out, '');
    writeFileSync(join(work, 'summary'), '');
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: join(work, 'summary'), RUNNER_TEMP: work, INPUT_DATA: data, INPUT_SUITE: suite, INPUT_COMMENT: 'never', 'INPUT_FAIL-ON': 'never', INPUT_NAME: 'bench', 'INPUT_CONNECTION-PASSWORD': db.password };
    const t = time('action', process.execPath, [bundle], env);
    const reportPath = readFileSync(out, 'utf8').match(/^report<<(\S+)\n(.*)\n/m)?.[2];
    if (!reportPath) throw new Error(`the action wrote no report: ${t.stdout}\n${t.stderr}`);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { checks: Array<{ id: string; observed: unknown }> };
    const counts: Record<string, unknown> = {};
    for (const c of report.checks) counts[c.id.replace(/^columns\./, '')] = c.id.endsWith('.quantiles') ? (c.observed as { values: number[] }).values : c.observed;
    return { wall: t.wall, rssMb: t.rssMb, counts };
  };
  const pushdown = (): Run => ({ tool: 'pushdown', ...action(url) });
  const exportScan = (): Run => {
    const file = join(work, 'export.csv');
    const e = time('export', 'psql', [db.urlWithPassword, '-q', '-c', `\\copy (SELECT * FROM bench) TO '${file}' WITH (FORMAT csv, HEADER true)`], process.env);
    if (e.status !== 0) throw new Error(`psql: ${e.stderr}`);
    const a = action(file);
    rmSync(file);
    return { tool: 'export-then-scan', wall: e.wall + a.wall, rssMb: a.rssMb, counts: a.counts };
  };
  const naive = (): Run => {
    const t = time('naive', process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'naive.ts'), url, suite, db.password], process.env);
    if (t.status !== 0) throw new Error(`naive: ${t.stderr}`);
    return { tool: 'one-query-per-expectation', wall: t.wall, rssMb: t.rssMb, counts: JSON.parse(t.stdout) };
  };
  const TOOLS = [pushdown, exportScan, naive];
  const runs: Run[] = [];
  const rounds: Array<{ load: number; order: string[] }> = [];
  for (let i = 0; i < Number(values.rounds); i++) {
    const order = TOOLS.map((_, k) => (k + i) % TOOLS.length);
    const load = loadavg()[0]!;
    const got = order.map((k) => TOOLS[k]!());
    rounds.push({ load, order: got.map((r) => r.tool) });
    runs.push(...got);
  }
  const names = ['pushdown', 'export-then-scan', 'one-query-per-expectation'];
  const of = (t: string) => runs.filter((r) => r.tool === t);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const lines = [`data-check over a PostgreSQL table: ${rows.toLocaleString('en')} rows × 20 columns, ${rounds.length} rounds, order rotated`, '', '| way | wall s min | wall s median | peak RSS MB median (the process that judges) |', '|---|---:|---:|---:|'];
  for (const t of names) lines.push(`| ${t} | ${Math.min(...of(t).map((r) => r.wall)).toFixed(2)} | ${med(of(t).map((r) => r.wall)).toFixed(2)} | ${med(of(t).map((r) => r.rssMb ?? 0)).toFixed(0)} |`);
  lines.push('', ...rounds.map((r, i) => `round ${i + 1}: load ${r.load.toFixed(2)}, order ${r.order.join(' → ')}`));
  // "2.00× faster" or "takes 1.50× the time of": a ratio below 1 is never called faster
  const against = (b: string) => {
    const r = med(of(b).map((x) => x.wall)) / med(of('pushdown').map((x) => x.wall));
    return r >= 1 ? `is ${r.toFixed(2)}× faster than ${b}` : `takes ${(1 / r).toFixed(2)}× the time of ${b}`;
  };
  lines.push('', `pushdown ${against('export-then-scan')} and ${against('one-query-per-expectation')} (median against median); the naive way sent ${String(of('one-query-per-expectation')[0]!.counts.statements)} statements`);
  const keys = Object.keys(of('pushdown')[0]!.counts).filter((k) => /\.(nullable|unique|min|in|regex)$/.test(k));
  const disagree = keys.filter((k) => new Set(names.map((t) => JSON.stringify(of(t)[0]!.counts[k]))).size > 1);
  lines.push(disagree.length ? `DISAGREEMENTS: ${disagree.map((k) => `${k}: ${names.map((t) => JSON.stringify(of(t)[0]!.counts[k])).join(' / ')}`).join('; ')}` : `all ${keys.length} counts agree across the three ways`);
  process.stdout.write(lines.join('\n') + '\n');
  if (disagree.length) process.exitCode = 1;
} finally {
  await db.stop();
}
