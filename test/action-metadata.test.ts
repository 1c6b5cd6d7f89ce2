import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { commonInputs } from '@mlgate/core';
import { ROOT } from './support/run-action.js';

/**
 * Each action's own input schema (what `readInputs` accepts) and which of the runner's common inputs
 * (name, comment, fail-on, github-token) its action.yml declares.
 */
const ALL_COMMON = Object.keys(commonInputs);
const INPUTS: Record<string, () => Promise<{ schema: z.core.$ZodObject; common: string[] }>> = {
  'eval-gate': async () => ({ schema: (await import('@mlgate/eval-gate')).evalGateInputs, common: ALL_COMMON }),
  'data-check': async () => ({ schema: (await import('@mlgate/checks')).dataCheckInputs, common: ALL_COMMON }),
  'shadow-compare': async () => ({ schema: (await import('@mlgate/shadow')).shadowInputs, common: ALL_COMMON }),
  // a deploy is not a gate: no comment and no fail-on; "name" is the model's name
  deploy: async () => ({ schema: (await import('@mlgate/registry')).deployInputs, common: ['name', 'github-token'] }),
  monitor: async () => ({ schema: (await import('../packages/monitor/src/index.js')).monitorInputs, common: ALL_COMMON }),
  comment: async () => ({ schema: (await import('../actions/comment/src/main.js')).inputSchema, common: [] }),
};

const actions = readdirSync(join(ROOT, 'actions')).filter((d) => existsSync(join(ROOT, 'actions', d, 'action.yml')));

describe('action.yml matches the code', () => {
  it('every action is listed here', () => {
    expect(actions.sort()).toEqual(Object.keys(INPUTS).sort());
  });
  for (const name of actions) {
    it(name, async () => {
      const meta = parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
      expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
      expect(existsSync(join(ROOT, 'actions', name, 'dist/index.js'))).toBe(true);
      expect(meta.branding?.icon && meta.branding?.color).toBeTruthy();
      for (const [k, v] of Object.entries<{ description?: string }>({ ...meta.inputs, ...meta.outputs })) expect(v.description, `${name}: ${k} has a description`).toBeTruthy();
      const { schema, common } = await INPUTS[name]!();
      const expected = [...new Set([...Object.keys(schema._zod.def.shape), ...common])].sort();
      expect(Object.keys(meta.inputs).sort()).toEqual(expected);
    });
  }
});
