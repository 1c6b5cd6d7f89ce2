import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for GitHub's Actions cache service (v2, what `@actions/cache` talks to on
 * github.com when ACTIONS_CACHE_SERVICE_V2 is set): the Twirp JSON methods CreateCacheEntry,
 * FinalizeCacheEntryUpload and GetCacheEntryDownloadURL at ACTIONS_RESULTS_URL, and a blob store for
 * the signed upload (a single Azure "Put Blob") and download URLs. Entries match by key, then by
 * restore-key prefix (newest first), within the same version, as the service does.
 */
export interface CacheEntry {
  key: string;
  version: string;
  size?: number;
  data?: Buffer;
  created: number;
  finalized: boolean;
}

export class FakeCacheService {
  server!: Server;
  url = '';
  token = 'runtime-token';
  entries: CacheEntry[] = [];
  calls: Array<{ method: string; body: Record<string, unknown> }> = [];
  private clock = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, res, Buffer.concat(chunks));
        } catch (e) {
          this.json(res, 500, { code: 'internal', msg: String(e) });
        }
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** The environment a runner gives a step for the cache service. */
  env(): Record<string, string> {
    return { ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: this.url, ACTIONS_RUNTIME_TOKEN: this.token };
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    const url = new URL(req.url ?? '/', this.url);
    const blob = /^\/blob\/(\d+)$/.exec(url.pathname);
    if (blob) {
      const entry = this.entries[Number(blob[1])];
      if (!entry || url.searchParams.get('sig') !== 'ok') return this.json(res, 403, { message: 'AuthenticationFailed' });
      if (req.method === 'PUT') {
        entry.data = raw;
        res.writeHead(201, { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'content-md5': '', 'x-ms-request-server-encrypted': 'true' });
        return void res.end();
      }
      if (req.method === 'GET' && entry.finalized && entry.data) {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(entry.data.length) });
        return void res.end(entry.data);
      }
      return this.json(res, 404, { message: 'BlobNotFound' });
    }
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.CacheService\/(\w+)$/.exec(url.pathname);
    if (!twirp || req.method !== 'POST') return this.json(res, 404, { code: 'bad_route', msg: `no route ${req.method} ${url.pathname}` });
    if (req.headers.authorization !== `Bearer ${this.token}`) return this.json(res, 401, { code: 'unauthenticated', msg: 'bad token' });
    const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    this.calls.push({ method: twirp[1]!, body });
    const signed = (i: number) => `${this.url}blob/${i}?sig=ok`;
    switch (twirp[1]) {
      case 'CreateCacheEntry': {
        const key = String(body.key);
        const version = String(body.version);
        if (this.entries.some((e) => e.key === key && e.version === version)) return this.json(res, 409, { code: 'already_exists', msg: 'cache entry exists' });
        this.entries.push({ key, version, created: ++this.clock, finalized: false });
        return this.json(res, 200, { ok: true, signed_upload_url: signed(this.entries.length - 1) });
      }
      case 'FinalizeCacheEntryUpload': {
        const i = this.entries.findIndex((e) => e.key === String(body.key) && e.version === String(body.version));
        if (i < 0 || !this.entries[i]!.data) return this.json(res, 404, { code: 'not_found', msg: 'no upload for this key' });
        this.entries[i]!.finalized = true;
        this.entries[i]!.size = Number(body.size_bytes);
        return this.json(res, 200, { ok: true, entry_id: String(i + 1) });
      }
      case 'GetCacheEntryDownloadURL': {
        const version = String(body.version);
        const usable = this.entries.filter((e) => e.finalized && e.version === version).sort((a, b) => b.created - a.created);
        const exact = usable.find((e) => e.key === body.key);
        const restoreKeys = (body.restore_keys as string[] | undefined) ?? [];
        const hit = exact ?? restoreKeys.map((p) => usable.find((e) => e.key.startsWith(p))).find(Boolean);
        if (!hit) return this.json(res, 200, { ok: false });
        return this.json(res, 200, { ok: true, signed_download_url: signed(this.entries.indexOf(hit)), matched_key: hit.key });
      }
      default:
        return this.json(res, 404, { code: 'bad_route', msg: `unknown method ${twirp[1]}` });
    }
  }
}
