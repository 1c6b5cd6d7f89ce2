import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { blocks, ConfigurationError, loadConfig, parseLocated, passed, readInputs, worst } from '../src/index.js';

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
    const f = file('task: binary\nrules:\n  auc:\n    min: high\n');
    expect(message(() => loadConfig(f, schema))).toBe(`${f}:4:10: \`rules.auc.min\` is "high"; expected a number`);
  });
  it('an unknown nested key, with the closest known one', () => {
    expect(message(() => loadConfig(file('task: binary\nnested:\n  treshold: 0.3\n'), schema))).toMatch(/cfg\.yml:3:3: unknown key "treshold"; did you mean "threshold"\?$/);
  });
  it('inside a union (a name or an object): the branch the value took, with its "did you mean"', () => {
    const u = z.strictObject({ slices: z.array(z.union([z.string(), z.strictObject({ name: z.string(), where: z.string() })])), groups: z.object({ group: z.string() }).catchall(z.strictObject({ max: z.number().optional() })).optional() });
    expect(message(() => loadConfig(file('slices:\n  - country\n  - { name: old, wher: "age > 3" }\n'), u))).toMatch(/cfg\.yml:3:18: unknown key "wher"; did you mean "where"\?$/);
    expect(message(() => loadConfig(file('slices: [3]\n'), u))).toMatch(/cfg\.yml:1:10: `slices\.0` is 3; expected text or a map with the keys name, where$/);
    expect(message(() => loadConfig(file('slices: []\ngroups: { group: sex, eod: { maxx: 1 } }\n'), u))).toMatch(/unknown key "maxx"; did you mean "max"\?$/);
  });
  it('a missing required key', () => {
    expect(message(() => loadConfig(file('rules: {}\n'), schema))).toMatch(/cfg\.yml:1:1: `task` is missing; expected one of "binary", "regression"$/);
  });
  it('every mistake at once, in file order, in plain words', () => {
    const f = file('rules:\n  auc:\n    mni: 0.8\ntask: binray\nnested:\n  threshold: high\n');
    let err: ConfigurationError | undefined;
    try {
      loadConfig(f, schema);
    } catch (e) {
      err = e as ConfigurationError;
    }
    expect(err?.problems.map((p) => p.oneLine())).toEqual([
      `${f}:3:5: unknown key "mni"; did you mean "min"?`,
      `${f}:4:7: \`task\` is "binray"; expected one of "binary", "regression"; did you mean "binary"?`,
      `${f}:6:14: \`nested.threshold\` is "high"; expected a number`,
    ]);
    expect(err?.oneLine().split('\n')).toHaveLength(3);
    expect(err?.oneLine()).not.toMatch(/Invalid input|received/);
  });
  it('an empty field says what to add; a schema can say what it expects and give an example', () => {
    const withHelp = z.strictObject({
      rules: z.record(z.string(), z.number()).meta({ expected: 'a map of metric names to rules', empty: 'add at least one rule', example: 'roc_auc: { min: 0.8 }' }),
      drop: z.union([z.number(), z.string().regex(/%$/)]).meta({ expected: 'a number or a percentage', example: '2%' }).optional(),
    });
    const f = file('rules:\ndrop: two\n');
    expect(message(() => loadConfig(f, withHelp)).split('\n')).toEqual([
      `${f}:1:7: \`rules\` is empty; add at least one rule such as \`roc_auc: { min: 0.8 }\``,
      `${f}:2:7: \`drop\` is "two"; expected a number or a percentage such as \`2%\``,
    ]);
  });
  it('checks beyond the schema join the same list, in file order', () => {
    const f = file('task: binary\nrules:\n  auc: { min: 2 }\n  f1: { mn: 1 }\n');
    const more = (v: unknown, doc: ReturnType<typeof parseLocated>) =>
      Object.keys((v as { rules: object }).rules).filter((k) => k === 'auc').map((k) => new ConfigurationError(`no metric "${k}"`, doc.locate(['rules', k], { key: true })));
    expect(message(() => loadConfig(f, schema, 'config', more)).split('\n')).toEqual([`${f}:3:3: no metric "auc"`, `${f}:4:9: unknown key "mn"; did you mean "min"?`]);
  });
  it('a missing or empty file', () => {
    expect(() => loadConfig('/nonexistent/cfg.yml', schema)).toThrow(/config file not found/);
    expect(message(() => loadConfig(file('  \n'), schema))).toMatch(/cfg\.yml: config file is empty/);
  });
});

describe('parseLocated: where each value is', () => {
  const text = [
    '# a gate', // 1
    'task: binary', // 2
    'rules:', // 3
    '  # AUC first', // 4
    '  roc_auc: { min: 0.5, max-drop: 0.01 }', // 5
    '  f1:', // 6
    '    min: 0.7', // 7
    'metrics: [accuracy, "f1"]', // 8
    'list:', // 9
    '  - a: 1', // 10
    '    b: 2', // 11
    '  - x', // 12
    'empty:', // 13
    'last: 1', // 14
  ].join('\n');
  const doc = parseLocated(text, 'g.yml');
  const at = (path: Array<string | number>, key = false) => {
    const l = doc.locate(path, { key });
    return `${l.line}:${l.column}`;
  };
  it('values of block and flow mappings, past comments and line breaks', () => {
    expect(at(['task'])).toBe('2:7');
    expect(at(['rules'])).toBe('5:3');
    expect(at(['rules', 'roc_auc'])).toBe('5:12');
    expect(at(['rules', 'roc_auc', 'max-drop'])).toBe('5:34');
    expect(at(['rules', 'f1', 'min'])).toBe('7:10');
    expect(at(['last'])).toBe('14:7');
  });
  it('keys, sequence items, and the nearest existing parent', () => {
    expect(at(['rules', 'f1'], true)).toBe('6:3');
    expect(at(['rules', 'roc_auc', 'min'], true)).toBe('5:14');
    expect(at(['metrics', 1])).toBe('8:21');
    expect(at(['list', 0, 'b'])).toBe('11:8');
    expect(at(['list', 1])).toBe('12:5');
    expect(at(['rules', 'f1', 'nope'])).toBe('7:5');
    expect(at(['empty'], true)).toBe('13:1');
  });
  it("YAML 1.2's core schema: yes and dates stay strings; duplicate keys and alias bombs are errors", () => {
    expect(parseLocated('a: yes\nb: 2024-01-01\nc: 0x10\nd: ~\n', 'f.yml').value).toEqual({ a: 'yes', b: '2024-01-01', c: 16, d: null });
    expect(() => parseLocated('a: 1\nb: 2\na: 3\n', 'f.yml')).toThrow(/duplicated mapping key/);
    try {
      parseLocated('a: 1\nb: 2\na: 3\n', 'f.yml');
    } catch (e) {
      expect((e as ConfigurationError).oneLine()).toMatch(/^f\.yml:3:1: invalid YAML\/JSON: duplicated mapping key/);
    }
    const bomb = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill('*' + 'abcdefg'[i]).join(', ')}]`)].join('\n');
    expect(() => parseLocated(bomb, 'bomb.yml')).toThrow(/aliases expand to more than 100,000 values/);
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
