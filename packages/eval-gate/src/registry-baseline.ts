import * as z from 'zod/mini';
import type { OpenOptions } from '@mlgate/registry';
import type { BaselineProvider } from './baseline.js';

/** The part of an eval-gate report.json that carries the metrics of the model it evaluated. */
const evaluation = z.object({
  tool: z.literal('eval-gate'),
  data: z.object({ metrics: z.array(z.object({ name: z.string(), candidate: z.optional(z.nullable(z.number())) })) }),
});

/**
 * Production's metrics as they were recorded when it was deployed: the eval-gate report that deploy
 * keeps with the version (its `metrics-report`), found through the alias (`production` by default).
 */
export function registryBaseline(opts: { url: string; model: string; alias: string } & OpenOptions): BaselineProvider {
  return {
    async restore(host) {
      // loaded on first use: most gates have no registry baseline
      const { openRegistry } = await import('@mlgate/registry');
      const registry = openRegistry(opts.url, { ...opts, secret: (v) => host.setSecret(v) }, 'registry');
      const target = await registry.alias(opts.model, opts.alias);
      if (!target) {
        host.notice(`${opts.model} has no "${opts.alias}" alias in ${registry.url} yet: no production baseline; the gate judges absolute thresholds only`);
        return undefined;
      }
      const info = await registry.resolve(opts.model, opts.alias, 'alias');
      const raw = await registry.attachment(opts.model, info, 'evaluation');
      const parsed = z.safeParse(evaluation, raw);
      if (!parsed.success) {
        host.notice(`${opts.model} ${info.version} (${opts.alias}) has no eval-gate report in its lineage: deploy it with "metrics-report" to gate later candidates against it`);
        return undefined;
      }
      const metrics: Record<string, number> = {};
      for (const m of parsed.data.data.metrics) if (typeof m.candidate === 'number' && Number.isFinite(m.candidate)) metrics[m.name] = m.candidate;
      return { metrics, source: `${opts.model} ${info.version} (${opts.alias}) in ${registry.url}, as evaluated when deployed` };
    },
  };
}
