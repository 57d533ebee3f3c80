/**
 * From a registered chart to files: the source line, the option with it drawn in, PNG/SVG rendering, file
 * names, the clipboard, and the texts shown when an export fails.
 */
import type { Lang } from '../../model/format';
import type { Translate } from '../../i18n';
import { citeReports, oneLine, wrapText } from '../../formats/export/source';
import { wrapNote, wrapNotes } from '../../formats/export/notes';
import { mixedYears, symbolKey, KEY_SYMBOLS, type KeySymbol } from '../../formats/export/key';
import { safeFilename } from '../../formats/export/filename';
import {
  EXPORT_SIZE,
  footerTextWidth,
  footerWidth,
  FOOTER_LINE_HEIGHT,
  renderPng,
  renderSvg,
  type ExportSize,
} from '../../charts/export-render';
import type { ExportEntry } from './registry';

export interface Rendering {
  lang: Lang;
  t: Translate;
  /** export date (YYYY-MM-DD) */
  date: string;
  size?: ExportSize;
}


/** "来源:… · 导出于 2026-11-22", one line. */
export function sourceLine(entry: ExportEntry, r: Pick<Rendering, 'lang' | 't' | 'date'>): string {
  const sources = entry.sources.length ? citeReports(entry.sources, r.lang) : r.t('export.noSources');
  return oneLine(r.t('export.sourceLine', { sources, date: r.date }));
}

/** The words of the symbol key, in the rendering's language. */
const keyWords = (t: Translate): Record<KeySymbol, string> =>
  Object.fromEntries(KEY_SYMBOLS.map((s) => [s, t(`export.key.${s}`)])) as Record<KeySymbol, string>;

/** What an image says under its chart besides the source line: the key of its marks, a mixed-year warning, its notes. */
export interface ExportNotes {
  /** "≥ 下限(“余/超/以上”) · * 推算 · † 口径不一致 · 未报告 ≠ 0", only the marks the figures carry; '' when none */
  key: string;
  /** "注意:混合了 2022、2023 年的数字" when the figures come from more than one year, else '' */
  mixedYears: string;
  /** the entry's notes (places left out, comparability caveats …) */
  notes: readonly string[];
}

/** The key, warning and notes of an entry, decided from its rows and notes (every view's entry carries them). */
export function exportNotes(entry: Pick<ExportEntry, 'rows' | 'notes' | 'yearAxis'>, r: Pick<Rendering, 'lang' | 't'>): ExportNotes {
  const years = entry.yearAxis ? null : mixedYears(entry.rows);
  return {
    key: symbolKey(entry.rows, keyWords(r.t)),
    mixedYears: years ? r.t('export.mixedYears', { years: years.join(r.lang === 'zh' ? '、' : ', ') }) : '',
    notes: entry.notes ?? [],
  };
}

/**
 * The lines under the chart, wrapped to `width` by `measure`: the key, the mixed-year warning, the notes, the source
 * line; and how many of the first lines are the warning's (drawn in the caveat colour) after the key's.
 */
export function footerLines(n: ExportNotes, source: string, width: number, measure: (s: string) => number) {
  const key = n.key ? wrapText(n.key, width, measure) : [];
  const warning = n.mixedYears ? wrapNote(n.mixedYears, width, measure) : [];
  const lines = [...key, ...warning, ...wrapNotes(n.notes, width, measure), ...wrapText(source, width, measure)];
  return { lines, warning: { from: key.length, count: warning.length } };
}

/**
 * The option to draw (key, mixed-year warning, notes, then the source line, wrapped to the image width) and the
 * image size that leaves room for them: the image grows by a line height for each line after the first.
 */
export function exportFrame(entry: ExportEntry, r: Rendering) {
  const base = r.size ?? EXPORT_SIZE;
  const width = footerWidth(base.width);
  const { lines, warning } = footerLines(exportNotes(entry, r), sourceLine(entry, r), width, footerTextWidth);
  const extraFooterLines = Math.max(0, lines.length - 1);
  const option = entry.buildOption({ footer: lines.join('\n'), lang: r.lang });
  return {
    option,
    extraFooterLines,
    warning,
    size: { width: base.width, height: base.height + extraFooterLines * FOOTER_LINE_HEIGHT },
  };
}

export function chartPng(entry: ExportEntry, r: Rendering, pixelRatio: number, transparent: boolean): Promise<Blob> {
  const f = exportFrame(entry, r);
  return renderPng(f.option, { ...f.size, pixelRatio, transparent, extraFooterLines: f.extraFooterLines, warningLines: f.warning });
}

export function chartSvg(entry: ExportEntry, r: Rendering, transparent: boolean): Promise<string> {
  const f = exportFrame(entry, r);
  return renderSvg(f.option, { ...f.size, transparent, extraFooterLines: f.extraFooterLines, warningLines: f.warning });
}

export function chartFilename(entry: ExportEntry, ext: string, suffix = ''): string {
  const parts = [...entry.filenameParts];
  if (suffix) parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}${suffix}`;
  return safeFilename(parts, ext, 'chart');
}

export { copyPngToClipboard, copyTextToClipboard, errorMessage, expectCopied, failureText, svgBlob, today, UserMessage } from './export-jobs';
export type { ClipboardOutcome } from './export-jobs';
export { loadSvgRenderer } from '../../charts/export-render';
