/**
 * bench/eval-gate: (1) the paired bootstrap (1,000 resamples) of ROC AUC on 1M rows, mlgate beside
 * two peers, in rounds with the order alternated: NumPy written as a competent user writes it (rows
 * sorted once, bincount draw counts, weighted AUC in one pass: bootstrap_numpy.py) and the naive
 * NumPy + scikit-learn loop (bootstrap_sklearn.py); (2) the action's start-up (bundle load to exit on a
 * tiny input) beside `node -e 0`.
 *
 *   node --import tsx bench/eval-gate/run.ts [--rows 1000000] [--resamples 1000] [--peer-resamples 100] [--rounds 3] [--startup-only]
 *
 * scikit-learn takes ~0.3 s per resample at 1M rows, so by default the peer runs 100 resamples and
 * its time for 1,000 is that × 10 (resamples are independent and equal in cost; the report says so).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FakeGitHub } from '../../test/support/github-server.js';
import { generate } from './gen.js';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, resamples: { type: 'string', default: '1000' }, 'peer-resamples': { type: 'string', default: '100' }, startups: { type: 'string', default: '20' }, rounds: { type: 'string', default: '3' }, 'startup-only': { type: 'boolean', default: false } } });
const n = Number(values.rows);
const resamples = Number(values.resamples);
const peerResamples = Number(values['peer-resamples']);

function json(cmd: string, args: string[]): Record<string, number> {
  return JSON.parse(execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop()!);
}

const work = mkdtempSync(join(tmpdir(), 'mlgate-bench-eg-'));
if (!values['startup-only']) bootstrapBench();

function bootstrapBench(): void {
const { y, a, b } = generate(n);
writeFileSync(join(work, 'y.bin'), y);
writeFileSync(join(work, 'a.bin'), Buffer.from(a.buffer));
writeFileSync(join(work, 'b.bin'), Buffer.from(b.buffer));

console.log(`paired bootstrap of ROC AUC, ${n.toLocaleString('en-US')} rows, ${resamples} resamples, ${values.rounds} rounds, order alternated`);
type Out = Record<string, number>;
const TOOLS: Record<string, () => Out> = {
  mlgate: () => json(process.execPath, ['--import', 'tsx', 'bench/eval-gate/bootstrap-mlgate.ts', String(n), String(resamples)]),
  numpy: () => json('/usr/bin/python3', ['bench/eval-gate/bootstrap_numpy.py', work, String(resamples)]),
  // ~0.3 s per resample at 1M rows: it runs --peer-resamples and its time for all is that × resamples / peer-resamples
  sklearn: () => {
    const o = json('/usr/bin/python3', ['bench/eval-gate/bootstrap_sklearn.py', work, String(peerResamples)]);
    return { ...o, seconds: (o.seconds! / peerResamples) * resamples };
  },
};
const names = Object.keys(TOOLS);
const runs: Record<string, Out[]> = Object.fromEntries(names.map((k) => [k, []]));
for (let i = 0; i < Number(values.rounds); i++) {
  const order = i % 2 === 0 ? names : [...names].reverse();
  console.log(`  round ${i + 1}: load ${loadavg()[0]!.toFixed(2)}, order ${order.join(' → ')}`);
  for (const k of order) runs[k]!.push(TOOLS[k]!());
}
const secs = (k: string) => runs[k]!.map((o) => o.seconds!).sort((x, z) => x - z);
const med = (xs: number[]) => (xs.length % 2 ? xs[(xs.length - 1) / 2]! : (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2);
for (const k of names) {
  const o = runs[k]![0]!;
  console.log(`  ${k.padEnd(8)} min ${secs(k)[0]!.toFixed(2)} s, median ${med(secs(k)).toFixed(2)} s (${((med(secs(k)) / resamples) * 1000).toFixed(1)} ms a resample${k === 'sklearn' ? `, from ${peerResamples} resamples` : ''}), peak RSS ${o.maxRssMB!.toFixed(0)} MB, Δ ${o.point!.toFixed(5)} [${o.lo!.toFixed(5)}, ${o.hi!.toFixed(5)}]`);
}
console.log(`  median against median: NumPy (sorted once, bincount) / mlgate ${(med(secs('numpy')) / med(secs('mlgate'))).toFixed(2)}×, scikit-learn loop / mlgate ${(med(secs('sklearn')) / med(secs('mlgate'))).toFixed(1)}×`);
}

// start-up: the bundle on a tiny input, process start to exit, against an empty node
const tiny = join(work, 'tiny');
mkdirSync(tiny);
writeFileSync(join(tiny, 'p.csv'), 'label,score\n1,0.9\n0,0.2\n1,0.7\n0,0.4\n');
writeFileSync(join(tiny, 'gate.yml'), 'task: binary\nprediction: score\nrules:\n  roc_auc: { min: 0.5 }\n');
const env = { PATH: process.env.PATH!, RUNNER_TEMP: tiny, GITHUB_OUTPUT: join(tiny, 'out'), INPUT_PREDICTIONS: join(tiny, 'p.csv'), INPUT_CONFIG: join(tiny, 'gate.yml'), INPUT_COMMENT: 'never', INPUT_BASELINE: 'none' };
writeFileSync(env.GITHUB_OUTPUT, '');
function median(cmd: string[], times: number, e: NodeJS.ProcessEnv): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    const r = spawnSync(cmd[0]!, cmd.slice(1), { env: e, stdio: 'ignore' });
    ms.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${cmd.join(' ')} exited ${r.status}`);
  }
  ms.sort((x, z) => x - z);
  return ms[Math.floor(ms.length / 2)]!;
}
const startups = Number(values.startups);
const empty = median([process.execPath, '-e', '0'], startups, env);
const action = median([process.execPath, join(ROOT, 'actions/eval-gate/dist/index.js')], startups, env);
console.log(`start-up (median of ${startups}): node -e 0 ${empty.toFixed(0)} ms, eval-gate bundle on a tiny input ${action.toFixed(0)} ms → +${(action - empty).toFixed(0)} ms`);

// the same on a pull request with a token, against the GitHub stand-in on loopback (the comment and the check run posted)
const gh = await new FakeGitHub().start();
const event = join(tiny, 'event.json');
writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'feedface', repo: { full_name: 'acme/churn' } }, base: { repo: { full_name: 'acme/churn' } } } }));
const prEnv = { ...env, INPUT_COMMENT: 'auto', 'INPUT_GITHUB-TOKEN': 'ghs_bench', GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/churn', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'feedface', GITHUB_RUN_ID: '1', GITHUB_SERVER_URL: 'https://github.com' };
const withGitHub = await medianAsync([process.execPath, join(ROOT, 'actions/eval-gate/dist/index.js')], startups, prEnv);
await gh.stop();
console.log(`start-up with the GitHub stand-in (a comment and a check run; median of ${startups}): ${withGitHub.toFixed(0)} ms → +${(withGitHub - empty).toFixed(0)} ms over node -e 0, +${(withGitHub - action).toFixed(0)} ms over no token`);

async function medianAsync(cmd: string[], times: number, e: NodeJS.ProcessEnv): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    const code = await new Promise<number | null>((res) => spawn(cmd[0]!, cmd.slice(1), { env: e, stdio: 'ignore' }).on('close', res));
    ms.push(performance.now() - t);
    if (code !== 0) throw new Error(`${cmd.join(' ')} exited ${code}`);
  }
  ms.sort((x, z) => x - z);
  return ms[Math.floor(ms.length / 2)]!;
}
