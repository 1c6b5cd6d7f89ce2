import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, RemoteError } from '@mlgate/core';
import { openRegistry } from '../src/index.js';
import { S3Server } from '../../../test/support/object-stores.js';
import { objectStoreBehaviour } from './store-suite.js';
import { modelDir, uniqueName } from './suite.js';

const s3 = new S3Server('models');
beforeAll(async () => {
  await s3.start();
  // The AWS SDK's default chain reads these, as on a runner after aws-actions/configure-aws-credentials.
  Object.assign(process.env, s3.env());
});
afterAll(() => s3.stop());

const url = 's3://models/ml/registry';
const raw = (endpoint = s3.direct) => new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
const readOnce = async (key: string) => Buffer.from(await (await raw().send(new GetObjectCommand({ Bucket: 'models', Key: key }))).Body!.transformToByteArray());
/**
 * s3rver answers a PUT when it has hashed the body, before its file write has finished
 * (lib/stores/filesystem.js resolves on the hashing stream's 'finish'): on a loaded machine a GET right
 * after can read the file still empty. A read waits (up to 2 s) for the write to land.
 */
const read = async (key: string): Promise<Buffer> => {
  for (let i = 0; ; i++) {
    const b = await readOnce(key);
    if (b.length > 0 || i >= 40) return b;
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('registry on s3:// (s3rver on loopback; conditional writes applied by a proxy in front of it, as AWS documents them)', () => {
  objectStoreBehaviour({
    url,
    prefix: 'ml/registry',
    open: (opts) => openRegistry(url, { ...opts, store: { partSize: 5 << 20, ...opts?.store } }),
    read,
    write: async (key, bytes) => void (await raw().send(new PutObjectCommand({ Bucket: 'models', Key: key, Body: bytes }))),
    keys: async (prefix) => ((await raw().send(new ListObjectsV2Command({ Bucket: 'models', Prefix: prefix }))).Contents ?? []).map((o) => o.Key!),
    refused: () => s3.proxy!.refused.ifMatch + s3.proxy!.refused.ifNoneMatch,
    crashStore: async () => {
      const own = await new S3Server('models').start();
      return {
        use: () => {
          const saved = process.env.AWS_ENDPOINT_URL;
          process.env.AWS_ENDPOINT_URL = own.endpoint;
          return () => void (process.env.AWS_ENDPOINT_URL = saved);
        },
        kill: () => own.kill(),
        start: () => own.start(),
        stop: () => own.stop(),
      };
    },
    unreachable: /cannot reach the S3 store of s3:\/\/models\/ml\/registry to upload/,
  });

  it('s3rver itself ignores If-None-Match and If-Match on PUT (why the tests put the proxy in front of it)', async () => {
    const c = raw();
    const key = `probe/${uniqueName()}`;
    await c.send(new PutObjectCommand({ Bucket: 'models', Key: key, Body: 'one' }));
    await expect(c.send(new PutObjectCommand({ Bucket: 'models', Key: key, Body: 'two', IfNoneMatch: '*' }))).resolves.toBeDefined();
    await expect(c.send(new PutObjectCommand({ Bucket: 'models', Key: key, Body: 'three', IfMatch: '"not-its-etag"' }))).resolves.toBeDefined();
    expect((await read(key)).toString()).toBe('three');
    // Through the proxy, the same requests are refused as S3 refuses them.
    const p = raw(s3.endpoint);
    await expect(p.send(new PutObjectCommand({ Bucket: 'models', Key: key, Body: 'four', IfNoneMatch: '*' }))).rejects.toMatchObject({ name: 'PreconditionFailed', $metadata: { httpStatusCode: 412 } });
    await expect(p.send(new PutObjectCommand({ Bucket: 'models', Key: key, Body: 'five', IfMatch: '"not-its-etag"' }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 412 } });
    expect((await read(key)).toString()).toBe('three');
  });

  it('refuses to publish or move anything on a store that ignores conditional writes (s3rver without the proxy)', async () => {
    const saved = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = s3.direct;
    try {
      const r = openRegistry(url);
      const name = uniqueName();
      const err = (await r.publish(name, { model: modelDir('unsafe'), who: 'ci' }).catch((e: unknown) => e)) as Error;
      expect(err).toBeInstanceOf(RemoteError);
      expect(err.message).toMatch(/s3:\/\/models\/ml\/registry accepted a create-only write \(If-None-Match: \*\) of an object that exists: this store ignores conditional writes, so mlgate cannot publish or move aliases there safely/);
      expect(await openRegistry(url).versions(name)).toEqual([]);
    } finally {
      process.env.AWS_ENDPOINT_URL = saved;
    }
  });

  it('masks the secret key and session token, and refuses credentials or a query in the URL without echoing them', () => {
    const masked: string[] = [];
    process.env.AWS_SESSION_TOKEN = 'session-token-value';
    try {
      openRegistry('s3://models/x', { secret: (v) => masked.push(v) });
    } finally {
      delete process.env.AWS_SESSION_TOKEN;
    }
    expect(masked).toEqual([s3.secretAccessKey, 'session-token-value']);
    expect(() => openRegistry('s3://key:secret@models/x')).toThrow(/no credentials in the registry URL/);
    const q = (() => {
      try {
        openRegistry('s3://models/x?X-Amz-Signature=abc');
      } catch (e) {
        return e as Error;
      }
    })()!;
    expect(q).toBeInstanceOf(ConfigurationError);
    expect(q.message).not.toContain('abc');
    expect(() => openRegistry('s3://Models_Bad/x')).toThrow(/not an S3 bucket name/);
    expect(() => openRegistry('s3://models/a/../b')).toThrow(/prefix "a\/..\/b" is not valid/);
  });

  it('says which bucket is missing, and what to set when there are no credentials', async () => {
    await expect(openRegistry('s3://no-such-bucket/x').versions('m')).rejects.toThrow(/the bucket no-such-bucket of s3:\/\/no-such-bucket\/x does not exist/);
    const saved = { ...process.env };
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    Object.assign(process.env, { AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent', AWS_EC2_METADATA_DISABLED: 'true' });
    try {
      const err = (await openRegistry('s3://models/x').versions('m').catch((e: unknown) => e)) as Error;
      expect(err).toBeInstanceOf(RemoteError);
      expect(err.message).toMatch(/no AWS credentials to list .* in s3:\/\/models\/x: set them the AWS SDK's usual way/);
    } finally {
      process.env = saved;
    }
  });
});
