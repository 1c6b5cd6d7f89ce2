import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import * as z from 'zod/mini';
import { ConfigurationError, DataError, type SourceLocation } from './errors.js';
import { issuesToErrors } from './config-issues.js';

// zod/mini, not zod's classic API, on the start-up path of every action: the same validation and
// issues in less code to load. English messages; and no compiled fast path (`new Function` per object
// schema): configs are parsed once a run, and compiling costs more start-up time than it saves.
z.config({ ...z.locales.en(), jitless: true });

type Schema = z.core.$ZodType;

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

/** A node of the parsed text: where it starts and ends, what it became, and its children in order (a mapping's alternate key, value). */
interface TextNode {
  start: number;
  end: number;
  result?: unknown;
  kids: TextNode[];
}

/** Values a document may expand to through aliases (YAML's "billion laughs" stops here). */
const MAX_NODES = 100_000;

/**
 * Parse YAML or JSON text (JSON is YAML) keeping positions for error messages. YAML 1.2's core schema
 * (`yes` and `on` stay strings, no dates), duplicate keys an error. js-yaml reads it (a quarter of the
 * start-up cost of the full YAML toolkit), and its parse events give each node's place in the text.
 */
export function parseLocated(text: string, file: string): LocatedDocument {
  const root: TextNode = { start: 0, end: text.length, kids: [] };
  const stack: TextNode[] = [root];
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_SCHEMA,
      filename: file,
      listener(type, state) {
        if (type === 'open') {
          const node: TextNode = { start: state.position, end: -1, kids: [] };
          stack[stack.length - 1]!.kids.push(node);
          stack.push(node);
        } else {
          const node = stack.pop()!;
          node.end = state.position;
          node.result = state.result;
        }
      },
    });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const mark = e.mark as { line?: number; column?: number } | undefined;
    throw new ConfigurationError(`invalid YAML/JSON: ${e.reason}`, { file, line: mark?.line !== undefined ? mark.line + 1 : undefined, column: mark?.column !== undefined ? mark.column + 1 : undefined });
  }
  if (countValues(value, MAX_NODES) > MAX_NODES) throw new ConfigurationError(`invalid YAML/JSON: aliases expand to more than 100,000 values`, { file });
  let lineStarts: number[] | undefined;
  const position = (offset: number): { line: number; column: number } => {
    lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const locate = (path: ReadonlyArray<PropertyKey>, opts: { key?: boolean } = {}): SourceLocation => {
    let node = unwrapNode(root.kids[0]);
    let last = node;
    for (let depth = 0; depth < path.length && node; depth++) {
      const key = path[depth]!;
      if (Array.isArray(node.result)) {
        node = unwrapNode(node.kids[Number(key)]);
        if (!node) break;
        last = node;
      } else if (node.result !== null && typeof node.result === 'object' && node.kids.length % 2 === 0) {
        const kids = node.kids;
        let at = -1;
        for (let i = 0; i < kids.length; i += 2) if (String(kids[i]!.result) === String(key)) at = i;
        if (at < 0) break;
        last = kids[at];
        if (opts.key && depth === path.length - 1) break;
        node = unwrapNode(kids[at + 1]);
        if (node) last = node;
      } else break;
    }
    const field = path.map(String).join('.') || undefined;
    if (!last) return { file, field };
    const { line, column } = position(skipTrivia(text, last.start, last.end));
    return { file, line, column, field };
  };
  return { file, value, locate };
}

/** A node that only wraps the same value (a sequence item, the document) stands for its child. */
function unwrapNode(node: TextNode | undefined): TextNode | undefined {
  let cur = node;
  while (cur && cur.kids.length === 1 && cur.kids[0]!.result === cur.result) cur = cur.kids[0];
  return cur;
}

/** From a node's start past blanks, line breaks and comments to its first character. */
function skipTrivia(text: string, from: number, end: number): number {
  let i = from;
  const stop = end > from ? end : text.length;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35) while (i < stop && text.charCodeAt(i) !== 10) i++;
    else break;
  }
  return i < stop ? i : from;
}

/** Values in a parsed document, counting each alias's expansion, up to a limit. */
function countValues(value: unknown, limit: number): number {
  let n = 0;
  const todo: unknown[] = [value];
  while (todo.length > 0 && n <= limit) {
    const v = todo.pop();
    n++;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) todo.push(child);
  }
  return n;
}

/**
 * Validate an already parsed value. Every mistake is reported at once, in file order, each with its
 * line and column: the schema's issues and those `more` finds (checks a schema cannot express, such
 * as names valid only for the task the file sets; it reads the raw value, so it runs even when the
 * schema failed elsewhere).
 */
export function validate<S extends Schema>(schema: S, doc: LocatedDocument, what = 'config', more?: (value: unknown) => ConfigurationError[]): z.output<S> {
  const result = z.safeParse(schema, doc.value);
  const problems = [...(result.success ? [] : issuesToErrors(result.error.issues, doc, schema, what)), ...(more?.(doc.value) ?? [])];
  if (problems.length > 0) throw ConfigurationError.all(problems);
  return result.data as z.output<S>;
}

/** Read a YAML or JSON file and validate it with a zod schema. */
export function loadConfig<S extends Schema>(file: string, schema: S, what = 'config', more?: (value: unknown, doc: LocatedDocument) => ConfigurationError[]): z.output<S> {
  const text = readTextFile(file, `${what} file`);
  if (text.trim() === '') throw new ConfigurationError(`${what} file is empty`, { file });
  const doc = parseLocated(text, file);
  return validate(schema, doc, what, more && ((v) => more(v, doc)));
}

/** Parse JSON that came from outside (an API answer, a report file) with a schema; never trust its shape. */
export function parseExternalJson<S extends Schema>(text: string, schema: S, source: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DataError(`invalid JSON: ${(e as Error).message}`, { file: source });
  }
  const result = z.safeParse(schema, value);
  if (!result.success) throw ConfigurationError.all(issuesToErrors(result.error.issues, { file: source, value }, schema, 'JSON'));
  return result.data;
}
