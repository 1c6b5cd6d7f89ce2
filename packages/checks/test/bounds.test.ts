import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@mlgate/core';
import { describe, expect, it } from 'vitest';
import { loadSuite, runDataCheck } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-bounds-'));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function configError(run: () => Promise<unknown> | unknown): Promise<ConfigurationError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError, the run went through');
}

const numbers = file('numbers.csv', 'name,n\nada,3\nbob,7\ncy,12\n');
const typed = file('numbers.jsonl', '{"name":"ada","n":3}\n{"name":"bob","n":7}\n');
const geSuite = (name: string, kwargs: Record<string, unknown>, type = 'expect_column_values_to_be_between') =>
  file(name, JSON.stringify({ expectation_suite_name: 's', expectations: [{ expectation_type: type, kwargs }] }, null, 2) + '\n');

describe('a text bound on a numeric column is a configuration error at its line', () => {
  it('mlgate: min: "lots" on a numeric column (CSV and JSON Lines)', async () => {
    const suite = file('lots.yml', 'columns:\n  name: { nullable: false }\n  n: { min: "lots", max: 20 }\n');
    for (const data of [numbers, typed]) {
      const e = await configError(() => runDataCheck({ suite: loadSuite(suite), data }));
      expect(e.location).toEqual({ file: suite, line: 3, column: 8, field: 'columns.n.min' });
      expect(e.message).toMatch(/"min" is "lots": column "n" holds numbers; a bound must be a number/);
      expect(e.oneLine()).toMatch(/lots\.yml:3:8: /);
    }
  });
  it('mlgate: a column declared numeric is refused when the suite is read', async () => {
    const suite = file('typed.yml', 'columns:\n  n:\n    type: integer\n    max: lots\n');
    const e = await configError(() => loadSuite(suite));
    expect(e.location).toEqual({ file: suite, line: 4, column: 5, field: 'columns.n.max' });
  });
  it('GE: min_value "lots" for expect_column_values_to_be_between on a numeric column', async () => {
    const suite = geSuite('lots.json', { column: 'n', min_value: 'lots', max_value: 20 });
    const e = await configError(() => runDataCheck({ suite: loadSuite(suite), data: numbers }));
    expect(e.location).toEqual({ file: suite, line: 8, column: 9, field: 'expectations.0.kwargs.min_value' });
    expect(e.message).toMatch(/"min_value" is "lots": column "n" holds numbers/);
  });
  it('GE: min_value "lots" for expect_column_min_to_be_between stays refused when read', async () => {
    await configError(() => loadSuite(geSuite('min-lots.json', { column: 'n', min_value: 'lots' }, 'expect_column_min_to_be_between')));
  });
  it('text bounds on a text column, numbers, dates and $PARAMETER bounds keep working', async () => {
    const text = await runDataCheck({ suite: loadSuite(geSuite('names.json', { column: 'name', min_value: 'b' })), data: numbers });
    expect(text.results[0]!.verdict).toMatchObject({ success: false });
    expect(text.results[0]!.samples.map((s) => s.value)).toEqual(['ada']);
    const mlText = await runDataCheck({ suite: loadSuite(file('names.yml', 'columns:\n  name: { min: b }\n')), data: numbers });
    expect(mlText.results[0]!.verdict.success).toBe(false);
    const num = await runDataCheck({ suite: loadSuite(file('num.yml', 'columns:\n  n: { min: 0, max: 20 }\n')), data: numbers });
    expect(num.results[0]!.verdict.success).toBe(true);
    const dates = file('dates.csv', 'at\n2024-03-01\n2024-05-01\n');
    const between = await runDataCheck({ suite: loadSuite(geSuite('dates.json', { column: 'at', min_value: '2024-01-01', max_value: '2024-12-31' })), data: dates });
    expect(between.results[0]!.verdict.success).toBe(true);
    const fresh = await runDataCheck({ suite: loadSuite(geSuite('param.json', { column: 'at', min_value: { $PARAMETER: 'now() - timedelta(days=36500)' } }, 'expect_column_max_to_be_between')), data: dates });
    expect(fresh.results[0]!.verdict.success).toBe(true);
  });
});
