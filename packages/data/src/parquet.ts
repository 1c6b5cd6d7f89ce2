import { DataError } from '@mlgate/core/errors';
import type { parquetScan } from 'hyparquet';
import { allFlat, readFlatParquet } from './parquet-flat.js';
import type { Batch, Cell, ReadOptions } from './types.js';

/** Parquet through hyparquet, one row group (or a slice of it) at a time, column by column: flat columns typed (parquet-flat.ts), nested ones assembled by hyparquet. */
export async function* readParquet(file: string, opts: ReadOptions): AsyncGenerator<Batch> {
  let scan: Awaited<ReturnType<typeof parquetScan>> | undefined;
  let flat: AsyncGenerator<Batch> | undefined;
  let columns: string[];
  let wanted: string[];
  try {
    // loaded on first use: a CSV or JSON Lines run does not pay for parsing the Parquet codecs
    const [{ asyncBufferFromFile, parquetMetadataAsync, parquetScan, parquetSchema }, { compressors }] = await Promise.all([import('hyparquet'), import('hyparquet-compressors')]);
    const buffer = await asyncBufferFromFile(file);
    if (buffer.byteLength === 0) throw new DataError('the file is empty: expected a Parquet file', { file });
    const metadata = await parquetMetadataAsync(buffer);
    columns = parquetSchema(metadata).children.map((c) => c.element.name);
    wanted = opts.columns ? columns.filter((c) => opts.columns!.includes(c)) : columns;
    const schema = parquetSchema(metadata);
    if (allFlat(schema, wanted)) {
      // small batches: the text a batch makes dies young (larger batches and whole row groups were slower; docs/benchmarks.md)
      flat = readFlatParquet(file, metadata, schema, columns, wanted, opts.batchSize ?? 8192, compressors);
    } else scan = await parquetScan({ file: buffer, metadata, columns: wanted, compressors });
  } catch (e) {
    throw asDataError(e, file);
  }
  if (flat) {
    let emitted = false;
    try {
      for await (const b of flat) {
        emitted = true;
        yield b;
      }
    } catch (e) {
      throw asDataError(e, file);
    }
    if (!emitted) yield { columns, values: columns.map(() => []), length: 0, rowStart: 0 };
    return;
  }
  scan = scan!;
  const step = Math.max(opts.batchSize ?? 65536, 65536);
  let emitted = false;
  for (const range of scan.ranges) {
    for (let start = range.rowStart; start < range.rowEnd; start += step) {
      const end = Math.min(range.rowEnd, start + step);
      const values: Cell[][] = [];
      try {
        for (const column of columns) values.push(wanted.includes(column) ? Array.from(await scan.readColumn({ column, rowStart: start, rowEnd: end }) as ArrayLike<Cell>) : []);
      } catch (e) {
        throw asDataError(e, file);
      }
      emitted = true;
      yield { columns, values, length: end - start, rowStart: start };
    }
  }
  if (!emitted) yield { columns, values: columns.map(() => []), length: 0, rowStart: 0 };
}

function asDataError(e: unknown, file: string): DataError {
  if (e instanceof DataError) return e;
  const msg = (e as Error).message ?? String(e);
  return new DataError(`cannot read the Parquet file (truncated or not Parquet?): ${msg}`, { file });
}
