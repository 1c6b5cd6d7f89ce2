import type { Readable } from 'node:stream';
import { BlobServiceClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { ConfigurationError, RemoteError } from '@mlgate/core';
import { PreconditionFailed, type ObjectStore } from './object-store.js';

export interface AzureLocation {
  account: string;
  container: string;
  prefix: string;
  /** `azblob://ACCOUNT/CONTAINER/PREFIX`, for messages. */
  url: string;
  blockSize?: number;
}

type RestError = Error & { statusCode?: number; code?: string };

/** Bounded retries: a store that is down is reported within seconds, not after the SDK's two minutes. */
const PIPELINE: StoragePipelineOptions = { retryOptions: { maxTries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 4000 } };

/**
 * The client from the environment: `AZURE_STORAGE_CONNECTION_STRING` (account key or SAS form, and
 * the endpoint for Azurite or another cloud), else `AZURE_STORAGE_SAS_TOKEN` on the account's
 * public endpoint.
 */
function serviceClient(loc: AzureLocation): BlobServiceClient {
  const cs = process.env.AZURE_STORAGE_CONNECTION_STRING;
  if (cs) {
    const named = /(?:^|;)AccountName=([^;]+)/.exec(cs)?.[1];
    if (named && named !== loc.account) throw new ConfigurationError(`AZURE_STORAGE_CONNECTION_STRING is for account "${named}", but the registry ${loc.url} names account "${loc.account}"`, { field: 'registry' });
    return BlobServiceClient.fromConnectionString(cs, PIPELINE);
  }
  const sas = process.env.AZURE_STORAGE_SAS_TOKEN;
  if (sas) return new BlobServiceClient(`https://${loc.account}.blob.core.windows.net?${sas.replace(/^\?/, '')}`, undefined, PIPELINE);
  throw new ConfigurationError(
    `no Azure Storage credentials for ${loc.url}: set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_SAS_TOKEN (after azure/login, a user delegation SAS from \`az storage container generate-sas --as-user --auth-mode login\`; see docs/deploy.md)`,
    { field: 'registry' },
  );
}

function remote(e: unknown, loc: AzureLocation, what: string): Error {
  const err = e as RestError;
  const code = err.statusCode;
  if (code === 403 || code === 401) return new RemoteError(`${loc.url} refused these Azure Storage credentials to ${what} (${code} ${err.code ?? ''}): check the connection string or SAS (its permissions and expiry)`, { field: 'registry' });
  if (code === 404 && err.code === 'ContainerNotFound') return new RemoteError(`the container ${loc.container} of ${loc.url} does not exist`, { field: 'registry' });
  if (!code) return new RemoteError(`cannot reach the Azure Blob store of ${loc.url} to ${what}: ${err.message}`, { field: 'registry' });
  return new RemoteError(`${loc.url} answered ${code} ${err.code ?? ''} when asked to ${what}`, { field: 'registry' });
}

export function azureStore(loc: AzureLocation): ObjectStore {
  const container = serviceClient(loc).getContainerClient(loc.container);
  const full = (key: string) => (loc.prefix ? `${loc.prefix}/${key}` : key);
  const blob = (key: string) => container.getBlockBlobClient(full(key));
  const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof PreconditionFailed || e instanceof ConfigurationError) throw e;
      throw remote(e, loc, what);
    }
  };
  const orMissing = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (e) {
      if ((e as RestError).statusCode === 404 && (e as RestError).code !== 'ContainerNotFound') return undefined;
      throw e;
    }
  };

  return {
    get: (key) =>
      call(`read ${key}`, () =>
        orMissing(async () => {
          const r = await blob(key).download();
          const chunks: Buffer[] = [];
          for await (const c of r.readableStreamBody!) chunks.push(c as Buffer);
          return { bytes: Buffer.concat(chunks), etag: r.etag! };
        }),
      ),
    stream: (key) => call(`read ${key}`, () => orMissing(async () => (await blob(key).download()).readableStreamBody as Readable)),
    size: (key) => call(`look up ${key}`, () => orMissing(async () => (await blob(key).getProperties()).contentLength ?? 0)),
    put: (key, body, contentType, condition) =>
      call(`write ${key}`, async () => {
        try {
          const r = await blob(key).upload(body, body.length, { blobHTTPHeaders: { blobContentType: contentType }, conditions: condition });
          return r.etag!;
        } catch (e) {
          const err = e as RestError;
          // If-None-Match: * on an existing blob is 409 BlobAlreadyExists; a changed ETag is 412.
          if (condition && (err.statusCode === 412 || (err.statusCode === 409 && err.code === 'BlobAlreadyExists') || (err.statusCode === 404 && 'ifMatch' in condition && err.code !== 'ContainerNotFound'))) throw new PreconditionFailed(key);
          throw e;
        }
      }),
    upload: (key, file, _size, progress) =>
      call(`upload ${key}`, async () => {
        // Blocks are staged, then committed in one call: the blob appears whole or not at all;
        // Azure discards uncommitted blocks after a week.
        await blob(key).uploadFile(file, { blockSize: loc.blockSize ?? 16 << 20, concurrency: 4, blobHTTPHeaders: { blobContentType: 'application/octet-stream' }, onProgress: (p) => progress?.(p.loadedBytes) });
      }),
    list: (prefix, delimiter) =>
      call(`list ${prefix || 'the models'}`, async () => {
        const base = loc.prefix ? `${loc.prefix}/${prefix}` : prefix;
        const strip = loc.prefix ? loc.prefix.length + 1 : 0;
        const keys: string[] = [];
        const prefixes: string[] = [];
        if (delimiter) {
          for await (const item of container.listBlobsByHierarchy(delimiter, { prefix: base })) (item.kind === 'prefix' ? prefixes : keys).push(item.name.slice(strip));
        } else {
          for await (const item of container.listBlobsFlat({ prefix: base })) keys.push(item.name.slice(strip));
        }
        return { keys, prefixes };
      }),
  };
}
