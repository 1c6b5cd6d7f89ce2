import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { ConfigurationError } from '@mlgate/core';
import { hashFile, sha256 } from './digest.js';
import type { ModelFile } from './types.js';

export interface LocalFile extends ModelFile {
  /** Absolute or cwd-relative path on this machine. */
  local: string;
}

/** Where mlgate keeps the reports attached to a version among the layer titles; no model file may live there. */
export const RESERVED_DIR = '.mlgate';

const inside = (root: string, p: string) => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Every regular file of a model (a file or a directory, walked recursively), sorted by path, with
 * digests. A symbolic link inside a model directory is followed only when its target, resolved with
 * realpath (chains and `..` included), lies inside the same directory: it is published as a regular
 * file (or directory) under the link's own path. A link that leads outside, dangles or loops is a
 * ConfigurationError naming it — before anything is read or uploaded.
 */
export async function collectFiles(model: string, field = 'model'): Promise<LocalFile[]> {
  let st;
  try {
    st = statSync(model);
  } catch {
    throw new ConfigurationError(`model "${model}" does not exist: give a model file or a directory of files`, { field });
  }
  const found: Array<{ path: string; local: string }> = [];
  if (st.isFile()) found.push({ path: basename(model), local: model });
  else if (st.isDirectory()) {
    const root = realpathSync(model);
    const walk = (dir: string, real: string, stack: string[]) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        const rel = relative(model, p).split(sep).join('/');
        let target = join(real, e.name);
        if (e.isSymbolicLink()) target = resolveLink(p, rel, root, model, field);
        const s = statSync(target);
        if (s.isDirectory()) {
          if (stack.includes(target)) throw new ConfigurationError(`model "${model}": the link ${rel} -> ${readlinkSync(p)} loops back to a directory that contains it; remove the link`, { field });
          walk(p, target, [...stack, target]);
        } else if (s.isFile()) found.push({ path: rel, local: target });
      }
    };
    walk(model, root, [root]);
  }
  if (found.length === 0) throw new ConfigurationError(`model "${model}" holds no files`, { field });
  const reserved = found.find((f) => f.path === RESERVED_DIR || f.path.startsWith(`${RESERVED_DIR}/`));
  if (reserved) throw new ConfigurationError(`model "${model}" holds ${reserved.path}: the folder ${RESERVED_DIR}/ is where mlgate keeps the reports attached to a version; rename it`, { field });
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out: LocalFile[] = [];
  for (const f of found) out.push({ ...f, ...(await hashFile(f.local)) });
  return out;
}

/** The real path a link inside the model leads to, or a ConfigurationError when it leads outside, dangles or loops. */
function resolveLink(link: string, rel: string, root: string, model: string, field: string): string {
  const said = readlinkSync(link);
  let real: string;
  try {
    real = realpathSync(link);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ELOOP' ? 'is a loop of links' : 'points at nothing (a dangling link)';
    throw new ConfigurationError(`model "${model}": the symbolic link ${rel} -> ${said} ${why}; nothing was published`, { field });
  }
  if (!inside(root, real)) {
    throw new ConfigurationError(`model "${model}": the symbolic link ${rel} -> ${said} leads outside the model directory (to ${real}); mlgate publishes only files inside it: copy the file in or remove the link. Nothing was published`, { field });
  }
  if (!lstatSync(real).isFile() && !lstatSync(real).isDirectory()) throw new ConfigurationError(`model "${model}": the symbolic link ${rel} -> ${said} is neither a file nor a directory`, { field });
  return real;
}

/** One digest for a set of files: equal paths and contents give equal digests, whatever the backend. */
export function contentDigest(files: ModelFile[]): string {
  return sha256(files.map((f) => `${f.path}\0${f.digest}\n`).join(''));
}

/** A path from a manifest must stay inside the destination directory. */
export function safeRelative(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !path.split('/').some((p) => p === '..' || p === '' || p === '.') && !path.includes('\\');
}
