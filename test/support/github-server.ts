import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validate } from './openapi/validate.js';

/**
 * A local HTTP server that answers the GitHub REST endpoints mlgate uses, with state kept in memory,
 * pagination by Link headers as GitHub does it, and every request recorded for assertions. Every
 * request is first checked against GitHub's OpenAPI description and documented limits
 * (`openapi/validate.ts`): what GitHub would refuse gets GitHub's 422 and is kept in `rejected`.
 */
export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: Array<{ name: string }>;
  comments: FakeComment[];
  pull_request?: object;
}
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization?: string;
}

export class FakeGitHub {
  server!: Server;
  url = '';
  requests: RecordedRequest[] = [];
  issues = new Map<number, FakeIssue>();
  commitComments: Array<{ sha: string; body: string }> = [];
  deployments: Array<{ id: number; environment: string; ref: string; payload: unknown; description?: string; statuses: Array<{ state: string; environment_url?: string; log_url?: string; description?: string }> }> = [];
  dispatches: Array<{ kind: 'workflow' | 'repository'; workflow?: string; body: unknown }> = [];
  /** Each check run as created, then with every update merged in; `annotations` holds all of them, appended as GitHub does. */
  checkRuns: Array<{ id: number; body: Record<string, unknown>; updates: Array<Record<string, unknown>>; annotations: unknown[] }> = [];
  /** Repository rulesets as created (POST /repos/{owner}/{repo}/rulesets), with the id given. */
  rulesets: Array<{ id: number; body: Record<string, unknown> }> = [];
  /** Requests answered 422 because GitHub would refuse them, with the errors sent. */
  rejected: Array<RecordedRequest & { errors: unknown[] }> = [];
  /** Answer writes with this status (e.g. 403 for a fork's read-only token). */
  writeStatus: number | undefined;
  /** Tokens that are accepted; others get 401. Empty: any. */
  tokens: string[] = [];
  /** Repository permission per login (GET …/collaborators/{username}/permission); others are not collaborators. */
  permissions = new Map<string, { permission: 'admin' | 'write' | 'read' | 'none'; role_name: string }>();
  /** Head commit of each pull request (GET …/pulls/{pull_number}). */
  pullHeads = new Map<number, string>();
  private nextId = 1000;
  botLogin = 'github-actions[bot]';

  constructor(readonly owner = 'acme', readonly repo = 'churn') {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        try {
          this.handle(req, res, data);
        } catch (e) {
          this.send(res, 500, { message: String(e) });
        }
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Set by a test that sends invalid requests on purpose; otherwise `stop()` fails on any. */
  allowRejections = false;

  /** Stops the server; throws when a request was refused as GitHub would, so the suite fails even where mlgate only warned. */
  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server.close(() => r()));
    if (this.rejected.length && !this.allowRejections) {
      const list = this.rejected.map((r) => `${r.method} ${r.path}: ${JSON.stringify(r.errors)}`).join('\n');
      throw new Error(`GitHub would have refused ${this.rejected.length} request(s):\n${list}`);
    }
  }

  addPullRequest(number: number, comments: Array<{ body: string; login?: string; type?: string }> = []): FakeIssue {
    const issue: FakeIssue = { number, title: `PR ${number}`, body: '', state: 'open', labels: [], comments: [], pull_request: {} };
    for (const c of comments) issue.comments.push(this.comment(c.body, c.login ?? 'someone', c.type ?? 'User'));
    this.issues.set(number, issue);
    return issue;
  }

  private comment(body: string, login = this.botLogin, type = 'Bot'): FakeComment {
    const id = this.nextId++;
    return { id, body, user: { login, type }, html_url: `https://github.com/${this.owner}/${this.repo}/issues/comments/${id}` };
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private page<T>(req: IncomingMessage, res: ServerResponse, url: URL, items: T[]): void {
    const per = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * per, page * per);
    const headers: Record<string, string> = {};
    if (page * per < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(per));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    this.send(res, 200, slice, headers);
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', this.url);
    const body = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body, authorization: req.headers.authorization });
    const token = (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
    if (this.tokens.length && !this.tokens.includes(token)) return this.send(res, 401, { message: 'Bad credentials' });
    if (method !== 'GET' && this.writeStatus) return this.send(res, this.writeStatus, { message: 'Resource not accessible by integration' });
    const invalid = validate(method, url.pathname, url.searchParams, body);
    if (invalid) {
      this.rejected.push({ ...this.requests.at(-1)!, errors: invalid.body.errors });
      return this.send(res, invalid.status, invalid.body);
    }
    const base = `/repos/${this.owner}/${this.repo}`;
    const p = url.pathname;
    let m: RegExpMatchArray | null;

    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const issue = this.issues.get(Number(m[1]));
      if (!issue) return this.send(res, 404, { message: 'Not Found' });
      if (method === 'GET') return this.page(req, res, url, issue.comments);
      const c = this.comment(body.body);
      issue.comments.push(c);
      return this.send(res, 201, c);
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      for (const issue of this.issues.values()) {
        const c = issue.comments.find((x) => x.id === Number(m![1]));
        if (c) {
          c.body = body.body;
          return this.send(res, 200, c);
        }
      }
      return this.send(res, 404, { message: 'Not Found' });
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/comments$/)) && method === 'POST') {
      this.commitComments.push({ sha: m[1]!, body: body.body });
      return this.send(res, 201, { id: this.nextId++, body: body.body });
    }
    if (p === `${base}/issues` && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const labels = url.searchParams.get('labels')?.split(',').filter(Boolean) ?? [];
      const list = [...this.issues.values()].filter((i) => !i.pull_request && (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.name === l)));
      return this.page(req, res, url, list.map((i) => this.issueJson(i)));
    }
    if (p === `${base}/issues` && method === 'POST') {
      const number = Math.max(0, ...this.issues.keys()) + 1;
      const issue: FakeIssue = { number, title: body.title, body: body.body ?? '', state: 'open', labels: (body.labels ?? []).map((n: string) => ({ name: n })), comments: [] };
      this.issues.set(number, issue);
      return this.send(res, 201, this.issueJson(issue));
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/))) {
      const issue = this.issues.get(Number(m[1]));
      if (!issue) return this.send(res, 404, { message: 'Not Found' });
      if (method === 'PATCH') {
        if (body.title !== undefined) issue.title = body.title;
        if (body.body !== undefined) issue.body = body.body;
        if (body.state !== undefined) issue.state = body.state;
        if (body.labels !== undefined) issue.labels = body.labels.map((n: string) => ({ name: n }));
      }
      return this.send(res, 200, this.issueJson(issue));
    }
    if (p === `${base}/deployments` && method === 'POST') {
      const id = this.nextId++;
      this.deployments.push({ id, environment: body.environment, ref: body.ref, payload: body.payload, description: body.description, statuses: [] });
      return this.send(res, 201, { id, environment: body.environment, ref: body.ref, payload: body.payload });
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/)) && method === 'POST') {
      const d = this.deployments.find((x) => x.id === Number(m![1]));
      if (!d) return this.send(res, 404, { message: 'Not Found' });
      d.statuses.push(body);
      return this.send(res, 201, { id: this.nextId++, ...body });
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/([^/]+)\/dispatches$/)) && method === 'POST') {
      this.dispatches.push({ kind: 'workflow', workflow: decodeURIComponent(m[1]!), body });
      return this.send(res, 204, undefined);
    }
    if (p === `${base}/dispatches` && method === 'POST') {
      this.dispatches.push({ kind: 'repository', body });
      return this.send(res, 204, undefined);
    }
    if (p === `${base}/check-runs` && method === 'POST') {
      const id = this.nextId++;
      this.checkRuns.push({ id, body, updates: [], annotations: [...(body.output?.annotations ?? [])] });
      return this.send(res, 201, { id, ...body });
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/)) && method === 'PATCH') {
      const run = this.checkRuns.find((x) => x.id === Number(m![1]));
      if (!run) return this.send(res, 404, { message: 'Not Found' });
      run.updates.push(body);
      run.annotations.push(...(body.output?.annotations ?? []));
      const output = { ...(run.body.output as object | undefined), ...body.output, annotations: run.annotations };
      run.body = { ...run.body, ...body, output };
      return this.send(res, 200, { id: run.id, ...run.body });
    }
    if (p === `${base}/rulesets` && method === 'POST') {
      const id = this.nextId++;
      this.rulesets.push({ id, body });
      return this.send(res, 201, { id, source_type: 'Repository', source: `${this.owner}/${this.repo}`, ...body });
    }
    if (method === 'GET' && (m = p.match(/^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/))) {
      const login = decodeURIComponent(m[1]!);
      const perm = this.permissions.get(login);
      // GitHub answers 404 for a user who is not a collaborator of a private repository
      if (!perm) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, { ...perm, user: { login, id: 1, type: 'User' } });
    }
    if (method === 'GET' && (m = p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/))) {
      const sha = this.pullHeads.get(Number(m[1]));
      if (!sha) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, { number: Number(m[1]), state: 'open', head: { sha, ref: 'feature' }, base: { ref: 'main' } });
    }
    return this.send(res, 404, { message: `Not Found: ${method} ${p}` });
  }

  private issueJson(i: FakeIssue): object {
    return { number: i.number, title: i.title, body: i.body, state: i.state, labels: i.labels, comments: i.comments.length, html_url: `https://github.com/${this.owner}/${this.repo}/issues/${i.number}`, ...(i.pull_request ? { pull_request: i.pull_request } : {}) };
  }
}
