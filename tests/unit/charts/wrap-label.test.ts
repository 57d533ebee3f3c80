import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/charts/theme';

const lines = (s: string) => s.split('\n');

describe('wrapLabel', () => {
  it('leaves a label that fits alone', () => {
    expect(wrapLabel('行政复议案件数', 10)).toBe('行政复议案件数');
    expect(wrapLabel('Cases', 10)).toBe('Cases');
  });
  it('never leaves a lone 数: the lines share the characters evenly', () => {
    const out = lines(wrapLabel('经调解撤回行政复议申请数', 11));
    expect(out).toEqual(['经调解撤回行', '政复议申请数']);
    for (let w = 3; w <= 11; w++) {
      const ls = lines(wrapLabel('经调解撤回行政复议申请数', w));
      expect(ls.join('')).toBe('经调解撤回行政复议申请数');
      for (const l of ls) {
        expect([...l].length).toBeGreaterThan(1);
        expect([...l].length).toBeLessThanOrEqual(w);
      }
      // balanced: line lengths differ by at most one character
      const n = ls.map((l) => [...l].length);
      expect(Math.max(...n) - Math.min(...n)).toBeLessThanOrEqual(1);
    }
  });
  it('never a one-character last line for any label length that needs wrapping', () => {
    const base = '行政机关负责人出庭应诉率与复议纠错率';
    for (let len = 3; len <= base.length; len++)
      for (let w = 2; w < len; w++) {
        const ls = lines(wrapLabel(base.slice(0, len), w));
        expect(ls.join('')).toBe(base.slice(0, len));
        expect([...ls[ls.length - 1]!].length).toBeGreaterThan(1);
      }
  });
  it('keeps Latin words whole and within the width', () => {
    const ls = lines(wrapLabel('Applications withdrawn after mediation', 12));
    expect(ls.join(' ')).toBe('Applications withdrawn after mediation');
    for (const l of ls) expect(l).not.toMatch(/^\s|\s$/);
    expect(ls.length).toBeGreaterThan(1);
  });
});
