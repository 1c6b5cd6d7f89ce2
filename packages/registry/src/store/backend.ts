import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataError, RemoteError } from '@mlgate/core';
import { alwaysHeld, LockBusy, type Backend, type BlobSource, type Progress, type StillHeld } from '../backend.js';
import { hexOf } from '../digest.js';
import { AliasConflictError } from '../errors.js';
import type { AliasTarget, Descriptor, MoveEvent } from '../types.js';
import { PreconditionFailed, type ObjectStore } from './object-store.js';

/** How long a lease holds before it is taken to belong to a crashed process. */
const LEASE_MS = 30_000;
const JSON_TYPE = 'application/json';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Lease {
  schema: 'mlgate/lease@1';
  key: string;
  holder: string;
  since: string;
  expires: string;
  state: 'held' | 'released';
}

export interface ObjectStoreBackendOptions {
  kind: 's3' | 'azblob';
  /** The registry URL without credentials. */
  url: string;
  /** The store, created on first use (its SDK is loaded then). */
  open: () => Promise<ObjectStore>;
  leaseMs?: number;
}

/**
 * A registry in a bucket (S3) or a container (Azure Blob), laid out for a person to browse:
 *   <name>/blobs/sha256/<hex>                 every file, lineage and report, by digest
 *   <name>/versions/<version>/lineage.json    the lineage (a copy of the manifest's config blob)
 *   <name>/versions/<version>/manifest.json   the version's OCI manifest, byte for byte — written last:
 *                                             a version exists once this object does
 *   <name>/aliases/<alias>.json               { version, digest }
 *   <name>/history/<alias>.jsonl              one move per line
 *   <name>/locks/<key>.json                   the lease that serializes moves of one alias (or publishes)
 *   .mlgate/conditional-write-check.json      where each run checks that the store honours If-None-Match
 * Every write that must not be lost to a concurrent one is conditional (ETag If-Match, or
 * If-None-Match: * to create only): a version's manifest, an alias, a lease.
 */
export class ObjectStoreBackend implements Backend {
  readonly kind: string;
  readonly url: string;
  private store?: Promise<ObjectStore>;
  /** The ETag each alias had when last read (null: absent), the condition of the next write. */
  private readonly seen = new Map<string, string | null>();

  constructor(private readonly opts: ObjectStoreBackendOptions) {
    this.kind = opts.kind;
    this.url = opts.url;
  }

  private s(): Promise<ObjectStore> {
    this.store ??= this.opts.open();
    return this.store;
  }

  private conditional?: Promise<void>;

  /**
   * Once per run, before the first lease: a create-only write of an object that exists must be
   * refused. A store that ignores the condition (s3rver does; some S3-compatible stores may) would
   * make every compare-and-swap here silently last-writer-wins, so mlgate refuses to move anything.
   */
  private checkConditionalWrites(store: ObjectStore): Promise<void> {
    this.conditional ??= (async () => {
      const key = '.mlgate/conditional-write-check.json';
      const body = Buffer.from(JSON.stringify({ schema: 'mlgate/conditional-write-check@1', why: 'mlgate checks here that the store refuses a create-only write (If-None-Match: *) of an existing object' }) + '\n');
      await store.put(key, body, JSON_TYPE);
      try {
        await store.put(key, body, JSON_TYPE, { ifNoneMatch: '*' });
      } catch (e) {
        if (e instanceof PreconditionFailed) return;
        throw e;
      }
      throw new RemoteError(`${this.url} accepted a create-only write (If-None-Match: *) of an object that exists: this store ignores conditional writes, so mlgate cannot publish or move aliases there safely (docs/deploy.md, "What atomic means here"); nothing was changed`, { field: 'registry' });
    })();
    this.conditional.catch(() => (this.conditional = undefined));
    return this.conditional;
  }

  private key(name: string, ...parts: string[]): string {
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(name) || name.includes('..')) throw new DataError(`model name "${name}" is not valid`, { field: 'name' });
    return [name, ...parts].join('/');
  }
  private blobKey(name: string, digest: string): string {
    return this.key(name, 'blobs', 'sha256', hexOf(digest));
  }

  async hasBlob(name: string, digest: string): Promise<boolean> {
    return (await (await this.s()).size(this.blobKey(name, digest))) !== undefined;
  }

  async putBlob(name: string, blob: BlobSource, progress?: Progress): Promise<void> {
    const store = await this.s();
    const key = this.blobKey(name, blob.digest);
    if ((await store.size(key)) === blob.size) return;
    if (blob.file) await store.upload(key, blob.file, blob.size, (sent) => progress?.({ digest: blob.digest, sent, size: blob.size }));
    else await store.put(key, blob.bytes!, 'application/octet-stream');
    progress?.({ digest: blob.digest, sent: blob.size, size: blob.size });
  }

  async readBlob(name: string, desc: Descriptor): Promise<Readable> {
    const s = await (await this.s()).stream(this.blobKey(name, desc.digest));
    if (!s) throw new DataError(`blob ${desc.digest} is missing from ${this.url}`);
    return s;
  }

  async listVersions(name: string): Promise<string[]> {
    const { keys } = await (await this.s()).list(this.key(name, 'versions') + '/');
    const at = this.key(name, 'versions').length + 1;
    return keys.filter((k) => k.endsWith('/manifest.json')).map((k) => k.slice(at, -'/manifest.json'.length)).filter((v) => !v.includes('/'));
  }

  async getVersion(name: string, version: string): Promise<Buffer | undefined> {
    if (!/^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(version)) return undefined;
    return (await (await this.s()).get(this.key(name, 'versions', version, 'manifest.json')))?.bytes;
  }

  async putVersion(name: string, version: string, manifest: Buffer, _digest: string, lineage?: Buffer): Promise<void> {
    const store = await this.s();
    const exists = () => new DataError(`version ${version} of ${name} already exists in ${this.url} and is immutable`, { field: 'version' });
    const manifestKey = this.key(name, 'versions', version, 'manifest.json');
    // The lineage first (a retry of an interrupted publish writes it again; an existing version's is
    // never touched), the manifest last and create-only.
    if (lineage) {
      if ((await store.size(manifestKey)) !== undefined) throw exists();
      await store.put(this.key(name, 'versions', version, 'lineage.json'), lineage, JSON_TYPE);
    }
    try {
      await store.put(manifestKey, manifest, 'application/vnd.oci.image.manifest.v1+json', { ifNoneMatch: '*' });
    } catch (e) {
      if (e instanceof PreconditionFailed) throw exists();
      throw e;
    }
  }

  async listAliases(name: string): Promise<string[]> {
    const { keys } = await (await this.s()).list(this.key(name, 'aliases') + '/');
    return keys.filter((k) => k.endsWith('.json')).map((k) => k.slice(k.lastIndexOf('/') + 1, -5));
  }

  async getAlias(name: string, alias: string): Promise<AliasTarget | undefined> {
    const key = this.key(name, 'aliases', `${alias}.json`);
    const got = await (await this.s()).get(key);
    this.seen.set(key, got?.etag ?? null);
    if (!got) return undefined;
    const t = JSON.parse(got.bytes.toString('utf8')) as AliasTarget;
    return { version: t.version, digest: t.digest };
  }

  /** Compare-and-swap on the alias object: it is replaced only if it still has the ETag `getAlias` read (or is still absent). */
  async setAlias(name: string, alias: string, target: AliasTarget): Promise<void> {
    const key = this.key(name, 'aliases', `${alias}.json`);
    if (!this.seen.has(key)) await this.getAlias(name, alias);
    const etag = this.seen.get(key);
    try {
      this.seen.set(key, await (await this.s()).put(key, Buffer.from(JSON.stringify(target) + '\n'), JSON_TYPE, etag ? { ifMatch: etag } : { ifNoneMatch: '*' }));
    } catch (e) {
      if (!(e instanceof PreconditionFailed)) throw e;
      this.seen.delete(key);
      throw new AliasConflictError(`did not move alias ${alias} of ${name}: it was changed by another writer since it was read (the store refused the conditional write); nothing was changed — look at \`mlgate registry history\` and move it again`);
    }
  }

  async readHistory(name: string, alias: string): Promise<MoveEvent[]> {
    const got = await (await this.s()).get(this.key(name, 'history', `${alias}.jsonl`));
    if (!got) return [];
    return got.bytes
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as MoveEvent);
  }

  /** An object store has no append: the history is written whole, under the alias's lease. */
  async appendHistory(name: string, alias: string, _event: MoveEvent, all: MoveEvent[]): Promise<void> {
    await (await this.s()).put(this.key(name, 'history', `${alias}.jsonl`), Buffer.from(all.map((e) => JSON.stringify(e) + '\n').join('')), 'application/x-ndjson');
  }

  /**
   * A lease object taken by a conditional write: created with If-None-Match: * when absent, or
   * replaced with If-Match: <its ETag> when released or expired — of any number of contenders exactly
   * one write succeeds. Released the same way (If-Match our ETag), so a lease taken over after expiry
   * is never released by the one who lost it. The alias itself is still written by compare-and-swap.
   */
  async withLock<T>(name: string, key: string, holder: string, waitMs: number, fn: (held: StillHeld) => Promise<T>): Promise<T> {
    const store = await this.s();
    await this.checkConditionalWrites(store);
    const k = this.key(name, 'locks', `${key.replace(/[^A-Za-z0-9_.-]/g, '-')}.json`);
    const leaseMs = this.opts.leaseMs ?? LEASE_MS;
    const deadline = Date.now() + waitMs;
    const write = (lease: Omit<Lease, 'schema' | 'key'>, cond: { ifNoneMatch: '*' } | { ifMatch: string }) =>
      store.put(k, Buffer.from(JSON.stringify({ schema: 'mlgate/lease@1', key, ...lease, owner: randomUUID() }) + '\n'), JSON_TYPE, cond);
    let ours: string | undefined;
    let last: Lease | undefined;
    while (!ours) {
      const cur = await store.get(k);
      last = cur ? parseLease(cur.bytes) : undefined;
      const busy = last?.state === 'held' && Date.parse(last.expires) > Date.now();
      if (!busy) {
        const since = new Date();
        try {
          ours = await write({ holder, since: since.toISOString(), expires: new Date(since.getTime() + leaseMs).toISOString(), state: 'held' }, cur ? { ifMatch: cur.etag } : { ifNoneMatch: '*' });
          break;
        } catch (e) {
          if (!(e instanceof PreconditionFailed)) throw e;
        }
      }
      if (Date.now() >= deadline) throw new LockBusy(key, last?.holder ?? 'another writer', last?.since);
      await sleep(30 + Math.random() * 70);
    }
    try {
      return await fn(alwaysHeld);
    } finally {
      const now = new Date().toISOString();
      try {
        await write({ holder, since: now, expires: now, state: 'released' }, { ifMatch: ours });
      } catch {
        // Taken over as expired, or the store went away: the lease is not ours to release.
      }
    }
  }

  async listModels(): Promise<string[]> {
    const { prefixes } = await (await this.s()).list('', '/');
    return prefixes
      .map((p) => p.replace(/\/$/, ''))
      .filter((p) => !p.startsWith('.'))
      .sort();
  }
}

function parseLease(bytes: Buffer): Lease | undefined {
  try {
    const l = JSON.parse(bytes.toString('utf8')) as Lease;
    return l.schema === 'mlgate/lease@1' ? l : undefined;
  } catch {
    return undefined; // not a lease of this format: taken as free
  }
}
