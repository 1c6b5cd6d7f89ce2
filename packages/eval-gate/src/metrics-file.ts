import { ConfigurationError, DataError, parseLocated, readTextFile } from '@mlgate/core';

/**
 * A metrics file as DVC or MLflow write them: a flat or nested JSON/YAML map whose number leaves are
 * metrics, named by their dotted path (`eval.roc_auc`).
 */
export function readMetricsFile(file: string): Record<string, number> {
  const text = readTextFile(file, 'metrics file');
  if (text.trim() === '') throw new DataError('metrics file is empty', { file });
  const doc = parseLocated(text, file);
  const out: Record<string, number> = {};
  const walk = (v: unknown, path: string[]) => {
    if (typeof v === 'number') out[path.join('.')] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  if (!doc.value || typeof doc.value !== 'object' || Array.isArray(doc.value)) throw new DataError('a metrics file must be a map of metric names to numbers', { file, line: 1 });
  walk(doc.value, []);
  if (Object.keys(out).length === 0) throw new DataError('the metrics file holds no numbers', { file, line: 1 });
  return out;
}

/** The value for a metric name: the exact key, else the one key whose last part is that name. */
export function lookupMetric(metrics: Record<string, number>, name: string, file: string): number | undefined {
  if (name in metrics) return metrics[name];
  const matches = Object.keys(metrics).filter((k) => k.split('.').pop() === name);
  if (matches.length > 1) throw new ConfigurationError(`metric "${name}" is ambiguous in ${file}: ${matches.join(', ')}; name the rule by its full path`, { field: `rules.${name}` });
  return matches.length === 1 ? metrics[matches[0]!] : undefined;
}
