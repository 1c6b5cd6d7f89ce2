import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuite, runDataCheck } from '../src/index.js';
import { NoveltyDetector, renderNovelty } from '../src/novelty-entry.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-novelty-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

/** A training set profiled by data-check itself: what the detector holds rows against. */
async function trainingProfile() {
  const rows = ['sqft,garage_sqft,city,heating,label'];
  for (let i = 0; i < 60; i++) rows.push(`${800 + i * 10},${i % 3 === 0 ? '' : 200 + i},${['Paris', 'Lyon', 'Nice'][i % 3]},${i % 2 ? 'gas' : 'electric'},${i % 2}`);
  const suite = loadSuite(file('suite.yml', 'columns:\n  sqft: { nullable: false }\n'));
  const r = await runDataCheck({ suite, data: file('train.csv', rows.join('\n') + '\n'), profile: true });
  return r.profile!;
}

describe('inputs never seen in training, held against a data-check profile', () => {
  it('flags each kind with its column, line and value; a field left out or a value within the range is familiar', async () => {
    const profile = await trainingProfile();
    expect(profile.columns.sqft).toMatchObject({ min: 800, max: 1390, nulls: 0 });
    const d = new NoveltyDetector(profile, 'train.profile.json', 0);
    const rows: Array<[Record<string, unknown>, boolean]> = [
      [{ sqft: 1000, garage_sqft: 210, city: 'Paris', heating: 'gas' }, false],
      [{ sqft: 1000, city: 'Lyon' }, false], // fields left out: not flagged
      [{ sqft: 120, city: 'Paris' }, true], // below the minimum
      [{ sqft: 5000, city: 'Nice' }, true], // above the maximum
      [{ sqft: 900, city: 'Marseille' }, true], // a category never seen
      [{ sqft: null, city: 'Paris' }, true], // training had no null sqft
      [{ sqft: 900, garage_sqft: null, city: 'Paris' }, false], // training had nulls there
      [{ sqft: '900', city: 'Paris', pool: true }, true], // a numeric string is a number; pool is unknown
      [{ sqft: 'large', city: 'Paris' }, true],
    ];
    rows.forEach(([row, novel], i) => expect(d.check(row, i + 2), JSON.stringify(row)).toBe(novel));
    const r = d.result();
    expect(r).toMatchObject({ checked: 9, rows: 6, share: 6 / 9 });
    expect(r.columns.sqft).toMatchObject({ rows: 4, reasons: { 'below-min': 1, 'above-max': 1, null: 1, 'not-a-number': 1 } });
    expect(r.columns.sqft!.examples.map((e) => `${e.line}:${e.value}:${e.reason}`)).toEqual(['4:120:below-min', '5:5000:above-max', '7:null:null', '10:"large":not-a-number']);
    expect(r.columns.city).toMatchObject({ rows: 1, share: 1 / 9, examples: [{ line: 6, value: '"Marseille"', reason: 'unseen-category' }] });
    expect(r.columns.pool).toMatchObject({ rows: 1, reasons: { 'unknown-field': 1 } });
    expect(r.categoriesUnchecked).toEqual([]);
  });

  it('a margin widens the ranges by a share of them; examples stop at 20 a column while counts go on', async () => {
    const profile = await trainingProfile();
    const d = new NoveltyDetector(profile, 'p.json', 0.1); // range 590: ±59
    expect(d.check({ sqft: 800 - 59 }, 1)).toBe(false);
    expect(d.check({ sqft: 1390 + 60 }, 2)).toBe(true);
    for (let i = 0; i < 30; i++) d.check({ sqft: 1 }, 10 + i);
    expect(d.result().columns.sqft).toMatchObject({ rows: 31 });
    expect(d.result().columns.sqft!.examples).toHaveLength(20);
  });

  it('renders column names and values as untrusted text', async () => {
    const d = new NoveltyDetector(await trainingProfile(), 'train.profile.json');
    d.check({ sqft: 900, city: '<img src=x onerror=alert(1)> | `x`' }, 3);
    d.check({ sqft: 900, '<b>evil</b>': 1 }, 4);
    const md = renderNovelty(d.result(), 'Inputs').join('\n');
    expect(md).toContain('#### Inputs never seen in training: 100.00% (2 of 2)');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).toContain('| <code>city</code> | 1 | 50.00% | 1 a category never seen |');
  });
});
