import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { RemoteError } from '@mlgate/core';
import { PreconditionFailed, type ObjectStore } from './object-store.js';

export interface S3Location {
  bucket: string;
  prefix: string;
  /** `s3://BUCKET/PREFIX`, for messages. */
  url: string;
  partSize?: number;
}

type SdkError = Error & { $metadata?: { httpStatusCode?: number }; Code?: string; code?: string };

const status = (e: unknown) => (e as SdkError).$metadata?.httpStatusCode;
const missing = (e: unknown) => status(e) === 404 || ['NoSuchKey', 'NotFound'].includes((e as SdkError).name);

/** An SDK failure as a user error that says what to check; never a credential in it. */
function remote(e: unknown, loc: S3Location, what: string): Error {
  const err = e as SdkError;
  if (err.name === 'CredentialsProviderError')
    return new RemoteError(`no AWS credentials to ${what} in ${loc.url}: set them the AWS SDK's usual way (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, or a web identity from aws-actions/configure-aws-credentials)`, { field: 'registry' });
  if (/region is missing/i.test(err.message)) return new RemoteError(`no AWS region for ${loc.url}: set AWS_REGION`, { field: 'registry' });
  const code = status(e);
  if (code === 403 || code === 401) return new RemoteError(`${loc.url} refused to let these AWS credentials ${what} (${code} ${err.name}): check the role's or user's policy for bucket ${loc.bucket}`, { field: 'registry' });
  if (code === 404 && err.name === 'NoSuchBucket') return new RemoteError(`the bucket ${loc.bucket} of ${loc.url} does not exist`, { field: 'registry' });
  if (!code) return new RemoteError(`cannot reach the S3 store of ${loc.url} to ${what}: ${err.message}`, { field: 'registry' });
  return new RemoteError(`${loc.url} answered ${code} ${err.name} when asked to ${what}: ${err.message}`, { field: 'registry' });
}

/**
 * The store on S3 or an S3-compatible server. The client takes the AWS SDK's default chain for
 * credentials and region; `AWS_ENDPOINT_URL` (or `AWS_ENDPOINT_URL_S3`) points it at MinIO, R2, Ceph
 * and the like, which are then addressed path-style.
 */
export function s3Store(loc: S3Location): ObjectStore {
  const custom = process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL;
  // Timeouts so that a store that stops answering fails the run instead of hanging it.
  const client = new S3Client({ forcePathStyle: Boolean(custom), ...(custom ? { endpoint: custom } : {}), requestHandler: { connectionTimeout: 10_000, requestTimeout: 300_000 } });
  const Bucket = loc.bucket;
  const full = (key: string) => (loc.prefix ? `${loc.prefix}/${key}` : key);
  const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof PreconditionFailed) throw e;
      throw remote(e, loc, what);
    }
  };

  return {
    async get(key) {
      return call(`read ${key}`, async () => {
        try {
          const r = await client.send(new GetObjectCommand({ Bucket, Key: full(key) }));
          return { bytes: Buffer.from(await r.Body!.transformToByteArray()), etag: r.ETag! };
        } catch (e) {
          if (missing(e)) return undefined;
          throw e;
        }
      });
    },
    async stream(key) {
      return call(`read ${key}`, async () => {
        try {
          return (await client.send(new GetObjectCommand({ Bucket, Key: full(key) }))).Body as Readable;
        } catch (e) {
          if (missing(e)) return undefined;
          throw e;
        }
      });
    },
    async size(key) {
      return call(`look up ${key}`, async () => {
        try {
          return (await client.send(new HeadObjectCommand({ Bucket, Key: full(key) }))).ContentLength ?? 0;
        } catch (e) {
          if (missing(e)) return undefined;
          throw e;
        }
      });
    },
    async put(key, body, contentType, condition) {
      return call(`write ${key}`, async () => {
        try {
          const r = await client.send(new PutObjectCommand({ Bucket, Key: full(key), Body: body, ContentType: contentType, ...(condition && 'ifMatch' in condition ? { IfMatch: condition.ifMatch } : condition ? { IfNoneMatch: '*' } : {}) }));
          return r.ETag!;
        } catch (e) {
          // 412: the condition failed; 409 ConditionalRequestConflict: a concurrent conditional write won.
          if (condition && (status(e) === 412 || status(e) === 409 || (status(e) === 404 && 'ifMatch' in condition && (e as SdkError).name !== 'NoSuchBucket'))) throw new PreconditionFailed(key);
          throw e;
        }
      });
    },
    async upload(key, file, _size, progress) {
      await call(`upload ${key}`, async () => {
        // Parts go up in parallel; on an error the multipart upload is aborted. A killed process
        // leaves its parts unlisted (never an object): a lifecycle rule removes them (docs/deploy.md).
        const up = new Upload({ client, params: { Bucket, Key: full(key), Body: createReadStream(file, { highWaterMark: 1 << 20 }), ContentType: 'application/octet-stream' }, partSize: loc.partSize ?? 16 << 20, queueSize: 4, leavePartsOnError: false });
        up.on('httpUploadProgress', (p) => progress?.(p.loaded ?? 0));
        await up.done();
      });
    },
    async list(prefix, delimiter) {
      return call(`list ${prefix || 'the models'}`, async () => {
        const base = full(prefix);
        const strip = loc.prefix ? loc.prefix.length + 1 : 0;
        const keys: string[] = [];
        const prefixes: string[] = [];
        // The common prefixes are found by skipping past each one (StartAfter its last possible key)
        // rather than with Delimiter, which s3rver answers only for prefixes holding objects directly.
        let StartAfter: string | undefined;
        let ContinuationToken: string | undefined;
        for (;;) {
          const r = await client.send(new ListObjectsV2Command({ Bucket, Prefix: base, ContinuationToken, StartAfter: ContinuationToken ? undefined : StartAfter }));
          let skipped = false;
          for (const o of r.Contents ?? []) {
            const at = delimiter ? o.Key!.indexOf(delimiter, base.length) : -1;
            if (at === -1) {
              keys.push(o.Key!.slice(strip));
              continue;
            }
            const p = o.Key!.slice(0, at + delimiter!.length);
            prefixes.push(p.slice(strip));
            StartAfter = `${p}\u{10FFFF}`;
            skipped = true;
            break;
          }
          ContinuationToken = !skipped && r.IsTruncated ? r.NextContinuationToken : undefined;
          if (!skipped && !ContinuationToken) return { keys, prefixes };
        }
      });
    },
  };
}
