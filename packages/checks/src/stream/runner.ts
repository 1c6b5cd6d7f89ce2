import { openTable, readColumnNames, type TableSource } from '@mlgate/data';
import type { Metrics } from '../metrics.js';
import type { Plan } from '../plan.js';
import type { PlanRunner } from '../plan-runner.js';
import { StreamEngine, type StreamOptions } from './engine.js';
import { planReads, scanParallel } from './parallel.js';
import { threadsFor, workerScript } from './threads.js';
import { scanRanges } from './ranges.js';

export interface StreamRunnerOptions extends Omit<StreamOptions, 'textual' | 'part'> {
  /** Worker threads: 1 for one thread; n ≥ 2 for up to n at any size; default: `MLGATE_THREADS`, else the cores, for inputs of 16 MiB or more. */
  threads?: number;
}

export const textualFormat = (f: string): boolean => f === 'csv' || f === 'tsv';

/** The streaming runner: files (CSV/TSV, JSON Lines, Parquet, gzip, globs) read in one pass in-process. */
export class StreamRunner implements PlanRunner {
  readonly kind = 'stream';
  readonly files: string[];
  readonly format: string;
  private used = false;
  constructor(
    private readonly source: TableSource,
    private readonly opts: StreamRunnerOptions = {},
    private readonly data?: string,
  ) {
    this.files = source.files;
    this.format = source.format;
  }

  async run(plan: Plan): Promise<Metrics> {
    if (this.used) throw new Error('a StreamRunner reads its source once');
    this.used = true;
    const textual = textualFormat(this.source.format);
    const { sampleLimit, exactLimit, distinctLimit } = this.opts;
    const threads = this.data ? threadsFor(this.format, this.files, this.opts.threads) : 1;
    if (threads > 1) {
      // by rows where the file and the plan allow it (no worker reads the whole file), else by columns
      const script = workerScript();
      const opts = { textual, sampleLimit, exactLimit, distinctLimit };
      const byRows = this.files.length === 1 && !this.files[0]!.endsWith('.gz') ? await scanRanges(this.files[0]!, plan, threads, opts, script) : undefined;
      if (byRows) return byRows;
      const header = await readColumnNames(this.files[0]!);
      const m = await scanParallel(this.data!, plan, header, threads, opts, script);
      if (m) return m;
    }
    // Parquet decodes only the columns the plan reads (all of them for a profile)
    const reads = this.data && this.format === 'parquet' ? planReads(plan) : undefined;
    const source = reads ? await openTable(this.data!, { columns: reads }) : this.source;
    const engine = new StreamEngine(plan, { textual, sampleLimit, exactLimit, distinctLimit });
    for await (const b of source.batches()) {
      engine.consume(b);
      b.release?.();
    }
    return engine.finish();
  }
}

export async function openStreamRunner(data: string, opts: StreamRunnerOptions = {}): Promise<StreamRunner> {
  return new StreamRunner(await openTable(data), opts, data);
}
