import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { ServerProcess } from './server-process.js';

export const REGISTRY_BIN = process.env.MLGATE_DOCKER_REGISTRY ?? '/usr/bin/docker-registry';

export interface OciRegistryOptions {
  /** Require HTTP Basic auth (htpasswd, bcrypt) for these users. */
  users?: Record<string, string>;
  /** Bearer token auth: the registry trusts tokens signed by this certificate, issued by `realm`. */
  token?: { realm: string; service: string; issuer: string; certFile: string };
}

/**
 * Debian's `docker-registry` (the CNCF distribution server) on a free loopback port with a temporary
 * storage directory; optionally htpasswd Basic auth or Bearer token auth. Stop it with `stop()`;
 * `kill()` cuts it off hard (SIGKILL) and `start()` brings it back on the same port and storage.
 */
export class OciRegistry extends ServerProcess {
  private config = '';

  constructor(private readonly opts: OciRegistryOptions = {}) {
    super('mlgate-oci-', 10_000);
  }

  static available(): boolean {
    return existsSync(REGISTRY_BIN);
  }

  /** `host:port` */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** `oci://127.0.0.1:PORT/<repo>` */
  url(repo = 'models'): string {
    return `oci://${this.host}/${repo}`;
  }

  protected command() {
    let auth = '';
    if (this.opts.users) {
      const file = join(this.dir, 'htpasswd');
      writeFileSync(file, Object.entries(this.opts.users).map(([u, p]) => `${u}:${bcrypt.hashSync(p, 5)}`).join('\n') + '\n');
      auth = `auth:\n  htpasswd:\n    realm: mlgate-test\n    path: ${file}\n`;
    } else if (this.opts.token) {
      const t = this.opts.token;
      auth = `auth:\n  token:\n    realm: ${t.realm}\n    service: ${t.service}\n    issuer: ${t.issuer}\n    rootcertbundle: ${t.certFile}\n`;
    }
    this.config = join(this.dir, 'config.yml');
    writeFileSync(
      this.config,
      `version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${join(this.dir, 'storage')}
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:${this.port}
  secret: mlgate-test-secret
${auth}`,
    );
    return { bin: REGISTRY_BIN, args: ['serve', this.config] };
  }

  protected async ready(): Promise<boolean> {
    const r = await fetch(`http://${this.host}/v2/`);
    return r.status === 200 || r.status === 401;
  }

}

/**
 * A token service for the registry's Bearer flow (what GHCR, Docker Hub and Harbor do): it checks
 * Basic credentials, grants the requested repository scopes and signs a JWT (RS256, certificate in
 * `x5c`) that the registry trusts through `rootcertbundle`. Needs `openssl` for the certificate.
 */
export class TokenServer {
  readonly service = 'mlgate-test-registry';
  readonly issuer = 'mlgate-test-issuer';
  readonly certFile: string;
  realm = '';
  /** Every token request, for assertions (the scopes asked for, whether credentials came). */
  requests: Array<{ scope: string; user?: string }> = [];
  private server?: import('node:http').Server;
  private key = '';
  private certDer = '';

  private readonly dir: string;

  constructor(private readonly users: Record<string, string>) {
    this.dir = mkdtempSync(join(tmpdir(), 'mlgate-token-'));
    this.certFile = join(this.dir, 'cert.pem');
  }

  static available(): boolean {
    return existsSync('/usr/bin/openssl');
  }

  async start(): Promise<this> {
    const { execFileSync } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    const { createServer: createHttp } = await import('node:http');
    const { createSign, randomUUID, X509Certificate } = await import('node:crypto');
    const keyFile = join(this.dir, 'key.pem');
    execFileSync('/usr/bin/openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', this.certFile, '-days', '2', '-subj', '/CN=mlgate-test-token'], { stdio: 'ignore' });
    this.key = readFileSync(keyFile, 'utf8');
    this.certDer = new X509Certificate(readFileSync(this.certFile)).raw.toString('base64');
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    this.server = createHttp((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const auth = req.headers.authorization;
      let user: string | undefined;
      if (auth?.startsWith('Basic ')) {
        const [u, ...p] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
        if (this.users[u!] !== p.join(':')) {
          res.writeHead(401, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ details: 'incorrect username or password' }));
          return;
        }
        user = u;
      }
      const scopes = url.searchParams.getAll('scope');
      this.requests.push({ scope: scopes.join(' '), user });
      // Anonymous callers get nothing; known users get what they ask for.
      const access = user
        ? scopes.map((s) => {
            const [type, ...rest] = s.split(':');
            const actions = rest.pop()!.split(',');
            return { type, name: rest.join(':'), actions };
          })
        : [];
      const now = Math.floor(Date.now() / 1000);
      const header = { typ: 'JWT', alg: 'RS256', x5c: [this.certDer] };
      const claims = { iss: this.issuer, sub: user ?? '', aud: this.service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access };
      const signing = `${b64(header)}.${b64(claims)}`;
      const sig = createSign('RSA-SHA256').update(signing).sign(this.key).toString('base64url');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: `${signing}.${sig}`, expires_in: 300, issued_at: new Date().toISOString() }));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.realm = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/token`;
    return this;
  }

  /** The `token` option of `OciRegistry` for this service. */
  get registryAuth(): NonNullable<OciRegistryOptions['token']> {
    return { realm: this.realm, service: this.service, issuer: this.issuer, certFile: this.certFile };
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    rmSync(this.dir, { recursive: true, force: true });
  }
}
