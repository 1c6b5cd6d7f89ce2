import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

const DIR = join(import.meta.dirname, 'fixtures', 'oci-image-spec');
// A CommonJS module: under Node's ESM its default import is module.exports, which carries `.default`.
const Ajv = AjvDraft04.default;
type Ajv = InstanceType<typeof Ajv>;
const BASE = 'https://opencontainers.org/schema/';

/** The schemas without their `id` keywords: every `$ref` then resolves by file name, as image-spec's own validator does. */
function withoutIds(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutIds);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k, x]) => !(k === 'id' && typeof x === 'string')).map(([k, x]) => [k, withoutIds(x)]));
  return v;
}

let ajv: Ajv | undefined;
function load(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  for (const f of readdirSync(DIR).filter((f) => f.endsWith('.json'))) ajv.addSchema(withoutIds(JSON.parse(readFileSync(join(DIR, f), 'utf8'))) as object, `${BASE}${f}`);
  return ajv;
}

function validator(file: string): ValidateFunction {
  const v = load().getSchema(`${BASE}${file}`);
  if (!v) throw new Error(`no schema ${file}`);
  return v as ValidateFunction;
}

/** Validation errors of an OCI image manifest against image-manifest-schema.json (v1.1.1); [] when it conforms. */
export function manifestErrors(manifest: unknown): string[] {
  const v = validator('image-manifest-schema.json');
  return v(manifest) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Validation errors of an OCI image index (image-index-schema.json). */
export function indexErrors(index: unknown): string[] {
  const v = validator('image-index-schema.json');
  return v(index) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
