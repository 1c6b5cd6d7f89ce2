import { createReadStream } from 'node:fs';
import { lineChunks } from './lines.js';
import { DataError } from '@mlgate/core';
import type { Endpoint, CallResult, Request } from './types.js';
import { fault } from './types.js';

/**
 * Answers recorded earlier, one JSON value a line, in the order of the inputs. Read as a stream in
 * step with the replay: only the answers of requests in flight are held.
 */
export class FileEndpoint implements Endpoint {
  readonly kind = 'file' as const;
  readonly label: string;
  private iter?: AsyncIterator<string[]>;
  private read = 0;
  private eof = false;
  private readonly held = new Map<number, string>();
  private filling?: Promise<void>;
  constructor(private readonly file: string) {
    this.label = `file: ${file}`;
  }

  async start(): Promise<void> {
    const stream = createReadStream(this.file, { encoding: 'utf8' });
    await new Promise<void>((resolve, reject) => {
      stream.once('readable', () => resolve());
      stream.once('error', (e: NodeJS.ErrnoException) => reject(new DataError(e.code === 'ENOENT' ? 'answers file not found' : `cannot read the answers file: ${e.message}`, { file: this.file })));
    });
    this.iter = lineChunks(stream);
  }

  private async fill(): Promise<void> {
    const r = await this.iter!.next();
    if (r.done) this.eof = true;
    else for (const line of r.value) if (line.trim() !== '') this.held.set(this.read++, line);
  }

  /** The line for answer `index` (0-based), reading on as far as needed; undefined past the end. */
  private async lineFor(index: number): Promise<string | undefined> {
    while (!this.eof && this.read <= index) {
      this.filling ??= this.fill().finally(() => (this.filling = undefined));
      await this.filling;
    }
    const line = this.held.get(index);
    this.held.delete(index);
    // read ahead, so no request waits for the disk
    if (!this.eof && !this.filling && this.read - index < 256) this.filling = this.fill().finally(() => (this.filling = undefined));
    return line;
  }

  async call(batch: Request[]): Promise<CallResult[]> {
    const out: CallResult[] = [];
    for (const r of batch) {
      // held already (the usual case, read ahead): no promise to wait for
      let line: string | undefined;
      if (this.read > r.index && (this.eof || this.filling || this.read - r.index >= 256)) {
        line = this.held.get(r.index);
        this.held.delete(r.index);
      } else line = await this.lineFor(r.index);
      if (line === undefined) {
        out.push(fault('missing-answer', `the answers file ends after ${this.read} answers; there is none for input ${r.index + 1}`, undefined));
        continue;
      }
      try {
        out.push({ ok: true, answer: JSON.parse(line), ms: undefined, retries: 0 });
      } catch (e) {
        out.push(fault('malformed', `answer line ${r.index + 1} is not JSON: ${(e as Error).message}`, undefined));
      }
    }
    return out;
  }

  async close(): Promise<string[]> {
    if (!this.iter) return [];
    let extra = this.held.size; // read ahead, never asked for: answers past the last input
    if (!this.eof) {
      for (let r = await this.iter.next(); !r.done; r = await this.iter.next()) for (const line of r.value) if (line.trim() !== '') extra++;
    }
    await this.iter.return?.();
    return extra > 0 ? [`${this.label} holds ${extra} more answers than there are inputs; they were not compared`] : [];
  }
}
