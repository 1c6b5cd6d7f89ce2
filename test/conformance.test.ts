import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// test/conformance is a verbatim copy of the shared conformance data, so a clean clone can run the
// tests anywhere; where the shared originals are present, the copy must not have drifted.
const COPY = resolve(import.meta.dirname, 'conformance');
const SHARED = resolve(import.meta.dirname, '../../shared/conformance');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

describe('vendored conformance data', () => {
  it.skipIf(!existsSync(SHARED))('is byte-identical to ../shared/conformance', () => {
    const shared = files(SHARED).map((f) => relative(SHARED, f)).sort();
    expect(files(COPY).map((f) => relative(COPY, f)).sort()).toEqual(shared);
    for (const f of shared) expect(readFileSync(join(COPY, f)).equals(readFileSync(join(SHARED, f))), f).toBe(true);
  });
});
