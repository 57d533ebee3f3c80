import { describe, expect, it } from 'vitest';
import { buildTimeOption } from '../../../src/charts/profile-option';

describe('time option (profile)', () => {
  it('draws missing years as gaps, never joined', () => {
    const o = buildTimeOption([2019, 2020, 2021], [{ name: 'x', values: [1, null, 3] }], { title: 't', subtitle: 's', unit: '件' }) as unknown as {
      series: { connectNulls: boolean; data: (number | string)[] }[];
    };
    expect(o.series[0]!.connectNulls).toBe(false);
    expect(o.series[0]!.data).toEqual([1, '-', 3]);
  });
});
