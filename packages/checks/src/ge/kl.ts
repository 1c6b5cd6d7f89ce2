import { ArgumentError } from '../errors.js';
import { columnOf, type ColumnMetrics } from '../metrics.js';
import { need } from '../plan.js';
import { entropy } from '../stats.js';
import { valueKey } from '../values.js';
import { str } from './args.js';
import type { ExpectationKind } from './types.js';

/** KL divergence against a partition object (GE's continuous bins or categorical values). */
export function klDivergenceKind(): ExpectationKind {
  return {
    args: ['column', 'partition_object', 'threshold', 'internal_weight_holdout', 'tail_weight_holdout', 'bucketize_data', 'min_value', 'max_value'],
    required: ['column'],
    column: true,
    compile(a, plan, filter) {
      const column = str(a, 'column');
      const po = a.partition_object as { bins?: number[]; values?: unknown[]; weights?: number[]; tail_weights?: number[] } | null | undefined;
      if (po === null || po === undefined) {
        // GE builds the partition from the same data, so the divergence is 0 by construction
        need(plan, column, filter, { moments: true });
        return () => ({ success: true, observed: 0 });
      }
      if (Array.isArray(po.bins)) po.bins = po.bins.map((b) => (b === ('-Infinity' as unknown) ? -Infinity : b === ('Infinity' as unknown) ? Infinity : Number(b)));
      if (!po || !Array.isArray(po.weights)) throw new ArgumentError('Invalid partition object: partition_object with "weights" and "bins" or "values" is required', 'partition_object');
      const sum = po.weights.reduce((x, y) => x + y, 0) + (po.tail_weights ?? []).reduce((x, y) => x + y, 0);
      if (Math.abs(sum - 1) > 1e-6) throw new ArgumentError('Invalid partition object: weights must sum to 1', 'partition_object');
      const threshold = a.threshold;
      if (threshold !== undefined && threshold !== null && (typeof threshold !== 'number' || threshold < 0)) throw new ArgumentError('Threshold must be specified, greater than or equal to zero.', 'threshold');
      const tail = (a.tail_weight_holdout ?? 0) as number;
      const internal = (a.internal_weight_holdout ?? 0) as number;
      if (typeof tail !== 'number' || tail < 0 || tail > 1) throw new ArgumentError('tail_weight_holdout must be between zero and one.', 'tail_weight_holdout');
      if (typeof internal !== 'number' || internal < 0 || internal > 1) throw new ArgumentError('internal_weight_holdout must be between zero and one.', 'internal_weight_holdout');
      if (tail !== 0 && po.tail_weights) throw new ArgumentError('tail_weight_holdout must be 0 when using tail_weights in partition object', 'tail_weight_holdout');
      const categorical = Array.isArray(po.values);
      if (categorical) {
        if (internal > 0) throw new ArgumentError('Internal weight holdout cannot be used for discrete data.', 'internal_weight_holdout');
        if (po.values!.length !== po.weights.length) throw new ArgumentError('Invalid partition object: values and weights differ in length', 'partition_object');
        need(plan, column, filter, { values: true });
      } else {
        const bins = po.bins;
        if (!Array.isArray(bins) || bins.length !== po.weights.length + 1 || bins.some((b, i) => i > 0 && b < bins[i - 1]!)) throw new ArgumentError('Invalid partition object: bins must be sorted and one longer than weights', 'partition_object');
        if (a.bucketize_data === false) throw new ArgumentError('KL Divergence cannot be computed with a continuous partition object and the bucketize_data parameter set to false.', 'bucketize_data');
        if ((bins[0] === -Infinity || bins[bins.length - 1] === Infinity) && po.tail_weights) throw new ArgumentError('There can be no tail weights for partitions with one or both endpoints at infinity', 'partition_object');
        if (bins[0] === -Infinity && bins[bins.length - 1] === Infinity && tail > 0) throw new ArgumentError('tail_weight_holdout cannot be used for partitions with infinite endpoints.', 'tail_weight_holdout');
        need(plan, column, filter, { histograms: [bins], moments: true });
      }
      return (m) => {
        const c = columnOf(m, column, filter)!;
        const kl = categorical ? klCategorical(c, po as { values: unknown[]; weights: number[] }, tail) : klContinuous(c, po as { bins: number[]; weights: number[]; tail_weights?: number[] }, tail, internal);
        const observed = Number.isFinite(kl) ? kl : null;
        const success = threshold === undefined || threshold === null ? true : kl <= (threshold as number);
        return { success, observed };
      };
    },
  };
}

function klCategorical(c: ColumnMetrics, po: { values: unknown[]; weights: number[] }, tail: number): number {
  const observed = new Map<string, number>();
  for (const e of c.values!) observed.set(valueKey(e.value), e.count / c.nonNull);
  const keys = po.values.map(valueKey);
  const expected = new Map<string, number>(keys.map((k, i) => [k, po.weights[i]!]));
  const all = [...new Set([...keys, ...observed.keys()])];
  const missingExpected = all.filter((k) => !expected.has(k)).length;
  const pk = all.map((k) => observed.get(k) ?? 0);
  const qk = all.map((k) => (expected.has(k) ? expected.get(k)! * (missingExpected > 0 ? 1 - tail : 1) : tail / missingExpected));
  return entropy(pk, qk);
}

function klContinuous(c: ColumnMetrics, po: { bins: number[]; weights: number[]; tail_weights?: number[] }, tail: number, internal: number): number {
  const h = c.histograms!.find((x) => x.bins === po.bins) ?? c.histograms![0]!;
  const n = c.nonNull;
  const obs = h.counts.map((x) => x / n);
  let exp = po.weights.map((w) => w * (1 - tail - internal));
  if (internal > 0) {
    const zeros = exp.filter((w) => w === 0).length;
    if (zeros > 0) exp = exp.map((w) => (w === 0 ? internal / zeros : w));
  }
  const below = h.below / n;
  const above = h.above / n;
  const lowInf = po.bins[0] === -Infinity;
  const highInf = po.bins[po.bins.length - 1] === Infinity;
  let ce: number[];
  let co: number[];
  if (lowInf && highInf) {
    ce = exp;
    co = obs;
  } else if (lowInf) {
    ce = [...exp, tail];
    co = [...obs, above];
  } else if (highInf) {
    ce = [tail, ...exp];
    co = [below, ...obs];
  } else {
    ce = po.tail_weights ? [po.tail_weights[0]!, ...exp, po.tail_weights[1]!] : [tail / 2, ...exp, tail / 2];
    co = [below, ...obs, above];
  }
  return entropy(co, ce);
}
