import * as z from 'zod/mini';
import { ConfigurationError, type SourceLocation } from './errors.js';
import { didYouMean } from './suggest.js';

/**
 * zod's issues in a user's words: every issue of a parse becomes one `ConfigurationError` at its
 * place in the file, saying what is wrong and what was expected, never the validator's own text.
 * What a field expects comes from its schema; a schema may say it better with `withHelp` (or zod's
 * own metadata, `z.meta({ expected, example, empty })`).
 */

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  valueType?: Schema;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  options?: Schema[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  format?: string;
  checks?: Array<{ _zod: { def: { check: string; value?: number; inclusive?: boolean; minimum?: number; format?: string } } }>;
}
const defOf = (s: Schema): Def => s._zod.def as unknown as Def;

/** What a schema may say of itself for error messages (and JSON Schema: `examples`). */
export interface FieldHelp {
  /** What is expected, in words: "a number or a percentage". */
  expected?: string;
  /** One value that would do, shown as `such as …`. */
  example?: string;
  /** What to do when the field is there but empty (`rules:` with nothing after it). */
  empty?: string;
}

/** Words for error messages, kept out of zod's global metadata so the JSON Schemas stay standard. */
export const fieldHelp = z.registry<FieldHelp>();

/** A schema that says in its errors what it expects: `withHelp(fraction, { expected: 'a number or a percentage', example: '2%' })`. */
export function withHelp<S extends Schema>(schema: S, help: FieldHelp): S {
  fieldHelp.add(schema, help);
  return schema;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** The schema's own metadata merged along its wrappers (optional, default, pipe…), the outermost first. */
function helpOf(s: Schema | undefined): FieldHelp {
  const help: FieldHelp = {};
  for (let cur = s, i = 0; cur && i < 10; i++) {
    const meta = (fieldHelp.get(cur) ?? z.globalRegistry.get(cur)) as (FieldHelp & { examples?: unknown[] }) | undefined;
    if (meta) {
      help.expected ??= meta.expected;
      help.example ??= meta.example ?? (meta.examples?.length ? String(meta.examples[0]) : undefined);
      help.empty ??= meta.empty;
    }
    const def = defOf(cur);
    cur = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
  }
  return help;
}

function inner(s: Schema | undefined): Schema | undefined {
  let cur = s;
  for (let i = 0; i < 10 && cur; i++) {
    const def = defOf(cur);
    if (WRAPPERS.has(def.type)) cur = def.innerType;
    else if (def.type === 'pipe') cur = def.in;
    else break;
  }
  return cur;
}

const CONTAINERS = new Set(['object', 'record', 'array']);

/** Through the wrappers, and through a union to its map or list branch (a value that is a name or an object): what a path leads into. */
function container(s: Schema | undefined): Schema | undefined {
  const cur = inner(s);
  if (!cur || defOf(cur).type !== 'union') return cur;
  return inner(defOf(cur).options!.find((o) => CONTAINERS.has(defOf(inner(o) ?? o).type))) ?? cur;
}

/** The schema that validates the value at `path`, as far as objects, records and lists lead (through unions to their map or list branch). */
export function schemaAt(schema: Schema, path: ReadonlyArray<PropertyKey>): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const k of path) {
    const cur = container(s);
    if (!cur) return undefined;
    const def = defOf(cur);
    if (def.type === 'object') s = def.shape![String(k)] ?? def.catchall;
    else if (def.type === 'record') s = def.valueType;
    else if (def.type === 'array') s = def.element;
    else return undefined;
  }
  return s;
}

const num = (v: number) => String(v);

function numberWords(def: Def): string {
  let lo: string | undefined;
  let hi: string | undefined;
  let whole = def.format === 'safeint' || def.format === 'int32';
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'greater_than') lo = `${d.inclusive ? '≥' : '>'} ${num(d.value!)}`;
    if (d.check === 'less_than') hi = `${d.inclusive ? '≤' : '<'} ${num(d.value!)}`;
    if (d.check === 'number_format' && (d.format === 'safeint' || d.format === 'int32')) whole = true;
  }
  const what = whole ? 'a whole number' : 'a number';
  return lo && hi ? `${what} ${lo} and ${hi}` : lo ? `${what} ${lo}` : hi ? `${what} ${hi}` : what;
}

/** What a schema accepts, in words. */
export function expectedWords(s: Schema | undefined): string {
  const help = helpOf(s);
  if (help.expected) return help.expected;
  const cur = inner(s);
  if (!cur) return 'a value';
  const def = defOf(cur);
  switch (def.type) {
    case 'number':
    case 'int':
      return numberWords(def);
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${Object.values(def.entries ?? {}).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'literal':
      return (def.values ?? []).map((v) => JSON.stringify(v)).join(' or ');
    case 'record':
      return 'a map of names to values';
    case 'object':
      return `a map with the keys ${Object.keys(def.shape ?? {}).join(', ')}`;
    case 'array':
      return `a list of ${expectedWords(def.element).replace(/^an? /, '')}${/^an? /.test(expectedWords(def.element)) ? 's' : ''}`;
    case 'union':
      return [...new Set((def.options ?? []).map(expectedWords))].join(' or ');
    default:
      return 'a value';
  }
}

/** A value as the message shows it: `"two"`, `3`, a list, a map. */
function valueWords(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v !== null && typeof v === 'object') return 'a map';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

interface Located {
  value: unknown;
  locate?: (path: ReadonlyArray<PropertyKey>, opts?: { key?: boolean }) => SourceLocation;
  file: string;
}

function at(doc: Located, path: ReadonlyArray<PropertyKey>): { present: boolean; value: unknown } {
  let v: unknown = doc.value;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !(String(k) in (v as object))) return { present: false, value: undefined };
    v = (v as Record<string, unknown>)[String(k)];
  }
  return { present: true, value: v };
}

const fieldName = (path: ReadonlyArray<PropertyKey>) => path.map(String).join('.');

/**
 * One error for each of a parse's issues, each at its line and column. `what` names the document
 * ("gate config") where a message needs it.
 */
export function issuesToErrors(issues: ReadonlyArray<z.core.$ZodIssue>, doc: Located, schema: Schema, what: string): ConfigurationError[] {
  const out: ConfigurationError[] = [];
  const where = (path: ReadonlyArray<PropertyKey>, key = false): SourceLocation => ({ ...(doc.locate ? doc.locate(path, { key }) : { file: doc.file }), field: fieldName(path) || undefined });
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'invalid_union') {
      // the branch the value took (a map with a misspelt or a wrong key, say): its own issues explain the mistake; a
      // value none of the branches took is said in the union's words (withHelp) below
      const branches = (issue as { errors?: z.core.$ZodIssue[][] }).errors ?? [];
      const deeper = branches.find((b) => b.some((i) => i.path.length > 0 || i.code === 'unrecognized_keys'));
      if (deeper) {
        const own = deeper.some((i) => i.code === 'unrecognized_keys') ? deeper.filter((i) => i.code === 'unrecognized_keys') : deeper; // a misspelt key explains the key it misses
        out.push(...issuesToErrors(own.map((i) => ({ ...i, path: [...path, ...(i.path as PropertyKey[])] })) as z.core.$ZodIssue[], doc, schema, what));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      const parent = container(schemaAt(schema, path));
      const known = parent && defOf(parent).type === 'object' ? Object.keys(defOf(parent).shape!) : [];
      for (const key of issue.keys) {
        const hint = didYouMean(key, known);
        out.push(new ConfigurationError(`unknown key "${key}"${hint || (known.length ? `; expected one of ${known.join(', ')}` : '')}`, where([...path, key], true)));
      }
      continue;
    }
    const field = schemaAt(schema, path);
    const help = helpOf(field);
    const got = at(doc, path);
    const name = path.length ? `\`${fieldName(path)}\`` : `the ${what}`;
    const example = help.example ? ` such as \`${help.example}\`` : '';
    if (!got.present) {
      out.push(new ConfigurationError(`${name} is missing; expected ${expectedWords(field)}${example}`, where(path.slice(0, -1))));
      continue;
    }
    if (got.value === null || got.value === '') {
      out.push(new ConfigurationError(`${name} is empty; ${help.empty ?? `expected ${expectedWords(field)}`}${example}`, where(path)));
      continue;
    }
    // a message a schema wrote itself ("expected a prefix pattern …") says it best
    const own = issue.message.startsWith('expected ') ? issue.message : undefined;
    let hint = '';
    if (issue.code === 'invalid_value' && typeof got.value === 'string') hint = didYouMean(got.value, (issue.values as unknown[]).map(String));
    out.push(new ConfigurationError(`${name} is ${valueWords(got.value)}; ${own ?? `expected ${expectedWords(field)}`}${own ? '' : example}${hint}`, where(path)));
  }
  return out;
}
