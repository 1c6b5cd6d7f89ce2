import * as z from 'zod/mini';
import type { AttachmentRecord } from './types.js';

/** An eval-gate override as report.json records it (packages/core `Override`); read from outside, so checked. */
const overrideSchema = z.object({
  by: z.string(),
  permission: z.string(),
  at: z.string(),
  reason: z.string(),
  via: z.enum(['label', 'comment']),
  commit: z.string(),
  rules: z.array(z.string()),
  url: z.optional(z.string()),
});

/**
 * What a kept report says, copied into the lineage so it reads without fetching the blob: tool,
 * name, verdict, headline, and an override's trail (why a gate that failed let this version through).
 * A file that is not such a report gives nothing.
 */
export function reportSummary(bytes: Buffer): Partial<AttachmentRecord> {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
  if (!j || typeof j !== 'object') return {};
  const summary: Partial<AttachmentRecord> = {};
  for (const k of ['tool', 'name', 'status', 'headline'] as const) if (typeof j[k] === 'string') summary[k] = j[k] as string;
  const o = z.safeParse(overrideSchema, j.override);
  if (o.success) summary.override = o.data;
  return summary;
}
