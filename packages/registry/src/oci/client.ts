import { createReadStream } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { RemoteError } from '@mlgate/core';
import { basicHeader, parseChallenge, type Challenge, type Credentials } from './auth.js';
import type { BlobSource, Progress } from '../backend.js';
import { sha256 } from '../digest.js';

export interface OciClientOptions extends Credentials {
  /** `host[:port]` */
  host: string;
  scheme: 'http' | 'https';
  /** Blobs up to this size go up in one PUT; larger ones in chunks (resumed after a failed chunk). */
  monolithicMax?: number;
  chunkSize?: number;
  /** Tries per chunk before giving up (a failed chunk resumes from the offset the registry reports). */
  chunkTries?: number;
}

type BodyInit = NonNullable<RequestInit['body']>;
/** A byte range of a file, sent by `node:http` (piped, no web-stream copies): uploads at curl's pace. */
interface FileRange {
  file: string;
  start: number;
  end: number;
}
type Body = () => BodyInit | FileRange | undefined;

function isFileRange(b: unknown): b is FileRange {
  return typeof b === 'object' && b !== null && 'file' in b && 'start' in b;
}

interface Req {
  headers?: Record<string, string>;
  body?: Body;
  /** Token scope for registries that answer with a Bearer challenge. */
  scope: string;
  /** Statuses that are not errors. */
  ok: number[];
  what: string;
}

const MANIFEST_ACCEPT = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'].join(', ');

/**
 * A small client of the OCI distribution API (no maintained client library for Node fits: ORAS has
 * none). `fetch` for every request except file uploads, whose bodies are piped through `node:http`
 * (through undici's web streams a 200 MB push ran at half of curl's speed; see bench/registry).
 * It does: Basic and Bearer-token auth (a token per scope from the challenge's realm, cached until it
 * expires), blob HEAD and GET (redirects followed; the caller verifies digest and size), uploads in
 * one PUT up to `monolithicMax` (256 MiB) and in `chunkSize` (128 MiB) PATCHes above it — a failed
 * chunk resumes from the offset the registry reports, or starts a new session when the registry lost
 * the half-written chunk — manifest GET/HEAD/PUT by tag or digest, tag listing with `Link` pages,
 * and the catalog. Limits: no cross-repository mount, no referrers API (distribution 2.8 has none),
 * no DELETE, no parallel uploads, no proxy settings beyond what Node's fetch honours, and tokens
 * are asked for with the caller's Basic credentials only (no OAuth2 refresh-token POST flow).
 */
export class OciClient {
  readonly base: string;
  private readonly creds: Credentials;
  private basic?: string;
  private challenge?: Challenge;
  private tokens = new Map<string, { token: string; expires: number }>();

  constructor(private readonly opts: OciClientOptions) {
    this.base = `${opts.scheme}://${opts.host}`;
    this.creds = { username: opts.username, password: opts.password };
  }

  private agent?: HttpAgent;

  /** PUT/PATCH a file range with node:http(s), answered as a fetch `Response`. */
  private sendFile(method: string, url: string, headers: Record<string, string>, body: FileRange): Promise<Response> {
    const u = new URL(url);
    const secure = u.protocol === 'https:';
    this.agent ??= secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    return new Promise<Response>((resolve, reject) => {
      const req = (secure ? httpsRequest : httpRequest)(u, { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
          const status = res.statusCode ?? 0;
          const nobody = status === 204 || status === 304 || (status >= 100 && status < 200);
          resolve(new Response(nobody ? null : Buffer.concat(chunks), { status, headers: h }));
        });
      });
      req.on('error', (e) => reject(Object.assign(new TypeError('fetch failed'), { cause: e })));
      const src = createReadStream(body.file, { start: body.start, end: body.end, highWaterMark: 4 << 20 });
      src.on('error', (e) => req.destroy(e));
      src.pipe(req);
    });
  }

  private async send(method: string, url: string, init: { headers: Record<string, string>; body?: BodyInit | FileRange }, what: string): Promise<Response> {
    try {
      if (isFileRange(init.body)) return await this.sendFile(method, url, init.headers, init.body);
      return await fetch(url, { method, headers: init.headers, body: init.body, redirect: 'follow' });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new RemoteError(`cannot reach the registry ${this.opts.host} (${what}): ${cause?.code ?? cause?.message ?? (e as Error).message}`, {}, { cause: e });
    }
  }

  private async authorization(scope: string): Promise<string | undefined> {
    if (this.challenge?.scheme === 'bearer') {
      const cached = this.tokens.get(scope);
      if (cached && cached.expires > Date.now()) return `Bearer ${cached.token}`;
      return `Bearer ${await this.fetchToken(scope)}`;
    }
    return this.basic;
  }

  /** The token flow: GET realm?service=…&scope=… with Basic credentials (anonymous without them). */
  private async fetchToken(scope: string): Promise<string> {
    const realm = this.challenge!.params.realm;
    if (!realm) throw new RemoteError(`the registry ${this.opts.host} asked for a token but named no realm`);
    const u = new URL(realm);
    if (this.challenge!.params.service) u.searchParams.set('service', this.challenge!.params.service);
    u.searchParams.set('scope', scope);
    const headers: Record<string, string> = {};
    const basic = basicHeader(this.creds);
    if (basic) headers.authorization = basic;
    const r = await this.send('GET', u.toString(), { headers }, 'token');
    if (r.status === 401 || r.status === 403) {
      throw new RemoteError(`the token service of ${this.opts.host} refused ${this.creds.username ? `the credentials of user "${this.creds.username}"` : 'anonymous access'} for ${scope} (${r.status}): check registry-username and registry-password`);
    }
    if (!r.ok) throw new RemoteError(`the token service of ${this.opts.host} answered ${r.status} for ${scope}`);
    const j = (await r.json()) as { token?: string; access_token?: string; expires_in?: number };
    const token = j.token ?? j.access_token;
    if (!token) throw new RemoteError(`the token service of ${this.opts.host} answered without a token`);
    this.tokens.set(scope, { token, expires: Date.now() + Math.max(30, (j.expires_in ?? 60) - 15) * 1000 });
    return token;
  }

  /** One request; answers a 401 challenge once (Basic or Bearer) and retries with the body made anew. */
  async request(method: string, pathOrUrl: string, req: Req): Promise<Response> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.base}${pathOrUrl}`;
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = { ...(req.headers ?? {}) };
      const auth = await this.authorization(req.scope);
      if (auth) headers.authorization = auth;
      const r = await this.send(method, url, { headers, body: req.body?.() }, req.what);
      if (r.status === 401 && attempt === 0) {
        await r.body?.cancel();
        const c = parseChallenge(r.headers.get('www-authenticate'));
        if (c?.scheme === 'basic') {
          if (this.basic) break; // sent already: refused
          this.basic = basicHeader(this.creds);
          if (!this.basic) throw new RemoteError(`the registry ${this.opts.host} requires a username and password (${req.what}): set registry-username and registry-password`);
          continue;
        }
        if (c?.scheme === 'bearer') {
          this.challenge = c;
          this.tokens.delete(req.scope);
          continue;
        }
        break;
      }
      if (r.status === 401) {
        await r.body?.cancel();
        throw new RemoteError(`the registry ${this.opts.host} refused ${this.creds.username ? `the credentials of user "${this.creds.username}"` : 'anonymous access'} (401 on ${req.what}): check registry-username and registry-password`);
      }
      if (!req.ok.includes(r.status)) throw await this.failure(r, req.what);
      return r;
    }
    throw new RemoteError(`the registry ${this.opts.host} refused ${this.creds.username ? `the credentials of user "${this.creds.username}"` : 'anonymous access'} (401 on ${req.what}): check registry-username and registry-password`);
  }

  private async failure(r: Response, what: string): Promise<RemoteError> {
    let detail = '';
    try {
      const j = (await r.json()) as { errors?: Array<{ code?: string; message?: string }> };
      detail = (j.errors ?? []).map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ');
    } catch {
      detail = r.statusText;
    }
    if (r.status === 403) return new RemoteError(`the registry ${this.opts.host} denied ${what} (403${detail ? `: ${detail}` : ''}): the credentials lack the permission (GHCR: "packages: write")`);
    return new RemoteError(`the registry ${this.opts.host} answered ${r.status} to ${what}${detail ? `: ${detail}` : ''}`);
  }

  private resolveLocation(r: Response, what: string): string {
    const loc = r.headers.get('location');
    if (!loc) throw new RemoteError(`the registry ${this.opts.host} gave no upload location for ${what}`);
    return new URL(loc, this.base).toString();
  }

  static scope(repo: string, push: boolean): string {
    return `repository:${repo}:${push ? 'pull,push' : 'pull'}`;
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    const r = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, { scope: OciClient.scope(repo, false), ok: [200, 404], what: `HEAD blob ${digest}` });
    return r.status === 200;
  }

  async getBlob(repo: string, digest: string): Promise<Readable> {
    const r = await this.request('GET', `/v2/${repo}/blobs/${digest}`, { scope: OciClient.scope(repo, false), ok: [200], what: `GET blob ${digest}` });
    return Readable.fromWeb(r.body! as import('node:stream/web').ReadableStream<Uint8Array>);
  }

  private body(blob: BlobSource, start: number, end: number): Body {
    if (blob.bytes) return () => blob.bytes!.subarray(start, end + 1);
    const file = blob.file!;
    return () => ({ file, start, end });
  }

  async putBlob(repo: string, blob: BlobSource, progress?: Progress): Promise<void> {
    const scope = OciClient.scope(repo, true);
    const what = `upload of blob ${blob.digest}`;
    const start = await this.request('POST', `/v2/${repo}/blobs/uploads/`, { scope, ok: [202], what, headers: { 'content-length': '0' } });
    let loc = this.resolveLocation(start, what);
    const close = (l: string) => {
      const u = new URL(l);
      u.searchParams.set('digest', blob.digest);
      return u.toString();
    };
    if (blob.size <= (this.opts.monolithicMax ?? 256 << 20)) {
      await this.request('PUT', close(loc), { scope, ok: [201], what, body: this.body(blob, 0, blob.size - 1), headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) } });
      progress?.({ digest: blob.digest, sent: blob.size, size: blob.size });
      return;
    }
    const chunk = this.opts.chunkSize ?? 128 << 20;
    let offset = 0;
    let failures = 0;
    let resumes = 0;
    let restarts = 0;
    while (offset < blob.size) {
      const end = Math.min(offset + chunk, blob.size) - 1;
      try {
        const r = await this.request('PATCH', loc, {
          scope,
          ok: [202],
          what: `${what} (bytes ${offset}-${end})`,
          body: this.body(blob, offset, end),
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(end - offset + 1), 'content-range': `${offset}-${end}` },
        });
        loc = this.resolveLocation(r, what);
        offset = end + 1;
        failures = 0;
        progress?.({ digest: blob.digest, sent: offset, size: blob.size });
      } catch (e) {
        if (++failures >= (this.opts.chunkTries ?? 3)) throw e;
        await new Promise((res) => setTimeout(res, 200 * 2 ** failures));
        // Resume: the registry says how much it holds (GET on the upload location: 204, Range 0-N).
        // A registry that lost track of a half-written chunk (distribution answers 404
        // BLOB_UPLOAD_INVALID) gets the blob again from a new session.
        const s = await this.request('GET', loc, { scope, ok: [204, 404], what: `status of ${what}` });
        if (s.status === 404) {
          await s.body?.cancel();
          const again = await this.request('POST', `/v2/${repo}/blobs/uploads/`, { scope, ok: [202], what, headers: { 'content-length': '0' } });
          loc = this.resolveLocation(again, what);
          offset = 0;
          restarts++;
          continue;
        }
        loc = this.resolveLocation(s, what);
        const range = s.headers.get('range')?.match(/^(?:bytes=)?0-(\d+)$/);
        offset = range ? Number(range[1]) + 1 : 0;
        resumes++;
      }
    }
    await this.request('PUT', close(loc), { scope, ok: [201], what, headers: { 'content-length': '0' } });
    this.stats.resumes += resumes;
    this.stats.restarts += restarts;
  }

  /** Chunked uploads resumed from the registry's offset, and restarted from a new session. */
  readonly stats = { resumes: 0, restarts: 0 };

  /** A manifest's bytes exactly as stored, and their digest; undefined when the tag or digest is unknown. */
  async getManifest(repo: string, ref: string): Promise<{ bytes: Buffer; digest: string } | undefined> {
    const r = await this.request('GET', `/v2/${repo}/manifests/${ref}`, { scope: OciClient.scope(repo, false), ok: [200, 404], what: `GET manifest ${ref}`, headers: { accept: MANIFEST_ACCEPT } });
    if (r.status === 404) {
      await r.body?.cancel();
      return undefined;
    }
    const bytes = Buffer.from(await r.arrayBuffer());
    return { bytes, digest: sha256(bytes) };
  }

  async headManifest(repo: string, ref: string): Promise<string | undefined> {
    const r = await this.request('HEAD', `/v2/${repo}/manifests/${ref}`, { scope: OciClient.scope(repo, false), ok: [200, 404], what: `HEAD manifest ${ref}`, headers: { accept: MANIFEST_ACCEPT } });
    return r.status === 404 ? undefined : (r.headers.get('docker-content-digest') ?? undefined);
  }

  async putManifest(repo: string, ref: string, bytes: Buffer, mediaType: string): Promise<string> {
    const r = await this.request('PUT', `/v2/${repo}/manifests/${ref}`, { scope: OciClient.scope(repo, true), ok: [201], what: `PUT manifest ${ref}`, body: () => bytes, headers: { 'content-type': mediaType } });
    await r.body?.cancel();
    const digest = sha256(bytes);
    const said = r.headers.get('docker-content-digest');
    if (said && said !== digest) throw new RemoteError(`the registry ${this.opts.host} stored manifest ${ref} as ${said}, but its bytes hash to ${digest}`);
    return digest;
  }

  /** Every tag of a repository (following `Link` pages); none when the repository does not exist yet. */
  async tags(repo: string): Promise<string[]> {
    const out: string[] = [];
    let next: string | undefined = `/v2/${repo}/tags/list?n=1000`;
    while (next) {
      const r: Response = await this.request('GET', next, { scope: OciClient.scope(repo, false), ok: [200, 404], what: 'list tags' });
      if (r.status === 404) {
        await r.body?.cancel();
        return out;
      }
      const j = (await r.json()) as { tags?: string[] | null };
      out.push(...(j.tags ?? []));
      const link = r.headers.get('link')?.match(/<([^>]+)>\s*;\s*rel="?next"?/);
      next = link ? new URL(link[1]!, this.base).toString() : undefined;
    }
    return out;
  }

  async catalog(): Promise<string[]> {
    const r = await this.request('GET', '/v2/_catalog?n=1000', { scope: 'registry:catalog:*', ok: [200, 404], what: 'list repositories' });
    if (r.status === 404) return [];
    return ((await r.json()) as { repositories?: string[] }).repositories ?? [];
  }
}
