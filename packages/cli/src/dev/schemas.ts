import type { z } from 'zod';
import { gateConfigSchema } from '@mlgate/eval-gate';
import { shadowConfigSchema } from '@mlgate/shadow';
import { mlgateSuiteSchema } from '@mlgate/checks';
import { rulesSchema as monitorRulesSchema } from '@mlgate/monitor';

/** Config files users write, by schema file name (schema/<name>.schema.json). */
export const SCHEMAS: Record<string, z.core.$ZodType> = {
  'eval-gate': gateConfigSchema,
  'shadow-compare': shadowConfigSchema,
  'data-check': mlgateSuiteSchema,
  monitor: monitorRulesSchema,
};
