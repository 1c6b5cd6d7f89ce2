import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Host } from '@mlgate/core';
import { evaluateGate, type BaselineProvider } from '../src/index.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'breast-cancer');

function recordingHost(): Host & { notices: string[] } {
  const notices: string[] = [];
  return { notices, input: () => undefined, setOutput: () => {}, info: () => {}, notice: (m) => void notices.push(m), warning: () => {}, error: () => {}, debug: () => {}, summary: async () => {}, setSecret: () => {}, outDir: () => '', exit: () => {} };
}

/** An Actions-cache stand-in in memory: what it saves is what it restores. */
function memoryCache(metrics?: Record<string, number>): BaselineProvider & { saved?: Record<string, number> } {
  const cache: BaselineProvider & { saved?: Record<string, number> } = {
    async restore() {
      return metrics && { metrics, source: "main's last metrics, from the Actions cache" };
    },
    async save(m) {
      cache.saved = m;
    },
  };
  return cache;
}

describe('production metrics come in the documented order (docs/eval-gate.md)', () => {
  const d = mkdtempSync(join(tmpdir(), 'mlgate-order-'));
  writeFileSync(join(d, 'gate.yml'), 'rules:\n  roc_auc: { max-drop: 0.01 }\n');
  writeFileSync(join(d, 'cand.json'), JSON.stringify({ roc_auc: 0.91 }));
  writeFileSync(join(d, 'prod.json'), JSON.stringify({ roc_auc: 0.93 }));
  const base = { name: 'g', config: join(d, 'gate.yml'), metrics: join(d, 'cand.json'), alias: 'production' };
  const source = async (inputs: Parameters<typeof evaluateGate>[0], cache: BaselineProvider, host = recordingHost()) => (await evaluateGate(inputs, host, { cache })).report.data!;

  it('auto: paired predictions first, with intervals, before the metrics file and the cache', async () => {
    const data = await source({ name: 'g', config: join(EXAMPLE, 'gate.yml'), predictions: join(EXAMPLE, 'predictions/candidate.csv'), 'baseline-predictions': join(EXAMPLE, 'predictions/production.csv'), baseline: 'auto', alias: 'production' }, memoryCache({ roc_auc: 0.5 }));
    expect(data.baselineSource).toBe(`paired predictions (${join(EXAMPLE, 'predictions/production.csv')})`);
    expect(data.metrics.find((m) => m.name === 'roc_auc')!.interval).toBeDefined();
  });

  it('auto: the metrics file before the cache', async () => {
    const data = await source({ ...base, 'baseline-metrics': join(d, 'prod.json'), baseline: 'auto' }, memoryCache({ roc_auc: 0.5 }));
    expect(data.baselineSource).toBe(`metrics file (${join(d, 'prod.json')})`);
    expect(data.metrics[0]).toMatchObject({ baseline: 0.93, status: 'fail' });
  });

  it('auto: the cache last; its metrics are saved back', async () => {
    const cache = memoryCache({ roc_auc: 0.9 });
    const data = await source({ ...base, baseline: 'auto' }, cache);
    expect(data.baselineSource).toBe("main's last metrics, from the Actions cache");
    expect(data.metrics[0]).toMatchObject({ baseline: 0.9, status: 'pass' });
    expect(cache.saved).toEqual({ roc_auc: 0.91 });
  });

  it('cache: only the cache, and a notice names the baseline inputs it did not read', async () => {
    const host = recordingHost();
    const data = await source({ ...base, 'baseline-metrics': join(d, 'prod.json'), baseline: 'cache' }, memoryCache({ roc_auc: 0.9 }), host);
    expect(data.baselineSource).toBe("main's last metrics, from the Actions cache");
    expect(host.notices).toContain('baseline "cache" uses only the Actions cache: "baseline-metrics" not read');
  });

  it('registry: needs "registry" and "model"; none: no baseline and nothing saved', async () => {
    await expect(source({ ...base, baseline: 'registry' }, memoryCache())).rejects.toMatchObject({ message: expect.stringMatching(/baseline "registry" needs the inputs "registry" and "model"/), location: { field: 'baseline' } });
    const cache = memoryCache({ roc_auc: 0.9 });
    const data = await source({ ...base, 'baseline-metrics': join(d, 'prod.json'), baseline: 'none' }, cache);
    expect(data.baselineSource).toBeUndefined();
    expect(data.metrics[0]!.status).toBe('skip');
    expect(cache.saved).toBeUndefined();
  });
});
