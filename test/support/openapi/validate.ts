import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Checks a request against GitHub's OpenAPI description of the operation (the committed extract in
 * `github-operations.json`) and against the limits GitHub documents outside the schema. A request
 * GitHub would refuse gets GitHub's 422 answer, so a test against the stand-in fails as the real
 * API would.
 */
export interface GitHubError { resource: string; field: string; code: 'invalid' | 'missing_field' | 'too_long' | 'custom'; message?: string }
export interface Rejection { status: 422; body: { message: 'Validation Failed'; errors: GitHubError[]; documentation_url: string } }

interface Param { name: string; in: 'path' | 'query'; required: boolean; schema: object }
interface Op { method: string; path: string; operationId: string; documentation_url: string; parameters: Param[]; bodyRequired?: boolean; body?: object }
interface Compiled extends Op { pattern: RegExp; names: string[]; validateBody?: ValidateFunction; validateParams: ValidateFunction }

const fixture = JSON.parse(readFileSync(new URL('./github-operations.json', import.meta.url), 'utf8')) as { openapiVersion: string; operations: Op[]; webhooks: Array<{ name: string; body: object }> };
export const openapiVersion = fixture.openapiVersion;

/** OpenAPI 3.0's `nullable: true` as JSON Schema: the schema or null. */
function jsonSchema(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(jsonSchema);
  if (!v || typeof v !== 'object') return v;
  const { nullable, ...rest } = v as Record<string, unknown>;
  const out = Object.fromEntries(Object.entries(rest).map(([k, x]) => [k, k === 'enum' || k === 'required' ? x : jsonSchema(x)]));
  return nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

// Vendor keys (x-github…) are tolerated: strict off.
const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
addFormats(ajv);
const ajvParams = new Ajv({ allErrors: true, strict: false, coerceTypes: true });
addFormats(ajvParams);

/** The resource GitHub names in a 422 for each operation. */
const RESOURCE: Record<string, string> = {
  'issues/create': 'Issue', 'issues/update': 'Issue', 'issues/create-comment': 'IssueComment', 'issues/update-comment': 'IssueComment',
  'repos/create-commit-comment': 'CommitComment', 'checks/create': 'CheckRun', 'checks/update': 'CheckRun',
  'repos/create-deployment': 'Deployment', 'repos/create-deployment-status': 'DeploymentStatus',
  'actions/create-workflow-dispatch': 'WorkflowDispatch', 'repos/create-dispatch-event': 'RepositoryDispatch',
  'repos/create-repo-ruleset': 'RepositoryRuleset',
};

const operations: Compiled[] = fixture.operations.map((op) => {
  const names: string[] = [];
  const pattern = new RegExp('^' + op.path.replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), '([^/]+)')) + '$');
  const params = { type: 'object', properties: Object.fromEntries(op.parameters.map((p) => [p.name, p.schema])), required: op.parameters.filter((p) => p.required).map((p) => p.name) };
  return { ...op, pattern, names, validateParams: ajvParams.compile(jsonSchema(params) as object), ...(op.body ? { validateBody: ajv.compile(jsonSchema(op.body) as object) } : {}) };
});

/** A JSON pointer from Ajv (`/output/annotations/0/path`) as GitHub names a field (`output.annotations[0].path`). */
function field(e: ErrorObject): string {
  const parts = e.instancePath.split('/').slice(1);
  if (e.keyword === 'required') parts.push(String((e.params as { missingProperty: string }).missingProperty));
  return parts.reduce((s, p) => (/^\d+$/.test(p) ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

/** Documented limits the schema does not state (docs.github.com, "Create an issue", "Create a check run"…). */
function limits(operationId: string, body: Record<string, unknown>, resource: string): GitHubError[] {
  const out: GitHubError[] = [];
  const tooLong = (name: string, value: unknown, max: number) => {
    if (typeof value === 'string' && value.length > max) out.push({ resource, field: name, code: 'custom', message: `${name} is too long (maximum is ${max} characters)` });
  };
  if (/^issues\/|commit-comment$/.test(operationId)) tooLong('body', body.body, 65_536);
  if (operationId === 'issues/create' || operationId === 'issues/update') tooLong('title', body.title, 256);
  if (operationId.startsWith('checks/')) {
    const output = (body.output ?? {}) as Record<string, unknown>;
    tooLong('output.summary', output.summary, 65_535);
    tooLong('output.text', output.text, 65_535);
    if (Array.isArray(output.annotations) && output.annotations.length > 50) out.push({ resource, field: 'output.annotations', code: 'custom', message: 'Only 50 annotations are allowed per request' });
    const annotations = Array.isArray(output.annotations) ? (output.annotations as Array<Record<string, unknown>>) : [];
    annotations.forEach((a, i) => tooLong(`output.annotations[${i}].title`, a.title, 255));
  }
  if (operationId === 'repos/create-deployment-status') tooLong('description', body.description, 140);
  return out;
}

export interface Match { operationId: string; params: Record<string, string> }

/** The operation a request is, or undefined when mlgate's fixture has no such operation. */
export function match(method: string, pathname: string): Match | undefined {
  for (const op of operations) {
    if (op.method !== method) continue;
    const m = pathname.match(op.pattern);
    if (m) return { operationId: op.operationId, params: Object.fromEntries(op.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) };
  }
  return undefined;
}

/** Undefined when GitHub would take the request; otherwise GitHub's 422 answer. */
export function validate(method: string, pathname: string, query: URLSearchParams, body: unknown): Rejection | undefined {
  const found = match(method, pathname);
  if (!found) return undefined;
  const op = operations.find((o) => o.operationId === found.operationId)!;
  const resource = RESOURCE[op.operationId] ?? op.operationId;
  const errors: GitHubError[] = [];
  const params: Record<string, unknown> = { ...found.params, ...Object.fromEntries(query) };
  if (!op.validateParams(params)) for (const e of op.validateParams.errors ?? []) errors.push({ resource, field: field(e), code: e.keyword === 'required' ? 'missing_field' : 'invalid', message: e.message });
  if (op.validateBody) {
    if (body === undefined && op.bodyRequired) errors.push({ resource, field: '', code: 'missing_field', message: 'a request body is required' });
    else if (body !== undefined && !op.validateBody(body)) {
      // anyOf/oneOf repeat their branches' errors: keep each field's first one.
      const seen = new Set<string>();
      for (const e of op.validateBody.errors ?? []) {
        const err: GitHubError = { resource, field: field(e), code: e.keyword === 'required' ? 'missing_field' : 'invalid', message: `${field(e) || 'body'} ${e.message ?? 'is invalid'}` };
        if (seen.has(err.field + err.code)) continue;
        seen.add(err.field + err.code);
        errors.push(err);
      }
    }
    if (body && typeof body === 'object') errors.push(...limits(op.operationId, body as Record<string, unknown>, resource).filter((e) => !errors.some((x) => x.field === e.field)));
  }
  return errors.length ? { status: 422, body: { message: 'Validation Failed', errors, documentation_url: op.documentation_url } } : undefined;
}

const webhooks = new Map(fixture.webhooks.map((w) => [w.name, ajv.compile(jsonSchema(w.body) as object)]));

/**
 * The ways a webhook payload (an event file's content) departs from GitHub's description of it, as
 * `field: message` lines; empty when it matches. `name` is the description's key, e.g.
 * `merge-group-checks-requested`.
 */
export function webhookErrors(name: string, payload: unknown): string[] {
  const check = webhooks.get(name);
  if (!check) throw new Error(`webhook ${name} is not in github-operations.json: add it to WEBHOOKS in extract.ts and regenerate`);
  return check(payload) ? [] : (check.errors ?? []).map((e) => `${field(e) || 'payload'}: ${e.message ?? 'is invalid'}`);
}
