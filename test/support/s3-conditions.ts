import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * s3rver accepts `If-None-Match` and `If-Match` on PutObject and ignores them (checked in
 * packages/registry/test/s3.test.ts). This loopback proxy in front of it applies them as AWS
 * documents for conditional writes: `If-None-Match: *` on an existing key → 412 PreconditionFailed;
 * `If-Match: <etag>` → 412 when the ETag differs, 404 NoSuchKey when there is no object. Writes to
 * one key are serialized, so the check and the write are one atomic step, as on S3. Everything else
 * passes through untouched (the signature covers the Host header, which is forwarded as sent).
 */
export class S3ConditionsProxy {
  port = 0;
  /** Conditional writes refused, by condition. */
  readonly refused = { ifNoneMatch: 0, ifMatch: 0 };
  private server?: Server;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly upstreamPort: number) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private head(path: string, headers: IncomingHttpHeaders): Promise<string | undefined> {
    return new Promise((res, rej) => {
      // s3rver serves anonymous reads of a key's metadata; the client's signature is for its PUT.
      const { authorization: _a, 'content-length': _l, 'content-md5': _m, ...rest } = headers;
      const r = request({ host: '127.0.0.1', port: this.upstreamPort, method: 'HEAD', path: path.split('?')[0], headers: { host: rest.host } }, (up) => {
        up.resume();
        res(up.statusCode === 200 ? String(up.headers.etag) : undefined);
      });
      r.on('error', rej);
      r.end();
    });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const isObjectPut = req.method === 'PUT' && !/[?&](uploadId|partNumber)=/.test(req.url ?? '') && !req.headers['x-amz-copy-source'];
      // Settles when the answer has gone out or the connection has closed, whichever comes first.
      const forward = () =>
        new Promise<void>((done) => {
          res.on('close', () => done());
          const up = request({ host: '127.0.0.1', port: this.upstreamPort, method: req.method, path: req.url, headers: req.headers }, (ur) => {
            res.writeHead(ur.statusCode ?? 502, ur.headers);
            ur.pipe(res);
            ur.on('error', () => res.destroy());
          });
          up.on('error', () => res.destroy());
          req.pipe(up);
        });
      if (!isObjectPut) return void forward();
      const key = (req.url ?? '').split('?')[0]!;
      const prev = this.queues.get(key) ?? Promise.resolve();
      const step = prev.then(async () => {
        const inm = req.headers['if-none-match'];
        const im = req.headers['if-match'];
        if (inm !== undefined || im !== undefined) {
          const etag = await this.head(key, req.headers).catch(() => undefined);
          let fail: [number, string, string] | undefined;
          if (inm === '*' && etag !== undefined) fail = [412, 'PreconditionFailed', 'If-None-Match'];
          else if (im !== undefined && etag === undefined) fail = [404, 'NoSuchKey', ''];
          else if (im !== undefined && im !== etag) fail = [412, 'PreconditionFailed', 'If-Match'];
          if (fail) {
            if (fail[2] === 'If-None-Match') this.refused.ifNoneMatch++;
            else this.refused.ifMatch++;
            req.resume();
            const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${fail[1]}</Code><Message>At least one of the pre-conditions you specified did not hold</Message>${fail[2] ? `<Condition>${fail[2]}</Condition>` : ''}<RequestId>mlgate-test</RequestId></Error>`;
            res.writeHead(fail[0], { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
            res.end(body);
            return;
          }
        }
        await forward();
      });
      this.queues.set(key, step);
      void step.finally(() => {
        if (this.queues.get(key) === step) this.queues.delete(key);
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
