import type { Profile } from '@mlgate/checks';
import { NoveltyDetector, type NoveltyResult } from '@mlgate/checks/novelty';
import { openTable } from '@mlgate/data';

/**
 * Every production row held against the training profile: a second, streaming pass over the same
 * files (the drift pass keeps column aggregates, not rows), memory bounded by the columns. Line numbers
 * are those of each row in its file (CSV, JSON Lines), or its row number (Parquet).
 */
export async function scanNovelty(data: string, profile: Profile, label: string, margin: number): Promise<NoveltyResult> {
  const d = new NoveltyDetector(profile, label, margin);
  const table = await openTable(data);
  for await (const b of table.batches()) {
    for (let r = 0; r < b.length; r++) {
      const row: Record<string, unknown> = {};
      for (let c = 0; c < b.columns.length; c++) {
        const v = b.cell ? b.cell(c, r) : b.values[c]![r];
        if (v !== undefined) row[b.columns[c]!] = v;
      }
      d.check(row, b.lines ? b.lines[r]! : b.rowStart + r + 1);
    }
  }
  return d.result();
}
