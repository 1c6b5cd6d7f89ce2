import { ConfigurationError } from '@mlgate/core';
import { FileBackend } from './file-backend.js';
import { OciBackend } from './oci/backend.js';
import { Registry } from './registry.js';

export interface OpenOptions {
  username?: string;
  password?: string;
  /** Overrides for tests and benchmarks. */
  oci?: { monolithicMax?: number; chunkSize?: number; settleMs?: number; leaseMs?: number };
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;

/**
 * `file://DIR` (or a plain path), `oci://HOST[:PORT]/REPO` (HTTPS; plain HTTP for loopback hosts) or
 * `oci+http://HOST/REPO` (plain HTTP, for a registry inside a private network).
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
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('file://')) {
    throw new ConfigurationError(`registry "${url}" is not supported: use file://DIR or oci://HOST/REPO`, { field });
  }
  const dir = url.startsWith('file://') ? url.slice('file://'.length) : url;
  if (!dir) throw new ConfigurationError('registry "file://" names no directory', { field });
  return new Registry(new FileBackend(dir));
}
