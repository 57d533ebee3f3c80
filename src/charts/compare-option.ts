/**
 * Compare panel → ECharts option. Pure: no DOM, no store. Every bar carries its year; lower bounds are hatched
 * and marked ≥; derived figures are outlined and marked *; a figure with caveats (not like-for-like) is marked †
 * and its tooltip says why; "not reported" is a labelled gap, never a zero bar.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Cell, Panel } from '../model/compare';
import { formatFigure, type Lang } from '../model/format';
import { formatPerCapita, type Population } from '../model/per-capita';
import { caveatMark } from '../model/caveats';
import { pickLang } from '../i18n';
import type { Caveat, Jurisdiction } from '../model/schema';
import { BAR_LABEL, PALETTE, FONT_FAMILY, MUTED, caveatTooltipLines, escapeHtml, labelSafe, titleBlock, wrapLabel } from './theme';

export interface CompareLabels {
  title: string;
  subtitle: string;
  notReported: string;
  /** the gap of a place that reports the metric, but not in the year asked: "2022年无数据(有2023年)" */
  noFigureIn?: ((year: number, otherYears: readonly number[]) => string) | undefined;
  derived: string;
  period: (year: number) => string;
  /** a caveat as one line of text (kind and note, in the chart's language) */
  caveat: (c: Caveat) => string;
  /** drawn at the bottom of the chart (source line, export date) */
  footer?: string | undefined;
  /** per 10,000 residents: the gap of a place without population, and a population in the tooltip */
  noPopulation?: string | undefined;
  population?: ((p: Population) => string) | undefined;
  /** per metric, the median and middle half of all places' figures (or a peer group's), drawn behind the bars */
  spreads?: readonly ({ median: number; q1: number; q3: number } | null)[] | undefined;
}

/** The colour of the band behind the bars (the middle half of all places) and its median line. */
export const SPREAD_COLOR = 'rgba(17, 24, 39, 0.07)';
export const SPREAD_LINE = '#374151';

/** What a gap says: the figure is missing in the year asked but stands in another, or is not reported at all. */
export function gapLabel(cell: Extract<Cell, { status: 'not_reported' }>, labels: Pick<CompareLabels, 'notReported' | 'noFigureIn'>): string {
  if (cell.period !== null && cell.otherYears?.length && labels.noFigureIn) return labels.noFigureIn(cell.period, cell.otherYears);
  return labels.notReported;
}

export function cellLabel(cell: Cell, panel: Panel, metricIndex: number, lang: Lang, labels: CompareLabels): string {
  if (cell.status === 'not_reported') return gapLabel(cell, labels);
  if (cell.status === 'no_population') return labels.noPopulation ?? '';
  const m = panel.metrics[metricIndex]!;
  const fig = cell.perCapita ? formatPerCapita(cell, m.unit, lang, false) : formatFigure(cell, m, lang, false);
  return `${fig}${cell.derived ? '*' : ''}${caveatMark(cell.observation.caveats)}\n${labels.period(cell.period)}`;
}

/** The chart in words: the title, then per metric each place's figure with its year, or what its gap says. */
export function compareDescription(panel: Panel, names: readonly string[], lang: Lang, labels: CompareLabels): string {
  const sep = lang === 'zh' ? ';' : '; ';
  const parts = panel.metrics.map((m, mi) => {
    const cells = panel.cells[mi]!.map((cell, ji) => `${names[ji]} ${cellLabel(cell, panel, mi, lang, labels).replace(/\n/g, ' ')}`);
    return `${pickLang(m.name, lang)}: ${cells.join(lang === 'zh' ? ',' : ', ')}`;
  });
  return `${labels.title}. ${parts.join(sep)}`;
}

/** Where all places fall, per indicator: a band from the lower to the upper quartile and a dashed line at the median. */
function spreadMarks(spreads: NonNullable<CompareLabels['spreads']>, categories: readonly string[]) {
  const at = (mi: number, y: number) => ({ xAxis: categories[mi], yAxis: y });
  return {
    silent: true,
    animation: false,
    data: spreads.flatMap((d, mi) =>
      d
        ? [
            [{ ...at(mi, d.q1), itemStyle: { color: SPREAD_COLOR } }, at(mi, d.q3)],
            [{ ...at(mi, d.median), itemStyle: { color: 'transparent', borderColor: SPREAD_LINE, borderWidth: 1.5, borderType: 'dashed' } }, at(mi, d.median)],
          ]
        : [],
    ),
  };
}

/** Names made distinct: a name that more than one place has gets the place's id added, "武进 (js.wujin)". */
export function uniqueNames(names: readonly string[], ids: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return names.map((n, i) => (count.get(n)! > 1 ? labelSafe(`${n} (${ids[i]})`) : n));
}

export function buildCompareOption(
  panel: Panel,
  jurisdictions: ReadonlyMap<string, Jurisdiction>,
  lang: Lang,
  labels: CompareLabels,
): EChartsCoreOption {
  const names = uniqueNames(
    panel.jurisdictions.map((id) => {
      const j = jurisdictions.get(id);
      return labelSafe(j ? pickLang(j.short, lang) : id);
    }),
    panel.jurisdictions,
  );
  // series are keyed by the place's id; their names are distinct too (ECharts' legend merges series of one name)
  const series = panel.jurisdictions.map((id, ji) => ({
    type: 'bar',
    id,
    name: names[ji],
    barMaxWidth: 48,
    label: { show: true, position: 'top', fontSize: 11, lineHeight: 14, color: '#111' },
    data: panel.cells.map((row, mi) => {
      const cell = row[ji]!;
      const color = PALETTE[(panel.placeIndex[ji] ?? ji) % PALETTE.length]!;
      const text = cellLabel(cell, panel, mi, lang, labels);
      if (cell.status !== 'reported')
        return {
          value: 0,
          notReported: true,
          itemStyle: { color: 'transparent' },
          label: { formatter: labelSafe(text), color: MUTED, fontStyle: 'italic', rotate: 90, align: 'left', verticalAlign: 'middle', position: 'insideBottom', distance: 4 },
        };
      const lowerBound = cell.qualifier === 'at_least';
      return {
        value: cell.value,
        itemStyle: {
          color,
          opacity: lowerBound || cell.qualifier === 'approx' ? 0.55 : 1,
          borderColor: cell.derived ? '#111' : color,
          borderWidth: cell.derived ? 2 : 0,
          borderType: cell.derived ? 'dashed' : 'solid',
          decal: lowerBound ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4, color: 'rgba(0,0,0,0.35)' } : undefined,
        },
        label: { formatter: labelSafe(text), ...BAR_LABEL },
      };
    }),
  }));
  const categories = panel.metrics.map((m) => labelSafe(pickLang(m.name, lang)));
  const hasFooter = Boolean(labels.footer);
  const unitName = labelSafe(pickLang(panel.unit, lang));
  // a subtitle of two lines (the population's source under the places and years) moves the legend and plot down
  const extraLines = labels.subtitle.split('\n').length - 1;
  const labelWidth = Math.max(50, Math.min(110, Math.floor(500 / Math.max(1, panel.metrics.length)) - 8));
  const hasNegative = panel.cells.some((row) => row.some((c) => c.status === 'reported' && c.value < 0));
  if (series[0] && labels.spreads?.some((d) => d)) Object.assign(series[0], { markArea: spreadMarks(labels.spreads, categories) });
  return {
    animation: false,
    // a panel may leave a place out: each place keeps its colour (legend and decal follow the series' colour)
    color: panel.jurisdictions.map((_, ji) => PALETTE[(panel.placeIndex[ji] ?? ji) % PALETTE.length]!),
    textStyle: { fontFamily: FONT_FAMILY },
    // what a screen reader hears: each figure as drawn, a gap as 未报告 (ECharts' own description reads it as 0)
    aria: { enabled: true, decal: { show: true }, label: { description: compareDescription(panel, names, lang, labels) } },
    title: titleBlock(labels.title, labels.subtitle, labels.footer),
    legend: { top: 50 + extraLines * 14, left: 8, data: names },
    grid: { left: 56, right: 16, top: 104 + extraLines * 14, bottom: hasFooter ? 84 : 64, containLabel: false },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => compareTooltip(p, panel, names, lang, labels),
    },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { interval: 0, width: labelWidth, overflow: 'break', fontSize: 11, formatter: (v: string) => wrapLabel(v, labelWidth / 11) },
    },
    // a long per-head unit (packages per 10k) runs right from the axis: right-aligned it ran off the chart's left edge
    yAxis: { type: 'value', name: unitName, nameTextStyle: { align: panel.perCapita?.divided && unitName.length > 8 ? 'left' : 'right' }, ...(hasNegative ? {} : { min: 0 }) },
    series,
  };
}

/** Tooltip HTML: every piece of data text is escaped. */
export function compareTooltip(p: unknown, panel: Panel, names: readonly string[], lang: Lang, labels: CompareLabels): string {
  const { seriesIndex, dataIndex } = p as { seriesIndex: number; dataIndex: number };
  const cell = panel.cells[dataIndex]?.[seriesIndex];
  const metric = panel.metrics[dataIndex];
  if (!cell || !metric) return '';
  const head = `<b>${escapeHtml(names[seriesIndex] ?? '')}</b> · ${escapeHtml(pickLang(metric.name, lang))}`;
  if (cell.status === 'not_reported') return `${head}<br/>${escapeHtml(gapLabel(cell, labels))}`;
  if (cell.status === 'no_population') return `${head}<br/>${escapeHtml(formatFigure(cell.raw, metric, lang))} · ${escapeHtml(labels.noPopulation ?? '')}`;
  const per = cell.perCapita;
  const fig = per
    ? `${formatPerCapita(cell, metric.unit, lang)} · ${formatFigure(per.raw, metric, lang)}${labels.population ? ` · ${labels.population(per.population)}` : ''}`
    : formatFigure(cell, metric, lang);
  const quote = cell.observation.quote.length > 120 ? `${cell.observation.quote.slice(0, 120)}…` : cell.observation.quote;
  const mark = caveatMark(cell.observation.caveats);
  return `${head}<br/>${escapeHtml(fig)}${mark}${cell.derived ? ` (${escapeHtml(labels.derived)})` : ''} · ${escapeHtml(labels.period(cell.period))}${caveatTooltipLines(cell.observation.caveats, labels.caveat)}<br/><span style="color:${MUTED}">“${escapeHtml(quote)}”</span>`;
}
