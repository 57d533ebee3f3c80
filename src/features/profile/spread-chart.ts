/**
 * The profile's percentile chart, pure: each metric's latest figure that can be placed, as its percentile among
 * the places reporting it (0–100), the middle half (25–75) as a grey band and the median (50) dashed; its export
 * entry, whose rows carry every figure with the median, quartiles and percentile (or how few report).
 */
import './register-strings';
import type { EChartsCoreOption } from 'echarts/core';
import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import type { Spread } from '../../model/distribution';
import { formatFigure, type Lang } from '../../model/format';
import type { Population } from '../../model/per-capita';
import type { Metric } from '../../model/schema';
import { pickLang, translator } from '../../i18n';
import { chartFrame, escapeHtml, labelSafe, BAR_LABEL } from '../../charts/theme';
import { SPREAD_COLOR, SPREAD_LINE } from '../../charts/compare-option';
import type { ExportRow } from '../../formats/export/rows';
import type { ExportEntry } from '../../ui/export/registry';
import { simpleEntry } from '../../ui/export/simple-entry';
import { QUALIFIER_MARK } from '../../model/format';
import { figureSpread, figureSpreadParts, joinParts, spreadColumns, spreadKey, type FigureSpread } from './profile-spreads';

export interface SpreadItem {
  observation: LocatedObservation;
  metric: Metric;
  fs: FigureSpread;
}
export type PlacedItem = SpreadItem & { fs: Extract<FigureSpread, { status: 'placed' }> };

/** Every figure of a shared metric with its spread (in the profile's order), and the drawn ones: each metric's latest placed. */
export function spreadItems(
  observations: readonly LocatedObservation[],
  catalog: Pick<Catalog, 'metricById'>,
  spreads: ReadonlyMap<string, Spread | null>,
  population: Population | null | undefined,
): { all: SpreadItem[]; drawn: PlacedItem[] } {
  const all: SpreadItem[] = [];
  const latest = new Map<string, PlacedItem>();
  for (const o of observations) {
    const metric = catalog.metricById.get(o.metric);
    const spread = spreads.get(spreadKey(o.metric, o.period));
    if (!metric || !spread) continue;
    const item: SpreadItem = { observation: o, metric, fs: figureSpread(o, spread, population) };
    all.push(item);
    if (item.fs.status !== 'placed') continue;
    const had = latest.get(o.metric);
    if (!had || o.period > had.observation.period) latest.set(o.metric, item as PlacedItem);
  }
  return { all, drawn: [...latest.values()] };
}

const ROW = 40;
/** The title's line and each subtitle line: the plot starts under them. */
const TITLE = 40;
const SUBTITLE_LINE = 15;
const plotTop = (subtitle: string) => TITLE + SUBTITLE_LINE * subtitle.split('\n').length + 8;

/** The chart's height on screen for n rows (without the export's footer). */
export const spreadChartHeight = (n: number, subtitle: string): number => plotTop(subtitle) + 40 + ROW * n;

const barLabel = (it: PlacedItem): string => {
  const { percentile: p, upper, bound } = it.fs.standing;
  const mark = bound === 'range' ? '' : QUALIFIER_MARK[bound];
  return `${mark}${p}${bound === 'range' ? `–${upper}` : ''}${it.fs.marked ? '*' : ''}`;
};

export const itemName = (it: SpreadItem, lang: Lang): string => `${pickLang(it.metric.name, lang)} ${it.observation.period}`;

export function spreadChartOption(drawn: readonly PlacedItem[], lang: Lang, labels: { title: string; subtitle: string; group?: string | undefined; footer?: string | undefined }): EChartsCoreOption {
  const t = translator(lang);
  return {
    ...chartFrame(labels),
    grid: { left: 8, right: 40, top: plotTop(labels.subtitle), bottom: labels.footer ? 60 : 28, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const it = drawn[(p as { dataIndex: number }).dataIndex];
        if (!it) return '';
        const figure = formatFigure(it.observation, it.metric, lang);
        return `${escapeHtml(itemName(it, lang))}: ${escapeHtml(figure)}<br/>${figureSpreadParts(it.fs, it.metric, lang, labels.group).map(escapeHtml).join('<br/>')}`;
      },
    },
    xAxis: { type: 'value', min: 0, max: 100, interval: 25, name: labelSafe(t('export.col.percentile')), nameLocation: 'middle', nameGap: 22 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: drawn.map((it) => labelSafe(itemName(it, lang))),
      axisLabel: { width: 130, overflow: 'break', lineHeight: 13, fontSize: 11, color: '#111' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 14,
        data: drawn.map((it) => ({
          value: it.fs.standing.percentile,
          // a lower or upper bound, an approximation: lighter (its label says ≥ ≤ ≈)
          itemStyle: { opacity: it.fs.standing.bound === 'exact' ? 1 : 0.55 },
          label: { formatter: labelSafe(barLabel(it)) },
        })),
        label: { show: true, position: 'right', fontSize: 11, ...BAR_LABEL },
        markArea: {
          silent: true,
          animation: false,
          data: [
            [{ xAxis: 25, itemStyle: { color: SPREAD_COLOR } }, { xAxis: 75 }],
            [{ xAxis: 50, itemStyle: { color: 'transparent', borderColor: SPREAD_LINE, borderWidth: 1.5, borderType: 'dashed' } }, { xAxis: 50 }],
          ],
        },
      },
    ],
  };
}

/** The export entry: the image of the chart, every figure's row with the spread's columns, the words in the notes. */
export function spreadChartEntry(args: {
  all: readonly SpreadItem[];
  drawn: readonly PlacedItem[];
  catalog: Catalog;
  jurisdiction: string;
  lang: Lang;
  /** the peer group's name (absent: all places) */
  group?: string | undefined;
}): ExportEntry {
  const { all, drawn, catalog, jurisdiction, lang, group } = args;
  const t = translator(lang);
  const j = catalog.jurisdictionById.get(jurisdiction);
  const who = j ? pickLang(j.short, lang) : jurisdiction;
  const title = t('profile.spread.chartTitle', { name: who });
  const scope = group ?? t('profile.spread.all');
  const subtitle = t('profile.spread.chartSubtitle', { scope });
  const periods = [...new Set(all.map((it) => it.observation.period))].sort((a, b) => a - b);
  const left = new Set(all.filter((it) => it.fs.status !== 'placed').map((it) => it.metric.id)).size;
  const base = simpleEntry({
    id: 'profile-spread',
    order: 5,
    title,
    description: subtitle,
    filenameParts: [who, t('profile.spread.label')],
    buildOption: (ctx) => spreadChartOption(drawn, lang, { title, subtitle, group, footer: ctx.footer }),
    periods,
    catalog,
    lang,
    extraNotes: [
      t('profile.spread.rule'),
      ...drawn.map((it) => `${itemName(it, lang)}:${joinParts(figureSpreadParts(it.fs, it.metric, lang, group), lang)}`),
      ...(left ? [t('profile.spread.left', { n: left })] : []),
    ],
    figures: () =>
      all.map((it) => ({
        jurisdiction,
        metric: it.metric.id,
        value: it.observation.value,
        display: formatFigure(it.observation, it.metric, lang),
        period: it.observation.period,
        qualifier: it.observation.qualifier,
        observation: it.observation.id,
        derived: Boolean(it.observation.derived),
        caveats: it.observation.caveats,
      })),
  });
  // the rows simpleEntry makes, with each figure's spread after the other columns (built when an export asks)
  let rows: ExportRow[] | null = null;
  return {
    id: base.id,
    order: base.order,
    title: base.title,
    description: base.description,
    filenameParts: base.filenameParts,
    buildOption: base.buildOption,
    get rows() {
      rows ??= base.rows.map((r, i) => {
        const fs = all[i]!.fs;
        return { ...r, ...spreadColumns(fs, fs.spread.perCapita ? `${scope} · ${t('perCapita.value')}` : scope) };
      });
      return rows;
    },
    get notes() {
      return base.notes;
    },
    observations: base.observations,
    sources: base.sources,
  };
}
