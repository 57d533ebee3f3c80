import { describe, expect, it } from 'vitest';
import { buildTimeOption } from '../../../src/charts/profile-option';

describe('time option (profile)', () => {
  it('draws missing years as gaps, never joined', () => {
    const o = buildTimeOption([2019, 2020, 2021], [{ name: 'x', values: [1, null, 3] }], { title: 't', subtitle: 's', unit: '件', value: String, caveat: (c) => c.note.zh }) as unknown as {
      series: { connectNulls: boolean; data: (number | string)[] }[];
    };
    expect(o.series[0]!.connectNulls).toBe(false);
    expect(o.series[0]!.data).toEqual([1, '-', 3]);
  });
});

describe('time option with caveats', () => {
  const caveat = { kind: 'cumulative' as const, since: 2019, note: { zh: '累计<script>', en: 'cumulative' } };
  const o = buildTimeOption([2020, 2021], [{ name: '甲<b>', values: [1, 2], caveats: [undefined, [caveat]] }], {
    title: 't', subtitle: 's', unit: '件', value: (v) => `${v}件`, caveat: (c) => c.note.zh,
  }) as unknown as { series: { data: unknown[] }[]; tooltip: { formatter: (p: unknown) => string } };
  it('marks the caveated point † and leaves the others plain', () => {
    expect(o.series[0]!.data[0]).toBe(1);
    expect(o.series[0]!.data[1]).toMatchObject({ value: 2, label: { show: true, formatter: '†' } });
  });
  it('says why in the tooltip, escaped', () => {
    const html = o.tooltip.formatter([{ seriesIndex: 0, dataIndex: 1, marker: '' }]);
    expect(html).toBe('2021<br/>甲&#60;b&#62;: 2件†<br/><span style="color:#9a3412">† 累计&#60;script&#62;</span>');
    expect(o.tooltip.formatter([{ seriesIndex: 0, dataIndex: 0, marker: '' }])).toBe('2020<br/>甲&#60;b&#62;: 1件');
  });
});
