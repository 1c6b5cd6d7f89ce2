import { join } from 'node:path';
import { quote } from 'shell-quote';
import type { DemoStep } from './demo-step.js';

/** Every gate on the example: the checks of a pull request, then a deploy, a promotion and a rollback. */
export const DEMO_STEPS: DemoStep[] = [
  {
    title: 'data-check: the holdout against its suite, and drift against the training profile',
    command: 'data-check',
    args: (ex, out) => ['--suite', join(ex, 'data-suite.yml'), '--data', join(ex, 'data/holdout.csv'), '--reference', join(ex, 'data/train.profile.json'), '--name', 'holdout-data', '--out', join(out, 'data-check')],
  },
  {
    title: 'eval-gate: candidate vs production on the holdout, with paired bootstrap intervals',
    command: 'eval-gate',
    args: (ex, out) => ['--config', join(ex, 'gate.yml'), '--predictions', join(ex, 'predictions/candidate.csv'), '--baseline-predictions', join(ex, 'predictions/production.csv'), '--name', 'malignancy', '--out', join(out, 'eval-gate')],
  },
  {
    title: 'eval-gate, roles swapped: the weaker model as the candidate is blocked',
    command: 'eval-gate',
    args: (ex, out) => ['--config', join(ex, 'gate.yml'), '--predictions', join(ex, 'predictions/production.csv'), '--baseline-predictions', join(ex, 'predictions/candidate.csv'), '--name', 'malignancy-regression', '--out', join(out, 'eval-gate-blocked')],
    expectFailure: true,
  },
  {
    title: 'shadow-compare: both models answer the recorded requests (model servers started as processes)',
    command: 'shadow-compare',
    args: (ex, out) => [
      '--inputs', join(ex, 'replay.jsonl'),
      '--candidate', `command: ${quote(['node', join(ex, 'serve.mjs'), join(ex, 'models/candidate/model.json'), '--stdin'])}`,
      '--production', `command: ${quote(['node', join(ex, 'serve.mjs'), join(ex, 'models/production/model.json'), '--stdin'])}`,
      '--config', join(ex, 'shadow.yml'), '--name', 'shadow', '--out', join(out, 'shadow-compare'),
    ],
  },
  {
    title: 'deploy: the model in production today, published and promoted (version 1) with its lineage: the data it was trained on, its profile and its evaluation on the holdout (step 3)',
    command: 'deploy',
    args: (ex, out) => ['--registry', `file://${join(out, 'registry')}`, '--name', 'malignancy-screen', '--model', join(ex, 'models/production'), '--promote', 'production', '--metrics-report', join(out, 'eval-gate-blocked/report.json'), '--data-profile', join(ex, 'data/train.profile.json'), '--data', join(ex, 'data/train.csv'), '--reason', 'initial production model', '--out', join(out, 'deploy-v1')],
  },
  {
    title: 'deploy: the candidate, with its evaluation and data profile as lineage, promoted to production',
    command: 'deploy',
    args: (ex, out) => ['--registry', `file://${join(out, 'registry')}`, '--name', 'malignancy-screen', '--model', join(ex, 'models/candidate'), '--promote', 'production', '--metrics-report', join(out, 'eval-gate/report.json'), '--data-profile', join(ex, 'data/train.profile.json'), '--reason', 'passed eval-gate malignancy', '--out', join(out, 'deploy-v2')],
  },
  {
    title: 'deploy --rollback: production back to its previous version, recorded in the alias history',
    command: 'deploy',
    args: (ex, out) => ['--registry', `file://${join(out, 'registry')}`, '--name', 'malignancy-screen', '--rollback', 'production', '--reason', 'demo: roll back', '--out', join(out, 'rollback')],
  },
];
