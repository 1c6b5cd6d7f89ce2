import { ConfigurationError, DataError, RemoteError, UserError } from '@mlgate/core';
import type { Progress } from './backend.js';
import type { Move, Published, Registry, VersionInfo } from './registry.js';
import type { AliasTarget, AttachmentRecord, Source } from './types.js';

export interface DeployOptions {
  name: string;
  /** A model file or directory to publish. */
  model?: string;
  /** The version to publish (or, without `model`, the existing version to promote). */
  version?: string;
  /** Alias to move to the published (or given) version. */
  promote?: string;
  /** Alias to move back: to its previous version, or to `rollbackTo`. */
  rollback?: string;
  rollbackTo?: string;
  who: string;
  why?: string;
  source?: Source;
  attachments?: Array<{ role: AttachmentRecord['role']; file: string }>;
  /** Training and evaluation data (files, directories, globs, `.dvc` files, `dvc.lock`) for the lineage. */
  data?: string[];
  progress?: Progress;
}

export interface DeployResult {
  /** The version the alias now points at (or the published one, without an alias). */
  version: VersionInfo;
  published?: Published;
  move?: Move;
  alias?: string;
  /** Where the alias was before this run (null: it was unset). */
  previous?: AliasTarget | null;
}

function withNote(e: unknown, note: string): unknown {
  if (!(e instanceof UserError)) return e;
  const Ctor = e instanceof RemoteError ? RemoteError : e instanceof DataError ? DataError : e instanceof ConfigurationError ? ConfigurationError : UserError;
  const msg = `${e.message}; ${note}`;
  return Ctor === UserError ? new UserError(e.kind, msg, e.location, { cause: e }) : new (Ctor as typeof RemoteError)(msg, e.location, { cause: e });
}

/**
 * Publish a model and/or move an alias: the deploy action and `mlgate deploy` in one place. The alias
 * is read before the push and moved by compare-and-swap from that view after it, so a push that fails
 * half-way moves nothing — and the error says where the alias still is.
 */
export async function deploy(registry: Registry, o: DeployOptions): Promise<DeployResult> {
  if (o.rollback) {
    if (o.model || o.promote) throw new ConfigurationError('rollback cannot be combined with model or promote: roll back in a step of its own', { field: 'rollback' });
    const move = await registry.rollback(o.name, o.rollback, { who: o.who, why: o.why, to: o.rollbackTo });
    const version = await registry.resolve(o.name, move.to.version);
    return { version, move, alias: o.rollback, previous: move.from };
  }
  if (o.data?.length && !o.model) throw new ConfigurationError('data is recorded in the lineage of a version as it is published: give it with model', { field: 'data' });
  if (!o.model && !(o.promote && o.version)) throw new ConfigurationError('nothing to do: give a model to publish, promote with a version, or rollback', { field: 'model' });
  const seen = o.promote ? ((await registry.alias(o.name, o.promote)) ?? null) : undefined;
  let published: Published | undefined;
  if (o.model) {
    try {
      published = await registry.publish(o.name, { model: o.model, version: o.version, who: o.who, source: o.source, attachments: o.attachments, data: o.data, progress: o.progress });
    } catch (e) {
      throw o.promote ? withNote(e, `nothing was promoted: ${o.promote} is still at ${seen ? `${seen.version} (${seen.digest})` : '(unset)'}`) : e;
    }
  }
  const version = published ?? (await registry.resolve(o.name, o.version!));
  if (!o.promote) return { version, published };
  const move = await registry.promote(o.name, o.promote, version.version, { who: o.who, why: o.why, expect: seen?.version ?? null });
  return { version, published, move, alias: o.promote, previous: seen };
}
