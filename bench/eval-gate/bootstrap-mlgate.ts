// mlgate's paired bootstrap of ROC AUC (the code eval-gate runs), timed apart from data generation.
import { BinaryData, computeMetrics, pairedBootstrap } from '../../packages/metrics/src/index.js';
import { generate } from './gen.js';

const n = Number(process.argv[2] ?? 1_000_000);
const resamples = Number(process.argv[3] ?? 1000);
const { y, a, b } = generate(n);
const t0 = performance.now();
const cand = new BinaryData(y, a, 0.5);
const base = new BinaryData(y, b, 0.5);
const point = computeMetrics('binary', cand, ['roc_auc']).roc_auc! - computeMetrics('binary', base, ['roc_auc']).roc_auc!;
const ci = pairedBootstrap('binary', cand, base, ['roc_auc'], { resamples, seed: 7, confidence: 0.95 });
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ n, resamples, seconds, point, lo: ci.roc_auc!.lo, hi: ci.roc_auc!.hi, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
