/** Profile charts: the radar (areas or metrics) against the others' mean, and time lines with gaps. Pure. */
import type { EChartsCoreOption } from 'echarts/core';
import type { CategoryScore } from '../model/profile';
import type { Caveat } from '../model/schema';
import { CAVEAT_MARK, caveatMark } from '../model/caveats';
import { PALETTE, caveatTooltipLines, chartFrame, escapeHtml, labelSafe } from './theme';

export interface TimeSeriesInput {
  name: string;
  values: readonly (number | null)[];
  /** each year's caveats (undefined: none): the point is marked † and the tooltip says why */
  caveats?: readonly (readonly Caveat[] | undefined)[] | undefined;
}

export interface TimeLabels {
  title: string;
  subtitle: string;
  unit: string;
  footer?: string | undefined;
  /** a value as the tooltip writes it */
  value: (v: number) => string;
  /** a caveat as one line of text */
  caveat: (c: Caveat) => string;
}

/** A point of a time line: '-' for a missing year (a gap), a marked point for a figure with caveats. */
function timePoint(v: number | null, caveats: readonly Caveat[] | undefined) {
  if (v === null) return '-';
  if (!caveats?.length) return v;
  return { value: v, symbol: 'diamond', symbolSize: 10, label: { show: true, position: 'top', formatter: CAVEAT_MARK, color: '#9a3412', fontSize: 13 } };
}

/** The axis tooltip of a time chart: the year, then each series' value (marked †, with its caveats), all escaped. */
function timeTooltip(p: unknown, years: readonly number[], series: readonly TimeSeriesInput[], labels: TimeLabels): string {
  const items = (Array.isArray(p) ? p : [p]) as { seriesIndex: number; dataIndex: number; marker?: string }[];
  const year = years[items[0]?.dataIndex ?? -1];
  const lines = items.map(({ seriesIndex, dataIndex, marker }) => {
    const s = series[seriesIndex];
    const v = s?.values[dataIndex];
    if (!s || v === null || v === undefined) return '';
    const caveats = s.caveats?.[dataIndex];
    return `<br/>${typeof marker === 'string' ? marker : ''}${escapeHtml(s.name)}: ${escapeHtml(labels.value(v))}${caveatMark(caveats)}${caveatTooltipLines(caveats, labels.caveat)}`;
  });
  return `${year ?? ''}${lines.join('')}`;
}

/**
 * A radar axis' name on lines of at most `width` characters, what it counts ("(n=3)") on a line of its own: at
 * 390 px a name on one line ran past the chart's edge.
 */
export function radarAxisLines(label: string, width = 8): string {
  const at = label.lastIndexOf(' (');
  const [name, detail] = at > 0 ? [label.slice(0, at), label.slice(at + 1)] : [label, ''];
  const chars = [...name];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return [...lines, detail].filter(Boolean).join('\n');
}

export function buildRadarOption(
  scores: readonly CategoryScore[],
  labels: { title: string; subtitle: string; target: string; others: string; axis: (s: CategoryScore) => string; footer?: string | undefined },
): EChartsCoreOption {
  const target = labelSafe(labels.target);
  const others = labelSafe(labels.others);
  return {
    ...chartFrame(labels, 15, PALETTE.slice(0, 2)),
    legend: { top: 50, left: 8, data: [target, others] },
    tooltip: { trigger: 'item', confine: true },
    radar: {
      center: ['50%', '58%'],
      radius: '55%',
      // an axis whose score is built from a caveated figure is marked † (the notes say which and why)
      indicator: scores.map((s) => ({ name: labelSafe(`${radarAxisLines(labels.axis(s))}${s.caveats?.length ? CAVEAT_MARK : ''}`), min: 0, max: 100 })),
      axisName: { color: '#111', fontSize: 11, lineHeight: 14 },
    },
    series: [
      {
        type: 'radar',
        data: [
          { name: target, value: scores.map((s) => s.score), areaStyle: { opacity: 0.25 } },
          { name: others, value: scores.map((s) => s.othersMean), lineStyle: { type: 'dashed' } },
        ],
      },
    ],
  };
}

export function buildTimeOption(years: readonly number[], series: readonly TimeSeriesInput[], labels: TimeLabels): EChartsCoreOption {
  return {
    ...chartFrame(labels),
    legend: { top: 46, left: 8 },
    // the unit (the y axis name) sits under the legend, not beside it: the legend ends at about 70 px, the name 27 px above the grid
    grid: { left: 56, right: 16, top: 100, bottom: labels.footer ? 60 : 36 },
    tooltip: { trigger: 'axis', confine: true, formatter: (p: unknown) => timeTooltip(p, years, series, labels) },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: { type: 'value', name: labelSafe(labels.unit) },
    series: series.map((s) => ({
      type: 'line',
      name: labelSafe(s.name),
      // null = a year with no figure: drawn as a gap, never joined across
      connectNulls: false,
      showAllSymbol: true,
      symbolSize: 7,
      data: s.values.map((v, i) => timePoint(v, s.caveats?.[i])),
    })),
  };
}
