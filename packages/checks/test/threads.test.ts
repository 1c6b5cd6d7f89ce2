import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../../bench/data-check/gen.js';
import { loadSuite, runDataCheck, type DataCheckResult } from '../src/index.js';
import { prestart, threadsFor, waitingWorkers } from '../src/stream/threads.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-threads-'));
const BENCH_SUITE = join(import.meta.dirname, '../../../bench/data-check/suite.yml');
let csv: string;
beforeAll(async () => {
  csv = join(dir, 'table.csv');
  await generate(csv, 20_000);
});

const verdicts = (r: DataCheckResult): unknown => r.results.map((x) => [x.check.id, x.verdict.success, x.verdict.observed]);

describe('workers started before the suite is read', () => {
  it('start for a local CSV, TSV or Parquet file the streaming engine reads on several threads, and for nothing else', () => {
    const small = join(dir, 'small.csv');
    writeFileSync(small, 'a\n1\n');
    // below 16 MiB one thread reads the file, unless MLGATE_THREADS says otherwise
    expect(threadsFor('csv', [small], undefined, {})).toBe(1);
    expect(threadsFor('csv', [small], undefined, { MLGATE_THREADS: '3' })).toBe(3);
    expect(threadsFor('jsonl', [small], undefined, { MLGATE_THREADS: '3' })).toBe(1);
    expect(prestart({ INPUT_DATA: small })).toBe(0);
    expect(prestart({ INPUT_DATA: small, MLGATE_THREADS: '2', INPUT_ENGINE: 'duckdb' })).toBe(0);
    expect(prestart({ INPUT_DATA: join(dir, 'missing.csv'), MLGATE_THREADS: '2' })).toBe(0);
    expect(prestart({ INPUT_DATA: 'postgresql://u@localhost/db?table=t', MLGATE_THREADS: '2' })).toBe(0);
    expect(prestart({ INPUT_DATA: join(dir, '*.csv'), MLGATE_THREADS: '2' })).toBe(0);
    expect(prestart({ MLGATE_THREADS: '2' })).toBe(0);
    expect(waitingWorkers()).toBe(0);
  });

  it('are given the scan and give what a worker started for it gives', async () => {
    const suite = loadSuite(BENCH_SUITE);
    const one = await runDataCheck({ suite, data: csv, threads: 1 });
    expect(prestart({ INPUT_DATA: csv, MLGATE_THREADS: '3' })).toBe(2);
    expect(waitingWorkers()).toBe(2);
    const warm = await runDataCheck({ suite, data: csv, threads: 3 });
    expect(waitingWorkers()).toBe(0);
    const cold = await runDataCheck({ suite, data: csv, threads: 3 });
    expect(verdicts(warm)).toEqual(verdicts(cold));
    // the quantiles, counts and samples are one thread's (sums may differ in the last bits: not compared here)
    expect(warm.results.filter((r) => r.check.id.endsWith('quantiles')).map((r) => r.verdict.observed)).toEqual(one.results.filter((r) => r.check.id.endsWith('quantiles')).map((r) => r.verdict.observed));
  }, 60_000);

  it('do not keep the process alive when they are given no work', () => {
    const script = `import { prestart } from ${JSON.stringify(join(import.meta.dirname, '../src/stream/threads.ts'))}; console.log(prestart({ INPUT_DATA: ${JSON.stringify(csv)}, MLGATE_THREADS: '2' }));`;
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stdout.trim()).toBe('1');
    expect(r.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);
});
