import { CAVEAT_MARK } from '../model/caveats';
import type { Caveat } from '../model/schema';

/** Colour-blind-safe palette (Okabe–Ito) with decal patterns, and the CJK font chain used on screen and in SVG. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];
export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif';
export const MUTED = '#6b7280';
/** The colour of caveat text (why a figure is not like-for-like) in tooltips. */
export const CAVEAT_COLOR = '#9a3412';
/**
 * Bar labels: near-black at full opacity. A lower bound's (≥) or approximate bar is drawn lighter, and ECharts gives
 * a bar's label the bar's opacity unless the label sets its own; this keeps the text at WCAG AA contrast (≥ 4.5:1).
 */
export const BAR_LABEL_COLOR = '#111111';
export const BAR_LABEL = { color: BAR_LABEL_COLOR, opacity: 1 } as const;
/** The notes, key and source line under an exported chart: their font size and line height (CSS px at 1×). */
export const FOOTER_FONT_SIZE = 11;
export const FOOTER_LINE_HEIGHT = 15;

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
    ...(footer ? [{ text: '', subtext: labelSafe(footer), left: 8, bottom: 0, subtextStyle: { color: MUTED, fontSize: FOOTER_FONT_SIZE, lineHeight: FOOTER_LINE_HEIGHT } }] : []),
  ];
}

/**
 * What a profile chart starts with: no animation, the palette (or the colours given), the font, ECharts' aria
 * description with decal patterns, and the title block.
 */
export function chartFrame(labels: { title: string; subtitle: string; footer?: string | undefined }, fontSize = 14, color: readonly string[] = PALETTE) {
  return {
    animation: false,
    color: [...color],
    textStyle: { fontFamily: FONT_FAMILY },
    aria: { enabled: true, decal: { show: true } },
    title: titleBlock(labels.title, labels.subtitle, labels.footer, fontSize),
  };
}

/** sRGB relative luminance of a #rgb / #rrggbb colour (WCAG 2). */
export function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The red, green and blue of a #rgb / #rrggbb colour, 0–255. */
export function rgbOf(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** A colour drawn at `opacity` over a background, as the eye sees it (#rrggbb). */
export function blend(hex: string, opacity: number, background = '#ffffff'): string {
  const fg = rgbOf(hex);
  const bg = rgbOf(background);
  return `#${fg.map((c, i) => Math.round(c * opacity + bg[i]! * (1 - opacity)).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
/** Width of a label in ems, roughly: CJK and full-width characters 1, others about 0.55. */
const emWidth = (s: string) => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : 0.55), 0);

/**
 * Breaks a category label into lines no wider than `maxEms` (CJK characters count 1, Latin about 0.55), of balanced
 * length: the fewest lines that fit, their characters shared out evenly, so no line is a lone character
 * ("经调解撤回行政复议申请数" at 6 ems → "经调解撤回行" / "政复议申请数", never "…申请" / "数"). Latin words stay whole
 * where they can. A label that fits is returned as it is; when the width leaves no way but a lone character (three
 * characters in lines of two), the lines are made one em wider.
 */
export function wrapLabel(label: string, maxEms: number): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (emWidth(text) <= maxEms || [...text].length <= 2) return text;
  // pieces that must stay together: a CJK character, a Latin word (with its trailing space), a run of digits
  const pieces = text.match(/[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g) ?? [text];
  const widths = pieces.map((p) => emWidth(p.trimEnd()));
  const total = widths.reduce((a, b) => a + b, 0);
  for (let n = Math.max(2, Math.ceil(total / maxEms)); n <= pieces.length; n++) {
    const lines = balancedLines(pieces, widths, n, maxEms);
    if (lines) return lines.join('\n');
  }
  // no layout fits without a lone character (3 characters in lines of 2): a line one em wider rather than that
  return wrapLabel(text, maxEms + 1);
}

/**
 * `pieces` in `n` lines of about equal width, none wider than `maxEms` and none a single character when the label has
 * several; null when that cannot be done greedily toward the even target.
 */
function balancedLines(pieces: readonly string[], widths: readonly number[], n: number, maxEms: number): string[] | null {
  const lines: string[] = [];
  let i = 0;
  let left = widths.reduce((a, b) => a + b, 0);
  for (let k = n; k > 0; k--) {
    const target = left / k;
    let line = '';
    let w = 0;
    // take pieces while the line stays under its share (or is still empty), leaving a piece for each line after
    while (i < pieces.length && pieces.length - i > k - 1) {
      const next = w + widths[i]!;
      if (line && (next > maxEms || (k > 1 && next - target > target - w))) break;
      line += pieces[i]!;
      w = next;
      i++;
    }
    if (k === 1 && i < pieces.length) return null;
    lines.push(line.trim());
    left -= w;
  }
  if (lines.some((l) => emWidth(l) > maxEms + 1e-9)) return null;
  if (lines.length > 1 && lines.some((l) => [...l].length <= 1)) return null;
  return lines;
}
