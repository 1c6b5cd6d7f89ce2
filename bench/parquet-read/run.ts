/**
 * bench/parquet-read: every column of the bench Parquet file (1M × 20, snappy, written by DuckDB) read
 * as data-check reads it, by mlgate's flat-column reader (`packages/data/src/parquet-flat.ts`,
 * `parquet-page.ts`) and by hyparquet's own column reader, each in its own process (read.ts), the
 * order alternated from round to round. Prints min and median of the read time (in the process, start-up
 * excluded) and of peak RSS, the load average before each round, and checks that both read the same
 * cells (null count exactly, the tally of values to 1e-9).
 *
 *   node --import tsx bench/parquet-read/run.ts [--rows 1000000] [--rounds 5]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from '../data-check/gen.js';

const HERE = import.meta.dirname;
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '5' } } });
const rows = Number(values.rows);
const csv = join(tmpdir(), `mlgate-bench-${rows}.csv`);
const data = csv.replace(/\.csv$/, '.parquet');
if (!existsSync(csv)) await generate(csv, rows);
if (!existsSync(data)) {
  const w = spawnSync(process.execPath, ['--import', 'tsx', resolve(HERE, '../data-check/to-parquet.ts'), csv, data], { stdio: 'inherit' });
  if (w.status !== 0) throw new Error('could not write the Parquet file');
}
const work = mkdtempSync(join(tmpdir(), 'mlgate-bench-pqr-'));

interface Result {
  ms: number;
  rssMb: number;
  sum: number;
  nulls: number;
  cells: number;
}

function read(reader: string): Result {
  const timeFile = join(work, `${reader}.time`);
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, '--import', 'tsx', join(HERE, 'read.ts'), reader, data], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${reader} failed: ${r.stderr}`);
  const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  return { ...(JSON.parse(r.stdout) as Omit<Result, 'rssMb'>), rssMb: kb / 1024 };
}

const readers = ['mlgate', 'hyparquet'];
const results = new Map<string, Result[]>(readers.map((r) => [r, []]));
const loads: string[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  loads.push(loadavg()[0]!.toFixed(2));
  const order = round % 2 === 0 ? readers : [...readers].reverse();
  for (const reader of order) results.get(reader)!.push(read(reader));
  process.stderr.write(`round ${round + 1} (load ${loads.at(-1)}): ${order.map((r) => `${r} ${results.get(r)!.at(-1)!.ms.toFixed(0)} ms`).join(', ')}\n`);
}
const [a, b] = readers.map((r) => results.get(r)![0]!) as [Result, Result];
if (a.nulls !== b.nulls || a.cells !== b.cells || Math.abs(a.sum - b.sum) > 1e-9 * Math.abs(a.sum)) throw new Error(`the readers disagree: ${JSON.stringify(a)} against ${JSON.stringify(b)}`);
const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
console.log(`${rows} rows, ${data}; load average before each round: ${loads.join(', ')}\n`);
console.log('| reader | read ms min | read ms median | peak RSS MB median |\n|---|---:|---:|---:|');
for (const r of readers) {
  const xs = results.get(r)!;
  console.log(`| ${r} | ${Math.min(...xs.map((x) => x.ms)).toFixed(0)} | ${median(xs.map((x) => x.ms)).toFixed(0)} | ${median(xs.map((x) => x.rssMb)).toFixed(0)} |`);
}
console.log(`\nBoth read ${a.cells} cells, ${a.nulls} of them null.`);
