import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from './support/github-server.js';
import { extract, OPERATIONS, WEBHOOKS } from './support/openapi/extract.js';

const gh = new FakeGitHub();
gh.allowRejections = true;
beforeAll(() => gh.start());
afterAll(() => gh.stop());

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: { message?: string; errors?: Array<{ resource: string; field: string; code: string }>; documentation_url?: string } }> {
  const r = await fetch(gh.url + path, { method, headers: { 'content-type': 'application/json', authorization: 'token t' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : {} };
}

const base = '/repos/acme/churn';
const annotation = (i: number) => ({ path: 'models/churn.yml', start_line: i + 1, end_line: i + 1, annotation_level: 'failure', message: `check ${i} failed` });
const checkRun = (output: object = { title: 't', summary: 's' }, extra: object = {}) => ({ name: 'mlgate eval-gate: churn', head_sha: 'a'.repeat(40), status: 'completed', conclusion: 'success', output, ...extra });

describe('the GitHub stand-in refuses what GitHub refuses', () => {
  it.each([
    ['a check run concluded "passed"', 'POST', `${base}/check-runs`, checkRun(undefined, { conclusion: 'passed' }), 'CheckRun', 'conclusion', 'invalid'],
    ['51 annotations in one call', 'POST', `${base}/check-runs`, checkRun({ title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) }), 'CheckRun', 'output.annotations', 'invalid'],
    ['annotation_level "error"', 'POST', `${base}/check-runs`, checkRun({ title: 't', summary: 's', annotations: [{ ...annotation(0), annotation_level: 'error' }] }), 'CheckRun', 'output.annotations[0].annotation_level', 'invalid'],
    ['a 70,000-character comment', 'POST', `${base}/issues/7/comments`, { body: 'x'.repeat(70_000) }, 'IssueComment', 'body', 'custom'],
    ['a deployment without ref', 'POST', `${base}/deployments`, { environment: 'production' }, 'Deployment', 'ref', 'missing_field'],
    ['a workflow dispatch without ref', 'POST', `${base}/actions/workflows/retrain.yml/dispatches`, { inputs: {} }, 'WorkflowDispatch', 'ref', 'missing_field'],
  ])('%s: 422 Validation Failed', async (_what, method, path, body, resource, field, code) => {
    gh.addPullRequest(7);
    const r = await call(method, path, body);
    expect(r.status).toBe(422);
    expect(r.json.message).toBe('Validation Failed');
    expect(r.json.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/rest\//);
    expect(r.json.errors).toContainEqual(expect.objectContaining({ resource, field, code }));
    expect(gh.rejected.at(-1)?.path).toBe(path);
  });

  it('refuses an issue title over 256 characters and a check-run summary over 65,535', async () => {
    expect((await call('POST', `${base}/issues`, { title: 't'.repeat(257) })).json.errors).toContainEqual(expect.objectContaining({ field: 'title' }));
    expect((await call('POST', `${base}/check-runs`, checkRun({ title: 't', summary: 's'.repeat(65_536) }))).status).toBe(422);
  });

  it('takes valid requests, and appends the annotations of each update to the check run', async () => {
    expect((await call('POST', `${base}/issues/7/comments`, { body: 'x'.repeat(65_536) })).status).toBe(201);
    expect((await call('POST', `${base}/deployments`, { ref: 'main', environment: 'production', required_contexts: [], payload: { model: 'churn' } })).status).toBe(201);
    expect((await call('POST', `${base}/actions/workflows/retrain.yml/dispatches`, { ref: 'refs/heads/main' })).status).toBe(204);
    const created = await call('POST', `${base}/check-runs`, checkRun({ title: 't', summary: 's', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) }));
    expect(created.status).toBe(201);
    const id = (created.json as { id?: number }).id;
    expect((await call('PATCH', `${base}/check-runs/${id}`, { output: { title: 't', summary: 's', annotations: [annotation(50)] } })).status).toBe(200);
    expect(gh.checkRuns.find((c) => c.id === id)?.annotations).toHaveLength(51);
  });

  it('fails the suite at stop() when a request was refused and no test expected it', async () => {
    const other = await new FakeGitHub().start();
    await fetch(`${other.url}${base}/deployments`, { method: 'POST', body: '{}' });
    await expect(other.stop()).rejects.toThrow(/GitHub would have refused 1 request\(s\):\nPOST \/repos\/acme\/churn\/deployments: .*"ref"/);
  });
});

describe('the OpenAPI extract', () => {
  const fixture = JSON.parse(readFileSync(new URL('./support/openapi/github-operations.json', import.meta.url), 'utf8')) as { openapiVersion: string; operations: Array<{ method: string; path: string }>; webhooks: Array<{ name: string }> };
  it('holds every operation mlgate calls and every webhook payload it reads, from a named @octokit/openapi version', () => {
    expect(fixture.openapiVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(fixture.operations.map((o) => [o.method.toLowerCase(), o.path])).toEqual(OPERATIONS);
    expect(fixture.webhooks.map((w) => w.name)).toEqual(WEBHOOKS);
  });
  // Set OCTOKIT_OPENAPI_DIR to an installed @octokit/openapi (see extract.ts) to check the committed fixture is its extract.
  const dir = process.env.OCTOKIT_OPENAPI_DIR;
  it.skipIf(!dir || !existsSync(dir))('regenerates byte for byte from @octokit/openapi', () => {
    expect(extract(dir!)).toBe(readFileSync(new URL('./support/openapi/github-operations.json', import.meta.url), 'utf8'));
  });
});
