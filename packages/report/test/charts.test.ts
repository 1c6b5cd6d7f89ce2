import { beforeAll, describe, expect, it } from 'vitest';
import { mermaidParser } from './mermaid.js';
import { barChart, chartNumber, lineChart } from '../src/index.js';
import { trendCharts } from '../../monitor/src/render.js';
import type { History } from '../../monitor/src/history.js';

let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  parse = await mermaidParser();
}, 30_000);

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

const EXTREME = [1e-9, 3.2e-7, 1e12, 4.5e21, -2.5, -1e-9, -7e13, 0, 0.5, NaN, Infinity];
const NASTY = ['say "hi"', 'a[0]', 'x]y', 'back`tick`', 'c:d;e', '%% not a comment', 'a, b', '#1 & <b>', 'line\nbreak'];

describe('Mermaid charts parse with Mermaid itself', () => {
  it('prints every number as a plain decimal the xychart grammar accepts', () => {
    expect(chartNumber(1e-9)).toBe('0.000000001');
    expect(chartNumber(-1.23456789e-7)).toBe('-0.000000123457');
    expect(chartNumber(1e12)).toBe('1000000000000');
    expect(chartNumber(4.5e21)).toBe('4500000000000000000000');
    expect(chartNumber(NaN)).toBe('0');
    for (const v of EXTREME) expect(chartNumber(v)).toMatch(/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/);
  });

  it('bar and line charts with extreme values and hostile labels', async () => {
    const series = [{ name: 'reference', values: EXTREME }, { name: 'current', values: [...EXTREME].reverse() }];
    const charts = [
      barChart({ title: 'p "quoted" [bracket]', categories: NASTY.concat(['k', 'l']), series, yLabel: 'share "x"' }),
      barChart({ title: 'all negative', categories: ['a', 'b'], series: [{ name: 'n', values: [-1e-9, -3e12] }] }),
      barChart({ title: 'one bar', categories: ['only'], series: [{ name: 'n', values: [1e-9] }] }),
      lineChart({ title: 'trend ]"', x: NASTY.concat(['k', 'l']), series, yLabel: 'p-value' }),
      lineChart({ title: 'tiny p-values', x: ['a', 'b', 'c'], series: [{ name: 'p', values: [1e-9, 2e-12, 1e-300] }] }),
    ];
    for (const c of charts) for (const b of blocks(c)) await expect(parse(b), b).resolves.toBeTruthy();
    expect(blocks(charts[4]!)[0]).toContain('line [0.000000001, 0.000000000002,');
  });

  it("monitor's trend charts of p-values below 1e-6 (the case GitHub showed an error box for)", async () => {
    const history: History = {
      schema: 'mlgate/monitor-history@1',
      name: 'churn',
      runs: [1e-3, 2e-7, 1e-9, 3e-12].map((p, i) => ({ at: `2026-11-0${i + 1}T06:00:00Z`, rows: 10, drifted: p < 0.05, columns: { 'age "years"': { pvalue: p, threshold: 0.05, mean: 4e12 * (i + 1), method: 'ks' } } })),
    };
    const out = trendCharts(history, [{ column: 'age "years"' }]).join('\n');
    const found = blocks(out);
    expect(found).toHaveLength(2);
    for (const b of found) await expect(parse(b), b).resolves.toBeTruthy();
    expect(out).not.toMatch(/\d[eE][+-]?\d/);
  });

  it('an empty chart is a note, not a block the grammar refuses', () => {
    expect(barChart({ title: 't', categories: [], series: [{ name: 'n', values: [] }] })).toBe('*No data to chart.*');
    expect(lineChart({ title: 't', x: ['a'], series: [] })).toBe('*No data to chart.*');
  });

  it('the old exponent form is what Mermaid refuses (the test can fail)', async () => {
    await expect(parse('xychart-beta\n  x-axis ["a", "b"]\n  line [1e-9, 2]')).rejects.toThrow();
  });
});
