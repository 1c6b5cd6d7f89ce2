import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { ConfigurationError } from '@mlgate/core';
import { hashFile, sha256 } from './digest.js';
import { isDvcFile, readDvc, type DvcRecord } from './dvc.js';

/** A data file a version was trained or evaluated on. */
export interface DataFile {
  /** As found from the working directory (POSIX separators). */
  path: string;
  size: number;
  /** `sha256:<hex>` of its bytes. */
  digest: string;
}

/** Which data trained a version: files hashed by mlgate, and paths DVC tracks with DVC's own hashes. */
export interface DataLineage {
  files: DataFile[];
  dvc: DvcRecord[];
  /** sha256 over both lists: equal data, equal digest (what `registry diff` compares first). */
  digest: string;
}

const posix = (p: string) => p.split(sep).join('/');

/** More files than this would make the lineage (a registry config blob, read on every resolve) megabytes long. */
export const MAX_DATA_FILES = 10_000;

/** A path as the lineage records it: relative to the working directory when inside it, else as given. */
function shown(p: string): string {
  if (!isAbsolute(p)) return posix(p);
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') && !isAbsolute(r) ? posix(r) : posix(p);
}

/** Files named by a path, a directory (every file under it) or a glob; nothing matched is an error naming the entry. */
async function expand(entry: string, field: string): Promise<string[]> {
  if (existsSync(entry)) {
    if (!statSync(entry).isDirectory()) return [entry];
    const { globSync } = await import('tinyglobby');
    const files = globSync('**/*', { cwd: entry, onlyFiles: true, dot: false, absolute: false }).map((f) => `${entry.replace(/\/+$/, '')}/${f}`);
    if (!files.length) throw new ConfigurationError(`input "${field}": the directory "${entry}" holds no files`, { field });
    return files.sort();
  }
  if (/[*?[\]{}]/.test(entry)) {
    const { globSync } = await import('tinyglobby');
    // an absolute pattern gives absolute paths (tinyglobby would make them relative to the working directory)
    const files = globSync(entry, { onlyFiles: true, absolute: isAbsolute(entry), expandDirectories: false }).sort();
    if (!files.length) throw new ConfigurationError(`input "${field}": no file matches the pattern "${entry}"`, { field });
    return files;
  }
  throw new ConfigurationError(`input "${field}": the data file "${entry}" does not exist (give files, directories or globs, one per line; DVC users: .dvc files or dvc.lock)`, { field });
}

/**
 * The lineage of the data named by `entries` (files, directories or globs): each file's path, size
 * and sha256; a `.dvc` file or `dvc.lock` is read instead of hashed, and its outputs and dependencies
 * are kept with DVC's own paths and hashes (the data itself may not even be on this machine).
 */
export async function collectData(entries: string[], field = 'data'): Promise<DataLineage | undefined> {
  if (!entries.length) return undefined;
  const seen = new Set<string>();
  const files: DataFile[] = [];
  const dvc: DvcRecord[] = [];
  for (const entry of entries) {
    for (const f of await expand(entry, field)) {
      const path = shown(f);
      if (seen.has(path)) continue;
      seen.add(path);
      if (isDvcFile(f)) dvc.push(...readDvc(f).map((r) => ({ ...r, file: path })));
      else {
        if (files.length >= MAX_DATA_FILES) throw new ConfigurationError(`input "${field}": more than ${MAX_DATA_FILES.toLocaleString('en-US')} data files; the lineage keeps one line per file — track a directory that large with DVC and give its .dvc file, or name fewer files`, { field });
        files.push({ path, ...(await hashFile(f)) });
      }
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, dvc, digest: dataDigest(files, dvc) };
}

export function dataDigest(files: DataFile[], dvc: DvcRecord[]): string {
  return sha256(JSON.stringify({ files: files.map((f) => [f.path, f.digest]), dvc: dvc.map((r) => [r.file, r.stage ?? '', r.kind, r.path, r.md5 ?? r.etag ?? r.checksum ?? '']) }));
}
