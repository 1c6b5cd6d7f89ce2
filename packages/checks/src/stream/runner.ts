import { openTable, type TableSource } from '@mlgate/data';
import type { Metrics } from '../metrics.js';
import type { Plan } from '../plan.js';
import type { PlanRunner } from '../plan-runner.js';
import { StreamEngine, type StreamOptions } from './engine.js';

export const textualFormat = (f: string): boolean => f === 'csv' || f === 'tsv';

/** The streaming runner: files (CSV/TSV, JSON Lines, Parquet, gzip, globs) read in one pass in-process. */
export class StreamRunner implements PlanRunner {
  readonly kind = 'stream';
  readonly files: string[];
  readonly format: string;
  private used = false;
  constructor(
    private readonly source: TableSource,
    private readonly opts: Omit<StreamOptions, 'textual'> = {},
  ) {
    this.files = source.files;
    this.format = source.format;
  }

  async run(plan: Plan): Promise<Metrics> {
    if (this.used) throw new Error('a StreamRunner reads its source once');
    this.used = true;
    const engine = new StreamEngine(plan, { ...this.opts, textual: textualFormat(this.source.format) });
    for await (const b of this.source.batches()) engine.consume(b);
    return engine.finish();
  }
}

export async function openStreamRunner(data: string, opts: Omit<StreamOptions, 'textual'> = {}): Promise<StreamRunner> {
  return new StreamRunner(await openTable(data), opts);
}
