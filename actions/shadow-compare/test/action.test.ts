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
