import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportIn, type DemoStep } from './demo-step.js';

const MODEL = 'malignancy-screen';
const registry = (out: string) => `file://${join(out, 'registry')}`;

interface DeployData {
  version?: string;
  action?: string;
  previous?: { version?: string } | null;
  lineage?: { attachments?: Array<{ role?: string; digest?: string }> };
}

/** What a deploy step must have done to the production alias. */
function moved(dir: string, action: string, from: string, to?: string): string | undefined {
  const d = reportIn(dir)?.data as DeployData | undefined;
  if (!d) return 'no report.json';
  if (d.action !== action || d.previous?.version !== from || (to !== undefined && d.version !== to)) {
    return `expected ${action} of production from ${from}${to ? ` to ${to}` : ''}, the report says ${d.action ?? '?'} from ${d.previous?.version ?? '(unset)'} to ${d.version ?? '?'}`;
  }
  return undefined;
}

/**
 * The retraining loop of examples/breast-cancer/retrain.yml, run here step by step on the registry the
 * steps before it filled: production is version 1 again after their rollback, and its inputs drift.
 */
export const RETRAINING_LOOP: DemoStep[] = [
  {
    part: {
      title: 'The retraining loop',
      intro:
        'Production is version 1 again, after the rollback above. Weeks later the screen runs at a referral clinic and its inputs drift (data/production-batch.csv, made by drift.mjs). ' +
        'What retrain.yml does on GitHub, step by step: the monitor finds the drift and asks for retraining; the model is retrained on the newly labelled rows (retrain.mjs, Node only); ' +
        'the new training data is checked against the profile kept with production and the retrained model is gated against production’s evaluation from the registry; it is promoted, then rolled back, and the alias history says who moved it and why.',
    },
    title: 'monitor: recent production rows against the profile kept with production in the registry: drift, retraining requested',
    command: 'monitor',
    label: 'Report (on GitHub: the job summary, and the drift issue)',
    args: (ex, out) => ['--data', join(ex, 'data/production-batch.csv'), '--registry', registry(out), '--name', MODEL, '--alias', 'production', '--retrain', 'retrain.yml', '--fail-on', 'never', '--out', join(out, 'monitor')],
    check: ({ dir }) => {
      const d = reportIn(dir)?.data as { drifted?: boolean; retrain?: { request?: { event?: string; workflow?: string } } } | undefined;
      if (d?.drifted !== true) return 'the monitor found no drift in the drifted batch';
      if (d.retrain?.request?.event !== 'workflow_dispatch' || d.retrain.request.workflow !== 'retrain.yml') return 'the report holds no retraining request for retrain.yml';
      return undefined;
    },
    outcome: ({ dir }) => {
      const d = reportIn(dir)?.data as { driftedFeatures?: number; compared?: number } | undefined;
      return `drift found (${d?.driftedFeatures} of ${d?.compared} columns); retraining requested: workflow_dispatch of retrain.yml (sent by the action, not from a terminal)`;
    },
  },
  {
    title: 'retrain: the 30-feature logistic regression fitted again on the training split and the newly labelled production rows (Newton’s method, in Node)',
    command: 'node',
    args: (ex, out) => [join(ex, 'retrain.mjs'), '--new', join(ex, 'data/production-batch.csv'), '--out', join(out, 'retrain')],
    markdown: 'report.md',
    check: ({ dir }) => (['models/retrained/model.json', 'predictions/retrained.csv', 'data/train.csv'].every((f) => existsSync(join(dir, f))) ? undefined : 'the retrained model, its holdout scores or its training data is missing'),
  },
  {
    title: 'data-check: the new training data against the profile kept with production (version 1)',
    command: 'data-check',
    args: (ex, out) => ['--suite', join(ex, 'data-suite.yml'), '--data', join(out, 'retrain/data/train.csv'), '--reference', join(ex, 'data/train.profile.json'), '--profile-out', join(out, 'retrain/data/train.profile.json'), '--name', 'training-data', '--out', join(out, 'retrain-data-check')],
    check: ({ dir, ex, out }) => {
      // the reference file must be the very profile the registry keeps with production
      const v1 = reportIn(join(out, 'deploy-v1'))?.data as DeployData | undefined;
      const kept = v1?.lineage?.attachments?.find((a) => a.role === 'data-profile')?.digest;
      if (!kept) return 'version 1 has no data profile in the registry';
      if (`sha256:${createHash('sha256').update(readFileSync(join(ex, 'data/train.profile.json'))).digest('hex')}` !== kept) return 'the reference is not the profile kept with version 1';
      return existsSync(join(dir, '../retrain/data/train.profile.json')) ? undefined : 'no profile of the new training data was written';
    },
  },
  {
    title: 'eval-gate: the retrained model against production’s evaluation from the registry (baseline: registry)',
    command: 'eval-gate',
    args: (ex, out) => ['--config', join(ex, 'gate.yml'), '--predictions', join(out, 'retrain/predictions/retrained.csv'), '--baseline', 'registry', '--registry', registry(out), '--model', MODEL, '--alias', 'production', '--name', 'malignancy-retrained', '--out', join(out, 'retrain-eval-gate')],
    check: ({ dir }) => {
      const source = (reportIn(dir)?.data as { baselineSource?: string } | undefined)?.baselineSource ?? '';
      return source.startsWith(`${MODEL} 1 (production)`) ? undefined : `the baseline was not production's version 1 from the registry (${source || 'none'})`;
    },
  },
  {
    title: 'deploy: the retrained model published with its lineage (training data, evaluation, data profile) and promoted to production',
    command: 'deploy',
    args: (ex, out) => [
      '--registry', registry(out), '--name', MODEL, '--model', join(out, 'retrain/models/retrained'), '--promote', 'production',
      '--metrics-report', join(out, 'retrain-eval-gate/report.json'), '--data-profile', join(out, 'retrain/data/train.profile.json'), '--data', join(out, 'retrain/data/train.csv'),
      '--reason', 'retrained on drifted production data: passed data-check training-data and eval-gate malignancy-retrained', '--out', join(out, 'retrain-deploy'),
    ],
    check: ({ dir }) => moved(dir, 'promote', '1', '3'),
  },
  {
    title: 'deploy --rollback: production back to version 1',
    command: 'deploy',
    args: (_ex, out) => ['--registry', registry(out), '--name', MODEL, '--rollback', 'production', '--reason', 'demo: the retrained model rolled back', '--out', join(out, 'retrain-rollback')],
    check: ({ dir }) => moved(dir, 'rollback', '3', '1'),
  },
  {
    title: 'registry history: every move of production, by whom and why',
    command: 'registry',
    args: (_ex, out) => ['history', '--registry', registry(out), '--name', MODEL, '--alias', 'production'],
    dir: 'alias-history',
    outcome: () => 'production: 1 → 3 → 1',
    check: ({ output }) => {
      const lines = output.trim().split('\n');
      const last = lines.at(-2) ?? '';
      const rollback = lines.at(-1) ?? '';
      return /promote .*1 → 3 .*retrained on drifted production data/.test(last) && /rollback .*3 → 1 .*the retrained model rolled back/.test(rollback) ? undefined : 'the history does not end with the promotion of version 3 and its rollback';
    },
  },
];
