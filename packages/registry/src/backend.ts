import type { Readable } from 'node:stream';
import type { AliasTarget, Descriptor, MoveEvent } from './types.js';

/** A blob to upload: a file on disk or bytes in memory, with its digest already known. */
export interface BlobSource {
  digest: string;
  size: number;
  file?: string;
  bytes?: Buffer;
}

export type Progress = (event: { digest: string; sent: number; size: number }) => void;

/**
 * Storage for a registry: content-addressed blobs, immutable version manifests, alias pointers with
 * their history, and a lock per key. The semantics (compare-and-swap, rollback, verification) live in
 * `Registry` once, over this interface; a backend only stores and fetches.
 */
export interface Backend {
  /** The registry URL without credentials, for messages and deployment payloads. */
  readonly url: string;
  /** `file`, `oci`, `s3` or `azblob`. */
  readonly kind: string;

  hasBlob(name: string, digest: string): Promise<boolean>;
  putBlob(name: string, blob: BlobSource, progress?: Progress): Promise<void>;
  /** The blob's bytes as stored: the caller verifies size and digest. */
  readBlob(name: string, desc: Descriptor): Promise<Readable>;

  listVersions(name: string): Promise<string[]>;
  /** The manifest bytes of a version, exactly as stored. */
  getVersion(name: string, version: string): Promise<Buffer | undefined>;
  /**
   * Store a new version; call under the `publish` lock; fails if the version exists. `lineage` is the
   * manifest's config blob, for backends that keep a readable copy beside the manifest.
   */
  putVersion(name: string, version: string, manifest: Buffer, digest: string, lineage?: Buffer): Promise<void>;

  listAliases(name: string): Promise<string[]>;
  getAlias(name: string, alias: string): Promise<AliasTarget | undefined>;
  /** Point an alias at a version; call under the alias's lock. */
  setAlias(name: string, alias: string, target: AliasTarget): Promise<void>;
  readHistory(name: string, alias: string): Promise<MoveEvent[]>;
  /** Record a move; `all` is the whole history including it (backends that rewrite it whole use that). */
  appendHistory(name: string, alias: string, event: MoveEvent, all: MoveEvent[]): Promise<void>;

  /**
   * Run `fn` while holding the lock `key` of a model (`publish` or `alias:<name>`); waits up to `waitMs`.
   * `fn` calls `held()` before it writes: it throws `LockBusy` when the lock was lost meanwhile (a lease
   * over tags, oci://, can be taken over by a contender whose write arrived late; the other backends'
   * locks cannot be lost, and their `held` does nothing).
   */
  withLock<T>(name: string, key: string, holder: string, waitMs: number, fn: (held: StillHeld) => Promise<T>): Promise<T>;

  /** Model names, where the backend can list them. */
  listModels(): Promise<string[]>;
}

/** Checks that a lock is still held (see `Backend.withLock`). */
export type StillHeld = () => Promise<void>;

/** The `held` of a lock that cannot be lost. */
export const alwaysHeld: StillHeld = async () => {};

/** The lock could not be had in time: another promotion of the same alias is under way. */
export class LockBusy extends Error {
  constructor(
    readonly key: string,
    readonly holder: string,
    readonly since?: string,
  ) {
    super(`lock ${key} is held by ${holder}${since ? ` since ${since}` : ''}`);
  }
}
