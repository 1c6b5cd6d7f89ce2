import { basename } from 'node:path';
import * as z from 'zod/mini';
import { parseLocated, readTextFile, validate } from '@mlgate/core';

/**
 * One output or dependency as DVC writes it (`DATA_SCHEMA` in dvc/schema.py: a checksum field —
 * `md5`, `etag` or `checksum` — `path`, `size`, `nfiles` for a directory, whose md5 ends in `.dir`,
 * `isexec`; DVC 3 adds `hash: md5`). Unknown keys are kept out of the lineage but not refused: DVC
 * adds fields between releases, and `.dvc` files may hold the user's own (`desc`, `remote`, …).
 */
const dvcEntry = z.object({
  path: z.string().check(z.minLength(1)),
  md5: z.optional(z.string()),
  etag: z.optional(z.string()),
  checksum: z.optional(z.string()),
  hash: z.optional(z.string()),
  size: z.optional(z.number().check(z.int(), z.nonnegative())),
  nfiles: z.optional(z.number().check(z.int(), z.nonnegative())),
});

/** A `.dvc` file (`dvc add`, `dvc import`): `outs` always, `deps` for imports. */
const dvcFileSchema = z.object({
  outs: z.array(dvcEntry).check(z.minLength(1)),
  deps: z.optional(z.nullable(z.array(dvcEntry))),
});

const lockStage = z.object({
  cmd: z.union([z.string(), z.array(z.string())]),
  deps: z.optional(z.array(dvcEntry)),
  outs: z.optional(z.array(dvcEntry)),
});

/** `dvc.lock` schema 2.0 (`schema: '2.0'` and `stages:`); schema 1 had the stages at the top level. */
const lockV2Schema = z.object({ schema: z.literal('2.0'), stages: z.record(z.string(), lockStage) });
const lockV1Schema = z.record(z.string(), lockStage);

/** A DVC-tracked path as the lineage keeps it: DVC's own path and hash, and where mlgate read them. */
export interface DvcRecord {
  /** The `.dvc` file or `dvc.lock` it came from, as given. */
  file: string;
  /** The `dvc.lock` stage. */
  stage?: string;
  kind: 'out' | 'dep';
  /** As DVC wrote it: relative to the DVC file's directory (or a URL for an import's dependency). */
  path: string;
  md5?: string;
  etag?: string;
  checksum?: string;
  hash?: string;
  size?: number;
  nfiles?: number;
}

export function isDvcFile(file: string): boolean {
  return file.endsWith('.dvc') || basename(file) === 'dvc.lock';
}

function record(file: string, kind: DvcRecord['kind'], e: z.infer<typeof dvcEntry>, stage?: string): DvcRecord {
  const r: DvcRecord = { file, ...(stage !== undefined ? { stage } : {}), kind, path: e.path };
  for (const k of ['md5', 'etag', 'checksum', 'hash', 'size', 'nfiles'] as const) if (e[k] !== undefined) (r as unknown as Record<string, unknown>)[k] = e[k];
  return r;
}

/** The outputs and dependencies a `.dvc` file or `dvc.lock` records; a file that is neither is an error naming file, line and field. */
export function readDvc(file: string): DvcRecord[] {
  const doc = parseLocated(readTextFile(file, 'DVC file'), file);
  if (basename(file) === 'dvc.lock') {
    const v = doc.value as { schema?: unknown } | null;
    const stages = v && typeof v === 'object' && 'schema' in v ? validate(lockV2Schema, doc, 'dvc.lock').stages : validate(lockV1Schema, doc, 'dvc.lock');
    const out: DvcRecord[] = [];
    for (const [stage, s] of Object.entries(stages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      for (const d of s.deps ?? []) out.push(record(file, 'dep', d, stage));
      for (const o of s.outs ?? []) out.push(record(file, 'out', o, stage));
    }
    return out;
  }
  const d = validate(dvcFileSchema, doc, '.dvc file');
  return [...(d.deps ?? []).map((e) => record(file, 'dep', e)), ...d.outs.map((e) => record(file, 'out', e))];
}

/** DVC's own identity of a path, as DVC wrote it: its checksum field's value (`.dir` for a directory). */
export function dvcHash(r: DvcRecord): string {
  return r.md5 ?? r.etag ?? r.checksum ?? '(no hash)';
}
