import { ConfigurationError, didYouMean, type LocatedDocument } from '@mlgate/core';
import { higherIsBetter, METRICS, type Task } from '@mlgate/metrics';

const TASKS = Object.keys(METRICS) as Task[];

/**
 * A metric name the task does not have, said for the task at hand: a name of another task says
 * which (`rmse` on a binary gate is a regression metric), a typo gets only this task's names.
 */
export function metricNameProblem(name: string, task: Task, where: ReturnType<LocatedDocument['locate']>): ConfigurationError | undefined {
  const known = METRICS[task].map((m) => m.name);
  if (known.includes(name)) return undefined;
  const elsewhere = TASKS.filter((t) => t !== task && METRICS[t].some((m) => m.name === name));
  if (elsewhere.length > 0) return new ConfigurationError(`"${name}" is a ${elsewhere.join(' and ')} metric, and this gate's task is ${task}; expected one of the ${task} metrics: ${known.join(', ')}`, where);
  const hint = didYouMean(name, known);
  return new ConfigurationError(`unknown ${task} metric "${name}"${hint || `; expected one of the ${task} metrics: ${known.join(', ')}`}`, where);
}

const record = (v: unknown): Record<string, unknown> | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/**
 * What the schema cannot check in a gate config: rule and metric names valid for its task, a drop
 * limit only on a higher-is-better metric. Reads the file's raw value, so these mistakes are reported
 * with the schema's, all at once.
 */
export function gateConfigProblems(value: unknown, doc: Pick<LocatedDocument, 'locate'>, withPredictions: boolean): ConfigurationError[] {
  const cfg = record(value);
  if (!cfg || !withPredictions) return [];
  const task = TASKS.find((t) => t === cfg.task);
  const problems: ConfigurationError[] = [];
  if (cfg.task === undefined) problems.push(new ConfigurationError('`task` is missing; set it to binary, multiclass, regression or scores to compute metrics from predictions', { ...doc.locate([]), line: 1, column: 1, field: 'task' }));
  for (const [name, rule] of Object.entries(record(cfg.rules) ?? {})) {
    const wrongName = task && metricNameProblem(name, task, doc.locate(['rules', name], { key: true }));
    if (wrongName) {
      problems.push(wrongName);
      continue;
    }
    const limits = record(rule) ?? {};
    const hib = higherIsBetter(name);
    if (hib === false && (limits['max-drop'] !== undefined || limits['max-relative-drop'] !== undefined)) problems.push(new ConfigurationError(`"${name}" is lower-is-better: expected max-rise or max-relative-rise, not a drop`, doc.locate(['rules', name])));
    if (hib === true && (limits['max-rise'] !== undefined || limits['max-relative-rise'] !== undefined)) problems.push(new ConfigurationError(`"${name}" is higher-is-better: expected max-drop or max-relative-drop, not a rise`, doc.locate(['rules', name])));
  }
  if (task && Array.isArray(cfg.metrics)) {
    cfg.metrics.forEach((m, i) => {
      const p = typeof m === 'string' ? metricNameProblem(m, task, doc.locate(['metrics', i])) : undefined;
      if (p) problems.push(p);
    });
  }
  return problems;
}
