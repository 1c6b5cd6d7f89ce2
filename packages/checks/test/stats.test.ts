import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chi2Contingency, jensenShannon, ks2samp, psi, wasserstein } from '../src/index.js';

const DIR = join(import.meta.dirname, '../../../test/conformance/stats');
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, ...(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { kind: string; reference: unknown[]; current: unknown[]; expected: Record<string, number> }) }));

function counts(ref: unknown[], cur: unknown[]): [number[], number[]] {
  const keys = [...new Set([...ref, ...cur].map(String))].sort();
  return [keys.map((k) => ref.filter((x) => String(x) === k).length), keys.map((k) => cur.filter((x) => String(x) === k).length)];
}

describe('drift statistics match SciPy within 1e-6', () => {
  for (const f of fixtures.filter((x) => x.kind === 'numeric')) {
    it(`${f.name}: KS statistic and p-value (method auto), Wasserstein`, () => {
      const r = ks2samp(f.reference as number[], f.current as number[]);
      expect(Math.abs(r.statistic - f.expected.ks_statistic!)).toBeLessThan(1e-6);
      expect(Math.abs(r.pvalue - f.expected.ks_pvalue!)).toBeLessThan(1e-6);
      expect(Math.abs(r.pvalue - f.expected.ks_pvalue!) / f.expected.ks_pvalue!).toBeLessThan(1e-6);
      expect(Math.abs(wasserstein(f.reference as number[], f.current as number[]) - f.expected.wasserstein!)).toBeLessThan(1e-6);
    });
  }
  for (const f of fixtures.filter((x) => x.kind === 'categorical')) {
    it(`${f.name}: chi-square on the 2×k table, Jensen–Shannon distance base 2`, () => {
      const [r, c] = counts(f.reference, f.current);
      const x = chi2Contingency(r, c);
      expect(Math.abs(x.statistic - f.expected.chi2_statistic!)).toBeLessThan(1e-6);
      expect(x.dof).toBe(f.expected.chi2_dof);
      expect(Math.abs(x.pvalue - f.expected.chi2_pvalue!)).toBeLessThan(1e-6);
      expect(Math.abs(x.pvalue - f.expected.chi2_pvalue!) / f.expected.chi2_pvalue!).toBeLessThan(1e-6);
      expect(Math.abs(jensenShannon(r, c) - f.expected.jensen_shannon_distance_base2!)).toBeLessThan(1e-6);
    });
  }

  it('KS uses the asymptotic distribution above 10,000 points, like SciPy', () => {
    const a = Array.from({ length: 12000 }, (_, i) => Math.sin(i) * 3);
    const b = Array.from({ length: 11000 }, (_, i) => Math.sin(i * 1.3) * 3 + 0.05);
    const r = ks2samp(a, b);
    expect(r.method).toBe('asymp');
    expect(r.pvalue).toBeGreaterThan(0);
    expect(r.pvalue).toBeLessThan(1);
  });

  it('PSI: identical shares give 0, an empty bin counts as 0.0001', () => {
    expect(psi([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(psi([0.5, 0.5, 0], [0.4, 0.4, 0.2])).toBeCloseTo(0.1 * Math.log(0.4 / 0.5) * -2 + (0.2 - 0.0001) * Math.log(0.2 / 0.0001), 12);
  });
});
