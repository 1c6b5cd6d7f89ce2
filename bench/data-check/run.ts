/**
 * bench/data-check: the same suite (nulls, ranges, sets, a unique id, regexes, 5 quantiles per numeric
 * column) over an N-row × 20-column CSV, run by mlgate (the bundled action, as a workflow runs it:
 * the streaming engine on its default threads and on one, and `engine: duckdb`), by pandas, by DuckDB
 * (2 threads) and by Polars (lazy, all cores), side by side in one run. Each round runs every tool once, the order rotated from round to round; the table gives
 * min and median wall time and peak RSS per process (GNU time), and the load average before each
 * round. The tools must find the same unexpected counts and quantiles.
 *
 * `--format parquet` runs the same on the same rows written once as Parquet (snappy) by DuckDB, without
 * pandas (Debian has no pyarrow for it to read Parquet with).
 *
 * `--settle S` waits S seconds before each round, so that the load average taken then says what else
 * the machine runs, not what the round before ran (a one-minute average falls to a third in 60 s).
 *
 *   node --import tsx bench/data-check/run.ts [--rows 1000000] [--rounds 3] [--format csv|parquet] [--only a,b] [--settle 0] [--json out.json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './gen.js';

const ROOT = resolve(import.meta.dirname, '../..');
const HERE = import.meta.dirname;
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '3' }, json: { type: 'string' }, data: { type: 'string' }, format: { type: 'string', default: 'csv' }, only: { type: 'string' }, settle: { type: 'string', default: '0' } } });
const rows = Number(values.rows);
const work = mkdtempSync(join(tmpdir(), 'mlgate-bench-dc-'));
const csv = values.data ?? join(tmpdir(), `mlgate-bench-${rows}.csv`);
if (!existsSync(csv)) {
  process.stderr.write(`generating ${csv} (${rows} rows × 20 columns)…\n`);
  await generate(csv, rows);
}
const parquet = values.format === 'parquet';
const data = parquet ? csv.replace(/\.csv$/, '') + '.parquet' : csv;
if (parquet && !existsSync(data)) {
  process.stderr.write(`writing ${data} (Parquet, snappy, DuckDB)…\n`);
  const w = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'to-parquet.ts'), csv, data], { stdio: 'inherit' });
  if (w.status !== 0) throw new Error('could not write the Parquet file');
}
const suite = join(HERE, 'suite.yml');
const bundle = join(ROOT, 'actions/data-check/dist/index.js');
if (!existsSync(bundle)) throw new Error('build the action first: pnpm --filter @mlgate/action-data-check build');

interface Run {
  tool: string;
  wall: number;
  rssMb: number;
  counts: Record<string, unknown>;
}

function timed(tool: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): { wall: number; rssMb: number; stdout: string } {
  const timeFile = join(work, `${tool}.time`);
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, cmd, ...args], { env, cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && !tool.startsWith('mlgate')) throw new Error(`${tool} failed: ${r.stderr}`);
  const [wall, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wall: wall!, rssMb: kb! / 1024, stdout: r.stdout };
}

function action(tool: string, engine: 'stream' | 'duckdb', threads?: string): Run {
  const out = join(work, 'gh-output');
  writeFileSync(out, '');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: join(work, 'summary'), RUNNER_TEMP: work, INPUT_DATA: data, INPUT_SUITE: suite, INPUT_COMMENT: 'never', 'INPUT_FAIL-ON': 'never', INPUT_NAME: 'bench', INPUT_ENGINE: engine, ...(threads ? { MLGATE_THREADS: threads } : {}) };
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  // engine: duckdb finds DuckDB in the working directory's dependencies, as a workflow that installs it
  const t = timed(tool, process.execPath, [bundle], env, engine === 'duckdb' ? join(ROOT, 'packages/checks') : undefined);
  const reportPath = readFileSync(out, 'utf8').match(/^report<<(\S+)\n(.*)\n/m)?.[2] ?? readFileSync(out, 'utf8').match(/report=(.*)/)?.[1];
  const report = JSON.parse(readFileSync(reportPath!, 'utf8')) as { checks: Array<{ id: string; observed: unknown }> };
  const counts: Record<string, unknown> = {};
  for (const c of report.checks) counts[c.id.replace(/^columns\./, '')] = c.id.endsWith('.quantiles') ? (c.observed as { values: number[] }).values : c.observed;
  return { tool, wall: t.wall, rssMb: t.rssMb, counts };
}
const mlgate = () => action('mlgate', 'stream');
const mlgateOne = () => action('mlgate-1t', 'stream', '1');
const mlgateDuck = () => action('mlgate-duckdb', 'duckdb');

function pandas(): Run {
  const t = timed('pandas', '/usr/bin/python3', [join(HERE, 'peer_pandas.py'), data]);
  return { tool: 'pandas', wall: t.wall, rssMb: t.rssMb, counts: JSON.parse(t.stdout) };
}

function duckdb(): Run {
  const t = timed('duckdb', process.execPath, ['--import', 'tsx', join(HERE, 'peer-duckdb.ts'), data, '2']);
  return { tool: 'duckdb', wall: t.wall, rssMb: t.rssMb, counts: JSON.parse(t.stdout) };
}

function polars(): Run {
  const t = timed('polars', process.execPath, ['--import', 'tsx', join(HERE, 'peer-polars.ts'), data]);
  return { tool: 'polars', wall: t.wall, rssMb: t.rssMb, counts: JSON.parse(t.stdout) };
}

const ALL = { mlgate, 'mlgate-1t': mlgateOne, 'mlgate-duckdb': mlgateDuck, pandas, duckdb, polars } as Record<string, () => Run>;
const NAMES = Object.keys(ALL).filter((t) => !(parquet && t === 'pandas') && (!values.only || values.only.split(',').includes(t)));
const TOOLS = NAMES.map((t) => ALL[t]!);
const runs: Run[] = [];
const rounds: Array<{ order: string[]; load: number }> = [];
for (let i = 0; i < Number(values.rounds); i++) {
  // rotate the order so no tool always runs first (cold page cache) or last
  const order = TOOLS.map((_, k) => (k + i) % TOOLS.length);
  if (Number(values.settle) > 0) await new Promise((r) => setTimeout(r, Number(values.settle) * 1000));
  rounds.push({ order: order.map((k) => NAMES[k]!), load: loadavg()[0]! });
  for (const k of order) runs.push(TOOLS[k]!());
}

// every tool must find the same counts
const REF = NAMES.includes('pandas') ? 'pandas' : NAMES.includes('duckdb') ? 'duckdb' : NAMES[0]!;
const KEYS = Object.keys(runs.find((r) => r.tool === REF)!.counts).filter((k) => /\.(nullable|unique|min|in|regex)$/.test(k));
const disagree: string[] = [];
for (const k of KEYS) {
  const vals = runs.filter((r) => r.tool !== 'duckdb' || k in r.counts).map((r) => Number(r.counts[k]));
  if (new Set(vals).size > 1) disagree.push(`${k}: ${runs.map((r) => `${r.tool}=${String(r.counts[k])}`).join(' ')}`);
}
// quantiles are exact up to 1M values per column; past it they come from the sketch (rank error ≤ 0.5 %),
// so then they must agree within 2 % of the p05–p95 spread
const sketched = rows > 1_000_000;
// the reference for quantiles: pandas (numpy's 'nearest'), or on Parquet the streaming engine on one thread (equal to pandas on the CSV runs)
const QREF = NAMES.includes('pandas') ? 'pandas' : 'mlgate-1t';
for (const k of NAMES.includes(QREF) ? Object.keys(runs.find((r) => r.tool === QREF)!.counts).filter((x) => x.endsWith('.quantiles')) : []) {
  const p = runs.find((r) => r.tool === QREF)!.counts[k] as number[];
  for (const tool of ['mlgate', 'mlgate-1t', 'mlgate-duckdb'].filter((t) => NAMES.includes(t) && t !== QREF)) {
    const m = runs.find((r) => r.tool === tool)!.counts[k] as number[];
    // the streaming engine sketches past 1M values per column; DuckDB's order statistics stay exact
    const tol = sketched && tool.startsWith('mlgate') && tool !== 'mlgate-duckdb' ? 0.02 * (p[p.length - 1]! - p[0]!) : 1e-9 * Math.max(1, ...p.map(Math.abs));
    if (m.some((v, i) => Math.abs(v - p[i]!) > tol)) disagree.push(`${k}: ${tool} ${m} pandas ${p}`);
  }
}

const of = (tool: string) => runs.filter((r) => r.tool === tool);
const min = (xs: number[]) => Math.min(...xs);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const LABEL: Record<string, string> = { mlgate: 'mlgate (action bundle, streaming engine, threads: auto)', 'mlgate-1t': 'mlgate (action bundle, streaming engine, MLGATE_THREADS=1)', polars: `Polars (nodejs-polars 0.25.2, lazy ${parquet ? 'scanParquet' : 'scanCSV'}, all cores)`, 'mlgate-duckdb': 'mlgate (action bundle, engine: duckdb)', pandas: 'pandas', duckdb: 'DuckDB (2 threads)' };
const lines = [`data-check bench: ${rows.toLocaleString('en')} rows × 20 columns (${(readFileSync(data).length / 1e6).toFixed(0)} MB ${parquet ? 'Parquet' : 'CSV'}), ${rounds.length} rounds, order rotated`, '', '| tool | wall s min | wall s median | peak RSS MB median |', '|---|---:|---:|---:|'];
for (const t of NAMES) lines.push(`| ${LABEL[t]} | ${min(of(t).map((r) => r.wall)).toFixed(2)} | ${median(of(t).map((r) => r.wall)).toFixed(2)} | ${median(of(t).map((r) => r.rssMb)).toFixed(0)} |`);
lines.push('', ...rounds.map((r, i) => `round ${i + 1}: load ${r.load.toFixed(2)}, order ${r.order.join(' → ')}`));
const ratio = (a: string, b: string) => (median(of(a).map((r) => r.wall)) / median(of(b).map((r) => r.wall))).toFixed(2);
const ratios = [['mlgate', 'pandas'], ['mlgate', 'duckdb'], ['mlgate', 'polars'], ['mlgate-1t', 'mlgate'], ['mlgate-duckdb', 'duckdb']].filter(([a, b]) => NAMES.includes(a!) && NAMES.includes(b!));
lines.push('', `median against median: ${ratios.map(([a, b]) => `${a} / ${b} ${ratio(a!, b!)}×`).join(', ')}`);
lines.push(disagree.length ? `DISAGREEMENTS:\n${disagree.join('\n')}` : `all ${KEYS.length} counts agree across the ${NAMES.length} tools (Polars' quantile 'nearest' rounds its index differently from numpy's and is not compared); ${NAMES.includes(QREF) ? `quantiles agree with ${QREF} ${sketched ? 'within 2 % of the p05–p95 spread (sketch past 1M values)' : 'exactly'}` : 'quantiles not compared (no pandas or one-thread run to compare with)'}`);
process.stdout.write(lines.join('\n') + '\n');
if (values.json) writeFileSync(values.json, JSON.stringify({ rows, rounds, runs: runs.map((r) => ({ tool: r.tool, wall: r.wall, rssMb: r.rssMb })), disagree }, null, 2));
if (disagree.length) process.exitCode = 1;
