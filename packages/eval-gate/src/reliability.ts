import { BinaryData, binaryConfidences, calibrationBins, DEFAULT_CALIBRATION, MulticlassData, topLabelConfidences, type CalibrationBin, type CalibrationOptions, type TaskData } from '@mlgate/metrics';
import { details, formatCount, formatNumber, lineChart, table } from '@mlgate/report';

/** The reliability diagram's figures: each model's non-empty bins (predicted vs observed). */
export interface Reliability extends CalibrationOptions {
  /** Binary: the positive class's score; multiclass: the top label's probability. */
  kind: 'positive score' | 'top label';
  candidate: CalibrationBin[];
  baseline?: CalibrationBin[];
}

function binsOf(d: TaskData, opts: CalibrationOptions): CalibrationBin[] | undefined {
  if (d instanceof BinaryData) return calibrationBins(binaryConfidences(d), undefined, opts);
  if (d instanceof MulticlassData) {
    const c = topLabelConfidences(d);
    return c && calibrationBins(c, undefined, opts);
  }
  return undefined;
}

/** Both models' calibration bins, when the task has probabilities. */
export function reliability(candidate: TaskData, baseline: TaskData | undefined, opts: CalibrationOptions = DEFAULT_CALIBRATION): Reliability | undefined {
  const c = binsOf(candidate, opts);
  if (!c) return undefined;
  return { ...opts, kind: candidate instanceof BinaryData ? 'positive score' : 'top label', candidate: c, baseline: baseline && binsOf(baseline, opts) };
}

const binName = (r: Reliability, b: number) => (r.strategy === 'uniform' ? `${formatNumber(b / r.bins)}–${formatNumber((b + 1) / r.bins)}` : `q${b + 1}`);

/**
 * The reliability diagram: per bin, the mean predicted probability and the observed frequency of
 * each model (a calibrated model's two lines coincide), and the figures in a folded table.
 */
export function renderReliability(r: Reliability): string[] {
  const models = [{ name: 'candidate', bins: r.candidate }, ...(r.baseline ? [{ name: 'production', bins: r.baseline }] : [])];
  const index = (bins: CalibrationBin[]) => new Map(bins.map((b) => [b.bin, b]));
  const maps = models.map((m) => index(m.bins));
  // a chart needs a value in every column: bins empty for either model are left out of it
  const shared = [...maps[0]!.keys()].filter((b) => maps.every((m) => m.has(b))).sort((a, b) => a - b);
  const series = models.flatMap((m, i) => [
    { name: `${m.name} predicted`, values: shared.map((b) => maps[i]!.get(b)!.predicted) },
    { name: `${m.name} observed`, values: shared.map((b) => maps[i]!.get(b)!.observed) },
  ]);
  const what = r.kind === 'top label' ? 'top-label probability' : 'score';
  const out = ['', `#### Calibration (${r.bins} ${r.strategy === 'uniform' ? 'equal-width' : 'equal-frequency'} bins of the ${what})`, ''];
  out.push(lineChart({ title: 'Reliability: predicted vs observed per bin', x: shared.map((b) => binName(r, b)), series, yLabel: 'probability' }));
  out.push(`<sub>Lines in order: ${series.map((s) => s.name).join(', ')}. A calibrated model's observed line follows its predicted line.${shared.length < Math.max(...models.map((m) => m.bins.length)) ? ' Bins empty for one model are only in the table.' : ''}</sub>`);
  const all = [...new Set(models.flatMap((m) => m.bins.map((b) => b.bin)))].sort((a, b) => a - b);
  const header = ['bin', ...models.flatMap((m) => [`${m.name} rows`, `${m.name} predicted`, `${m.name} observed`])];
  const rows = all.map((b) => [binName(r, b), ...maps.flatMap((m) => {
    const x = m.get(b);
    return x ? [formatCount(x.count), formatNumber(x.predicted), formatNumber(x.observed)] : ['0', '—', '—'];
  })]);
  out.push('', details('Reliability figures per bin', table(header, rows, header.map((_, i) => (i === 0 ? 'l' : 'r')))));
  return out;
}
