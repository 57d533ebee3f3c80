import { describe, expect, it } from 'vitest';
import { buildRankOption } from '../../../src/charts/rank-option';
import { rankMetric } from '../../../src/model/rank';

describe('rank option', () => {
  it('orders bars by rank and shows values with their year', () => {
    const rows = rankMetric([
      { jurisdiction: 'a', value: 5, qualifier: 'exact', period: 2021, observation: 'o1', derived: false },
      { jurisdiction: 'b', value: 9, qualifier: 'at_least', period: 2022, observation: 'o2', derived: false },
    ], 'higher');
    const o = buildRankOption(rows, { title: 't', subtitle: 's', name: (j) => j, value: (e) => `${e.qualifier === 'at_least' ? '≥' : ''}${e.value}`, period: (y) => `${y}`, caveat: (c) => c.note.zh }) as unknown as {
      xAxis: { data: string[] }; series: { label: { formatter: (p: { dataIndex: number }) => string } }[];
    };
    expect(o.xAxis.data).toEqual(['1. b', '2. a']);
    expect(o.series[0]!.label.formatter({ dataIndex: 0 })).toBe('≥9\n2022');
  });
  it('hands a long ranking to ECharts as interleaved [index, value] pairs in rank order (large mode)', () => {
    const entries = Array.from({ length: 300 }, (_, i) => ({
      jurisdiction: `j${i}`, value: (i * 37) % 101, qualifier: 'exact' as const, period: 2022, observation: `o${i}`, derived: false,
    }));
    const rows = rankMetric(entries, 'higher');
    const o = buildRankOption(rows, { title: 't', subtitle: 's', name: (j) => j, value: (e) => `${e.value}`, period: (y) => `${y}`, caveat: (c) => c.note.zh }) as unknown as {
      xAxis: { data: string[] }; series: { large: boolean; data: Float64Array }[];
    };
    const data = o.series[0]!.data;
    expect(o.series[0]!.large).toBe(true);
    expect(data).toBeInstanceOf(Float64Array);
    expect(data.length).toBe(600);
    for (let i = 0; i < rows.length; i++) {
      expect(data[2 * i]).toBe(i);
      expect(data[2 * i + 1]).toBe(rows[i]!.value);
    }
    // category i is the bar at x = i
    expect(o.xAxis.data[0]).toBe(`1. ${rows[0]!.jurisdiction}`);
    expect(rows[0]!.value).toBe(100);
  });
});

describe('rank option with caveats', () => {
  const caveats = [{ kind: 'as_of' as const, note: { zh: '截至9月底<b>', en: 'to September' } }];
  const rows = rankMetric([
    { jurisdiction: 'a', value: 5, qualifier: 'exact', period: 2021, observation: 'o1', derived: false, caveats },
    { jurisdiction: 'b', value: 9, qualifier: 'exact', period: 2022, observation: 'o2', derived: false },
  ], 'higher');
  const o = buildRankOption(rows, { title: 't', subtitle: 's', name: (j) => j, value: (e) => `${e.value}`, period: (y) => `${y}`, caveat: (c) => c.note.zh }) as unknown as {
    series: { label: { formatter: (p: { dataIndex: number }) => string } }[];
    tooltip: { formatter: (p: { dataIndex: number }) => string };
  };
  it('keeps the caveats through the ranking and marks the bar †', () => {
    expect(rows[1]!.caveats).toBe(caveats);
    expect(o.series[0]!.label.formatter({ dataIndex: 1 })).toBe('5†\n2021');
    expect(o.series[0]!.label.formatter({ dataIndex: 0 })).toBe('9\n2022');
  });
  it('lists the caveats in the tooltip, escaped', () => {
    const html = o.tooltip.formatter({ dataIndex: 1 });
    expect(html).toContain('† 截至9月底&#60;b&#62;');
    expect(o.tooltip.formatter({ dataIndex: 0 })).not.toContain('†');
  });
});

describe('rank option: the focus place of a peer group', () => {
  const labels = { title: 't', subtitle: 's', name: (j: string) => j, value: (e: { value: number }) => `${e.value}`, period: (y: number) => `${y}`, caveat: () => '' };
  it('among thousands of unlabelled bars, a line marks the focus with its rank and name', () => {
    const rows = rankMetric(Array.from({ length: 200 }, (_, i) => ({ jurisdiction: `j${i}`, value: i, qualifier: 'exact' as const, period: 2022, observation: `o${i}`, derived: false })), 'higher');
    const o = buildRankOption(rows, { ...labels, focus: 'j150' }) as unknown as { series: { markLine?: { data: { xAxis: number }[]; label: { formatter: string } } }[] };
    expect(o.series[0]!.markLine!.data).toEqual([{ xAxis: 49 }]);
    expect(o.series[0]!.markLine!.label.formatter).toBe('50. j150');
    expect((buildRankOption(rows, labels) as unknown as { series: { markLine?: unknown }[] }).series[0]!.markLine).toBeUndefined();
  });
});
