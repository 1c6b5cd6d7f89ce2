import { BinaryData } from './binary.js';
import { MulticlassData } from './multiclass.js';
import { RegressionData } from './regression.js';
import type { TaskData } from './catalog.js';

/** Rows of a column (row-major, `width` values per row) in the order given. */
export function pickRows<T extends Float64Array | Uint8Array | Int32Array>(a: T, rows: Int32Array, width = 1): T {
  const out = new (a.constructor as new (n: number) => T)(rows.length * width);
  for (let i = 0; i < rows.length; i++) for (let j = 0; j < width; j++) out[i * width + j] = a[rows[i]! * width + j]!;
  return out;
}

/**
 * The same task's data on some of its rows (a slice or a group), in the order given. A slice gets
 * its own prepared data so its metrics and resamples cost its own size, not the whole file's.
 */
export function subsetData(d: TaskData, rows: Int32Array): TaskData {
  if (d instanceof BinaryData) return Object.assign(new BinaryData(pickRows(d.y, rows), pickRows(d.score, rows), d.threshold), { calibration: d.calibration });
  if (d instanceof MulticlassData) return Object.assign(new MulticlassData(pickRows(d.y, rows), pickRows(d.pred, rows), d.classes, d.proba ? pickRows(d.proba, rows, d.k) : undefined), { calibration: d.calibration });
  return new RegressionData(pickRows(d.y, rows), pickRows(d.pred, rows));
}

/** The weights of some rows, gathered from the whole data's weights (a resample's draw counts). */
export function gatherWeights(counts: Int32Array | Uint8Array | undefined, rows: Int32Array, into?: Int32Array): Int32Array | undefined {
  if (!counts) return undefined;
  const out = into ?? new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = counts[rows[i]!]!;
  return out;
}
