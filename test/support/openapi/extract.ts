/**
 * Writes `github-operations.json`: for each GitHub REST operation mlgate calls, its path and query
 * parameters and its request body's JSON Schema, taken from GitHub's published OpenAPI description
 * (npm `@octokit/openapi`, 385 MB installed, so it is never a dependency of the repository).
 *
 * Regenerate (deterministic: same package version, same bytes):
 *
 *   d=$(mktemp -d) && npm i --prefix "$d" --no-save --no-package-lock @octokit/openapi \
 *     && node --import tsx test/support/openapi/extract.ts "$d/node_modules/@octokit/openapi"
 *
 * A new operation used by mlgate goes into OPERATIONS below (and into test/support/github-server.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every call mlgate makes: packages/github, actions/monitor/src/issues.ts, actions/deploy/src/github.ts. */
export const OPERATIONS: ReadonlyArray<readonly [method: string, path: string]> = [
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/commits/{commit_sha}/comments'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['post', '/repos/{owner}/{repo}/deployments'],
  ['post', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],
  ['post', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'],
  ['post', '/repos/{owner}/{repo}/dispatches'],
  // eval-gate's override: the head commit of the pull request a comment was made on, and the commenter's permission
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/collaborators/{username}/permission'],
  // not called by mlgate: the ruleset docs/required-checks.md tells a user to create, checked in test/required-checks.test.ts
  ['post', '/repos/{owner}/{repo}/rulesets'],
];

/** Webhook payloads mlgate reads from the event file (`x-webhooks` of the description), checked in the tests that send them. */
export const WEBHOOKS: readonly string[] = ['merge-group-checks-requested', 'issue-comment-created', 'pull-request-labeled'];

/** Keys that only document: dropped so the fixture stays small and reviewable. */
const PROSE = new Set(['description', 'example', 'examples', 'externalDocs', 'title']);

function strip(v: unknown, parentIsProperties = false): unknown {
  if (Array.isArray(v)) return v.map((x) => strip(x));
  if (!v || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  // Under `properties` every key is a field name (an annotation's `title` is one), never prose.
  for (const k of Object.keys(v).sort()) if (parentIsProperties || !PROSE.has(k)) out[k] = strip((v as Record<string, unknown>)[k], k === 'properties' && !parentIsProperties);
  return out;
}

interface Parameter { name: string; in: string; required?: boolean; schema?: unknown }
interface Operation { operationId: string; externalDocs?: { url: string }; parameters?: Parameter[]; requestBody?: { required?: boolean; content: Record<string, { schema: unknown }> } }

export function extract(packageDir: string): string {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const api = JSON.parse(readFileSync(join(packageDir, 'generated/api.github.com.deref.json'), 'utf8')) as { paths: Record<string, Record<string, Operation>>; 'x-webhooks': Record<string, Record<string, Operation>> };
  const operations = OPERATIONS.map(([method, path]) => {
    const op = api.paths[path]?.[method];
    if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in @octokit/openapi ${pkg.version}`);
    const body = op.requestBody?.content['application/json'];
    return {
      method: method.toUpperCase(),
      path,
      operationId: op.operationId,
      documentation_url: op.externalDocs?.url ?? 'https://docs.github.com/rest',
      parameters: (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query').map((p) => strip({ name: p.name, in: p.in, required: p.required ?? false, schema: p.schema })),
      ...(body ? { bodyRequired: op.requestBody?.required ?? false, body: strip(body.schema) } : {}),
    };
  });
  const webhooks = WEBHOOKS.map((name) => {
    const hook = api['x-webhooks'][name]?.post;
    const body = hook?.requestBody?.content['application/json'];
    if (!hook || !body) throw new Error(`webhook ${name} is not in @octokit/openapi ${pkg.version}`);
    return { name, documentation_url: hook.externalDocs?.url ?? 'https://docs.github.com/webhooks/webhook-events-and-payloads', body: strip(body.schema) };
  });
  const note = `GitHub REST operations mlgate calls and webhook payloads it reads, from @octokit/openapi ${pkg.version} (generated/api.github.com.deref.json); regenerate with test/support/openapi/extract.ts`;
  return JSON.stringify({ note, openapiVersion: pkg.version, operations, webhooks }, null, 1) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: extract.ts <dir of @octokit/openapi>');
  writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'github-operations.json'), extract(dir));
}
