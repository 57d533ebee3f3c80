/**
 * The source line drawn into every exported image: the reports behind the chart (title and period) and the
 * export date — "来源:常州市武进区2022年法治政府建设年度报告;… · 导出于 2026-11-22". Pure; the text width
 * function is passed in (canvas measureText in the browser, a character estimate in tests).
 */
import type { LocatedObservation } from '../../model/compare';
import type { Lang } from '../../model/format';
import type { Report } from '../../model/schema';

export interface SourceRef {
  id: string;
  title: string;
  period: number;
}

/** Single-line text: control characters and line breaks become spaces, runs of whitespace one space. */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
}

/** The distinct reports behind some observations, in the order first met. */
export function sourcesOf(
  observations: readonly Pick<LocatedObservation, 'report'>[],
  reports: readonly Pick<Report, 'id' | 'title' | 'period'>[],
): SourceRef[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const out = new Map<string, SourceRef>();
  for (const o of observations) {
    if (out.has(o.report)) continue;
    const r = byId.get(o.report);
    out.set(o.report, { id: o.report, title: r ? r.title : o.report, period: r ? r.period : NaN });
  }
  return [...out.values()];
}

/** A report as cited: its title, with its period when the title does not already name it. */
export function citeReport(s: SourceRef, lang: Lang): string {
  const title = oneLine(s.title);
  if (!Number.isFinite(s.period) || title.includes(String(s.period))) return title;
  return lang === 'zh' ? `${title}(${s.period}年)` : `${title} (${s.period})`;
}

export const SOURCE_SEPARATOR: Record<Lang, string> = { zh: ';', en: '; ' };

/** "常州市武进区2022年…;苏州工业园区2022年度…" */
export function citeReports(sources: readonly SourceRef[], lang: Lang): string {
  return sources.map((s) => citeReport(s, lang)).join(SOURCE_SEPARATOR[lang]);
}

/**
 * Breaks text into lines no wider than `maxWidth`, preferring breaks after the separators of a source line
 * (;  ;  ·) so report titles stay whole; a piece wider than a line is broken between characters.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const pieces = text.match(/[^;;·]+[;;·]?\s*|[;;·]\s*/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const piece of pieces) {
    if (measure(line + piece.trimEnd()) <= maxWidth) {
      line += piece;
      continue;
    }
    push();
    if (measure(piece.trimEnd()) <= maxWidth) {
      line = piece.trimStart();
      continue;
    }
    for (const ch of piece) {
      if (line && measure(line + ch) > maxWidth) push();
      line += ch;
    }
  }
  push();
  return lines.length ? lines : [''];
}

/** Rough width of text in ems: CJK and full-width characters 1, others about 0.55 (for tests and fallbacks). */
export function estimateWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.55;
  return w * fontSize;
}
