import { ConfigurationError } from '@mlgate/core';
import { FileBackend } from './file-backend.js';
import { OciBackend } from './oci/backend.js';
import { Registry } from './registry.js';
import { ObjectStoreBackend } from './store/backend.js';

export interface OpenOptions {
  username?: string;
  password?: string;
  /** Called with every secret the registry's client will use (from the environment), to mask it in logs. */
  secret?: (value: string) => void;
  /** Overrides for tests and benchmarks. */
  oci?: { monolithicMax?: number; chunkSize?: number; settleMs?: number; leaseMs?: number };
  store?: { partSize?: number; leaseMs?: number };
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;
const SUPPORTED = 'use file://DIR, oci://HOST/REPO, s3://BUCKET/PREFIX or azblob://ACCOUNT/CONTAINER/PREFIX';
/** A key prefix a person can read in a bucket console: segments of letters, digits, `.`, `_`, `-`. */
const PREFIX = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*)(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** Secrets of the object stores' clients, from the environment they read them from. */
function maskStoreSecrets(kind: 's3' | 'azblob', secret: ((v: string) => void) | undefined): void {
  if (!secret) return;
  const env = process.env;
  const found =
    kind === 's3'
      ? [env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN]
      : [env.AZURE_STORAGE_SAS_TOKEN, ...[...(env.AZURE_STORAGE_CONNECTION_STRING ?? '').matchAll(/(?:^|;)(?:AccountKey|SharedAccessSignature)=([^;]+)/g)].map((m) => m[1])];
  for (const v of found) if (v) secret(v);
}

function storeRegistry(url: string, opts: OpenOptions, field: string): Registry | undefined {
  const m = url.match(/^(s3|azblob):\/\/([^/?#]*)(?:\/([^?#]*))?$/);
  if (!m) {
    if (/^(s3|azblob):\/\//.test(url)) throw new ConfigurationError(`registry "${url.replace(/[?#].*$/, '?…')}": no query or fragment in the URL — credentials come from the environment (docs/deploy.md)`, { field });
    return undefined;
  }
  const kind = m[1] as 's3' | 'azblob';
  const [first, ...rest] = (m[3] ?? '').replace(/\/+$/, '').split('/').filter((s, i) => i > 0 || s !== '');
  const host = m[2]!;
  if (host.includes('@')) throw new ConfigurationError('put no credentials in the registry URL: they come from the environment (docs/deploy.md)', { field });
  const checkPrefix = (p: string) => {
    if (p && (!PREFIX.test(p) || p.split('/').includes('..'))) throw new ConfigurationError(`registry "${url}": the prefix "${p}" is not valid (segments of letters, digits, ".", "_" and "-", separated by "/")`, { field });
    return p;
  };
  maskStoreSecrets(kind, opts.secret);
  const leaseMs = opts.store?.leaseMs;
  if (kind === 's3') {
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(host)) throw new ConfigurationError(`registry "${url}": "${host}" is not an S3 bucket name (3 to 63 lower-case letters, digits, "." and "-")`, { field });
    const prefix = checkPrefix([first, ...rest].filter(Boolean).join('/'));
    const clean = `s3://${host}${prefix ? `/${prefix}` : ''}`;
    return new Registry(new ObjectStoreBackend({ kind, url: clean, leaseMs, open: async () => (await import('./store/s3.js')).s3Store({ bucket: host, prefix, url: clean, partSize: opts.store?.partSize }) }));
  }
  if (!/^[a-z0-9]{3,24}$/.test(host)) throw new ConfigurationError(`registry "${url}": "${host}" is not an Azure Storage account name (3 to 24 lower-case letters and digits)`, { field });
  if (!first || !/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/.test(first)) throw new ConfigurationError(`registry "${url}": name a container after the account (azblob://ACCOUNT/CONTAINER/PREFIX; 3 to 63 lower-case letters, digits and single hyphens)`, { field });
  const prefix = checkPrefix(rest.join('/'));
  const clean = `azblob://${host}/${first}${prefix ? `/${prefix}` : ''}`;
  return new Registry(new ObjectStoreBackend({ kind, url: clean, leaseMs, open: async () => (await import('./store/azure.js')).azureStore({ account: host, container: first, prefix, url: clean, blockSize: opts.store?.partSize }) }));
}

/**
 * `file://DIR` (or a plain path), `oci://HOST[:PORT]/REPO` (HTTPS; plain HTTP for loopback hosts),
 * `oci+http://HOST/REPO` (plain HTTP, for a registry inside a private network), `s3://BUCKET/PREFIX`
 * or `azblob://ACCOUNT/CONTAINER/PREFIX` (their SDKs loaded on first use).
 */
export function openRegistry(url: string, opts: OpenOptions = {}, field = 'registry'): Registry {
  const m = url.match(/^(oci|oci\+http|oci\+https):\/\/([^/]+)(?:\/(.*))?$/);
  if (m) {
    const host = m[2]!;
    if (host.includes('@')) throw new ConfigurationError('put registry credentials in registry-username/registry-password, not in the registry URL', { field });
    const prefix = (m[3] ?? '').replace(/\/+$/, '');
    if (prefix && !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(prefix)) {
      throw new ConfigurationError(`registry "${url}": repository "${prefix}" is not valid in OCI (lower-case letters, digits, separators . _ - and /)`, { field });
    }
    const scheme = m[1] === 'oci+http' ? 'http' : m[1] === 'oci+https' ? 'https' : LOOPBACK.test(host) ? 'http' : 'https';
    return new Registry(new OciBackend({ host, scheme, prefix, username: opts.username, password: opts.password, ...opts.oci }));
  }
  const store = storeRegistry(url, opts, field);
  if (store) return store;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('file://')) {
    throw new ConfigurationError(`registry "${url.replace(/\/\/[^/@]*@/, '//')}" is not supported: ${SUPPORTED}`, { field });
  }
  const dir = url.startsWith('file://') ? url.slice('file://'.length) : url;
  if (!dir) throw new ConfigurationError('registry "file://" names no directory', { field });
  return new Registry(new FileBackend(dir));
}
