import { join, resolve } from 'node:path';
import { S3ConditionsProxy } from './s3-conditions.js';
import { ServerProcess } from './server-process.js';

const BIN = resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin');

/**
 * s3rver (an S3-compatible server in Node), path-style, with one bucket; credentials S3RVER/S3RVER.
 * s3rver ignores conditional writes, so clients are pointed at `endpoint`: the proxy in
 * `s3-conditions.ts`, which applies them as S3 does; `direct` is s3rver itself.
 */
export class S3Server extends ServerProcess {
  readonly accessKeyId = 'S3RVER';
  readonly secretAccessKey = 'S3RVER';
  proxy?: S3ConditionsProxy;

  constructor(readonly bucket = 'models') {
    super('mlgate-s3-');
  }

  override async start(): Promise<this> {
    await super.start();
    this.proxy ??= await new S3ConditionsProxy(this.port).start();
    return this;
  }

  override async stop(): Promise<void> {
    await this.proxy?.stop();
    await super.stop();
  }

  protected command() {
    return { bin: join(BIN, 's3rver'), args: ['-d', join(this.dir, 'data'), '-a', '127.0.0.1', '-p', String(this.port), '--silent', '--configure-bucket', this.bucket] };
  }

  protected async ready(): Promise<boolean> {
    return (await fetch(`${this.direct}/${this.bucket}`, { method: 'HEAD' })).status < 500;
  }

  /** s3rver itself. */
  get direct(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The conditions proxy in front of s3rver: what mlgate talks to in the tests. */
  get endpoint(): string {
    return this.proxy!.endpoint;
  }

  /**
   * The environment the AWS SDK's default chain reads (what `aws-actions/configure-aws-credentials`
   * sets). The SDK's notice that it will need Node 22 is turned off: tests run on Node 20, the
   * actions on the runner's Node 24, where it is not shown.
   */
  env(): Record<string, string> {
    return { AWS_ACCESS_KEY_ID: this.accessKeyId, AWS_SECRET_ACCESS_KEY: this.secretAccessKey, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: this.endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  }

}

/** Azurite's Blob service (Microsoft's emulator) with its well-known development account. */
export class AzuriteServer extends ServerProcess {
  static readonly account = 'devstoreaccount1';
  static readonly key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

  constructor(private readonly containers: string[] = []) {
    super('mlgate-azurite-');
  }

  override async start(): Promise<this> {
    await super.start();
    const { BlobServiceClient } = await import('@azure/storage-blob');
    const svc = BlobServiceClient.fromConnectionString(this.connectionString());
    for (const c of this.containers) await svc.getContainerClient(c).createIfNotExists();
    return this;
  }

  protected command() {
    return { bin: join(BIN, 'azurite-blob'), args: ['--blobHost', '127.0.0.1', '--blobPort', String(this.port), '--location', join(this.dir, 'data'), '--silent', '--skipApiVersionCheck', '--disableTelemetry'] };
  }

  protected async ready(): Promise<boolean> {
    return (await fetch(`${this.endpoint}?comp=list`)).status > 0;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}/${AzuriteServer.account}`;
  }

  connectionString(): string {
    return `DefaultEndpointsProtocol=http;AccountName=${AzuriteServer.account};AccountKey=${AzuriteServer.key};BlobEndpoint=${this.endpoint};`;
  }
}
