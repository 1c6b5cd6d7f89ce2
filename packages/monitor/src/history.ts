import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAtomic, type Host } from '@mlgate/core';
import { MEDIA, ANNOTATION, type Registry } from '@mlgate/registry';
import * as z from 'zod/mini';

/** One column in one run: location and spread (numeric) or category shares, and the drift statistic. */
export interface ColumnPoint {
  mean?: number;
  std?: number;
  /** p5, p25, p50, p75, p95. */
  q?: number[];
  /** Share of the most common categories (up to 10). */
  shares?: Record<string, number>;
  method?: string;
  stat?: number;
  threshold?: number;
  /** The drift test compares p-values (ks, chi2, z): drift when below the threshold. */
  pvalue?: number;
  status?: 'pass' | 'warn' | 'fail';
}

export interface RunPoint {
  at: string;
  run?: string;
  rows: number;
  drifted: boolean;
  /** Share of rows with a value training never saw, overall and per column (only columns with any). */
  novel?: { share: number; columns: Record<string, number> };
  columns: Record<string, ColumnPoint>;
}

export interface History {
  schema: 'mlgate/monitor-history@1';
  name: string;
  runs: RunPoint[];
}

const point = z.object({
  mean: z.optional(z.number()),
  std: z.optional(z.number()),
  q: z.optional(z.array(z.number())),
  shares: z.optional(z.record(z.string(), z.number())),
  method: z.optional(z.string()),
  stat: z.optional(z.number()),
  threshold: z.optional(z.number()),
  pvalue: z.optional(z.number()),
  status: z.optional(z.enum(['pass', 'warn', 'fail'])),
});
const historySchema = z.object({
  schema: z.literal('mlgate/monitor-history@1'),
  name: z.string(),
  runs: z.array(z.object({ at: z.string(), run: z.optional(z.string()), rows: z.number(), drifted: z.boolean(), novel: z.optional(z.object({ share: z.number(), columns: z.record(z.string(), z.number()) })), columns: z.record(z.string(), point) })),
});

export function emptyHistory(name: string): History {
  return { schema: 'mlgate/monitor-history@1', name, runs: [] };
}

/** Append a run, in time order, and keep the last `keep`. */
export function appendRun(h: History, run: RunPoint, keep: number): History {
  const runs = [...h.runs, run].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { ...h, runs: runs.slice(-keep) };
}

/** Four significant digits: the history stays small and diffs stay readable. */
export function round(x: number): number {
  return Number.isFinite(x) ? +x.toPrecision(4) : x;
}

/** Parse a history from text; a history that does not parse is reported and replaced, never fatal. */
export function parseHistory(text: string, name: string, source: string, host: Host): History {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    host.warning(`the monitor history in ${source} is not valid JSON (${(e as Error).message}); starting a new one`);
    return emptyHistory(name);
  }
  const r = z.safeParse(historySchema, value);
  if (!r.success) {
    host.warning(`the monitor history in ${source} does not have the expected shape (${r.error.issues[0]?.message ?? 'invalid'} at ${r.error.issues[0]?.path.join('.') ?? ''}); starting a new one`);
    return emptyHistory(name);
  }
  return r.data as History;
}

/** Where the history lives between runs. */
export interface HistoryStore {
  /** For messages: the file or the registry entry. */
  where: string;
  load(name: string, host: Host): Promise<History>;
  /**
   * Add this run to the stored history and return the history as stored. `loaded` is what `load`
   * gave at the start of the run; a store that overlapping runs share reads its newest state again.
   */
  add(run: RunPoint, keep: number, loaded: History, host: Host): Promise<History>;
}

/** A JSON file; in a workflow, kept between runs with actions/cache (see docs/monitor.md). */
export function fileStore(file: string): HistoryStore {
  return {
    where: file,
    async load(name, host) {
      if (!existsSync(file)) {
        host.info(`no monitor history at ${file} yet: this run starts it`);
        return emptyHistory(name);
      }
      return parseHistory(readFileSync(file, 'utf8'), name, file, host);
    },
    async add(run, keep, loaded) {
      const h = appendRun(loaded, run, keep);
      writeAtomic(file, JSON.stringify(h) + '\n');
      return h;
    },
  };
}

/** The registry's model name that holds a model's monitor history. */
export function historyModel(name: string): string {
  return `${name}.monitor-history`;
}

/**
 * The history in the registry, as the newest version of the model `<name>.monitor-history` (one file,
 * history.json). The registry has versions and aliases but no mutable document, so each run publishes
 * one small version; the newest holds the whole (bounded) history.
 */
export function registryStore(registry: Registry, name: string, who: string): HistoryStore {
  const model = historyModel(name);
  return {
    where: `${registry.url} (model ${model})`,
    async load(n, host) {
      const versions = await registry.versions(model);
      const last = versions.at(-1);
      if (!last) {
        host.info(`no monitor history in ${registry.url} (model ${model}) yet: this run starts it`);
        return emptyHistory(n);
      }
      const info = await registry.version(model, last);
      const layer = info?.manifest.layers.find((l) => l.mediaType === MEDIA.modelFile && l.annotations?.[ANNOTATION.title] === 'history.json');
      if (!info || !layer) {
        host.warning(`${model} ${last} in ${registry.url} holds no history.json; starting a new history`);
        return emptyHistory(n);
      }
      const bytes = await registry.blobBytes(model, layer, `the monitor history ${model} ${last}`);
      return parseHistory(bytes.toString('utf8'), n, `${registry.url} (${model} ${last})`, host);
    },
    async add(run, keep, loaded, host) {
      // Under the model's lock, from the newest history: two runs that overlap both land (each
      // publish is a new version, and the newest one is the history).
      return registry.exclusive(model, 'history', who, 'append to the monitor history', async () => {
        const quiet: Host = Object.assign(Object.create(host) as Host, { info() {} });
        const latest = await this.load(loaded.name, quiet);
        const h = appendRun(latest, run, keep);
        const dir = mkdtempSync(join(tmpdir(), 'mlgate-monitor-history-'));
        try {
          const file = join(dir, 'history.json');
          writeAtomic(file, JSON.stringify(h) + '\n');
          await registry.publish(model, { model: file, who });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
        return h;
      });
    },
  };
}
