import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuite, runDataCheck, type ColumnDrift } from '../src/index.js';

// Property: drift against a profile agrees with drift against the dataset the profile was written
// from, for every kind of column, on unchanged data (no drift, statistics close) and on shifted data.

const dir = mkdtempSync(join(tmpdir(), 'mlgate-drift-profile-'));
let files = 0;
function file(name: string, content: string): string {
  const p = join(dir, `${files++}-${name}`);
  writeFileSync(p, content);
  return p;
}

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const normal = (r: () => number) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const pick = <T>(r: () => number, items: T[], weights: number[]): T => {
  let u = r() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((u -= weights[i]!) < 0) return items[i]!;
  return items[items.length - 1]!;
};

/** Column kinds: a generator of one value, unshifted and shifted. */
const kinds: Record<string, (r: () => number, shifted: boolean) => string> = {
  float: (r, s) => (10 + 2 * normal(r) + (s ? 1 : 0)).toFixed(4),
  small_int: (r, s) => String(pick(r, [1, 2, 3, 4, 5], s ? [1, 1, 2, 4, 6] : [3, 4, 3, 2, 1])),
  mid_int: (r, s) => String(Math.floor(r() * 30) + (s ? 6 : 0)),
  wide_int: (r, s) => String(Math.round(5000 + 1500 * normal(r)) + (s ? 600 : 0)),
  boolean: (r, s) => (r() < (s ? 0.75 : 0.5) ? 'true' : 'false'),
  string: (r, s) => pick(r, ['red', 'green', 'blue', 'cyan', 'pink', 'gray', 'teal'], s ? [1, 1, 1, 4, 4, 4, 4] : [4, 4, 4, 1, 1, 1, 1]),
};
const names = Object.keys(kinds);

function csv(rows: number, seed: number, shifted: boolean): string {
  const r = rng(seed);
  const lines = [names.join(',')];
  for (let i = 0; i < rows; i++) lines.push(names.map((k) => kinds[k]!(r, shifted)).join(','));
  return lines.join('\n') + '\n';
}

async function both(rows: number, seed: number, shifted: boolean): Promise<Array<[string, ColumnDrift, ColumnDrift]>> {
  const suite = loadSuite(file('suite.yml', 'drift: { columns: all }\n'));
  const ref = file('ref.csv', csv(rows, seed, false));
  const cur = file('cur.csv', csv(rows, seed + 1000, shifted));
  const profiled = await runDataCheck({ suite, data: ref, profile: true });
  const profile = file('ref.profile.json', JSON.stringify(profiled.profile));
  const viaProfile = await runDataCheck({ suite, data: cur, reference: profile });
  const viaData = await runDataCheck({ suite, data: cur, reference: ref });
  expect(viaProfile.drift!.skipped).toEqual([]);
  return names.map((n) => [n, viaProfile.drift!.columns.find((c) => c.column === n)!, viaData.drift!.columns.find((c) => c.column === n)!]);
}

/** How close the two statistics must be (a profile keeps percentiles, not rows, for wide numeric columns). */
function close(name: string, p: ColumnDrift, d: ColumnDrift): void {
  const tol = p.method === 'ks' ? 0.02 : p.method === 'z' || p.method === 'chi2' ? 1e-9 : Math.max(0.01, 0.05 * d.statistic);
  // the Z statistic's sign follows which category is listed first (the p-value is two-sided)
  const [a, b] = p.method === 'z' ? [Math.abs(p.statistic), Math.abs(d.statistic)] : [p.statistic, d.statistic];
  expect({ name, off: Math.abs(a - b) <= tol, profile: p.statistic, data: d.statistic }).toMatchObject({ name, off: true });
}

const expected: Record<number, Record<string, string>> = {
  3000: { float: 'wasserstein', small_int: 'jensen-shannon', mid_int: 'wasserstein', wide_int: 'wasserstein', boolean: 'jensen-shannon', string: 'jensen-shannon' },
  600: { float: 'ks', small_int: 'chi2', mid_int: 'ks', wide_int: 'ks', boolean: 'z', string: 'chi2' },
};

describe('drift against a profile agrees with drift against its source data', () => {
  for (const rows of [3000, 600]) {
    for (const seed of [1, 2, 3]) {
      it(`${rows} rows, seed ${seed}: unchanged data → no drift either way, statistics close`, async () => {
        for (const [name, p, d] of await both(rows, seed, false)) {
          expect({ name, method: p.method }).toEqual({ name, method: expected[rows]![name] });
          expect({ name, method: d.method }).toEqual({ name, method: p.method });
          expect({ name, profile: p.status, data: d.status }).toEqual({ name, profile: 'pass', data: 'pass' });
          close(name, p, d);
        }
      });
      it(`${rows} rows, seed ${seed}: shifted data → drift either way`, async () => {
        for (const [name, p, d] of await both(rows, seed, true)) {
          expect({ name, method: d.method }).toEqual({ name, method: p.method });
          expect({ name, profile: p.status, data: d.status }).toEqual({ name, profile: 'fail', data: 'fail' });
          close(name, p, d);
        }
      });
    }
  }
});
