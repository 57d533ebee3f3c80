/** Ranking charts. Pure option builders. */
import type { EChartsCoreOption } from 'echarts/core';
import type { CompositeRow } from '../model/composite';
import type { RankedEntry } from '../model/rank';
import type { Caveat } from '../model/schema';
import { CAVEAT_MARK, caveatMark } from '../model/caveats';
import { BAR_LABEL, CAVEAT_COLOR, FONT_FAMILY, PALETTE, caveatTooltipLines, escapeHtml, labelSafe, titleBlock } from './theme';

export interface RankChartLabels {
  title: string;
  subtitle: string;
  footer?: string | undefined;
  name: (jurisdiction: string) => string;
  value: (e: RankedEntry) => string;
  period: (y: number) => string;
  /** a caveat as one line of text (the tooltip lists a figure's caveats; its label is marked †) */
  caveat: (c: Caveat) => string;
  /** the place the ranking is read for (a peer group's focus): its bar stands out, and a line marks it in large mode */
  focus?: string | undefined;
  /** places to mark too (the places chosen to compare): their bars in their own colour, lines in large mode */
  marked?: readonly string[] | undefined;
  /** the legend's words for all bars, the marked ones and the focus (no legend without marks) */
  legend?: { all: string; marked: string; focus: string } | undefined;
}

/**
 * Over this many bars a ranking draws in large mode: no axis labels, no per-bar labels or styles, typed-array
 * data. The two modes differ in structure: a chart updated in place must be rebuilt when it crosses over.
 */
export const largeRanking = (n: number) => n > 40;
/** The focus place's bar (a peer group's place): orange of the Okabe–Ito palette, apart from the bars' blue. */
export const FOCUS_COLOR = '#D55E00';
/** The places chosen in the compare view, marked in a ranking: yellow-orange of the same palette. */
export const MARK_COLOR = '#E69F00';
/** At most this many marked places are named by a line in a long ranking. */
const MARK_LINES = 8;
const many = largeRanking;

/** What both ranking charts share: one bar per jurisdiction in rank order, axis labels only when they fit. */
function rankFrame(names: readonly string[], labels: { title: string; subtitle: string; footer?: string | undefined }, tooltip: (i: number) => string) {
  const big = many(names.length);
  return {
    big,
    frame: {
      animation: false,
      textStyle: { fontFamily: FONT_FAMILY },
      aria: { enabled: true, decal: { show: !big } },
      title: titleBlock(labels.title, labels.subtitle, labels.footer),
      // a subtitle of two lines (e.g. the population's source) moves the plot down
      grid: { left: 56, right: 16, top: 70 + (labels.subtitle.split('\n').length - 1) * 15 + (big ? 0 : 12), bottom: labels.footer ? 90 : 70 },
      tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => tooltip((p as { dataIndex: number }).dataIndex) },
      xAxis: {
        type: 'category',
        data: names.map(labelSafe),
        axisLabel: big ? { show: false } : { interval: 0, rotate: names.length > 8 ? 40 : 0, fontSize: 11 },
      },
    },
  };
}

/**
 * Bars for large mode as ECharts' typed-array storage: [x0, y0, x1, y1, …] with x the category index (a typed
 * array is read as interleaved dimensions, never as a list of y values; apache/echarts#15764). ECharts then skips
 * its per-item option pass and stores the values as they are.
 */
export function largeBars(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    out[2 * i] = i;
    out[2 * i + 1] = values[i]!;
  }
  return out;
}

export function buildRankOption(rows: readonly RankedEntry[], labels: RankChartLabels): EChartsCoreOption {
  const { big, frame } = rankFrame(
    rows.map((r) => `${r.rank}. ${labels.name(r.jurisdiction)}`),
    labels,
    (i) => {
      const r = rows[i];
      if (!r) return '';
      return `<b>${escapeHtml(labels.name(r.jurisdiction))}</b> · #${r.rank}${r.tied ? ' (=)' : ''}<br/>${escapeHtml(labels.value(r))}${caveatMark(r.caveats)} · ${escapeHtml(labels.period(r.period))}${caveatTooltipLines(r.caveats, labels.caveat)}`;
    },
  );
  const at = labels.focus === undefined ? -1 : rows.findIndex((r) => r.jurisdiction === labels.focus);
  const markedIds = new Set(labels.marked ?? []);
  const marked = markedIds.size ? rows.flatMap((r, i) => (markedIds.has(r.jurisdiction) && i !== at ? [i] : [])) : [];
  const colorAt = (i: number) => (i === at ? FOCUS_COLOR : marked.includes(i) ? MARK_COLOR : PALETTE[0]);
  const bars = rankBars(
    big,
    (i) => labelSafe(`${labels.value(rows[i]!)}${rows[i]!.derived ? '*' : ''}${caveatMark(rows[i]!.caveats)}\n${labels.period(rows[i]!.period)}`),
    // large mode draws all bars as one path and ignores per-bar styles: plain values then (the table marks ≥ and *)
    big
      ? largeBars(rows.map((r) => r.value))
      : rows.map((r, i) => {
          const color = colorAt(i);
          return {
            value: r.value,
            itemStyle: {
              color,
              opacity: r.qualifier === 'at_least' || r.qualifier === 'approx' ? 0.55 : 1,
              borderColor: r.derived ? '#111' : color,
              borderWidth: r.derived ? 2 : 0,
              borderType: 'dashed',
            },
          };
        }),
  );
  const legend = labels.legend && (at >= 0 || marked.length > 0) ? labels.legend : undefined;
  const series: object[] = [{ ...bars, ...(legend ? { name: labelSafe(legend.all) } : {}), barGap: '-100%' }];
  // the places a person looks for, among thousands of unlabelled bars: their bars drawn again in their colour
  // (silent: a click reaches the bar below) and a line at each, named with its rank; at most MARK_LINES named
  const overlay = (name: string, color: string, at: readonly number[]) => ({
    type: 'bar' as const,
    name: labelSafe(name),
    large: true,
    silent: true,
    barGap: '-100%',
    barMaxWidth: 40,
    itemStyle: { color },
    data: largeBars(at.map((i) => rows[i]!.value)).map((v, k) => (k % 2 === 0 ? at[k / 2]! : v)),
    markLine: {
      silent: true,
      symbol: 'none',
      animation: false,
      lineStyle: { color, width: 2, type: 'solid' },
      label: { color, fontSize: 11, formatter: (p: { dataIndex: number }) => labelSafe(`${rows[at[p.dataIndex]!]!.rank}. ${labels.name(rows[at[p.dataIndex]!]!.jurisdiction)}`) },
      data: at.slice(0, MARK_LINES).map((i) => ({ xAxis: i })),
    },
  });
  if (big) {
    if (marked.length && legend) series.push(overlay(legend.marked, MARK_COLOR, marked));
    if (at >= 0) series.push(overlay(legend?.focus ?? '', FOCUS_COLOR, [at]));
  } else if (legend) {
    // the legend's keys for the colours of the bars (no bars of their own)
    if (marked.length) series.push({ type: 'bar', name: labelSafe(legend.marked), itemStyle: { color: MARK_COLOR }, barGap: '-100%', data: [] });
    if (at >= 0) series.push({ type: 'bar', name: labelSafe(legend.focus), itemStyle: { color: FOCUS_COLOR }, barGap: '-100%', data: [] });
  }
  const top = (frame.grid as { top: number }).top;
  return {
    ...frame,
    ...(legend ? { legend: { top: top - 8, left: 8, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 11 } }, grid: { ...frame.grid, top: top + 34 } } : {}),
    ...(big && labels.footer === undefined ? { dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none' }, { type: 'slider', xAxisIndex: 0, height: 18, bottom: labels.footer ? 56 : 24, filterMode: 'none', labelFormatter: (v: number) => `#${rows[Math.round(v)]?.rank ?? ''}` }] } : {}),
    color: PALETTE,
    yAxis: { type: 'value', ...(rows.some((r) => r.value < 0) ? {} : { min: 0 }) },
    series,
  };
}

/** A ranking's bars: labelled above each bar up to the large-mode threshold, unlabelled in large mode. */
function rankBars(big: boolean, label: (i: number) => string, data: unknown) {
  return {
    type: 'bar' as const,
    barMaxWidth: 40,
    large: big,
    label: big ? { show: false } : { show: true, position: 'top' as const, fontSize: 10, ...BAR_LABEL, formatter: (p: { dataIndex: number }) => label(p.dataIndex) },
    data,
  };
}

export interface CompositeChartLabels {
  title: string;
  subtitle: string;
  footer?: string | undefined;
  name: (jurisdiction: string) => string;
  score: string;
  band: string;
  tier: (t: 1 | 2 | 3) => string;
  tiers: boolean;
  /** the caveats of the figures a jurisdiction's score is built from, a line each (none: the score is marked nothing) */
  caveats: (jurisdiction: string) => readonly string[];
  /** the place the composite is read for (a peer group's focus): its bar stands out */
  focus?: string | undefined;
  /** said of the band while it is still being computed (absent: the band is there) */
  bandPending?: string | undefined;
}

export function buildCompositeOption(rows: readonly CompositeRow[], labels: CompositeChartLabels): EChartsCoreOption {
  const tierColor = ['#0072B2', '#56B4E9', '#9ca3af'];
  const { big, frame } = rankFrame(rows.map((r) => labels.name(r.jurisdiction)), labels, (i) => {
    const r = rows[i];
    if (!r) return '';
    const caveats = labels.caveats(r.jurisdiction).map((line) => `<br/><span style="color:${CAVEAT_COLOR}">${CAVEAT_MARK} ${escapeHtml(line)}</span>`).join('');
    return `<b>${escapeHtml(labels.name(r.jurisdiction))}</b><br/>${escapeHtml(labels.score)}: ${r.score}${caveats ? CAVEAT_MARK : ''} · #${r.rank} · ${escapeHtml(labels.band)} ${labels.bandPending === undefined ? `${r.bandMin}–${r.bandMax}` : escapeHtml(labels.bandPending)}${labels.tiers ? ` · ${escapeHtml(labels.tier(r.tier))}` : ''}${caveats}`;
  });
  return {
    ...frame,
    color: PALETTE, // large mode draws every bar in the series colour (per-bar tier colours need ≤ 40 bars)
    // the axis name runs along the axis: above it, it met a subtitle that wraps to a second line
    yAxis: { type: 'value', min: 0, max: 100, name: labelSafe(labels.score), nameLocation: 'middle', nameRotate: 90, nameGap: 36 },
    series: [
      rankBars(
        big,
        (i) => {
          const r = rows[i]!;
          const mark = labels.caveats(r.jurisdiction).length ? CAVEAT_MARK : '';
          return labels.tiers ? labelSafe(labels.tier(r.tier)) + mark : labels.bandPending === undefined ? `#${r.rank} (${r.bandMin}–${r.bandMax})${mark}` : `#${r.rank}${mark}`;
        },
        rows.map((r) => ({
          value: r.score,
          itemStyle: r.jurisdiction === labels.focus
            ? { color: FOCUS_COLOR }
            : { color: labels.tiers ? tierColor[r.tier - 1] : PALETTE[0] },
        })),
      ),
    ],
  };
}
