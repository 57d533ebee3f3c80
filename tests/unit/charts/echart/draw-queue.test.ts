import { describe, expect, it } from 'vitest';
import { isNear } from '../../../../src/charts/echart/draw-queue';

const box = (top: number, height = 280, width = 600) => ({ top, bottom: top + height, width, height });

describe('which charts are drawn before the first paint', () => {
  it('a chart on the screen or within a screen of it is near; one further away is not', () => {
    expect(isNear(box(100), 900)).toBe(true);
    expect(isNear(box(1700), 900)).toBe(true);
    expect(isNear(box(1801), 900)).toBe(false);
    expect(isNear(box(-1100), 900)).toBe(true);
    expect(isNear(box(-1200), 900)).toBe(false);
    expect(isNear(box(1801), 900, 2)).toBe(true);
  });

  it('a chart that is not rendered (no size: a hidden view) is never near', () => {
    expect(isNear(box(100, 0), 900)).toBe(false);
    expect(isNear(box(100, 280, 0), 900)).toBe(false);
  });
});
