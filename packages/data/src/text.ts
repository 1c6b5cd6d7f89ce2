import { createReadStream, readFileSync, statSync } from 'node:fs';
import { DataError } from '@mlgate/core';

/* Reading a data file as bytes (gunzipped when asked) and as strictly decoded UTF-8 text, for the text formats' parsers. */

/** Files up to this size are read in one call: a read stream costs more to set up than they take to read. */
const SMALL_FILE = 1 << 22;

/** Bytes of a file, gunzipped if asked (zlib is loaded only then: it costs start-up time). */
export async function* byteStream(file: string, gzip: boolean): AsyncGenerator<Buffer> {
  if (!gzip && statSync(file).size <= SMALL_FILE) {
    yield readFileSync(file);
    return;
  }
  const raw = createReadStream(file, { highWaterMark: 1 << 16 });
  if (!gzip) {
    yield* raw;
    return;
  }
  const { createGunzip } = await import('node:zlib');
  const gz = createGunzip();
  raw.on('error', (e) => gz.destroy(e));
  yield* raw.pipe(gz);
}

/** The first bytes looked at for signs of a binary file. */
const SNIFF = 1 << 16;

/** Refuse binary input before parsing it: gzip bytes in a file not named .gz, or a NUL byte (never in CSV or JSON text). */
function refuseBinary(file: string, chunk: Buffer, gzip: boolean, kind: string): void {
  if (!gzip && chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b) throw new DataError(`the file is gzip-compressed but not named .gz; rename it to ${file}.gz`, { file });
  const nul = chunk.subarray(0, SNIFF).indexOf(0);
  if (nul >= 0) throw new DataError(`the file looks binary (NUL byte at offset ${nul}); expected ${kind} text`, { file });
}

/**
 * Decode UTF-8 strictly: invalid bytes are an error that names the line, not replacement characters.
 * The first 64 KiB are checked for binary content (see `refuseBinary`) when `kind` names the expected text.
 */
export async function* textChunks(file: string, gzip: boolean, kind?: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  let first = kind !== undefined;
  try {
    for await (const chunk of byteStream(file, gzip)) {
      if (first && chunk.length > 0) {
        first = false;
        refuseBinary(file, chunk, gzip, kind!);
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const at = firstInvalidUtf8(chunk);
        const line = lines + countNewlines(chunk, at);
        throw new DataError(`invalid UTF-8 (byte 0x${(chunk[at] ?? 0).toString(16).padStart(2, '0')}); save the file as UTF-8`, { file, line });
      }
      lines += countNewlines(chunk, chunk.length);
      yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (e) {
    if (e instanceof DataError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new DataError('data file not found', { file });
    if (err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR' || /unexpected end of file|incorrect header/.test(err.message)) throw new DataError(`not a valid gzip file: ${err.message}`, { file });
    if (e instanceof TypeError && /encoded data was not valid|invalid/i.test(err.message)) throw new DataError('invalid UTF-8 at the end of the file', { file });
    throw new DataError(`cannot read the data: ${err.message}`, { file });
  }
}

function countNewlines(buf: Buffer, end: number): number {
  let n = 0;
  let i = buf.indexOf(10);
  while (i >= 0 && i < end) {
    n++;
    i = buf.indexOf(10, i + 1);
  }
  return n;
}

/** Offset of the first byte that is not valid UTF-8 in a chunk (a sequence cut at the chunk's start counts from 0). */
function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need = 0;
    if (c < 0x80) need = 0;
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return i + k >= b.length ? i : i + k;
      if ((b[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}
