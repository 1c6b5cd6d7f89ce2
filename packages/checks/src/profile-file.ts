import { DataError, parseExternalJson, readTextFile } from '@mlgate/core';
import * as z from 'zod/mini';

// The profile file apart from the code that builds one: what shadow-compare and monitor load to read a
// training profile, without the data readers (Parquet, CSV) the profile builder brings.

/** Per-column summary small enough to commit next to a model (≈ 3 KB per column). */
export interface ColumnProfile {
  type: string;
  count: number;
  nulls: number;
  distinct: number;
  distinctExact: boolean;
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  /** p0 … p100 in steps of 1 (numeric columns). */
  percentiles?: number[];
  histogram?: { edges: number[]; counts: number[] };
  /** Most common values with counts (up to 50), for categorical drift. */
  top?: Array<{ value: unknown; count: number }>;
  /** Share of all non-null values the `top` list covers. */
  topShare?: number;
}

export interface Profile {
  schema: 'mlgate/profile@1';
  rows: number;
  columns: Record<string, ColumnProfile>;
  source?: { files: string[]; format: string };
  createdAt: string;
}

const profileSchema = z.object({
  schema: z.literal('mlgate/profile@1'),
  rows: z.number(),
  columns: z.record(
    z.string(),
    z.looseObject({
      type: z.string(),
      count: z.number(),
      nulls: z.number(),
      distinct: z.number(),
      distinctExact: z._default(z.boolean(), true),
      min: z.optional(z.number()),
      max: z.optional(z.number()),
      mean: z.optional(z.number()),
      std: z.optional(z.number()),
      percentiles: z.optional(z.array(z.number()).check(z.length(101))),
      histogram: z.optional(z.object({ edges: z.array(z.number()), counts: z.array(z.number()) })),
      top: z.optional(z.array(z.object({ value: z.unknown(), count: z.number() }))),
      topShare: z.optional(z.number()),
    }),
  ),
  source: z.optional(z.object({ files: z.array(z.string()), format: z.string() })),
  createdAt: z._default(z.string(), ''),
});

export function isProfileFile(file: string): boolean {
  if (!/\.json$/i.test(file)) return false;
  try {
    const head = readTextFile(file, 'reference').slice(0, 200);
    return head.includes('"mlgate/profile@1"');
  } catch {
    return false;
  }
}

export function readProfile(file: string): Profile {
  const p = parseExternalJson(readTextFile(file, 'reference profile'), profileSchema, file) as Profile;
  if (Object.keys(p.columns).length === 0) throw new DataError('the reference profile has no columns', { file });
  return p;
}
