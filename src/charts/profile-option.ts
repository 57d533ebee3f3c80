/** Profile charts: category radar against the others' mean, and time lines with gaps. Pure. */
import type { EChartsCoreOption } from 'echarts/core';
import type { CategoryScore } from '../model/profile';
import { FONT_FAMILY, PALETTE, labelSafe, titleBlock } from './theme';

export function buildRadarOption(
  scores: readonly CategoryScore[],
  labels: { title: string; subtitle: string; target: string; others: string; category: (c: CategoryScore['category']) => string; footer?: string | undefined },
): EChartsCoreOption {
  const target = labelSafe(labels.target);
  const others = labelSafe(labels.others);
  return {
    animation: false,
    color: PALETTE.slice(0, 2),
    textStyle: { fontFamily: FONT_FAMILY },
    aria: { enabled: true, decal: { show: true } },
    title: titleBlock(labels.title, labels.subtitle, labels.footer),
    legend: { top: 50, left: 8, data: [target, others] },
    tooltip: { trigger: 'item', confine: true },
    radar: {
      center: ['50%', '58%'],
      radius: '60%',
      indicator: scores.map((s) => ({ name: labelSafe(`${labels.category(s.category)} (${s.metrics})`), max: 100 })),
      axisName: { color: '#111', fontSize: 11 },
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

export function buildTimeOption(
  years: readonly number[],
  series: readonly { name: string; values: readonly (number | null)[] }[],
  labels: { title: string; subtitle: string; unit: string; footer?: string | undefined },
): EChartsCoreOption {
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT_FAMILY },
    aria: { enabled: true, decal: { show: true } },
    title: titleBlock(labels.title, labels.subtitle, labels.footer, 14),
    legend: { top: 46, left: 8 },
    grid: { left: 56, right: 16, top: 84, bottom: labels.footer ? 60 : 36 },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: { type: 'value', name: labelSafe(labels.unit) },
    series: series.map((s) => ({
      type: 'line',
      name: labelSafe(s.name),
      // null = a year with no figure: drawn as a gap, never joined across
      connectNulls: false,
      showAllSymbol: true,
      symbolSize: 7,
      data: s.values.map((v) => (v === null ? '-' : v)),
    })),
  };
}
