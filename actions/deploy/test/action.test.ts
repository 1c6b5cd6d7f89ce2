import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deployInputs } from '@mlgate/registry';
import { FakeGitHub } from '../../../test/support/github-server.js';
import { AzuriteServer, S3Server } from '../../../test/support/object-stores.js';
import { OciRegistry } from '../../../test/support/oci-registry.js';
import { StsStandIn } from '../../../test/support/sts.js';
import { ROOT, runAction } from '../../../test/support/run-action.js';

function model(seed: string): string {
  const d = mkdtempSync(join(tmpdir(), 'mlgate-deploy-model-'));
  mkdirSync(join(d, 'sub'));
  writeFileSync(join(d, 'model.bin'), Buffer.alloc(100_000, seed));
  writeFileSync(join(d, 'sub', 'config.json'), JSON.stringify({ seed }));
  return d;
}

function evalReport(): string {
  const d = mkdtempSync(join(tmpdir(), 'mlgate-deploy-report-'));
  writeFileSync(join(d, 'report.json'), JSON.stringify({ schema: 'mlgate/report@1', tool: 'eval-gate', name: 'churn', status: 'pass', headline: 'passed: roc_auc 0.93 (▲ +0.01 vs production)', checks: [] }));
  return join(d, 'report.json');
}

const gh = new FakeGitHub();
const oci = new OciRegistry({ users: { deployer: 'Registry-Pa55' } });
const s3 = new S3Server('models');
const azurite = new AzuriteServer(['models']);
beforeAll(async () => {
  await Promise.all([gh.start(), oci.start(), s3.start(), azurite.start()]);
});
afterAll(async () => {
  await Promise.all([gh.stop(), oci.stop(), s3.stop(), azurite.stop()]);
});

describe('actions/deploy (bundle as a process)', () => {
  it('declares in action.yml exactly the inputs it reads', () => {
    const yml = parse(readFileSync(join(ROOT, 'actions/deploy/action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string } };
    expect(Object.keys(yml.inputs).sort()).toEqual([...Object.keys(deployInputs.shape), 'name', 'github-token'].sort());
    expect(Object.keys(yml.outputs)).toEqual(expect.arrayContaining(['version', 'digest', 'previous-version']));
    expect(yml.runs.using).toBe('node24');
  });

  it('publishes, promotes, records a GitHub Deployment, then rolls back (file://)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-deploy-reg-'));
    const registry = `file://${dir}`;
    const first = await runAction('deploy', { inputs: { model: model('a'), registry, name: 'churn', promote: 'production', 'metrics-report': evalReport(), 'github-token': 'ghs_tok' }, apiUrl: gh.url });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ version: '1', 'previous-version': '', passed: 'true' });
    expect(first.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const dep = gh.deployments.at(-1)!;
    expect(dep).toMatchObject({ environment: 'production', ref: '0123456789abcdef0123456789abcdef01234567', payload: { model: 'churn', version: '1', digest: first.outputs.digest, registry } });
    expect(dep.statuses[0]).toMatchObject({ state: 'success', environment: 'production', log_url: 'https://github.com/acme/churn/actions/runs/4242' });
    expect(first.summary).toContain('churn 1 deployed to production');
    expect(first.summary).toContain('0123456789abcdef0123456789abcdef01234567');
    expect(first.summary).toContain('✅ eval-gate churn: passed&#58; roc&#95;auc 0.93');
    expect(first.summary).toContain(`mlgate registry rollback --registry ${registry} --name churn --alias production`);

    const second = await runAction('deploy', { inputs: { model: model('b'), registry, name: 'churn', promote: 'production', 'github-token': 'ghs_tok' }, apiUrl: gh.url });
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ version: '2', 'previous-version': '1' });

    const back = await runAction('deploy', { inputs: { registry, name: 'churn', rollback: 'production', reason: 'latency regression', 'github-token': 'ghs_tok' }, apiUrl: gh.url });
    expect(back.code).toBe(0);
    expect(back.outputs).toMatchObject({ version: '1', digest: first.outputs.digest, 'previous-version': '2' });
    expect(back.stdout).toContain('churn: production rolled back to 1 (was 2)');
    expect(back.summary).toContain('production rolled back to 1 &#40;was 2&#41;');
    expect(gh.deployments.at(-1)).toMatchObject({ environment: 'production', payload: { version: '1' } });
    const history = readFileSync(join(dir, 'models', 'churn', 'history', 'production.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(history.map((e) => `${e.action} ${e.from?.version ?? '-'}→${e.to.version} by ${e.who}`)).toEqual(['promote -→1 by octocat', 'promote 1→2 by octocat', 'rollback 2→1 by octocat']);
    expect(history[2].why).toBe('latency regression');

    // alias-at: which version production pointed at, at a moment between the first and the second promotion
    const between = new Date(Date.parse(history[0].when) + 1).toISOString();
    const at = await runAction('deploy', { inputs: { registry, name: 'churn', 'alias-at': `production at ${between}`, 'github-token': 'ghs_tok' }, apiUrl: gh.url });
    expect(at.code, at.stdout).toBe(0);
    expect(at.outputs).toMatchObject({ 'version-at': '1', 'digest-at': first.outputs.digest, since: history[0].when, 'moved-by': 'octocat', 'moved-why': history[0].why });
    expect(at.summary).toContain(`production pointed at 1 at ${between.replace(/:/g, '&#58;')}`); // escaped as any text
    const before = await runAction('deploy', { inputs: { registry, name: 'churn', 'alias-at': 'production at 2020-01-01', 'github-token': 'ghs_tok' }, apiUrl: gh.url });
    expect(before.outputs).toMatchObject({ 'version-at': '', since: '' });
    expect(before.summary).toContain('production had not been set at 2020-01-01T00&#58;00&#58;00.000Z');
    const bad = await runAction('deploy', { inputs: { registry, name: 'churn', 'alias-at': 'production at yesterday', 'github-token': 'ghs_tok' }, apiUrl: gh.url });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('input "alias-at": expected an ISO 8601 time with its zone, such as 2026-11-20T10:00Z (got "yesterday")');
  });

  it('records the training data in the lineage: files by glob with size and sha256, dvc.lock as DVC wrote it, file names escaped in the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-deploy-reg-'));
    const data = mkdtempSync(join(tmpdir(), 'mlgate-deploy-data-'));
    writeFileSync(join(data, 'train.csv'), 'x,y\n1,0\n');
    writeFileSync(join(data, 'evil_<b>|x.csv'), 'x,y\n2,1\n');
    const lock = join(ROOT, 'packages/registry/test/fixtures/dvc/dvc.lock');
    const r = await runAction('deploy', { inputs: { model: model('data'), registry: `file://${dir}`, name: 'churn', data: `${data}/*.csv\n${lock}`, 'github-token': 'ghs_tok' }, apiUrl: gh.url });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    const lineage = report.data.lineage.data;
    expect(lineage.files).toEqual([
      { path: join(data, 'evil_<b>|x.csv'), size: 8, digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
      { path: join(data, 'train.csv'), size: 8, digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    ]);
    expect(lineage.dvc).toHaveLength(5);
    // inside the workspace, a path is recorded relative to it (as the repository names it)
    expect(lineage.dvc[0]).toEqual({ file: 'packages/registry/test/fixtures/dvc/dvc.lock', stage: 'prepare', kind: 'dep', path: 'data/data.xml', hash: 'md5', md5: '22a1a2931c8370d3aeedd7183606fd7f', size: 14445097 });
    expect(r.summary).toMatch(/\| data \| 2 files, 16 B and 5 DVC paths \(digest <code>sha256&#58;[0-9a-f]{12}<\/code>\) \|/);
    expect(r.summary).toContain('evil&#95;&#60;b&#62;&#124;x.csv');
    expect(r.summary).not.toContain('<b>');

    const missing = await runAction('deploy', { inputs: { model: model('data2'), registry: `file://${dir}`, name: 'churn', data: `${data}/nothing/*.parquet`, 'github-token': 'ghs_tok' }, apiUrl: gh.url });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(`::error::input "data": no file matches the pattern "${data}/nothing/*.parquet"`);
  });

  it('pushes to a real OCI registry with the password masked, and fails in one line on a wrong one', async () => {
    const inputs = { model: model('oci'), registry: oci.url('acme'), name: 'churn', promote: 'staging', 'registry-username': 'deployer', 'registry-password': 'Registry-Pa55', 'github-token': 'ghs_tok' };
    const ok = await runAction('deploy', { inputs, apiUrl: gh.url });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('::add-mask::Registry-Pa55');
    expect(ok.stdout.replaceAll('::add-mask::Registry-Pa55', '')).not.toContain('Registry-Pa55');
    expect(ok.outputs.version).toBe('1');
    expect(gh.deployments.at(-1)).toMatchObject({ environment: 'staging', payload: { registry: oci.url('acme'), version: '1' } });
    const auth = { authorization: `Basic ${Buffer.from('deployer:Registry-Pa55').toString('base64')}`, accept: 'application/vnd.oci.image.manifest.v1+json' };
    const manifest = (await (await fetch(`http://${oci.host}/v2/acme/churn/manifests/v1`, { headers: auth })).json()) as { annotations: Record<string, string> };
    expect(manifest.annotations['org.opencontainers.image.source']).toBe('https://github.com/acme/churn');

    // A model directory with a link out of it: refused in one line, nothing pushed, the alias untouched.
    const leaky = model('leak');
    symlinkSync('/etc/passwd', join(leaky, 'sub', 'passwd'));
    const refused = await runAction('deploy', { inputs: { ...inputs, model: leaky, name: 'leaky' }, apiUrl: gh.url });
    expect(refused.code).toBe(1);
    expect(refused.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/symbolic link sub\/passwd -> \/etc\/passwd leads outside the model directory.*nothing was promoted: staging is still at \(unset\)/)]);
    expect((await fetch(`http://${oci.host}/v2/acme/leaky/tags/list`, { headers: auth })).status).toBe(404);

    const bad = await runAction('deploy', { inputs: { ...inputs, 'registry-password': 'Wrong-Pa55' }, apiUrl: gh.url });
    expect(bad.code).toBe(1);
    const errors = bad.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/refused the credentials of user "deployer".*check registry-username and registry-password/);
    expect(bad.stdout.replaceAll('::add-mask::Wrong-Pa55', '')).not.toContain('Wrong-Pa55');
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /);
  });

  const stores = [
    { kind: 's3', registry: 's3://models/team/registry', env: () => s3.env(), secret: () => s3.secretAccessKey },
    { kind: 'azblob', registry: `azblob://${AzuriteServer.account}/models/team/registry`, env: () => ({ AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString() }), secret: () => AzuriteServer.key },
  ];
  for (const store of stores) {
    it(`publishes, promotes and rolls back in ${store.kind}:// with the credentials from the environment, the secret masked`, async () => {
      const inputs = { registry: store.registry, name: 'churn', 'github-token': 'ghs_tok' };
      const first = await runAction('deploy', { inputs: { ...inputs, model: model(`${store.kind}-a`), promote: 'production' }, env: store.env(), apiUrl: gh.url });
      expect(first.stderr).toBe('');
      expect(first.code, first.stdout).toBe(0);
      expect(first.stdout).toContain(`::add-mask::${store.secret()}`);
      expect(first.stdout.replaceAll(`::add-mask::${store.secret()}`, '')).not.toContain(store.secret());
      expect(gh.deployments.at(-1)).toMatchObject({ environment: 'production', payload: { registry: store.registry, version: '1' } });
      const second = await runAction('deploy', { inputs: { ...inputs, model: model(`${store.kind}-b`), promote: 'production' }, env: store.env(), apiUrl: gh.url });
      expect(second.outputs).toMatchObject({ version: '2', 'previous-version': '1' });
      const back = await runAction('deploy', { inputs: { ...inputs, rollback: 'production' }, env: store.env(), apiUrl: gh.url });
      expect(back.code).toBe(0);
      expect(back.outputs).toMatchObject({ version: '1', digest: first.outputs.digest, 'previous-version': '2' });
      expect(back.summary).toContain(`mlgate registry rollback --registry ${store.registry} --name churn --alias production`);
      // Without credentials: one line saying what to set, exit 1.
      const none = await runAction('deploy', { inputs: { ...inputs, model: model(`${store.kind}-c`), promote: 'production' }, env: { AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent', AWS_EC2_METADATA_DISABLED: 'true', AWS_REGION: 'us-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }, apiUrl: gh.url });
      expect(none.code).toBe(1);
      expect(none.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/no (AWS|Azure Storage) credentials .*(AWS_ACCESS_KEY_ID|AZURE_STORAGE_CONNECTION_STRING).*nothing was promoted|no (AWS|Azure Storage) credentials/)]);
      expect(none.stdout + none.stderr).not.toMatch(/\n\s+at /);
    }, 60_000);
  }

  it('takes S3 credentials from a web identity (a role and an OIDC token file, as configure-aws-credentials can leave them) through the SDK chain', async () => {
    const sts = await new StsStandIn({ accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, sessionToken: 'session-from-sts' }).start();
    try {
      const token = join(mkdtempSync(join(tmpdir(), 'mlgate-oidc-')), 'token');
      writeFileSync(token, 'oidc-token-from-github');
      const env = { AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/mlgate-models', AWS_WEB_IDENTITY_TOKEN_FILE: token, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_STS: sts.endpoint, AWS_ENDPOINT_URL_S3: s3.endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
      const r = await runAction('deploy', { inputs: { registry: 's3://models/oidc', name: 'churn', model: model('oidc'), promote: 'production', 'github-token': 'ghs_tok' }, env, apiUrl: gh.url });
      expect(r.stderr).toBe('');
      expect(r.code, r.stdout).toBe(0);
      expect(sts.calls).toEqual([{ roleArn: 'arn:aws:iam::123456789012:role/mlgate-models', token: 'oidc-token-from-github', sessionName: expect.any(String) }]);
      expect(r.outputs.version).toBe('1');
    } finally {
      await sts.stop();
    }
  });

  it('names the missing or wrong input in one line', async () => {
    const noName = await runAction('deploy', { inputs: { model: model('x'), registry: 'file:///tmp/x' }, apiUrl: gh.url });
    expect(noName.code).toBe(1);
    expect(noName.annotations[0]!.message).toMatch(/input "name" is required/);
    const badScheme = await runAction('deploy', { inputs: { model: model('x'), registry: 'gs://bucket', name: 'churn' }, apiUrl: gh.url });
    expect(badScheme.annotations[0]!.message).toMatch(/registry "gs:\/\/bucket" is not supported: use file:\/\/DIR, oci:\/\/HOST\/REPO, s3:\/\/BUCKET\/PREFIX or azblob:\/\/ACCOUNT\/CONTAINER\/PREFIX/);
    const badAlias = await runAction('deploy', { inputs: { model: model('x'), registry: 'file:///tmp/x', name: 'churn', promote: 'v2' }, apiUrl: gh.url });
    expect(badAlias.annotations[0]!.message).toMatch(/alias "v2" is not valid/);
  });
});
