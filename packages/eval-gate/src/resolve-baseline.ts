import { ConfigurationError, type Host } from '@mlgate/core';
import type { Baseline, BaselineProvider, RegistryCredentials } from './baseline.js';
import { lookupMetric, readMetricsFile } from './metrics-file.js';
import { registryBaseline } from './registry-baseline.js';

/** The inputs that choose production's metrics. */
export interface BaselineInputs {
  baseline: 'auto' | 'registry' | 'cache' | 'none';
  'baseline-predictions'?: string;
  'baseline-metrics'?: string;
  registry?: string;
  model?: string;
  alias: string;
  'registry-username'?: string;
  'registry-password'?: string;
  'github-token'?: string;
}

/** Whether paired predictions are a source at all: only `baseline: auto` reads them. */
export function pairedBaselineFile(inputs: BaselineInputs): string | undefined {
  return inputs.baseline === 'auto' ? inputs['baseline-predictions'] : undefined;
}

/** A mode that names its one source needs that source's inputs. */
export function checkBaselineInputs(inputs: BaselineInputs, host: Host): void {
  if (inputs.baseline === 'registry' && !(inputs.registry && inputs.model)) throw new ConfigurationError('baseline "registry" needs the inputs "registry" and "model" (the model name in the registry)', { field: 'baseline' });
  if (inputs.baseline !== 'auto' && inputs.baseline !== 'none') {
    const unused = (['baseline-predictions', 'baseline-metrics'] as const).filter((k) => inputs[k]);
    if (unused.length) host.notice(`baseline "${inputs.baseline}" uses only ${inputs.baseline === 'registry' ? 'the registry' : 'the Actions cache'}: ${unused.map((k) => `"${k}"`).join(' and ')} not read`);
  }
}

function pick(metrics: Record<string, number | undefined>, names: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of names) if (metrics[m] !== undefined) out[m] = metrics[m]!;
  return out;
}

/**
 * Production's metrics, from the first source that has them, in the order docs/eval-gate.md gives
 * under `baseline: auto`: paired predictions (read with the candidate: `paired`), a metrics file,
 * the registry when "registry" and "model" are set, else main's last metrics from the cache. A
 * registry that has no report is not followed by the cache: its notice says so. `registry` and
 * `cache` use only that source, `none` none.
 */
export async function resolveBaseline(inputs: BaselineInputs, gate: string, names: string[], paired: Baseline | undefined, cache: BaselineProvider | undefined, credentials: RegistryCredentials | undefined, host: Host): Promise<Baseline | undefined> {
  const mode = inputs.baseline;
  if (mode === 'none') return undefined;
  if (mode === 'auto') {
    if (paired) return paired;
    const file = inputs['baseline-metrics'];
    if (file) {
      const metrics = readMetricsFile(file);
      const values: Record<string, number | undefined> = {};
      for (const m of names) values[m] = lookupMetric(metrics, m, file);
      return { metrics: pick(values, names), source: `metrics file (${file})` };
    }
  }
  const useRegistry = inputs.registry && inputs.model && (mode === 'auto' || mode === 'registry');
  const provider = useRegistry ? registryBaseline({ url: inputs.registry!, model: inputs.model!, alias: inputs.alias, ...registryLogin(inputs, credentials) }) : mode === 'registry' ? undefined : cache;
  const restored = await provider?.restore(host, gate);
  return restored && { metrics: pick(restored.metrics, names), source: restored.source };
}

/** The inputs' own credentials, else the host's default for that registry. */
function registryLogin(inputs: BaselineInputs, credentials: RegistryCredentials | undefined): { username?: string; password?: string } {
  if (inputs['registry-username'] || inputs['registry-password']) return { username: inputs['registry-username'], password: inputs['registry-password'] };
  return credentials?.(inputs.registry!, inputs['github-token']) ?? {};
}
