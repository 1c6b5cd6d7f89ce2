import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { blocks, ConfigurationError, loadConfig, passed, readInputs, worst } from '../src/index.js';

const schema = z.strictObject({
  task: z.enum(['binary', 'regression']),
  nested: z.strictObject({ threshold: z.number().default(0.5) }).optional(),
  rules: z.record(z.string(), z.strictObject({ min: z.number().optional() })).default({}),
});

function file(text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), 'mlgate-core-')), 'cfg.yml');
  writeFileSync(f, text);
  return f;
}

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as ConfigurationError).oneLine();
  }
  throw new Error('expected an error');
}

describe('loadConfig: errors name file, line, column and field', () => {
  it('parses valid YAML and JSON with defaults', () => {
    expect(loadConfig(file('task: binary\nnested: {}\n'), schema)).toEqual({ task: 'binary', nested: { threshold: 0.5 }, rules: {} });
    expect(loadConfig(file('{"task": "regression"}'), schema).task).toBe('regression');
  });
  it('a YAML syntax error', () => {
    expect(message(() => loadConfig(file('task: binary\nrules: [\n'), schema))).toMatch(/cfg\.yml:\d+:\d+: invalid YAML\/JSON/);
  });
  it('a wrong type deep in the file', () => {
    expect(message(() => loadConfig(file('task: binary\nrules:\n  auc:\n    min: high\n'), schema))).toMatch(/cfg\.yml:4:10: config field "rules\.auc\.min": .*expected number/);
  });
  it('an unknown nested key, with the closest known one', () => {
    expect(message(() => loadConfig(file('task: binary\nnested:\n  treshold: 0.3\n'), schema))).toMatch(/cfg\.yml:3:3: config field "nested\.treshold": unknown key "treshold"; did you mean "threshold"\?$/);
  });
  it('a missing required key', () => {
    expect(message(() => loadConfig(file('rules: {}\n'), schema))).toMatch(/cfg\.yml:1:1: config field "task": expected one of "binary", "regression"/);
  });
  it('a missing or empty file', () => {
    expect(() => loadConfig('/nonexistent/cfg.yml', schema)).toThrow(/config file not found/);
    expect(message(() => loadConfig(file('  \n'), schema))).toMatch(/cfg\.yml: config file is empty/);
  });
});

describe('inputs and verdicts', () => {
  it('reads inputs once, empty is unset, enums name the input', () => {
    const s = z.object({ mode: z.enum(['a', 'b']).default('a'), path: z.string() });
    expect(readInputs(s, (n) => ({ mode: '', path: 'x' })[n])).toEqual({ mode: 'a', path: 'x' });
    expect(() => readInputs(s, (n) => ({ mode: 'c', path: 'x' })[n])).toThrow('input "mode": expected one of a, b (got "c")');
    expect(() => readInputs(s, () => undefined)).toThrow('input "path" is required');
  });
  it('fail-on decides blocking; passed reports the verdict', () => {
    expect(worst(['pass', 'warn', 'skip'])).toBe('warn');
    expect(blocks('warn', 'fail')).toBe(false);
    expect(blocks('warn', 'warn')).toBe(true);
    expect(blocks('fail', 'never')).toBe(false);
    expect(passed('fail', 'never')).toBe(false);
    expect(passed('warn', 'never')).toBe(true);
  });
});
