import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

// Only that the dependency installs with its linux-x64 binary and answers SQL; the SQL runner's own
// tests exercise it for real.
describe('@duckdb/node-api', () => {
  it('reads a CSV file with read_csv in an in-memory database and aggregates it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-duckdb-'));
    const csv = join(dir, 'wine.csv');
    writeFileSync(csv, 'alcohol,hue,label\n14.23,1.04,"class, 0"\n13.2,,class_0\n12.37,0.57,class_2\n');
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      const version = (await con.runAndReadAll('SELECT version() AS v')).getRowObjectsJS()[0]!.v;
      expect(version).toMatch(/^v1\.5\./);
      const reader = await con.runAndReadAll(
        'SELECT count(*) AS n, count(hue) AS hue_n, round(avg(alcohol), 4) AS mean, count(DISTINCT label) AS labels FROM read_csv($1, header = true)',
        [csv],
      );
      expect(reader.getRowObjectsJS()).toEqual([{ n: 3n, hue_n: 2n, mean: 13.2667, labels: 3n }]);
    } finally {
      con.closeSync();
      db.closeSync();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
