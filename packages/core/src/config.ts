import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { ConfigurationError, DataError, type SourceLocation } from './errors.js';
import { closest } from './suggest.js';

/** A parsed YAML/JSON document that can say where each value came from. */
export interface LocatedDocument {
  file: string;
  value: unknown;
  /** Position of the value at a path (or of its key, with `key: true`), as far as the path exists. */
  locate(path: ReadonlyArray<PropertyKey>, opts?: { key?: boolean }): SourceLocation;
}

export function readTextFile(file: string, what = 'file'): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DataError(`${what} not found`, { file });
    if (code === 'EISDIR') throw new DataError(`${what} is a directory, expected a file`, { file });
    throw new DataError(`cannot read ${what}: ${(e as Error).message}`, { file });
  }
}

/** Parse YAML or JSON text (JSON is YAML) keeping positions for error messages. */
export function parseLocated(text: string, file: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = lineCounter.linePos(err.pos[0]);
    throw new ConfigurationError(`invalid YAML/JSON: ${err.message.split('\n')[0]}`, { file, line: pos.line, column: pos.col });
  }
  const value = doc.toJS({ maxAliasCount: 100 });
  const locate = (path: ReadonlyArray<PropertyKey>, opts: { key?: boolean } = {}): SourceLocation => {
    let node: unknown = doc.contents;
    let last: Node | undefined = doc.contents ?? undefined;
    for (let depth = 0; depth < path.length; depth++) {
      const key = path[depth]!;
      if (isMap(node)) {
        const pair = node.items.find((p) => {
          const k = p.key as { value?: unknown } | null;
          return k !== null && typeof k === 'object' && String(k.value) === String(key);
        });
        if (!pair) break;
        last = (pair.key as Node) ?? last;
        node = pair.value;
        if (opts.key && depth === path.length - 1) break;
        if (node && typeof node === 'object' && 'range' in (node as object)) last = node as Node;
      } else if (isSeq(node)) {
        const item = node.items[Number(key)];
        if (!item) break;
        node = item;
        last = item as Node;
      } else break;
    }
    const field = path.map(String).join('.') || undefined;
    if (last && last.range) {
      const pos = lineCounter.linePos(last.range[0]);
      return { file, line: pos.line, column: pos.col, field };
    }
    return { file, field };
  };
  return { file, value, locate };
}

/** Turn the first zod issue into a one-line error that names file, line and field. */
export function zodToConfigError(error: z.ZodError, doc: Pick<LocatedDocument, 'file' | 'locate'> | { file: string; locate?: undefined }, what = 'config'): ConfigurationError {
  const issue = error.issues[0]!;
  let path = issue.path as PropertyKey[];
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const known = knownKeysAt(error, issue) ?? [];
    const hint = closest(key, known);
    path = [...path, key];
    message = `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : known.length ? `; expected one of ${known.join(', ')}` : ''}`;
  } else if (issue.code === 'invalid_value' && 'values' in issue && path.length > 0) {
    const got = valueAt(doc, path);
    const hint = typeof got === 'string' ? closest(got, (issue.values as unknown[]).map(String)) : undefined;
    message = `expected one of ${(issue.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got !== undefined ? `, got ${JSON.stringify(got)}` : ''}${hint ? `; did you mean "${hint}"?` : ''}`;
  }
  const loc = doc.locate ? doc.locate(path, { key: issue.code === 'unrecognized_keys' }) : { file: doc.file };
  const field = path.map(String).join('.');
  return new ConfigurationError(`${what}${field ? ` field "${field}"` : ''}: ${message}`, { ...loc, field: undefined });
}

function valueAt(doc: object, path: PropertyKey[]): unknown {
  let v: unknown = (doc as { value?: unknown }).value;
  for (const k of path) {
    if (v && typeof v === 'object') v = (v as Record<string, unknown>)[String(k)];
    else return undefined;
  }
  return v;
}

const shapeRegistry = new WeakMap<z.ZodError, string[]>();
function knownKeysAt(error: z.ZodError, _issue: unknown): string[] | undefined {
  return shapeRegistry.get(error);
}

/** Keys a strict object accepts, used for "did you mean" on unknown keys. */
function collectKeys(schema: z.ZodType, path: PropertyKey[]): string[] | undefined {
  let s: z.ZodType | undefined = schema;
  for (const k of path) {
    s = unwrap(s);
    if (!s) return undefined;
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(k)];
    else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return undefined;
  }
  s = unwrap(s);
  if (s instanceof z.ZodObject) return Object.keys(s.shape);
  return undefined;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  for (let i = 0; i < 10 && cur; i++) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
    else if (cur instanceof z.ZodPipe) cur = cur.in as z.ZodType;
    else break;
  }
  return cur;
}

/** Validate an already parsed value; errors carry file/line/field when a LocatedDocument is given. */
export function validate<S extends z.ZodType>(schema: S, doc: LocatedDocument, what = 'config'): z.output<S> {
  const result = schema.safeParse(doc.value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const keys = collectKeys(schema, issue.path as PropertyKey[]);
    if (keys) shapeRegistry.set(result.error, keys);
  }
  throw zodToConfigError(result.error, doc, what);
}

/** Read a YAML or JSON file and validate it with a zod schema. */
export function loadConfig<S extends z.ZodType>(file: string, schema: S, what = 'config'): z.output<S> {
  const text = readTextFile(file, `${what} file`);
  if (text.trim() === '') throw new ConfigurationError(`${what} file is empty`, { file });
  return validate(schema, parseLocated(text, file), what);
}

/** Parse JSON that came from outside (an API answer, a report file) with a schema; never trust its shape. */
export function parseExternalJson<S extends z.ZodType>(text: string, schema: S, source: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DataError(`invalid JSON: ${(e as Error).message}`, { file: source });
  }
  const result = schema.safeParse(value);
  if (!result.success) throw zodToConfigError(result.error, { file: source }, 'JSON');
  return result.data;
}
