import { createReadStream } from 'node:fs';
import { lineChunks } from './lines.js';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse';
import { DataError } from '@mlgate/core';
import type { Request } from './types.js';

async function open(file: string) {
  const stream = createReadStream(file);
  await new Promise<void>((resolve, reject) => {
    stream.once('readable', () => resolve());
    stream.once('end', () => resolve());
    stream.once('error', (e: NodeJS.ErrnoException) =>
      reject(new DataError(e.code === 'ENOENT' ? 'inputs file not found' : e.code === 'EISDIR' ? 'inputs is a directory, expected a file' : `cannot read the inputs: ${e.message}`, { file })),
    );
  });
  return stream;
}

/**
 * The recorded requests as a stream, in chunks: JSON Lines (one request body a line) or CSV (one row
 * a request, an object keyed by the header, numbers as numbers). Blank lines are skipped.
 */
export async function* readRequests(file: string): AsyncGenerator<Request[]> {
  const csv = ['.csv', '.tsv'].includes(extname(file).toLowerCase());
  const stream = await open(file);
  let index = 0;
  if (csv) {
    const parser = stream.pipe(
      parseCsv({ columns: true, cast: true, skip_empty_lines: true, delimiter: extname(file).toLowerCase() === '.tsv' ? '\t' : ',', info: true, relax_column_count: false }),
    );
    try {
      let chunk: Request[] = [];
      for await (const rec of parser as AsyncIterable<{ record: Record<string, unknown>; info: { lines: number } }>) {
        chunk.push({ index: index++, line: rec.info.lines, body: rec.record });
        if (chunk.length >= 256) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
    } catch (e) {
      const err = e as Error & { lines?: number; code?: string };
      throw new DataError(`invalid CSV: ${err.message.replace(/^Invalid Record Length: /, '')}`, { file, line: err.lines });
    }
  } else {
    let line = 0;
    for await (const texts of lineChunks(stream)) {
      const chunk: Request[] = [];
      for (const text of texts) {
        line++;
        if (text.trim() === '') continue;
        // parsed to name a bad line before anything is sent; the parsed value is not kept (the line
        // is sent as recorded, and parsed again only for the few inputs a report shows)
        try {
          JSON.parse(text);
        } catch (e) {
          throw new DataError(`line is not JSON (JSON Lines expected: one request body a line): ${(e as Error).message}`, { file, line });
        }
        chunk.push({ index: index++, line, body: undefined, text });
      }
      if (chunk.length) yield chunk;
    }
  }
  if (index === 0) throw new DataError('the inputs file holds no request', { file });
}
