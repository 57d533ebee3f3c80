/** The list's timeliness, indicator counts against same-level peers, order and search, on the bundled dataset. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkContents } from '../../../src/model/report-check';
import { filterRows, median, reportedMetrics, reportRows, sortRows, timeliness, type ReportSummary } from '../../../src/model/report-list';
import type { Dataset, Level } from '../../../src/model/schema';

const ds = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Dataset;
const summaries: ReportSummary[] = ds.reports.map(({ text: _t, textSimplified: _s, notes: _n, ...report }, i) => ({
  report,
  figures: ds.observations.filter((o) => o.report === report.id).length,
  metrics: reportedMetrics(ds.observations, report.id),
  contents: checkContents(ds.reports[i]!),
}));
const catalog = { metricById: new Map(ds.metrics.map((m) => [m.id, m])), jurisdictionById: new Map(ds.jurisdictions.map((j) => [j.id, j])) };
const rows = reportRows(summaries, catalog);
const row = (id: string) => rows.find((r) => r.report.id === id)!;
const zh = (id: string) => ds.jurisdictions.find((j) => j.id === id)!.name.zh;

describe('published by 1 April of the next year', () => {
  it('from the date, as precise as it is', () => {
    expect(timeliness({ period: 2022 })).toEqual({ kind: 'unknown' });
    expect(timeliness({ period: 2022, published: '2023-03-23' }).kind).toBe('on_time');
    expect(timeliness({ period: 2022, published: '2023-04-01' }).kind).toBe('on_time');
    expect(timeliness({ period: 2022, published: '2023-04-02' }).kind).toBe('late');
    expect(timeliness({ period: 2022, published: '2023-04' }).kind).toBe('unclear');
    expect(timeliness({ period: 2022, published: '2023-05' }).kind).toBe('late');
    expect(timeliness({ period: 2022, published: '2023' }).kind).toBe('unclear');
    expect(timeliness({ period: 2022, published: '2022' }).kind).toBe('on_time');
    expect(timeliness({ period: 2022, published: '2024' })).toEqual({ kind: 'late', published: '2024', deadline: '2023-04-01' });
  });

  it('on the bundled reports: two dates unknown, three on time', () => {
    expect(rows.map((r) => [r.report.id, r.timeliness.kind])).toEqual([
      ['wujin-2022', 'unknown'],
      ['sip-2022', 'on_time'],
      ['jianggan-2020', 'unknown'],
      ['nantong-2024', 'on_time'],
      ['lvliang-2023', 'on_time'],
    ]);
  });
});

describe('indicators against same-level peers', () => {
  it('counts the distinct catalogue metrics of the figures the report gives (not derived, not report-specific)', () => {
    expect(rows.map((r) => [r.report.id, r.indicators, r.figures])).toEqual([
      ['wujin-2022', 34, 34],
      ['sip-2022', 10, 10],
      ['jianggan-2020', 26, 26],
      ['nantong-2024', 15, 15],
      ['lvliang-2023', 129, 135],
    ]);
    // a report-specific metric does not count
    expect(reportRows([{ ...summaries[1]!, metrics: ['x.specific', ...summaries[1]!.metrics] }], {
      ...catalog,
      metricById: new Map<string, { specific?: true }>([...catalog.metricById, ['x.specific', { specific: true }]]),
    })[0]!.indicators).toBe(10);
  });

  it('the median of the reports of other places of the same level', () => {
    expect(row('wujin-2022').peers).toEqual({ median: 26, n: 1 }); // districts: 江干区
    expect(row('jianggan-2020').peers).toEqual({ median: 34, n: 1 });
    expect(row('nantong-2024').peers).toEqual({ median: 129, n: 1 }); // cities: 吕梁市
    expect(row('lvliang-2023').peers).toEqual({ median: 15, n: 1 });
    expect(row('sip-2022').peers).toBeNull(); // the only zone
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('another report of the same place is not its peer', () => {
    const again = { ...summaries[0]!, report: { ...summaries[0]!.report, id: 'wujin-2023', period: 2023 }, metrics: [] };
    const r = reportRows([...summaries, again], catalog).find((x) => x.report.id === 'wujin-2022')!;
    expect(r.peers).toEqual({ median: 26, n: 1 });
  });
});

describe('order and search', () => {
  it('by place (zh collation) then latest year; by indicators largest first', () => {
    const placed = sortRows(rows, 'place', zh).map((r) => r.report.id);
    // pinyin order: 常州 杭州 吕梁 南通 苏州
    expect(placed).toEqual(['wujin-2022', 'jianggan-2020', 'lvliang-2023', 'nantong-2024', 'sip-2022']);
    expect(sortRows(rows, 'indicators', zh).map((r) => r.indicators)).toEqual([129, 34, 26, 15, 10]);
    expect(sortRows(rows, 'period', zh)[0]!.report.id).toBe('nantong-2024');
  });

  it('finds by place name or title', () => {
    const names = (id: string) => {
      const j = ds.jurisdictions.find((x) => x.id === id)!;
      return [j.name.zh, j.name.en];
    };
    expect(filterRows(rows, '武进', names).map((r) => r.report.id)).toEqual(['wujin-2022']);
    expect(filterRows(rows, '工作报告', names).map((r) => r.report.id)).toEqual(['sip-2022', 'jianggan-2020']);
    expect(filterRows(rows, ' ', names)).toHaveLength(5);
  });
});

describe('reportRows: the peers’ median over many reports', () => {
  /** The definition: for each report, the median of the counts of the reports of other places of its level. */
  function naivePeers(rows: { place: string; level: Level | null; indicators: number }[]) {
    return rows.map((r) => {
      if (!r.level) return null;
      const others = rows.filter((x) => x.level === r.level && x.place !== r.place).map((x) => x.indicators);
      const m = median(others);
      return m === null ? null : { median: m, n: others.length };
    });
  }

  it('equals the median of the other places’ reports of the same level, for any reports', () => {
    const row = fc.record({
      place: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      level: fc.constantFrom<Level | null>('county', 'district', 'city', null),
      indicators: fc.integer({ min: 0, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        // a place keeps one level; its reports each report `indicators` distinct catalogue metrics
        const levelOf = new Map<string, Level | null>();
        for (const r of rows) if (!levelOf.has(r.place)) levelOf.set(r.place, r.level);
        const fixed = rows.map((r) => ({ ...r, level: levelOf.get(r.place)! }));
        const metricById = new Map<string, Record<string, never>>(Array.from({ length: 12 }, (_, i) => [`m${i}`, {}]));
        const jurisdictionById = new Map([...levelOf].filter((e): e is [string, Level] => e[1] !== null).map(([id, level]) => [id, { level }] as const));
        const summaries = fixed.map((r, i) => ({
          report: { id: `r${i}`, jurisdiction: r.place, period: 2023, title: `r${i}` },
          figures: r.indicators,
          metrics: Array.from({ length: r.indicators }, (_, k) => `m${k}`),
          contents: {},
        })) as unknown as ReportSummary[];
        const got = reportRows(summaries, { metricById, jurisdictionById }).map((r) => r.peers);
        expect(got).toEqual(naivePeers(fixed));
      }),
      { numRuns: 300 },
    );
  });
});
