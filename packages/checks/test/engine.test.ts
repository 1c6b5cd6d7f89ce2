import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@mlgate/core';
import { columnDrift, compileExpectation, emptyPlan, StreamEngine, HyperLogLog, loadSuite, QuantileSketch, runDataCheck, type Distribution } from '../src/index.js';
import { IntFirsts } from '../src/sketch.js';
import { evalTimeParameter, parseTimestamp } from '../src/time.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-checks-'));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** A deterministic stream of exponential values (Park–Miller). */
function expo(n: number): Float64Array {
  const xs = new Float64Array(n);
  let seed = 7;
  for (let i = 0; i < n; i++) {
    seed = (seed * 16807) % 2147483647;
    xs[i] = -Math.log(seed / 2147483647);
  }
  return xs;
}

function rankError(sorted: Float64Array, v: number, q: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (sorted[m]! < v) lo = m + 1;
    else hi = m;
  }
  return Math.abs(lo / sorted.length - q);
}

describe('bounded memory: exact up to a limit, then sketches with their stated error', () => {
  it('quantiles past the exact limit stay within 0.5 % of rank (documented bound), flagged approximate', () => {
    const n = 300_000;
    const xs = expo(n);
    const plan = emptyPlan();
    const ex = compileExpectation('expect_column_quantile_values_to_be_between', { column: 'x', quantile_ranges: { quantiles: [0.05, 0.25, 0.5, 0.75, 0.95], value_ranges: [[null, null], [null, null], [null, null], [null, null], [null, null]] } }, plan);
    const engine = new StreamEngine(plan, { textual: false, exactLimit: 10_000 });
    for (let start = 0; start < n; start += 4096) {
      const len = Math.min(4096, n - start);
      engine.consume({ columns: ['x'], values: [Array.from(xs.subarray(start, start + len))], length: len, rowStart: start });
    }
    const v = ex.judge(engine.finish());
    expect(v.approximate).toBe(true);
    const sorted = xs.slice().sort();
    const got = (v.observed as { values: number[] }).values;
    [0.05, 0.25, 0.5, 0.75, 0.95].forEach((q, i) => expect(rankError(sorted, got[i]!, q)).toBeLessThan(0.005));
  });

  it('the quantile sketch keeps a few thousand items for a million values', () => {
    const s = new QuantileSketch();
    for (const x of expo(1_000_000)) s.add(x);
    expect(s.sample().values.length).toBeLessThan(10_000);
  });

  it('distinct counts past the limit come from HyperLogLog within 3 standard errors (2.4 %)', () => {
    const h = new HyperLogLog();
    for (let i = 0; i < 200_000; i++) h.add(`key-${i}`);
    expect(Math.abs(h.estimate() - 200_000) / 200_000).toBeLessThan(0.024);
  });

  it('uniqueness past the exact limit still finds every duplicate and its rows', async () => {
    const rows = ['id'];
    for (let i = 0; i < 30_000; i++) rows.push(String(i === 20_000 ? 17 : i === 25_000 ? 29_999 : i));
    const data = file('ids.csv', rows.join('\n') + '\n');
    const suite = loadSuite(file('u.yml', 'columns:\n  id: { unique: true }\n'));
    const res = await runDataCheck({ suite, data, distinctLimit: 1_000 });
    const v = res.results[0]!.verdict;
    expect(v.success).toBe(false);
    expect(v.unexpectedCount).toBe(4);
    expect(res.results[0]!.samples.map((s) => [s.value, s.row])).toEqual([
      ['17', 17],
      ['17', 20_000],
      ['29999', 25_000],
      ['29999', 29_999],
    ]);
    expect(res.approximate).toEqual(['id: unique']);
  });

  it('past the exact limit, random integers (runs overflow into hashes) and text keys: every duplicate counted', async () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const vals: string[] = [];
    for (let i = 0; i < 40_000; i++) vals.push(rnd() < 0.5 ? String(Math.floor(rnd() * 3_000_000)) : `k${Math.floor(rnd() * 3_000_000)}`);
    const counts = new Map<string, number>();
    for (const v of vals) counts.set(v, (counts.get(v) ?? 0) + 1);
    const expected = [...counts.values()].filter((c) => c > 1).reduce((a, b) => a + b, 0);
    expect(expected).toBeGreaterThan(0);
    const data = file('mixed.csv', ['key', ...vals].join('\n') + '\n');
    const res = await runDataCheck({ suite: loadSuite(file('m.yml', 'columns:\n  key: { unique: true }\n')), data, distinctLimit: 1_000 });
    expect(res.results[0]!.verdict.unexpectedCount).toBe(expected);
  });
});

describe('uniqueness on sources of typed values (JSON Lines): integer numbers in a typed table, other keys in a map', () => {
  // numbers (-0 and 0 one key), text that reads as a number (another key than the number), decimals, booleans, nulls
  let seed = 11;
  const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const kinds = [() => Math.floor(rnd() * 400) - 200, () => String(Math.floor(rnd() * 300)), () => Math.floor(rnd() * 300) / 4, () => rnd() < 0.5, () => (rnd() < 0.5 ? 0 : -0), () => null, (i: number) => i * 1_000_003];
  const vals = Array.from({ length: 1_200 }, (_, i) => kinds[Math.floor(rnd() * kinds.length)]!(i));
  const keyOf = (v: unknown): string => (typeof v === 'number' ? `n${v === 0 ? 0 : v}` : `${typeof v}${String(v)}`);
  const data = file('keys.jsonl', vals.map((v) => JSON.stringify({ key: v })).join('\n') + '\n');
  const suite = (): ReturnType<typeof loadSuite> => loadSuite(file('k.yml', 'columns:\n  key: { unique: true }\n'));

  it('below the limit: every row of a repeated key and its first occurrence, as one map of every key finds them', async () => {
    // the reference: one map from each key to its first row
    const first = new Map<string, number>();
    const reported = new Set<string>();
    const rows: number[] = [];
    vals.forEach((v, row) => {
      if (v === null) return;
      const k = keyOf(v);
      const f = first.get(k);
      if (f === undefined) return void first.set(k, row);
      if (!reported.has(k)) rows.push(f);
      reported.add(k);
      rows.push(row);
    });
    const res = await runDataCheck({ suite: suite(), data, sampleLimit: 1_000 });
    expect(res.results[0]!.verdict.unexpectedCount).toBe(rows.length);
    // every one of them a sample (fewer than the limit), in row order
    expect(rows.length).toBeLessThan(1_000);
    expect(res.results[0]!.samples.map((x) => x.row)).toEqual(rows.sort((x, y) => x - y));
    expect(res.approximate).toEqual([]);
  });

  it('past the exact limit: every duplicate counted, integers and other keys alike', async () => {
    const counts = new Map<string, number>();
    for (const v of vals) if (v !== null) counts.set(keyOf(v), (counts.get(keyOf(v)) ?? 0) + 1);
    const expected = [...counts.values()].filter((c) => c > 1).reduce((a, b) => a + b, 0);
    for (const distinctLimit of [50, 500]) {
      const res = await runDataCheck({ suite: suite(), data, distinctLimit });
      expect(res.results[0]!.verdict.unexpectedCount, `limit ${distinctLimit}`).toBe(expected);
      expect(res.approximate).toEqual(['key: unique']);
    }
  });
});

describe('IntFirsts', () => {
  it('keeps integer keys with their first rows, in the order first seen, through growth; keys far apart or alike in their low bits', () => {
    const t = new IntFirsts();
    const keys = [...Array.from({ length: 5_000 }, (_, i) => i * 1_048_576), ...Array.from({ length: 5_000 }, (_, i) => -(2 ** 53 - 1) + i * 4_294_967_296), 2 ** 53 - 1, 7, -1];
    keys.forEach((k, i) => {
      expect(t.find(k)).toBe(-1);
      t.add(k, 10 * i);
    });
    expect(t.size).toBe(keys.length);
    keys.forEach((k, i) => {
      expect(t.find(k)).toBe(i);
      expect([t.keys[i], t.rows[i]]).toEqual([k, 10 * i]);
    });
    expect(t.find(3)).toBe(-1);
    expect(t.find(2 ** 53 - 2)).toBe(-1);
  });
});

describe('suites', () => {
  it('an unknown key in an mlgate suite names its line and the closest key', () => {
    expect(() => loadSuite(file('typo.yml', 'columns:\n  age: { min: 0, maxx: 3 }\n'))).toThrow(ConfigurationError);
    try {
      loadSuite(file('typo.yml', 'columns:\n  age: { min: 0, maxx: 3 }\n'));
    } catch (e) {
      expect((e as ConfigurationError).oneLine()).toMatch(/typo\.yml:2:\d+: unknown key "maxx"; did you mean "max"\?/);
    }
  });

  it('an unknown argument of a GE expectation names its line and the closest argument', () => {
    const f = file('ge.json', JSON.stringify({ expectations: [{ expectation_type: 'expect_column_values_to_be_between', kwargs: { column: 'a', min_valu: 1 } }] }, null, 2));
    let err: unknown;
    try {
      loadSuite(f);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).oneLine()).toMatch(/ge\.json:7:\d+: expect_column_values_to_be_between: unknown argument "min_valu"; did you mean "min_value"\?/);
  });

  it('short forms compile to GE expectations with their lines', () => {
    const s = loadSuite(file('s.yml', 'table:\n  rows: { min: 2 }\ncolumns:\n  id: { unique: true, nullable: false }\n  income: { mean: { min: 1 }, quantiles: { p50: [2000, 4000] } }\n'));
    expect(s.checks.map((c) => [c.id, c.type, c.location.line])).toEqual([
      ['table.rows', 'expect_table_row_count_to_be_between', 2],
      ['columns.id.nullable', 'expect_column_values_to_not_be_null', 4],
      ['columns.id.unique', 'expect_column_values_to_be_unique', 4],
      ['columns.income.mean', 'expect_column_mean_to_be_between', 5],
      ['columns.income.quantiles', 'expect_column_quantile_values_to_be_between', 5],
    ]);
  });

  it('row conditions filter the rows a check looks at', async () => {
    const data = file('cond.jsonl', '{"a":1,"b":"x"}\n{"a":50,"b":"y"}\n{"a":3,"b":"x"}\n');
    const suite = loadSuite(file('c.yml', 'expectations:\n  - expect_column_values_to_be_between: { column: a, max_value: 10, row_condition: \'b == "x"\', condition_parser: pandas }\n'));
    const r = await runDataCheck({ suite, data });
    expect(r.results[0]!.verdict).toMatchObject({ success: true, total: 2 });
  });
});

describe('drift: the automatic choice (Evidently) and its thresholds', () => {
  const num = (n: number, shift = 0): Distribution => {
    const values = Array.from(expo(n), (x) => x + shift);
    return { type: 'number', count: n, values, distinct: n };
  };
  const cat = (counts: Record<string, number>): Distribution => ({
    type: 'string',
    count: Object.values(counts).reduce((a, b) => a + b, 0),
    distinct: Object.keys(counts).length,
    categories: new Map(Object.entries(counts).map(([k, c]) => [`s${k}`, { value: k, count: c }])),
  });

  it('small numeric reference: KS, drift when p < 0.05', () => {
    expect(columnDrift('x', num(500), num(400), 'auto')).toMatchObject({ method: 'ks', status: 'pass' });
    expect(columnDrift('x', num(500), num(400, 0.5), 'auto')).toMatchObject({ method: 'ks', status: 'fail' });
  });
  it('large numeric reference: Wasserstein / reference std, drift at ≥ 0.1', () => {
    const d = columnDrift('x', num(5000), num(4000, 0.2), 'auto');
    expect(d.method).toBe('wasserstein');
    expect(d.statistic).toBeGreaterThan(0.1);
    expect(d.status).toBe('fail');
  });
  it('small categorical reference: chi-square (> 2 values), Z-test on proportions (2 values)', () => {
    expect(columnDrift('c', cat({ a: 300, b: 300, c: 300 }), cat({ a: 100, b: 100, c: 400 }), 'auto')).toMatchObject({ method: 'chi2', status: 'fail' });
    expect(columnDrift('c', cat({ yes: 450, no: 450 }), cat({ yes: 100, no: 100 }), 'auto')).toMatchObject({ method: 'z', status: 'pass' });
  });
  it('large categorical reference: Jensen–Shannon distance, drift at ≥ 0.1', () => {
    expect(columnDrift('c', cat({ a: 3000, b: 3000 }), cat({ a: 3000, b: 3100 }), 'auto')).toMatchObject({ method: 'jensen-shannon', status: 'pass' });
  });
  it('PSI: warn from 0.1, drift from 0.2', () => {
    const ref = cat({ a: 500, b: 500 });
    const warn = columnDrift('c', ref, cat({ a: 660, b: 340 }), 'psi');
    expect(warn.statistic).toBeGreaterThan(0.1);
    expect(warn.statistic).toBeLessThan(0.2);
    expect(warn.status).toBe('warn');
    expect(columnDrift('c', ref, cat({ a: 800, b: 200 }), 'psi').status).toBe('fail');
  });
});

describe('profiles', () => {
  it('drift against a profile and against the dataset agree on a shifted column', async () => {
    const lines = (shift: number) => ['x,c', ...Array.from(expo(3000), (v, i) => `${(v + shift).toFixed(4)},${i % 3 === 0 ? 'a' : 'b'}`)].join('\n') + '\n';
    const ref = file('ref.csv', lines(0));
    const cur = file('cur.csv', lines(0.4));
    const suite = loadSuite(file('d.yml', 'drift: { columns: all }\n'));
    const profiled = await runDataCheck({ suite, data: ref, profile: true });
    const profile = file('ref.profile.json', JSON.stringify(profiled.profile));
    const viaProfile = await runDataCheck({ suite, data: cur, reference: profile });
    const viaData = await runDataCheck({ suite, data: cur, reference: ref });
    for (const r of [viaProfile, viaData]) {
      const x = r.drift!.columns.find((c) => c.column === 'x')!;
      expect(x).toMatchObject({ method: 'wasserstein', status: 'fail' });
      // W = 0.4 exactly (a pure shift), divided by the reference's population std
      const xs = expo(3000);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
      expect(Math.abs(x.statistic - 0.4 / sd)).toBeLessThan(r === viaData ? 1e-3 : 0.01);
      expect(r.drift!.columns.find((c) => c.column === 'c')).toMatchObject({ method: 'jensen-shannon', status: 'pass', statistic: 0 });
    }
    expect(JSON.stringify(profiled.profile).length).toBeLessThan(10_000);
  });
});

describe('dates: freshness and date bounds', () => {
  const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString().slice(0, 19);
  it('ISO 8601 text: dates, times, offsets; naive times are UTC; impossible dates are not dates', () => {
    expect(parseTimestamp('2024-01-31')).toBe(Date.UTC(2024, 0, 31));
    expect(parseTimestamp('2024-01-31T12:30:05.250')).toBe(Date.UTC(2024, 0, 31, 12, 30, 5, 250));
    expect(parseTimestamp('2024-01-31 12:30:05+02:00')).toBe(Date.UTC(2024, 0, 31, 10, 30, 5));
    expect(parseTimestamp('2024-01-31T12:30:05Z')).toBe(Date.UTC(2024, 0, 31, 12, 30, 5));
    expect(parseTimestamp('2024-02-30')).toBeUndefined();
    expect(parseTimestamp('31/01/2024')).toBeUndefined();
    expect(parseTimestamp('yesterday')).toBeUndefined();
  });
  it("GE's evaluation parameters: now() ± timedelta(...)", () => {
    const now = Date.UTC(2026, 10, 25);
    expect(evalTimeParameter('now()', now)).toBe(now);
    expect(evalTimeParameter('now() - timedelta(weeks=52)', now)).toBe(now - 52 * 7 * 86_400_000);
    expect(evalTimeParameter('now() + timedelta(days=1, hours=2)', now)).toBe(now + 26 * 3_600_000);
    expect(evalTimeParameter('now() - timedelta(3)', now)).toBe(now - 3 * 86_400_000);
    expect(() => evalTimeParameter('now() - timedelta(fortnights=1)', now)).toThrow(/"fortnights=1" is not one of weeks, days/);
    expect(() => evalTimeParameter('os.system("x")', now)).toThrow(/expected now\(\)/);
  });
  it('max_age in an mlgate suite and $PARAMETER bounds in a GE suite judge the newest date', async () => {
    // the dates are written once: computed again later they could fall in the next second
    const hourAgo = iso(3_600_000);
    const data = file('events.csv', `id,at\n1,${iso(5 * 86_400_000)}\n2,${hourAgo}\n3,\n`);
    const fresh = await runDataCheck({ suite: loadSuite(file('fresh.yml', 'columns:\n  at: { max_age: 2h }\n')), data });
    expect(fresh.results[0]!.verdict).toMatchObject({ success: true, observed: hourAgo });
    const stale = await runDataCheck({ suite: loadSuite(file('stale.yml', 'columns:\n  at: { max_age: 30m }\n')), data });
    expect(stale.results[0]!.verdict.success).toBe(false);
    const ge = loadSuite(
      file(
        'ge.json',
        JSON.stringify({
          expectations: [
            { expectation_type: 'expect_column_max_to_be_between', kwargs: { column: 'at', min_value: { $PARAMETER: 'now() - timedelta(days=1)' } } },
            { expectation_type: 'expect_column_min_to_be_between', kwargs: { column: 'at', min_value: '2020-01-01', max_value: iso(4 * 86_400_000) } },
          ],
        }),
      ),
    );
    const r = await runDataCheck({ suite: ge, data });
    expect(r.results.map((x) => x.verdict.success)).toEqual([true, true]);
  });
  it('text that is not a date, and a bound that is neither date nor parameter, are clear errors', async () => {
    const data = file('bad-dates.csv', 'at\n2024-01-01\n01/02/2024\n');
    const r = await runDataCheck({ suite: loadSuite(file('b.yml', 'columns:\n  at: { max_age: 1d }\n')), data });
    expect(r.results[0]!.verdict.error).toMatch(/column "at" holds "01\/02\/2024" where ISO 8601 dates are expected/);
    expect(() => loadSuite(file('age.yml', 'columns:\n  at: { max_age: 2 days }\n'))).toThrow(/expected an age like 90m, 36h, 2d or 1w/);
    const mixed = file('mixed.json', JSON.stringify({ expectations: [{ expectation_type: 'expect_column_max_to_be_between', kwargs: { column: 'at', min_value: '2024-01-01', max_value: 5 } }] }));
    expect(() => loadSuite(mixed)).toThrow(ConfigurationError);
    expect(() => loadSuite(mixed)).toThrow(/"max_value" must be a date like "2024-01-31T00:00:00" .* got 5/);
  });
});
