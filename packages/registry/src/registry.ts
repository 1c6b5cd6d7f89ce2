import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { basename } from 'node:path';
import { ConfigurationError, DataError } from '@mlgate/core';
import { LockBusy, type Backend, type Progress, type StillHeld } from './backend.js';
import { sha256 } from './digest.js';
import { reportSummary } from './report-summary.js';
import { AliasConflictError } from './errors.js';
import { collectData } from './data-lineage.js';
import { collectFiles, contentDigest, RESERVED_DIR, safeRelative } from './files.js';
import { checkAlias, checkName, checkVersion, compareVersions, nextSequence } from './names.js';
import { ANNOTATION, MEDIA, type AliasTarget, type AttachmentRecord, type Descriptor, type ImageManifest, type Lineage, type MoveEvent, type Source } from './types.js';

export interface PublishOptions {
  /** A model file or a directory of files. */
  model: string;
  /** A sequence number or semantic version; default: the next number in sequence. */
  version?: string;
  who: string;
  source?: Source;
  /** Reports to keep with the version: the evaluation (eval-gate) and data profiles (data-check). */
  attachments?: Array<{ role: AttachmentRecord['role']; file: string }>;
  /** The training and evaluation data: files, directories or globs; `.dvc` files and `dvc.lock` are read as DVC wrote them. */
  data?: string[];
  progress?: Progress;
}

export interface VersionInfo {
  name: string;
  version: string;
  /** Digest of the version's manifest: what an alias points at, what a deploy records. */
  digest: string;
  manifest: ImageManifest;
  lineage: Lineage;
}

export interface Published extends VersionInfo {
  /** False when an existing version already held exactly these files and was returned instead. */
  created: boolean;
}

export interface Move {
  alias: string;
  from: AliasTarget | null;
  to: AliasTarget;
  /** False when the alias already pointed at the target (nothing recorded). */
  moved: boolean;
  event?: MoveEvent;
}

export interface MoveOptions {
  who: string;
  why?: string;
  /** The version the caller saw the alias at (`null`: unset). Omitted: read now, just before the move. */
  expect?: string | null;
  /** How long to wait for a concurrent move of the same alias to finish. */
  waitMs?: number;
}

const LOCK_WAIT_MS = 10_000;

/** Verifies size and sha256 of a stream as it passes; errors at the end if either is off. */
function verifier(desc: Descriptor, what: string): Transform {
  const h = createHash('sha256');
  let n = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      n += chunk.length;
      if (n > desc.size) return cb(new DataError(`${what} is corrupt: more than the ${desc.size} bytes its manifest records`));
      h.update(chunk);
      cb(null, chunk);
    },
    flush(cb) {
      if (n < desc.size) return cb(new DataError(`${what} is truncated: ${n} of ${desc.size} bytes`));
      const got = `sha256:${h.digest('hex')}`;
      if (got !== desc.digest) return cb(new DataError(`${what} is corrupt: its sha256 is ${got}, the manifest records ${desc.digest}`));
      cb();
    },
  });
}

/**
 * Model versions with lineage, aliases moved by compare-and-swap, rollback and history — the same
 * semantics on every backend.
 */
export class Registry {
  constructor(readonly backend: Backend) {}

  get url(): string {
    return this.backend.url;
  }

  /** Bytes of a blob, verified against its descriptor. */
  async blobBytes(name: string, desc: Descriptor, what: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const v = verifier(desc, what);
    v.on('data', (c: Buffer) => chunks.push(c));
    await pipeline(await this.backend.readBlob(name, desc), v);
    return Buffer.concat(chunks);
  }

  async versions(name: string): Promise<string[]> {
    checkName(name);
    return (await this.backend.listVersions(name)).sort(compareVersions);
  }

  /** A version's manifest and lineage, verified: the manifest against `digest` when given, the lineage against the manifest. */
  async version(name: string, version: string, digest?: string): Promise<VersionInfo | undefined> {
    const bytes = await this.backend.getVersion(name, version);
    if (!bytes) return undefined;
    const got = sha256(bytes);
    if (digest && got !== digest) throw new DataError(`the manifest of ${name} ${version} is corrupt: its sha256 is ${got}, expected ${digest}`);
    const manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest;
    if (manifest.config?.mediaType !== MEDIA.modelConfig) throw new DataError(`${name} ${version} in ${this.url} is not an mlgate model (config media type ${manifest.config?.mediaType ?? 'missing'})`);
    const lineage = JSON.parse((await this.blobBytes(name, manifest.config, `the lineage of ${name} ${version}`)).toString('utf8')) as Lineage;
    return { name, version, digest: got, manifest, lineage };
  }

  /** A version, or the version an alias points at. */
  async resolve(name: string, ref: string, field = 'version'): Promise<VersionInfo> {
    checkName(name);
    let asVersion: string | undefined;
    try {
      asVersion = checkVersion(ref, field);
    } catch {
      asVersion = undefined;
    }
    if (asVersion) {
      const v = await this.version(name, asVersion);
      if (v) return v;
    }
    if (/^[A-Za-z]/.test(ref) && !/^v\d/.test(ref)) {
      const t = await this.backend.getAlias(name, checkAlias(ref, field));
      if (t) {
        const v = await this.version(name, t.version, t.digest);
        if (!v) throw new DataError(`alias ${ref} of ${name} points at version ${t.version}, which is missing from ${this.url}`);
        return v;
      }
    }
    const known = await this.versions(name);
    throw new ConfigurationError(`${name} has no version or alias "${ref}" in ${this.url}${known.length ? ` (versions: ${known.slice(-10).join(', ')})` : ' (it has no versions yet)'}`, { field });
  }

  async publish(name: string, opts: PublishOptions): Promise<Published> {
    checkName(name);
    const wanted = opts.version !== undefined ? checkVersion(opts.version) : undefined;
    const files = await collectFiles(opts.model);
    const content = contentDigest(files);
    const attachments: Array<AttachmentRecord & { bytes: Buffer }> = [];
    for (const a of opts.attachments ?? []) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(a.file);
      } catch {
        throw new ConfigurationError(`${a.role} report "${a.file}" cannot be read`, { field: a.role === 'evaluation' ? 'metrics-report' : 'data-profile' });
      }
      const summary = reportSummary(bytes);
      attachments.push({ role: a.role, path: attachmentTitle(a.role, basename(a.file), attachments), digest: sha256(bytes), size: bytes.length, ...summary, bytes });
    }

    const data = await collectData(opts.data ?? []);

    const same = await this.findByContent(name, content, data?.digest, wanted);
    if (same) return { ...same, created: false };

    for (const f of files) {
      if (!(await this.backend.hasBlob(name, f.digest))) await this.backend.putBlob(name, { digest: f.digest, size: f.size, file: f.local }, opts.progress);
    }
    for (const a of attachments) {
      if (!(await this.backend.hasBlob(name, a.digest))) await this.backend.putBlob(name, { digest: a.digest, size: a.size, bytes: a.bytes });
    }

    return this.lock(name, 'publish', opts.who, LOCK_WAIT_MS, 'publish', async () => {
      const existing = await this.backend.listVersions(name);
      const version = wanted ?? nextSequence(existing);
      if (existing.includes(version)) throw new DataError(`version ${version} of ${name} already exists in ${this.url} with other files or other data; versions are immutable: publish under a new version`, { field: 'version' });
      const lineage: Lineage = {
        schema: 'mlgate/model@1',
        name,
        version,
        contentDigest: content,
        files: files.map(({ path, digest, size }) => ({ path, digest, size })),
        createdAt: new Date().toISOString(),
        createdBy: opts.who,
        source: opts.source ?? {},
        attachments: attachments.map(({ bytes: _b, ...rest }) => rest),
        ...(data ? { data } : {}),
      };
      const config = Buffer.from(JSON.stringify(lineage, null, 2) + '\n');
      const configDesc: Descriptor = { mediaType: MEDIA.modelConfig, digest: sha256(config), size: config.length };
      await this.backend.putBlob(name, { digest: configDesc.digest, size: configDesc.size, bytes: config });
      const manifest: ImageManifest = {
        schemaVersion: 2,
        mediaType: MEDIA.manifest,
        artifactType: MEDIA.modelArtifact,
        config: configDesc,
        layers: [
          ...files.map((f) => ({ mediaType: MEDIA.modelFile, digest: f.digest, size: f.size, annotations: { [ANNOTATION.title]: f.path } })),
          ...attachments.map((a) => ({ mediaType: MEDIA.attachment, digest: a.digest, size: a.size, annotations: { [ANNOTATION.title]: a.path, [ANNOTATION.role]: a.role } })),
        ],
        annotations: {
          [ANNOTATION.model]: name,
          [ANNOTATION.version]: version,
          [ANNOTATION.created]: lineage.createdAt,
          [ANNOTATION.content]: content,
          ...(lineage.source.commit ? { [ANNOTATION.revision]: lineage.source.commit } : {}),
          ...(sourceUrl(lineage.source) ? { [ANNOTATION.source]: sourceUrl(lineage.source)! } : {}),
        },
      };
      const bytes = Buffer.from(JSON.stringify(manifest));
      const digest = sha256(bytes);
      await this.backend.putVersion(name, version, bytes, digest, config);
      return { name, version, digest, manifest, lineage, created: true };
    });
  }

  /**
   * An existing version with exactly these files (publishing the same model twice gives the same
   * version) — and the same data: the same weights recorded as trained on other data are a new version,
   * or the lineage would say the wrong data trained it.
   */
  private async findByContent(name: string, content: string, data: string | undefined, wanted?: string): Promise<VersionInfo | undefined> {
    const versions = wanted ? [wanted] : (await this.versions(name)).reverse();
    for (const v of versions) {
      const bytes = await this.backend.getVersion(name, v);
      if (!bytes) continue;
      const m = JSON.parse(bytes.toString('utf8')) as ImageManifest;
      if (m.annotations?.[ANNOTATION.content] !== content) continue;
      const info = await this.version(name, v, sha256(bytes));
      if (info && info.lineage.data?.digest === data) return info;
    }
    return undefined;
  }

  /** Write a version's model files into `dest`, verifying every digest; a bad blob leaves no file behind under its name. */
  async pull(name: string, ref: string, dest: string): Promise<VersionInfo & { written: string[] }> {
    const info = await this.resolve(name, ref);
    const written: string[] = [];
    for (const layer of info.manifest.layers) {
      if (layer.mediaType !== MEDIA.modelFile) continue;
      const path = layer.annotations?.[ANNOTATION.title] ?? '';
      if (!safeRelative(path)) throw new DataError(`${name} ${info.version} names a file "${path}" outside the model directory; refusing to write it`);
      const file = join(dest, ...path.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.mlgate-partial`;
      try {
        await pipeline(await this.backend.readBlob(name, layer), verifier(layer, `file ${path} of ${name} ${info.version} (${layer.digest})`), createWriteStream(tmp));
      } catch (e) {
        rmSync(tmp, { force: true });
        throw e;
      }
      renameSync(tmp, file);
      written.push(file);
    }
    return { ...info, written };
  }

  /** A report kept with a version (`evaluation` or `data-profile`), verified, parsed. */
  async attachment(name: string, info: VersionInfo, role: AttachmentRecord['role']): Promise<unknown | undefined> {
    const layer = info.manifest.layers.find((l) => l.mediaType === MEDIA.attachment && l.annotations?.[ANNOTATION.role] === role);
    if (!layer) return undefined;
    return JSON.parse((await this.blobBytes(name, layer, `the ${role} report of ${name} ${info.version}`)).toString('utf8'));
  }

  async aliases(name: string): Promise<Record<string, AliasTarget>> {
    checkName(name);
    const out: Record<string, AliasTarget> = {};
    for (const a of (await this.backend.listAliases(name)).sort()) {
      let t: AliasTarget | undefined;
      try {
        t = await this.backend.getAlias(name, a);
      } catch (e) {
        if (e instanceof DataError) continue; // a tag pushed by another tool (e.g. "latest"): not an mlgate alias
        throw e;
      }
      if (t) out[a] = t;
    }
    return out;
  }

  async alias(name: string, alias: string): Promise<AliasTarget | undefined> {
    return this.backend.getAlias(checkName(name), checkAlias(alias));
  }

  /** Move `alias` to `version` if it is still where the caller saw it (`expect`); exactly one of concurrent moves wins. */
  async promote(name: string, alias: string, version: string, opts: MoveOptions): Promise<Move> {
    checkName(name);
    checkAlias(alias, 'promote');
    const target = await this.resolve(name, version);
    const expect = opts.expect !== undefined ? opts.expect : ((await this.backend.getAlias(name, alias))?.version ?? null);
    return this.move(name, alias, 'promote', opts, async (cur) => {
      if ((cur?.version ?? null) !== expect) throw this.conflict(name, alias, expect, cur, `promote it to ${target.version}`);
      return { version: target.version, digest: target.digest };
    });
  }

  /** Move `alias` back to the version before its current one (or to `to`), recorded like any move. */
  async rollback(name: string, alias: string, opts: MoveOptions & { to?: string }): Promise<Move> {
    checkName(name);
    checkAlias(alias, 'rollback');
    const named = opts.to !== undefined ? await this.resolve(name, opts.to, 'to') : undefined;
    const expect = opts.expect !== undefined ? opts.expect : ((await this.backend.getAlias(name, alias))?.version ?? null);
    return this.move(name, alias, 'rollback', opts, async (cur, history) => {
      if (!cur) throw new ConfigurationError(`alias ${alias} of ${name} has never been set in ${this.url}: nothing to roll back`, { field: 'rollback' });
      if (cur.version !== expect) throw this.conflict(name, alias, expect, cur, 'roll it back');
      if (named) return { version: named.version, digest: named.digest };
      const prev = previousOf(cur, history);
      if (!prev) throw new ConfigurationError(`alias ${alias} of ${name} has no earlier version to roll back to (it is at ${cur.version}, its first version)`, { field: 'rollback' });
      const info = await this.version(name, prev.version, prev.digest);
      if (!info) throw new DataError(`cannot roll ${alias} back to ${name} ${prev.version}: that version is missing from ${this.url}`);
      return prev;
    });
  }

  private conflict(name: string, alias: string, expect: string | null, cur: AliasTarget | undefined, what: string): AliasConflictError {
    return new AliasConflictError(
      `did not ${what}: alias ${alias} of ${name} was expected at ${expect ?? '(unset)'} but is at ${cur?.version ?? '(unset)'} — another move won; nothing was changed. Look at \`mlgate registry history\` and retry if you still mean it`,
    );
  }

  private async move(name: string, alias: string, action: MoveEvent['action'], opts: MoveOptions, decide: (cur: AliasTarget | undefined, history: MoveEvent[]) => Promise<AliasTarget>): Promise<Move> {
    return this.lock(name, `alias.${alias}`, opts.who, opts.waitMs ?? LOCK_WAIT_MS, `move ${alias}`, async (held) => {
      const cur = await this.backend.getAlias(name, alias);
      const history = await this.backend.readHistory(name, alias);
      const to = await decide(cur, history);
      if (cur && cur.digest === to.digest) return { alias, from: cur, to: cur, moved: false };
      await held();
      // A move that was not recorded (made by another tool, or its record was cut off) is recorded first.
      const last = history.at(-1);
      if (cur && last?.to.digest !== cur.digest) {
        const gap: MoveEvent = { alias, action: 'promote', from: last?.to ?? null, to: cur, who: 'unknown', when: new Date().toISOString(), why: 'moved without a record (outside mlgate, or an interrupted move)' };
        history.push(gap);
        await this.backend.appendHistory(name, alias, gap, history);
      }
      await this.backend.setAlias(name, alias, to);
      const event: MoveEvent = { alias, action, from: cur ?? null, to, who: opts.who, when: new Date().toISOString(), why: opts.why ?? '' };
      history.push(event);
      try {
        await this.backend.appendHistory(name, alias, event, history);
      } catch (e) {
        throw new DataError(`alias ${alias} of ${name} now points at ${to.version}, but the move could not be recorded in its history: ${(e as Error).message}`);
      }
      return { alias, from: cur ?? null, to, moved: true, event };
    });
  }

  /**
   * Run `fn` holding the model's lock `key` (the same lease a promotion holds), waiting up to `waitMs`
   * for another holder: for read-modify-write of a model's contents by runs that may overlap.
   * `what` names the operation in the error when the lock stays busy ("append to the history").
   */
  async exclusive<T>(name: string, key: string, who: string, what: string, fn: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
    checkName(name);
    return this.lock(name, key, who, waitMs, what, fn);
  }

  private async lock<T>(name: string, key: string, who: string, waitMs: number, what: string, fn: (held: StillHeld) => Promise<T>): Promise<T> {
    try {
      return await this.backend.withLock(name, key, who, waitMs, fn);
    } catch (e) {
      if (e instanceof LockBusy) {
        throw new AliasConflictError(`could not ${what} of ${name}: another ${what.split(' ')[0]} is under way (held by ${e.holder}${e.since ? ` since ${e.since}` : ''}); nothing was changed — retry when it is done`);
      }
      throw e;
    }
  }

  /** Every recorded move of one alias, or of all aliases of a model, oldest first. */
  async history(name: string, alias?: string): Promise<MoveEvent[]> {
    checkName(name);
    const aliases = alias ? [checkAlias(alias)] : await this.backend.listAliases(name);
    const all: MoveEvent[] = [];
    for (const a of aliases) all.push(...(await this.backend.readHistory(name, a)));
    return all.sort((x, y) => (x.when < y.when ? -1 : x.when > y.when ? 1 : 0));
  }

  /**
   * Where `alias` pointed at the instant `at`: the last move recorded at or before it (which version,
   * since when, moved by whom and why), or `undefined` when it had not been set yet.
   */
  async aliasAt(name: string, alias: string, at: Date): Promise<MoveEvent | undefined> {
    const t = at.getTime();
    return (await this.history(name, alias)).filter((e) => Date.parse(e.when) <= t).at(-1);
  }

  async models(): Promise<string[]> {
    return this.backend.listModels();
  }
}

/**
 * The layer title of an attached report: under `.mlgate/<role>/`, where no model file may be (so
 * `oras pull` writes the reports beside the model files, never over them), and never twice the same.
 */
function attachmentTitle(role: string, file: string, taken: Array<{ path: string }>): string {
  let title = `${RESERVED_DIR}/${role}/${file}`;
  for (let n = 2; taken.some((t) => t.path === title); n++) title = `${RESERVED_DIR}/${role}/${n}/${file}`;
  return title;
}

/** `org.opencontainers.image.source` is the URL of the source code repository: written only when one is known. */
function sourceUrl(s: Source): string | undefined {
  return s.repositoryUrl && /^https?:\/\/[^\s]+$/.test(s.repositoryUrl) && URL.canParse(s.repositoryUrl) ? s.repositoryUrl : undefined;
}

/**
 * The version an alias held before its current one: the `from` of the latest promotion to the current
 * version (so rolling back twice goes two steps back, not back and forth), else of the latest move to it.
 */
export function previousOf(cur: AliasTarget, history: MoveEvent[]): AliasTarget | undefined {
  const toCur = history.filter((e) => e.to.digest === cur.digest);
  const promo = toCur.filter((e) => e.action === 'promote').at(-1);
  const from = (promo ?? toCur.at(-1))?.from;
  return from && from.digest !== cur.digest ? from : undefined;
}
