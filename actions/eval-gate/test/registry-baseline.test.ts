import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegistry } from '@mlgate/registry';
import { S3Server } from '../../../test/support/object-stores.js';
import { ROOT, runAction } from '../../../test/support/run-action.js';

const s3 = new S3Server('models');
beforeAll(() => s3.start());
afterAll(() => s3.stop());

const EX = join(ROOT, 'examples/breast-cancer');

describe('actions/eval-gate with production from the registry (bundle as a process)', () => {
  it.each(['file', 's3'])('gates a candidate against the metrics deploy recorded with the production version (%s://)', async (kind) => {
    const d = mkdtempSync(join(tmpdir(), 'mlgate-eg-reg-'));
    // production's evaluation, as eval-gate wrote it when production was the candidate
    const first = await runAction('eval-gate', { inputs: { config: join(EX, 'gate.yml'), predictions: join(EX, 'predictions/production.csv'), comment: 'never', baseline: 'none', 'fail-on': 'never' } });
    const url = kind === 's3' ? 's3://models/eval' : `file://${join(d, 'registry')}`;
    const env = kind === 's3' ? s3.env() : {};
    Object.assign(process.env, env);
    const registry = openRegistry(url);
    const v = await registry.publish('malignancy-screen', { model: join(EX, 'models/production'), who: 'test', attachments: [{ role: 'evaluation', file: first.outputs.report! }] });
    await registry.promote('malignancy-screen', 'production', v.version, { who: 'test' });

    writeFileSync(join(d, 'gate.yml'), 'task: binary\nlabel: malignant\nprediction: score\nrules:\n  roc_auc: { max-drop: 0.001 }\n');
    const r = await runAction('eval-gate', { inputs: { config: join(d, 'gate.yml'), predictions: join(EX, 'predictions/candidate.csv'), registry: url, model: 'malignancy-screen', comment: 'never' }, env });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stderr).toBe('');
    if (kind === 's3') expect(r.stdout).toContain(`::add-mask::${s3.secretAccessKey}`);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.data.baselineSource).toBe(`malignancy-screen 1 (production) in ${kind === 's3' ? url : `file://${join(d, 'registry')}`}, as evaluated when deployed`);
    const auc = report.data.metrics.find((m: { name: string }) => m.name === 'roc_auc');
    const before = JSON.parse(readFileSync(first.outputs.report!, 'utf8')).data.metrics.find((m: { name: string }) => m.name === 'roc_auc').candidate;
    expect(auc.baseline).toBe(before);
    expect(auc.delta).toBeCloseTo(auc.candidate - before, 12);
    expect(auc.status).toBe('pass');
  });

  it('says so when the alias does not exist yet, and judges thresholds only', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mlgate-eg-reg-'));
    const r = await runAction('eval-gate', { inputs: { config: join(EX, 'gate.yml'), predictions: join(EX, 'predictions/candidate.csv'), registry: `file://${join(d, 'empty')}`, model: 'malignancy-screen', comment: 'never' } });
    expect(r.code).toBe(0);
    expect(r.annotations.find((a) => a.level === 'notice')!.message).toMatch(/has no "production" alias .* yet/);
  });
});
