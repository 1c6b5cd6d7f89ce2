/**
 * One read of every column of a Parquet file, as data-check reads it (text as strings, numbers as
 * doubles, which cells are null), by `reader`: `mlgate` (@mlgate/data's flat-column reader) or
 * `hyparquet` (hyparquet's own column reader, `parquetRead` with `onChunk`: no row objects made).
 * Prints the read time in ms and a checksum of what was read, as JSON.
 *
 *   node --import tsx bench/parquet-read/read.ts mlgate|hyparquet FILE
 */
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openTable } from '../../packages/data/src/index.js';

// hyparquet as @mlgate/data has it (the bench directory has no dependencies of its own)
const dataModules = resolve(import.meta.dirname, '../../packages/data/node_modules');
const load = async <T>(pkg: string, entry: string): Promise<T> => (await import(pathToFileURL(join(realpathSync(join(dataModules, pkg)), entry)).href)) as T;
type Hyparquet = {
  asyncBufferFromFile(file: string): Promise<unknown>;
  parquetMetadataAsync(buffer: unknown): Promise<unknown>;
  parquetRead(options: { file: unknown; metadata: unknown; compressors: unknown; onChunk(chunk: { columnData: ArrayLike<unknown> }): void }): Promise<void>;
};
const { asyncBufferFromFile, parquetMetadataAsync, parquetRead } = await load<Hyparquet>('hyparquet', 'src/node.js');
const { compressors } = await load<{ compressors: unknown }>('hyparquet-compressors', 'src/index.js');

const [reader, file] = process.argv.slice(2) as [string, string];

/** What a check reads of a cell: its length for text, its value for a number, 1 for anything else; nulls count apart. */
function tally(values: ArrayLike<unknown>, into: { sum: number; nulls: number; cells: number }): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    into.cells++;
    if (v === null || v === undefined) into.nulls++;
    else if (typeof v === 'string') into.sum += v.length;
    else if (typeof v === 'number') into.sum += v === v ? v : 0;
    else if (typeof v === 'bigint') into.sum += Number(v);
    else into.sum += 1;
  }
}

const t = { sum: 0, nulls: 0, cells: 0 };
const t0 = performance.now();
if (reader === 'mlgate') {
  for await (const b of (await openTable(file)).batches()) {
    for (let c = 0; c < b.columns.length; c++) {
      const n = b.numbers?.(c);
      if (n) {
        // the same tally from the doubles and the null mask
        for (let r = 0; r < b.length; r++) {
          t.cells++;
          if (n.nulls[r]) t.nulls++;
          else t.sum += n.x[r]!;
        }
      } else tally(b.values[c]!, t);
    }
  }
} else if (reader === 'hyparquet') {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  await parquetRead({ file: buffer, metadata, compressors, onChunk: ({ columnData }) => tally(columnData, t) });
} else throw new Error(`reader: mlgate or hyparquet, not ${reader}`);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, sum: t.sum, nulls: t.nulls, cells: t.cells }) + '\n');
