import { describe, expect, it } from 'vitest';
import { buildRankOption, FOCUS_COLOR, MARK_COLOR } from '../../../src/charts/rank-option';
import { PALETTE } from '../../../src/charts/theme';
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

describe('rank option: the places a person looks for', () => {
  const labels = { title: 't', subtitle: 's', name: (j: string) => j, value: (e: { value: number }) => `${e.value}`, period: (y: number) => `${y}`, caveat: () => '' };
  const legend = { all: '全部地区', marked: '所选地区', focus: '武进' };
  type Series = { name?: string; silent?: boolean; data: Float64Array | { itemStyle: { color: string } }[]; markLine?: { data: { xAxis: number }[]; label: { formatter: (p: { dataIndex: number }) => string } }; itemStyle?: { color: string } };
  type O = { series: Series[]; legend?: unknown; dataZoom?: unknown[] };
  const long = rankMetric(Array.from({ length: 200 }, (_, i) => ({ jurisdiction: `j${i}`, value: i, qualifier: 'exact' as const, period: 2022, observation: `o${i}`, derived: false })), 'higher');

  it('among thousands of unlabelled bars: the focus and the chosen places drawn again in their colours, each named by a line with its rank', () => {
    const o = buildRankOption(long, { ...labels, focus: 'j150', marked: ['j199', 'j0', 'nowhere'], legend }) as unknown as O;
    expect(o.series.map((x) => x.name)).toEqual(['全部地区', '所选地区', '武进']);
    const [, chosen, focus] = o.series as [Series, Series, Series];
    // rank order: j199 is first (x 0), j0 last (x 199); the focus j150 is 50th (x 49)
    expect([...(chosen.data as Float64Array)]).toEqual([0, 199, 199, 0]);
    expect(chosen.itemStyle!.color).toBe(MARK_COLOR);
    expect(chosen.silent).toBe(true);
    expect(chosen.markLine!.data).toEqual([{ xAxis: 0 }, { xAxis: 199 }]);
    expect(chosen.markLine!.label.formatter({ dataIndex: 1 })).toBe('200. j0');
    expect(focus.markLine!.data).toEqual([{ xAxis: 49 }]);
    expect(focus.markLine!.label.formatter({ dataIndex: 0 })).toBe('50. j150');
    expect(focus.itemStyle!.color).toBe(FOCUS_COLOR);
    expect(o.legend).toBeDefined();
    // zoom to a range of ranks on screen; never in an exported image
    expect(o.dataZoom).toHaveLength(2);
    expect((buildRankOption(long, { ...labels, footer: 'source' }) as unknown as O).dataZoom).toBeUndefined();
  });

  it('without marks: one series and no legend', () => {
    const o = buildRankOption(long, labels) as unknown as O;
    expect(o.series).toHaveLength(1);
    expect(o.legend).toBeUndefined();
  });

  it('a short ranking colours the bars themselves, and the legend names the colours', () => {
    const rows = long.slice(0, 5);
    const o = buildRankOption(rows, { ...labels, focus: 'j197', marked: ['j199'], legend }) as unknown as O;
    const colours = (o.series[0]!.data as { itemStyle: { color: string } }[]).map((d) => d.itemStyle.color);
    expect(colours).toEqual([MARK_COLOR, PALETTE[0], FOCUS_COLOR, PALETTE[0], PALETTE[0]]);
    expect(o.series.slice(1).map((x) => [x.name, (x.data as unknown[]).length])).toEqual([['所选地区', 0], ['武进', 0]]);
  });
});
