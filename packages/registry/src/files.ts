import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { ConfigurationError } from '@mlgate/core';
import { hashFile, sha256 } from './digest.js';
import type { ModelFile } from './types.js';

export interface LocalFile extends ModelFile {
  /** Absolute or cwd-relative path on this machine. */
  local: string;
}

/** Every regular file of a model (a file or a directory, walked recursively), sorted by path, with digests. */
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
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        const s = statSync(p);
        if (s.isDirectory()) walk(p);
        else if (s.isFile()) found.push({ path: relative(model, p).split(sep).join('/'), local: p });
      }
    };
    walk(model);
  }
  if (found.length === 0) throw new ConfigurationError(`model "${model}" holds no files`, { field });
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out: LocalFile[] = [];
  for (const f of found) out.push({ ...f, ...(await hashFile(f.local)) });
  return out;
}

/** One digest for a set of files: equal paths and contents give equal digests, whatever the backend. */
export function contentDigest(files: ModelFile[]): string {
  return sha256(files.map((f) => `${f.path}\0${f.digest}\n`).join(''));
}

/** A path from a manifest must stay inside the destination directory. */
export function safeRelative(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !path.split('/').some((p) => p === '..' || p === '' || p === '.') && !path.includes('\\');
}
