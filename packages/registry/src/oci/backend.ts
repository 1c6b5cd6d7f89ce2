import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataError } from '@mlgate/core';
import { LockBusy, type Backend, type BlobSource, type Progress, type StillHeld } from '../backend.js';
import { sha256 } from '../digest.js';
import { ANNOTATION, EMPTY_DESCRIPTOR as EMPTY, MEDIA, type AliasTarget, type Descriptor, type ImageManifest, type MoveEvent } from '../types.js';
import { OciClient, type OciClientOptions } from './client.js';

export interface OciBackendOptions extends OciClientOptions {
  /** Repository prefix: a model `churn` lives in `<prefix>/churn`. */
  prefix: string;
  /** How long a lease tag holds before it is taken to be abandoned. */
  leaseMs?: number;
  /** How long to wait after writing a lease tag before reading it back (see `withLock`). */
  settleMs?: number;
}

interface Lease {
  schema: 'mlgate/lease@1';
  key: string;
  owner: string;
  holder: string;
  since: string;
  expires: string;
  state: 'held' | 'released';
}

const ALIAS_TAG = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
const LEASE_ANNOTATION = 'vnd.mlgate.lease';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A registry in any OCI distribution registry. Tags of `<prefix>/<name>`:
 *   v<version>               the version's manifest (an OCI image manifest, artifactType application/vnd.mlgate.model.v1)
 *   <alias>                  the same manifest as the version it points at (pullable by any OCI tool)
 *   mlgate.history.<alias>   a manifest whose config blob is the alias's whole move history
 *   mlgate.lease.<key>       the lease that serializes moves of one alias (or publishes), in an annotation
 */
export class OciBackend implements Backend {
  readonly kind = 'oci';
  readonly url: string;
  readonly client: OciClient;

  constructor(private readonly opts: OciBackendOptions) {
    this.client = new OciClient(opts);
    this.url = `oci://${opts.host}${opts.prefix ? `/${opts.prefix}` : ''}`;
  }

  repo(name: string): string {
    return this.opts.prefix ? `${this.opts.prefix}/${name}` : name;
  }

  hasBlob(name: string, digest: string): Promise<boolean> {
    return this.client.hasBlob(this.repo(name), digest);
  }
  putBlob(name: string, blob: BlobSource, progress?: Progress): Promise<void> {
    return this.client.putBlob(this.repo(name), blob, progress);
  }
  readBlob(name: string, desc: Descriptor): Promise<Readable> {
    return this.client.getBlob(this.repo(name), desc.digest);
  }

  async listVersions(name: string): Promise<string[]> {
    return (await this.client.tags(this.repo(name))).filter((t) => /^v\d/.test(t)).map((t) => t.slice(1));
  }

  async getVersion(name: string, version: string): Promise<Buffer | undefined> {
    return (await this.client.getManifest(this.repo(name), `v${version}`))?.bytes;
  }

  async putVersion(name: string, version: string, manifest: Buffer, digest: string): Promise<void> {
    const repo = this.repo(name);
    if (await this.client.headManifest(repo, `v${version}`)) throw new DataError(`version ${version} of ${name} already exists in ${this.url} and is immutable`, { field: 'version' });
    const got = await this.client.putManifest(repo, `v${version}`, manifest, MEDIA.manifest);
    if (got !== digest) throw new DataError(`version ${version} of ${name} was stored with digest ${got}, expected ${digest}`);
  }

  async listAliases(name: string): Promise<string[]> {
    return (await this.client.tags(this.repo(name))).filter((t) => ALIAS_TAG.test(t) && !/^v\d/.test(t));
  }

  async getAlias(name: string, alias: string): Promise<AliasTarget | undefined> {
    const m = await this.client.getManifest(this.repo(name), alias);
    if (!m) return undefined;
    const manifest = JSON.parse(m.bytes.toString('utf8')) as ImageManifest;
    const version = manifest.annotations?.[ANNOTATION.version];
    if (!version || manifest.artifactType !== MEDIA.modelArtifact) throw new DataError(`tag ${alias} of ${this.repo(name)} is not an mlgate model alias (no ${ANNOTATION.version} annotation)`);
    return { version, digest: m.digest };
  }

  async setAlias(name: string, alias: string, target: AliasTarget): Promise<void> {
    const repo = this.repo(name);
    const m = await this.client.getManifest(repo, target.digest);
    if (!m || m.digest !== target.digest) throw new DataError(`manifest ${target.digest} of ${name} ${target.version} is missing or corrupt in ${this.url}`);
    await this.client.putManifest(repo, alias, m.bytes, MEDIA.manifest);
    // A tag PUT is last-writer-wins: read it back to catch a writer that ignores the lease.
    const now = await this.client.headManifest(repo, alias);
    if (now !== target.digest) throw new DataError(`alias ${alias} of ${name} was overwritten by another writer right after this move (it holds ${now ?? 'nothing'}); look at the history and move it again`);
  }

  async readHistory(name: string, alias: string): Promise<MoveEvent[]> {
    const repo = this.repo(name);
    const m = await this.client.getManifest(repo, `mlgate.history.${alias}`);
    if (!m) return [];
    const manifest = JSON.parse(m.bytes.toString('utf8')) as ImageManifest;
    const stream = await this.client.getBlob(repo, manifest.config.digest);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    if (sha256(bytes) !== manifest.config.digest) throw new DataError(`the history of alias ${alias} of ${name} is corrupt in ${this.url}`);
    return (JSON.parse(bytes.toString('utf8')) as { events: MoveEvent[] }).events;
  }

  async appendHistory(name: string, alias: string, _event: MoveEvent, all: MoveEvent[]): Promise<void> {
    await this.putJsonArtifact(name, `mlgate.history.${alias}`, MEDIA.historyArtifact, MEDIA.historyConfig, { schema: 'mlgate/alias-history@1', alias, events: all });
  }

  /** A manifest whose config blob is a JSON document, under a tag. */
  private async putJsonArtifact(name: string, tag: string, artifactType: string, configType: string, doc: unknown): Promise<string> {
    const repo = this.repo(name);
    const config = Buffer.from(JSON.stringify(doc));
    const digest = sha256(config);
    await this.client.putBlob(repo, { digest, size: config.length, bytes: config });
    await this.ensureEmpty(repo);
    // image-spec 1.1 wants at least one layer: an artifact without content of its own carries the empty descriptor.
    const manifest: ImageManifest = { schemaVersion: 2, mediaType: MEDIA.manifest, artifactType, config: { mediaType: configType, digest, size: config.length }, layers: [EMPTY] };
    return this.client.putManifest(repo, tag, Buffer.from(JSON.stringify(manifest)), MEDIA.manifest);
  }

  private readonly emptyIn = new Set<string>();

  /** The empty blob `{}` in the repository: a registry checks that every blob a manifest names exists. */
  private async ensureEmpty(repo: string): Promise<void> {
    if (this.emptyIn.has(repo)) return;
    if (!(await this.client.hasBlob(repo, EMPTY.digest))) await this.client.putBlob(repo, { digest: EMPTY.digest, size: EMPTY.size, bytes: Buffer.from('{}') });
    this.emptyIn.add(repo);
  }

  /** A lease is a manifest with the OCI empty config and the lease in an annotation: one request to write, one to read. */
  private async putLease(name: string, tag: string, lease: Lease): Promise<string> {
    const repo = this.repo(name);
    await this.ensureEmpty(repo);
    const manifest: ImageManifest = { schemaVersion: 2, mediaType: MEDIA.manifest, artifactType: MEDIA.leaseArtifact, config: EMPTY, layers: [EMPTY], annotations: { [LEASE_ANNOTATION]: JSON.stringify(lease) } };
    return this.client.putManifest(repo, tag, Buffer.from(JSON.stringify(manifest)), MEDIA.manifest);
  }

  private async readLease(name: string, tag: string): Promise<{ digest: string; lease: Lease } | undefined> {
    const m = await this.client.getManifest(this.repo(name), tag);
    if (!m) return undefined;
    const text = (JSON.parse(m.bytes.toString('utf8')) as ImageManifest).annotations?.[LEASE_ANNOTATION];
    if (!text) return undefined; // not a lease of this format: taken as free
    return { digest: m.digest, lease: JSON.parse(text) as Lease };
  }

  /**
   * A lease over tags, as a registry has no transactions and a tag PUT is last-writer-wins:
   * read the lease tag; if it is free (absent, released or expired), PUT a lease of our own (a unique
   * manifest), wait `settleMs`, and read it back. Whoever reads back their own lease holds it; a
   * later writer overwrote it and the first one backs off. This is safe as long as no contender
   * takes longer than `settleMs` between its read and its write (one round trip normally), the
   * registry's tag reads are consistent after a write, and the promoters' clocks agree to within
   * the lease time. A holder that crashes blocks the alias until its lease expires (`leaseMs`).
   * A contender slower than that (its read before our write, its write after our settle) takes the
   * lease over; `held()`, called before every write, then finds the tag is no longer ours and the
   * holder that lost it backs off with nothing written.
   */
  async withLock<T>(name: string, key: string, holder: string, waitMs: number, fn: (held: StillHeld) => Promise<T>): Promise<T> {
    const tag = `mlgate.lease.${key}`;
    const leaseMs = this.opts.leaseMs ?? 30_000;
    const settle = this.opts.settleMs ?? 250;
    const owner = randomUUID();
    const deadline = Date.now() + waitMs;
    let ours: string | undefined;
    for (;;) {
      const cur = await this.readLease(name, tag);
      const busy = cur && cur.lease.state === 'held' && Date.parse(cur.lease.expires) > Date.now();
      if (!busy) {
        const since = new Date();
        const lease: Lease = { schema: 'mlgate/lease@1', key, owner, holder, since: since.toISOString(), expires: new Date(since.getTime() + leaseMs).toISOString(), state: 'held' };
        const digest = await this.putLease(name, tag, lease);
        await sleep(settle);
        if ((await this.client.headManifest(this.repo(name), tag)) === digest) {
          ours = digest;
          break;
        }
      }
      if (Date.now() >= deadline) {
        const now = await this.readLease(name, tag);
        throw new LockBusy(key, now?.lease.holder ?? 'another writer', now?.lease.since);
      }
      await sleep(100 + Math.random() * 200);
    }
    try {
      // a contender that read the lease as free and wrote its own after our settle took it over: whoever
      // writes checks first, so of the two only one goes on
      return await fn(async () => {
        if ((await this.client.headManifest(this.repo(name), tag)) !== ours) {
          const now = await this.readLease(name, tag);
          throw new LockBusy(key, now?.lease.holder ?? 'another writer', now?.lease.since);
        }
      });
    } finally {
      try {
        if ((await this.client.headManifest(this.repo(name), tag)) === ours) {
          const now = new Date().toISOString();
          await this.putLease(name, tag, { schema: 'mlgate/lease@1', key, owner, holder, since: now, expires: now, state: 'released' });
        }
      } catch {
        // The registry went away: the lease expires on its own.
      }
    }
  }

  async listModels(): Promise<string[]> {
    const p = this.opts.prefix ? `${this.opts.prefix}/` : '';
    return (await this.client.catalog()).filter((r) => r.startsWith(p) && !r.slice(p.length).includes('/')).map((r) => r.slice(p.length));
  }
}
