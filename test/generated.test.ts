import { describe, expect, it } from 'vitest';
import { stale } from '../packages/cli/src/dev/generate.js';

describe('generated files', () => {
  it('docs/<action>.md input/output tables and schema/*.schema.json match action.yml and the zod schemas', () => {
    expect(stale(), 'run `pnpm generate` and commit the result').toEqual([]);
  });
});
