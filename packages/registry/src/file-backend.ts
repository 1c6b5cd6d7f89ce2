import { randomUUID } from 'node:crypto';
import { appendFileSync, copyFileSync, createReadStream, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, closeSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { DataError, writeAtomic } from '@mlgate/core';
import { hexOf } from './digest.js';
import { alwaysHeld, LockBusy, type Backend, type BlobSource, type Progress, type StillHeld } from './backend.js';
import type { AliasTarget, Descriptor, MoveEvent } from './types.js';

/** A lock older than this is taken to belong to a crashed process and is broken. */
const STALE_MS = 30_000;

/**
 * A registry in a directory:
 *   blobs/sha256/<hex>                       every file, config and report, by digest
 *   models/<name>/versions/<version>.json    the version's OCI manifest, byte for byte
 *   models/<name>/aliases/<alias>.json       { version, digest }
 *   models/<name>/history/<alias>.jsonl      one move per line
 *   models/<name>/locks/<key>.lock           created with O_EXCL: the one holder of a lock
 */
/** The names of a directory's `NAME.json` files (versions, aliases); none when it does not exist yet. */
function jsonNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
}

export class FileBackend implements Backend {
  readonly kind = 'file';
  readonly url: string;
  readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
    this.url = `file://${dir}`;
  }

  private blobPath(digest: string): string {
    return join(this.root, 'blobs', 'sha256', hexOf(digest));
  }
  private model(name: string, ...parts: string[]): string {
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(name) || name.includes('..')) throw new DataError(`model name "${name}" is not valid`, { field: 'name' });
    return join(this.root, 'models', name, ...parts);
  }

  async hasBlob(_name: string, digest: string): Promise<boolean> {
    return existsSync(this.blobPath(digest));
  }

  async putBlob(_name: string, blob: BlobSource, progress?: Progress): Promise<void> {
    const dest = this.blobPath(blob.digest);
    if (existsSync(dest) && statSync(dest).size === blob.size) return;
    mkdirSync(dirname(dest), { recursive: true });
    const tmp = `${dest}.${randomUUID()}.tmp`;
    if (blob.file) copyFileSync(blob.file, tmp);
    else writeFileSync(tmp, blob.bytes!);
    renameSync(tmp, dest);
    progress?.({ digest: blob.digest, sent: blob.size, size: blob.size });
  }

  async readBlob(_name: string, desc: Descriptor): Promise<Readable> {
    const p = this.blobPath(desc.digest);
    if (!existsSync(p)) throw new DataError(`blob ${desc.digest} is missing from ${this.url}`);
    return createReadStream(p, { highWaterMark: 1 << 20 });
  }

  async listVersions(name: string): Promise<string[]> {
    return jsonNames(this.model(name, 'versions'));
  }

  async getVersion(name: string, version: string): Promise<Buffer | undefined> {
    if (!/^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(version)) return undefined; // never a path outside versions/
    const p = this.model(name, 'versions', `${version}.json`);
    return existsSync(p) ? readFileSync(p) : undefined;
  }

  async putVersion(name: string, version: string, manifest: Buffer): Promise<void> {
    const dest = this.model(name, 'versions', `${version}.json`);
    mkdirSync(dirname(dest), { recursive: true });
    const tmp = `${dest}.${randomUUID()}.tmp`;
    writeFileSync(tmp, manifest);
    try {
      // link() never replaces an existing file: a version, once written, is never overwritten.
      linkSync(tmp, dest);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new DataError(`version ${version} of ${name} already exists in ${this.url} and is immutable`, { field: 'version' });
      throw e;
    } finally {
      unlinkSync(tmp);
    }
  }

  async listAliases(name: string): Promise<string[]> {
    return jsonNames(this.model(name, 'aliases'));
  }

  async getAlias(name: string, alias: string): Promise<AliasTarget | undefined> {
    const p = this.model(name, 'aliases', `${alias}.json`);
    if (!existsSync(p)) return undefined;
    const t = JSON.parse(readFileSync(p, 'utf8')) as AliasTarget;
    return { version: t.version, digest: t.digest };
  }

  async setAlias(name: string, alias: string, target: AliasTarget): Promise<void> {
    writeAtomic(this.model(name, 'aliases', `${alias}.json`), JSON.stringify(target) + '\n');
  }

  async readHistory(name: string, alias: string): Promise<MoveEvent[]> {
    const p = this.model(name, 'history', `${alias}.jsonl`);
    if (!existsSync(p)) return [];
    return readFileSync(p, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as MoveEvent);
  }

  async appendHistory(name: string, alias: string, event: MoveEvent): Promise<void> {
    const p = this.model(name, 'history', `${alias}.jsonl`);
    mkdirSync(dirname(p), { recursive: true });
    appendFileSync(p, JSON.stringify(event) + '\n');
  }

  async withLock<T>(name: string, key: string, holder: string, waitMs: number, fn: (held: StillHeld) => Promise<T>): Promise<T> {
    const p = this.model(name, 'locks', `${key.replace(/[^A-Za-z0-9_-]/g, '-')}.lock`);
    mkdirSync(dirname(p), { recursive: true });
    const deadline = Date.now() + waitMs;
    for (;;) {
      try {
        // O_CREAT|O_EXCL: of any number of processes, exactly one creates the file.
        const fd = openSync(p, 'wx');
        writeSync(fd, JSON.stringify({ holder, pid: process.pid, host: hostname(), since: new Date().toISOString() }));
        closeSync(fd);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      let info: { holder?: string; since?: string } = {};
      let age = 0;
      try {
        info = JSON.parse(readFileSync(p, 'utf8'));
        age = Date.now() - statSync(p).mtimeMs;
      } catch {
        continue; // released (or half-written) just now: try again
      }
      if (age > STALE_MS) {
        // Break a crashed holder's lock: rename is atomic, so only one breaker succeeds.
        try {
          renameSync(p, `${p}.stale-${randomUUID()}`);
        } catch {
          // someone else broke it first
        }
        continue;
      }
      if (Date.now() >= deadline) throw new LockBusy(key, info.holder ?? 'another process', info.since);
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
    }
    try {
      return await fn(alwaysHeld);
    } finally {
      try {
        unlinkSync(p);
      } catch {
        // already broken as stale: nothing to release
      }
    }
  }

  async listModels(): Promise<string[]> {
    const dir = join(this.root, 'models');
    return existsSync(dir) ? readdirSync(dir).sort() : [];
  }
}
