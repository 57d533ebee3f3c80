/** Colour-blind-safe palette (Okabe–Ito) with decal patterns, and the CJK font chain used on screen and in SVG. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];
export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif';
export const MUTED = '#6b7280';

/** Escapes text for the HTML that tooltip formatters return (ECharts does not escape, PITFALLS 1). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Rich-text labels treat { } | specially (PITFALLS 8): strip them from data text shown in labels. */
export function labelSafe(s: string): string {
  return s.replace(/[{}|]/g, ' ');
}
