import { isAscii } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { DataError } from '@mlgate/core/errors';

/* Reading a data file as bytes (gunzipped when asked) and as strictly decoded UTF-8 text, for the text formats' parsers. */

/**
 * Bytes read at a time from a plain file. Small enough that a chunk's text is an ordinary young
 * string: Node makes a string of 1,031,913 or more characters outside V8's heap (an external string,
 * freed only when a full collection finds it dead), and V8 puts one of more than 128 KiB in its
 * large-object space; 64 KiB chunks die in the young generation with the batches that read them
 * (with 1 MiB reads the 1M-row CSV bench peaked at 270 MB on two threads, with 64 KiB at 141 MB, and ran
 * faster: docs/benchmarks.md, with this round's other changes).
 */
const READ_SIZE = 1 << 16;

/** A part of a plain file: bytes `start` (inclusive) to `end` (exclusive, default: the file's end). */
export interface ByteRange {
  start: number;
  end?: number;
}

/** Bytes of a file, gunzipped if asked (zlib is loaded only then: it costs start-up time). A chunk is valid until the next one is asked for. Plain files are read synchronously: the scan is CPU-bound, and waiting on the thread pool for each read only idles the thread. `range` (plain files only) reads a part of the file. */
export async function* byteStream(file: string, gzip: boolean, range?: ByteRange): AsyncGenerator<Buffer> {
  if (range && gzip) throw new Error('a byte range of a gzip file cannot be read');
  if (!gzip) {
    // each read ends at its last newline, the rest is carried into the next read: a chunk seldom cuts a
    // record, so the parser seldom joins texts. Two buffers, reused in turn: a chunk is decoded before
    // the next read (a new buffer per read left megabytes of dead buffers waiting for a collection).
    const fd = openSync(file, 'r');
    try {
      let buf = Buffer.allocUnsafe(READ_SIZE);
      let spare = Buffer.allocUnsafe(READ_SIZE);
      let carry = 0;
      let at = range?.start ?? 0;
      const stop = range?.end ?? Infinity;
      for (;;) {
        const n = readSync(fd, buf, carry, Math.min(READ_SIZE - carry, stop - at), at);
        at += n;
        const end = carry + n;
        if (n === 0) {
          if (carry > 0) yield buf.subarray(0, carry);
          return;
        }
        const cut = buf.lastIndexOf(10, end - 1);
        if (cut < 0) {
          carry = 0;
          yield buf.subarray(0, end);
        } else {
          carry = end - cut - 1;
          buf.copy(spare, 0, cut + 1, end);
          yield buf.subarray(0, cut + 1);
        }
        [buf, spare] = [spare, buf];
      }
    } finally {
      closeSync(fd);
    }
  }
  const raw = createReadStream(file, { highWaterMark: 1 << 16 });
  const { createGunzip } = await import('node:zlib');
  const gz = createGunzip();
  raw.on('error', (e) => gz.destroy(e));
  yield* raw.pipe(gz);
}

/** The first bytes looked at for signs of a binary file. */
const SNIFF = 1 << 16;

/** Refuse binary input before parsing it: gzip bytes in a file not named .gz, or a NUL byte (never in CSV or JSON text). */
function refuseBinary(file: string, chunk: Buffer, offset: number, gzip: boolean, kind: string): void {
  if (offset === 0 && !gzip && chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b) throw new DataError(`the file is gzip-compressed but not named .gz; rename it to ${file}.gz`, { file });
  const nul = chunk.subarray(0, SNIFF - offset).indexOf(0);
  if (nul >= 0) throw new DataError(`the file looks binary (NUL byte at offset ${offset + nul}); expected ${kind} text`, { file });
}

/**
 * Decode UTF-8 strictly: invalid bytes are an error that names the line, not replacement characters.
 * The first 64 KiB are checked for binary content (see `refuseBinary`) when `kind` names the expected text.
 */
export async function* textChunks(file: string, gzip: boolean, kind?: string, range?: ByteRange): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = range?.start ?? 0; // bytes before this chunk
  let midSequence = false; // the decoder holds the start of a character cut by the last chunk's end
  try {
    for await (const chunk of byteStream(file, gzip, range)) {
      if (kind !== undefined && offset < SNIFF) refuseBinary(file, chunk, offset, gzip, kind);
      let text: string;
      if (!midSequence && isAscii(chunk)) text = chunk.toString('latin1'); // ASCII: one byte is one character, no decoding
      else {
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch {
          const at = firstInvalidUtf8(chunk);
          throw new DataError(`invalid UTF-8 (byte 0x${(chunk[at] ?? 0).toString(16).padStart(2, '0')}); save the file as UTF-8`, { file, line: await lineAt(file, gzip, offset + at, range?.start ?? 0) });
        }
        midSequence = endsMidSequence(chunk);
      }
      offset += chunk.length;
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

/** The line of byte `at`: counted again from byte `from` (a part's start: lines of a part count from 1, as its parser's do), only when an error names it (the scan does not count lines of bytes). */
async function lineAt(file: string, gzip: boolean, at: number, from = 0): Promise<number> {
  let line = 1;
  let offset = from;
  for await (const chunk of byteStream(file, gzip, from > 0 ? { start: from } : undefined)) {
    line += countNewlines(chunk, Math.min(chunk.length, at - offset));
    offset += chunk.length;
    if (offset >= at) break;
  }
  return line;
}

/** Whether a chunk ends inside a multi-byte UTF-8 character (its lead byte among the last three bytes, its continuation bytes missing). */
function endsMidSequence(b: Buffer): boolean {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k;
  }
  return false;
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
