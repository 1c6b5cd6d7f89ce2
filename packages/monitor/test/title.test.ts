import { describe, expect, it } from 'vitest';
import { issueTitle, type MonitorResult } from '../src/index.js';

const result = (failed: number) => ({ columns: Array.from({ length: failed }, () => ({ status: 'fail' })) }) as unknown as MonitorResult;

describe('drift issue title', () => {
  it('stays as it was for a usual model name', () => {
    expect(issueTitle('churn', result(2))).toBe('Drift in production data of churn: 2 columns drifted');
  });

  it('fits GitHub’s 256 characters whatever the model name: the name is cut with an ellipsis, the count stays', () => {
    const t = issueTitle('m'.repeat(400), result(1));
    expect(t).toHaveLength(256);
    expect(t).toMatch(/^Drift in production data of m+…: 1 column drifted$/);
  });

  it('never cuts through a surrogate pair or an emoji sequence', () => {
    for (let pad = 0; pad < 4; pad++) {
      const t = issueTitle('x'.repeat(pad) + '👩‍🔬'.repeat(100), result(1));
      expect(t.length).toBeLessThanOrEqual(256);
      expect(t).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      // The name before the ellipsis ends with a whole scientist (👩 ZWJ 🔬), never part of one.
      expect(t.split('…')[0]!.endsWith('👩‍🔬')).toBe(true);
    }
  });
});
