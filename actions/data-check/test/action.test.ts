import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { FakeGitHub } from '../../../test/support/github-server.js';
import { ROOT, runAction } from '../../../test/support/run-action.js';

const EX = join(ROOT, 'examples/data-check');
const prEvent = (n: number) => ({
  pull_request: { number: n, head: { repo: { full_name: 'acme/churn' } }, base: { repo: { full_name: 'acme/churn' } } },
  repository: { default_branch: 'main' },
});

const dir = mkdtempSync(join(tmpdir(), 'mlgate-dc-'));
function file(name: string, content: string | Buffer | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const SUITE = file(
  'suite.yml',
  ['table:', '  rows: { min: 1 }', 'columns:', '  id: { unique: true, nullable: false }', '  age: { type: integer, min: 0, max: 120 }', '  country: { in: [DE, FR, NL] }', ''].join('\n'),
);

function noStack(out: string): void {
  expect(out).not.toMatch(/\n\s+at [\w.<]+ \(/);
  expect(out).not.toMatch(/internal error/);
}

describe('actions/data-check (bundle as a process, GitHub REST on loopback)', () => {
  const gh = new FakeGitHub();
  beforeAll(() => gh.start());
  afterAll(() => gh.stop());

  it('fails on bad rows: comment created then updated, summary, annotations at the suite lines, exit 1', async () => {
    gh.addPullRequest(21, [{ body: 'first!' }]);
    const data = file('people.csv', 'id,age,country\n1,34,DE\n2,41,FR\n2,abc,<b>XX</b>\n4,200,NL\n');
    const inputs = { data, suite: SUITE, name: 'people', 'github-token': 'ghs_secret_dc' };
    const first = await runAction('data-check', { inputs, event: prEvent(21), apiUrl: gh.url });
    expect(first.code, first.stdout).toBe(1);
    expect(first.outputs.passed).toBe('false');
    const report = JSON.parse(readFileSync(first.outputs.report!, 'utf8'));
    expect(report).toMatchObject({ tool: 'data-check', name: 'people', status: 'fail', pullRequest: 21 });
    const byId = Object.fromEntries(report.checks.map((c: { id: string }) => [c.id, c]));
    expect(byId['columns.id.unique'].status).toBe('fail');
    expect(byId['columns.age.min'].message).toMatch(/^2 unexpected of 4 \(50\.00%\), e\.g\. "abc" at line 4, "200" at line 5/);
    expect(byId['columns.country.in'].status).toBe('fail');
    // annotations point at the key of each failing check in the suite
    const errors = first.annotations.filter((a) => a.level === 'error');
    const at = (id: string) => errors.find((a) => a.message.startsWith(byId[id].title));
    expect(at('columns.age.min')!.props).toContain(`file=${SUITE}`);
    expect(at('columns.age.min')!.props).toContain('line=5');
    expect(at('columns.id.unique')!.props).toContain('line=4');
    expect(at('columns.country.in')!.props).toContain('line=6');
    // the comment lists unexpected values with their lines, escaped
    const comment = gh.issues.get(21)!.comments.find((c) => c.body.startsWith('<!-- mlgate:data-check:people -->'))!;
    expect(comment.body).toContain('| line 4 | <code>&#60;b&#62;XX&#60;/b&#62;</code> |');
    expect(comment.body).not.toContain('<b>XX</b>');
    expect(first.summary).toContain('unexpected of 4');
    const second = await runAction('data-check', { inputs, event: prEvent(21), apiUrl: gh.url });
    expect(second.code).toBe(1);
    expect(gh.issues.get(21)!.comments.filter((c) => c.body.startsWith('<!-- mlgate:data-check:people -->'))).toHaveLength(1);
    expect(gh.issues.get(21)!.comments).toHaveLength(2);
    expect((first.stdout + second.stdout).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('ghs_secret_dc');
  });

  it('passes on real data, writes a profile, then finds drift against it with a chart', async () => {
    const profile = join(dir, 'wine.profile.json');
    const ok = await runAction('data-check', { inputs: { data: join(EX, 'wine-cultivars-0-1.csv'), suite: join(EX, 'suite.yml'), 'profile-out': profile, comment: 'never' } });
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.outputs.passed).toBe('true');
    expect(ok.outputs.profile).toBe(profile);
    const p = JSON.parse(readFileSync(profile, 'utf8'));
    expect(p).toMatchObject({ schema: 'mlgate/profile@1', rows: 130 });
    expect(p.columns.alcohol.percentiles).toHaveLength(101);
    const drift = await runAction('data-check', { inputs: { data: join(EX, 'wine.csv'), suite: join(EX, 'suite.yml'), reference: profile, 'fail-on': 'never', comment: 'never' } });
    expect(drift.code).toBe(0);
    expect(drift.outputs.passed).toBe('false');
    const md = readFileSync(drift.outputs.markdown!, 'utf8');
    expect(md).toMatch(/Drift: \d of 6 columns drifted/);
    expect(md).toContain('xychart-beta');
    expect(md).toContain('title "cultivar: reference vs current"');
    expect(drift.annotations.some((a) => a.level === 'warning' && /drift of cultivar: drifted: chi2/.test(a.message))).toBe(true);
  });

  it('scans on two worker threads from the bundle (dist/scan-worker) with the same report and profile as one', async () => {
    const run = async (threads: string) => {
      const profile = join(dir, `wine.${threads}.profile.json`);
      const r = await runAction('data-check', { inputs: { data: join(EX, 'wine.csv'), suite: join(EX, 'suite.yml'), reference: join(EX, 'wine-cultivars-0-1.csv'), 'profile-out': profile, 'fail-on': 'never', comment: 'never' }, env: { MLGATE_THREADS: threads } });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
      const p = JSON.parse(readFileSync(profile, 'utf8'));
      return { checks: report.checks, data: { ...report.data, profile: undefined }, profile: { ...p, createdAt: undefined } };
    };
    expect(existsSync(join(ROOT, 'actions/data-check/dist/scan-worker/index.js'))).toBe(true);
    const [one, two] = [await run('1'), await run('2')];
    expect(two).toEqual(one);
    expect(one.data.drift.columns.length).toBeGreaterThan(0);
  });

  it('scans by rows on two worker threads from the bundle with the same report as one (a suite without a profile)', async () => {
    const run = async (threads: string) => {
      const r = await runAction('data-check', { inputs: { data: join(EX, 'wine.csv'), suite: join(EX, 'suite.yml'), 'fail-on': 'never', comment: 'never' }, env: { MLGATE_THREADS: threads } });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
      // sums are added part by part: a mean or deviation to 12 digits
      return JSON.parse(JSON.stringify(report.checks), (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v));
    };
    const [one, two] = [await run('1'), await run('2')];
    expect(two).toEqual(one);
    expect(one.length).toBeGreaterThan(5);
  });

  it('runs a Great Expectations suite as GE writes it', async () => {
    const r = await runAction('data-check', { inputs: { data: join(EX, 'wine.csv'), suite: join(EX, 'expectations.json'), comment: 'never' } });
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(readFileSync(r.outputs.report!, 'utf8')).checks).toHaveLength(6);
  });

  describe('bad input is one clear line or a failed check, never a crash', () => {
    const bad = async (data: string, suite = SUITE) => {
      const r = await runAction('data-check', { inputs: { data, suite, comment: 'never' } });
      noStack(r.stdout + r.stderr);
      expect(r.code).toBe(1);
      return r;
    };
    const errorLine = (r: Awaited<ReturnType<typeof bad>>) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

    it('a ragged CSV row names its line', async () => {
      const r = await bad(file('ragged.csv', 'id,age,country\n1,2,DE\n3,4\n'));
      expect(errorLine(r)).toEqual([`${join(dir, 'ragged.csv')}:3: expected 3 fields as in the header, found 2`]);
      expect(r.annotations[0]!.props).toContain('line=3');
    });
    it('a quoted field left open names the line it opens on', async () => {
      const r = await bad(file('open.csv', 'id,age,country\n1,2,"DE\n3,4,FR\n'));
      expect(errorLine(r)[0]).toMatch(/open\.csv:2: a quoted field is never closed/);
    });
    it('invalid UTF-8 names the line', async () => {
      const r = await bad(file('latin1.csv', Buffer.concat([Buffer.from('id,age,country\n1,2,'), Buffer.from([0xc4, 0x45]), Buffer.from('\n')])));
      expect(errorLine(r)[0]).toMatch(/latin1\.csv:2: invalid UTF-8 \(byte 0xc4\)/);
    });
    it('text in a number column is a failed check showing the value and line', async () => {
      const r = await bad(file('text.csv', 'id,age,country\n1,33,DE\n2,thirty,FR\n'));
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
      expect(report.checks.find((c: { id: string }) => c.id === 'columns.age.type').message).toMatch(/1 unexpected of 2 .*"thirty" at line 3/);
    });
    it('an empty file says so', async () => {
      const r = await bad(file('empty.csv', ''));
      expect(errorLine(r)[0]).toMatch(/the file is empty/);
    });
    it('a missing column is a failed check that suggests the closest column', async () => {
      const r = await bad(file('renamed.csv', 'id,agee,country\n1,2,DE\n'));
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
      expect(report.checks.find((c: { id: string }) => c.id === 'columns.age.min').message).toBe('column "age" not found; did you mean "agee"?');
    });
    it('a truncated Parquet file is a data error', async () => {
      const buf = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'id', data: [1, 2, 3], type: 'INT32' }] }));
      const r = await bad(file('cut.parquet', buf.subarray(0, buf.length - 12)));
      expect(errorLine(r)[0]).toMatch(/cut\.parquet: cannot read the Parquet file/);
    });
    it('an unknown expectation suggests the closest name, at its suite line', async () => {
      const suite = file('ge.json', JSON.stringify({ expectations: [{ expectation_type: 'expect_column_values_to_be_unique', kwargs: { column: 'id' } }, { expectation_type: 'expect_column_values_to_not_be_nul', kwargs: { column: 'id' } }] }, null, 2));
      const r = await bad(file('ok.csv', 'id\n1\n'), suite);
      expect(errorLine(r)).toEqual([`${suite}:10:7: unknown expectation "expect_column_values_to_not_be_nul"; did you mean "expect_column_values_to_not_be_null"?`]);
      expect(r.annotations[0]!.props).toContain(`file=${suite}`);
      expect(r.annotations[0]!.props).toContain('line=10');
    });
    it('a text bound on a numeric column is a configuration error at its suite line, not bad data', async () => {
      const suite = file('lots.yml', 'columns:\n  age: { min: "lots" }\n');
      const r = await bad(file('ages.csv', 'id,age\n1,33\n2,41\n'), suite);
      expect(errorLine(r)).toEqual([`${suite}:2:10: "min" is "lots": column "age" holds numbers; a bound must be a number (or an ISO 8601 date for a date column)`]);
      expect(r.annotations[0]!.props).toContain('line=2');
    });
    it('a missing data file names it', async () => {
      const r = await bad(join(dir, 'nope.csv'));
      expect(errorLine(r)[0]).toBe(`${join(dir, 'nope.csv')}: data file not found`);
      expect(existsSync(join(dir, 'nope.csv'))).toBe(false);
    });
  });
});
