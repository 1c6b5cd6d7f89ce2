import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FakeGitHub } from '../../../test/support/github-server.js';
import { ROOT, runAction } from '../../../test/support/run-action.js';
import { startFaultServer, type FaultServer } from '../../../test/support/model-servers/fault-server.js';
import { shadowInputs } from '@mlgate/shadow';

const EX = join(ROOT, 'examples/shadow');
const model = (v: string) => `command: node ${join(EX, 'model-server.mjs')} ${join(EX, `models/${v}.json`)} --stdin`;
const prEvent = (n: number) => ({
  pull_request: { number: n, head: { repo: { full_name: 'acme/churn' } }, base: { repo: { full_name: 'acme/churn' } } },
  repository: { default_branch: 'main' },
});
const dir = () => mkdtempSync(join(tmpdir(), 'mlgate-sc-'));

describe('actions/shadow-compare (bundle as a process, GitHub REST on loopback)', () => {
  const gh = new FakeGitHub();
  let server: FaultServer;
  beforeAll(async () => {
    await gh.start();
    server = await startFaultServer('ok');
  });
  afterAll(async () => {
    await gh.stop();
    await server.stop();
  });

  it('a failing rule: annotation at the rule, sticky comment, summary, passed=false, exit 1; a second run updates the one comment', async () => {
    gh.addPullRequest(21, [{ body: 'looks good' }]);
    const inputs = { inputs: join(EX, 'inputs.jsonl'), candidate: model('candidate'), production: model('production'), config: join(EX, 'shadow.yml'), 'github-token': 'ghs_topsecret', name: 'malignancy' };
    const r = await runAction('shadow-compare', { inputs, event: prEvent(21), apiUrl: gh.url });
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.passed).toBe('false');
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report).toMatchObject({ tool: 'shadow-compare', name: 'malignancy', status: 'fail', pullRequest: 21 });
    expect(report.data.inputs).toBe(569);
    expect(report.data.roles.candidate.ok).toBe(569);
    const psi = r.annotations.find((a) => a.level === 'error' && a.message.includes('psi'))!;
    expect(psi.props).toContain(`file=${join(EX, 'shadow.yml')}`);
    expect(psi.props).toContain('line=8');
    expect(r.summary).toContain('| rule | production | candidate | limit | verdict |');
    expect(r.summary).toContain('production ↓ · candidate →');
    expect(r.summary).toContain('xychart-beta');
    const comments = gh.issues.get(21)!.comments;
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body.startsWith('<!-- mlgate:shadow-compare:malignancy -->')).toBe(true);
    expect(r.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain('ghs_topsecret');

    const again = await runAction('shadow-compare', { inputs: { ...inputs, production: model('candidate'), 'fail-on': 'fail' }, event: prEvent(21), apiUrl: gh.url });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs.passed).toBe('true');
    expect(gh.issues.get(21)!.comments).toHaveLength(2);
    expect(gh.issues.get(21)!.comments[1]!.body).toContain('100.00%');
  });

  it('headers from the config with ${ENV} secrets: sent to the model, masked in the log', async () => {
    const d = dir();
    writeFileSync(join(d, 'shadow.yml'), 'answer: predictions[0].score\nheaders:\n  X-Model-Key: "k-${MODEL_KEY}"\nrules:\n  error_rate: { max: 0 }\n');
    const rows = readFileSync(join(EX, 'inputs.jsonl'), 'utf8').split('\n').slice(0, 20).join('\n');
    writeFileSync(join(d, 'in.jsonl'), rows);
    const r = await runAction('shadow-compare', { inputs: { inputs: join(d, 'in.jsonl'), candidate: server.url, production: `${server.url}?v=1`, config: join(d, 'shadow.yml'), comment: 'never' }, env: { MODEL_KEY: 'sup3r-s3cret-value' } });
    expect(r.code, r.stdout).toBe(0);
    expect(server.headers.at(-1)!['x-model-key']).toBe('k-sup3r-s3cret-value');
    expect(r.stdout).toContain('::add-mask::sup3r-s3cret-value');
    expect(r.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain('sup3r-s3cret-value');
  });

  it('bad input is one line naming file, line and the fix, exit 1, no stack trace', async () => {
    const d = dir();
    writeFileSync(join(d, 'shadow.yml'), 'answer: predictions[0].score\nrules:\n  agrement: { min: 0.9 }\n');
    const r = await runAction('shadow-compare', { inputs: { inputs: join(EX, 'inputs.jsonl'), candidate: server.url, production: server.url, config: join(d, 'shadow.yml'), comment: 'never' } });
    expect(r.code).toBe(1);
    const err = r.annotations.find((a) => a.level === 'error')!;
    expect(err.message).toMatch(/unknown key "agrement"; did you mean "agreement"/);
    expect(err.props).toContain('line=3');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);

    writeFileSync(join(d, 'bad.jsonl'), '{"a": 1}\n{"a": \n');
    const b = await runAction('shadow-compare', { inputs: { inputs: join(d, 'bad.jsonl'), candidate: server.url, production: 'ftp://x', comment: 'never' } });
    expect(b.annotations.find((a) => a.level === 'error')!.message).toMatch(/input "production": expected an http\(s\):\/\/ URL/);
    const c = await runAction('shadow-compare', { inputs: { inputs: join(d, 'bad.jsonl'), candidate: server.url, production: server.url, comment: 'never' } });
    expect(c.code).toBe(1);
    expect(c.annotations.find((a) => a.level === 'error')!.message).toMatch(/bad\.jsonl:2: line is not JSON/);
  });

  it('reference: every request held against the training profile data-check wrote; novel inputs counted per column with line numbers, agreement apart, novel-inputs gates on the share', async () => {
    const d = dir();
    const all = readFileSync(join(EX, 'inputs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
    // training: the first 400 rows, profiled by the data-check action itself
    writeFileSync(join(d, 'train.jsonl'), all.slice(0, 400).map((x) => JSON.stringify(x)).join('\n') + '\n');
    writeFileSync(join(d, 'suite.yml'), 'columns:\n  "mean radius": { nullable: false }\n');
    const profiled = await runAction('data-check', { inputs: { data: join(d, 'train.jsonl'), suite: join(d, 'suite.yml'), 'profile-out': join(d, 'train.profile.json'), comment: 'never' } });
    expect(profiled.code, profiled.stdout).toBe(0);
    // the replay: every row, three of them edited to hold what training never had
    const replay = all.map((x) => ({ ...x }));
    replay[10]!['mean radius'] = 99;
    replay[20]!['<b>zip</b>'] = 75001;
    replay[30]!['worst area'] = -1;
    writeFileSync(join(d, 'replay.jsonl'), replay.map((x) => JSON.stringify(x)).join('\n') + '\n');
    // what is novel, worked out here from the training rows (not from the profile)
    const cols = Object.keys(all[0]!);
    const lo = Object.fromEntries(cols.map((c) => [c, Math.min(...all.slice(0, 400).map((x) => x[c]!))]));
    const hi = Object.fromEntries(cols.map((c) => [c, Math.max(...all.slice(0, 400).map((x) => x[c]!))]));
    const novelLines = replay.map((x, i) => (Object.entries(x).some(([k, v]) => !(k in lo) || v < lo[k]! || v > hi[k]!) ? i + 1 : 0)).filter(Boolean);
    const perColumn: Record<string, number> = {};
    replay.forEach((x) => Object.entries(x).forEach(([k, v]) => (!(k in lo) || v < lo[k]! || v > hi[k]!) && (perColumn[k] = (perColumn[k] ?? 0) + 1)));
    expect(novelLines).toEqual(expect.arrayContaining([11, 21, 31]));

    writeFileSync(join(d, 'shadow.yml'), 'task: classification\nanswer: predictions[0].label\nscore: predictions[0].score\nrules:\n  agreement: { min: 0.5 }\n  novel-inputs: { max: 1% }\n');
    const r = await runAction('shadow-compare', { inputs: { inputs: join(d, 'replay.jsonl'), candidate: model('candidate'), production: model('production'), config: join(d, 'shadow.yml'), reference: join(d, 'train.profile.json'), comment: 'never' } });
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    const n = report.data.novelty;
    expect(n).toMatchObject({ checked: 569, rows: novelLines.length, share: novelLines.length / 569, margin: 0 });
    expect(Object.fromEntries(Object.entries(n.columns as Record<string, { rows: number }>).map(([k, v]) => [k, v.rows]))).toEqual(perColumn);
    expect(n.columns['mean radius'].examples).toContainEqual({ line: 11, value: '99', reason: 'above-max' });
    expect(n.columns['worst area'].examples).toContainEqual({ line: 31, value: '-1', reason: 'below-min' });
    expect(n.columns['<b>zip</b>']).toMatchObject({ rows: 1, examples: [{ line: 21, value: '75001', reason: 'unknown-field' }] });
    for (const c of Object.values(n.columns as Record<string, { examples: Array<{ line: number }> }>)) for (const e of c.examples) expect(novelLines).toContain(e.line);
    // the two models compared apart on novel and familiar inputs: together, every input both answered
    expect(n.comparison.novel.compared).toBe(novelLines.length);
    expect(n.comparison.novel.compared + n.comparison.familiar.compared).toBe(report.data.comparison.compared);
    // the share is above 1%: the rule fails, at its line in the config
    const share = novelLines.length / 569;
    expect(share).toBeGreaterThan(0.01);
    expect(r.code, r.stdout).toBe(1);
    const rule = report.checks.find((c: { id: string }) => c.id === 'shadow.novel-inputs');
    expect(rule).toMatchObject({ status: 'fail', location: { line: 6 }, message: `inputs never seen in training: ${(share * 100).toFixed(2)}% is above the maximum 1.00%` });
    expect(r.summary).toContain('#### Inputs never seen in training:');
    expect(r.summary).toContain('<code>&#60;b&#62;zip&#60;/b&#62;</code>');
    expect(r.summary).not.toContain('<b>zip</b>');
    expect(r.summary).toMatch(/\| novel \| \d+ \| \d+\.\d+% \|/);

    // a percentage that is not one is an error naming file, line and field
    writeFileSync(join(d, 'bad.yml'), 'rules:\n  novel-inputs: { max: lots }\n');
    const bad = await runAction('shadow-compare', { inputs: { inputs: join(d, 'replay.jsonl'), candidate: model('candidate'), production: model('production'), config: join(d, 'bad.yml'), reference: join(d, 'train.profile.json'), comment: 'never' } });
    expect(bad.code).toBe(1);
    const err = bad.annotations.find((a) => a.level === 'error')!;
    expect(err.message).toMatch(/`rules\.novel-inputs\.max` is "lots"; expected a number or a percentage such as `2%25`/); // % is %25 in a workflow command
    expect(err.props).toContain('line=2');
  });

  it('action.yml declares exactly the inputs the code reads, runs on node24', () => {
    const yml = parse(readFileSync(join(ROOT, 'actions/shadow-compare/action.yml'), 'utf8'));
    expect(yml.runs.using).toBe('node24');
    expect(Object.keys(yml.inputs).sort()).toEqual([...Object.keys(shadowInputs.shape), 'name', 'comment', 'fail-on', 'github-token'].sort());
    expect(Object.keys(yml.outputs).sort()).toEqual(['markdown', 'passed', 'report']);
  });

  it('a command: model that is not found or dies: the ::error:: line gives the cause', async () => {
    const base = { inputs: join(EX, 'inputs.jsonl'), production: model('production'), config: join(EX, 'shadow.yml'), 'github-token': 'ghs_x', comment: 'never' };
    const missing = await runAction('shadow-compare', { inputs: { ...base, candidate: 'command: no-such-model-xyz --stdin' }, event: prEvent(31), apiUrl: gh.url });
    expect(missing.code, missing.stdout).toBe(1);
    expect(missing.stdout).toMatch(/::error[^\n]*command not found: no-such-model-xyz/);
    const dies = await runAction('shadow-compare', { inputs: { ...base, candidate: `command: node -e "console.error('loading'); console.error('weights.pkl is missing'); process.exit(3)"` }, event: prEvent(32), apiUrl: gh.url });
    expect(dies.code, dies.stdout).toBe(1);
    expect(dies.stdout).toMatch(/::error[^\n]*the command exited \(code 3\): weights\.pkl is missing/);
  });
});
