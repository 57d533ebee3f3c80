import { CAVEAT_MARK } from '../model/caveats';
import type { Caveat } from '../model/schema';

/** Colour-blind-safe palette (Okabe–Ito) with decal patterns, and the CJK font chain used on screen and in SVG. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];
export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif';
export const MUTED = '#6b7280';
/** The colour of caveat text (why a figure is not like-for-like) in tooltips. */
export const CAVEAT_COLOR = '#9a3412';

/** Escapes text for the HTML that tooltip formatters return (ECharts inserts them as HTML without escaping). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A tooltip's caveat lines, each escaped, each after the mark: "<br/>† 累计(自2019年): …". Nothing without caveats. */
export function caveatTooltipLines(caveats: readonly Caveat[] | undefined, text: (c: Caveat) => string): string {
  return (caveats ?? []).map((c) => `<br/><span style="color:${CAVEAT_COLOR}">${CAVEAT_MARK} ${escapeHtml(text(c))}</span>`).join('');
}

/** Rich-text labels treat { } | as markup: strip them from data text shown in labels. */
export function labelSafe(s: string): string {
  return s.replace(/[{}|]/g, ' ');
}

/** The title block every chart draws: title, subtitle, and a footer line (source, export date) at the bottom. */
export function titleBlock(title: string, subtitle: string, footer?: string, fontSize = 15): object[] {
  return [
    { text: labelSafe(title), subtext: labelSafe(subtitle), left: 8, top: 4, textStyle: { fontSize }, subtextStyle: { color: MUTED, lineHeight: 15 } },
    ...(footer ? [{ text: '', subtext: labelSafe(footer), left: 8, bottom: 0, subtextStyle: { color: MUTED, fontSize: 10 } }] : []),
  ];
}
