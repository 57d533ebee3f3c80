/**
 * Remembered wordings, pure: the words that name a figure (the text from the last clause boundary up to the
 * figure, in simplified script, without filler such as 全年共 or a trailing 为), which of them a saved review
 * teaches, and how later extractions use them — before the extractor's own guess, a candidate whose words match a
 * remembered wording of its area (written in the same unit) gets the metric a person chose for it.
 */
import { CATEGORIES, type Category } from '../../model/constants';
import type { Bilingual } from '../../model/schema';
import { resolveIndicatorId, type Indicator } from '../../model/indicators';
import { isUnclassified } from './indicator-search';
import type { ReviewRow } from './review';

/** A wording to remember: the area the extractor gave the figure, its words, the metric chosen and the unit. */
export interface LearnedWording {
  area: Category;
  wording: string;
  metric: string;
  unit: string;
}

/** How far back from the figure the words are looked for, at most. */
const REACH = 40;
const BOUNDARY = /[,,。;;::!!??\n\r\t]/;
const LEADING = /^(?:\s|[、“”"']|其中|全年|全县|全市|全区|全省|全镇|年内|本年度?|今年|同时|另外|此外|共计|合计|总计|累计|一共|共|并|已|\d{4}年度?)+/;
const TRAILING = /(?:\s|分别为|分别是|分别达|共计|合计|总计|达到|达|为|是|共|计|约|了)+$/;
/** Words that only say the figure changed: every change of an area would match them. */
const CHANGE_ONLY = /^(?:同比|较上年|比上年|较去年|与上年相比)?(?:分别)?(?:下降|上升|增长|增加|减少|提高|降低|提升)$/;

/** The words before the figure at `figureOffset` of `text` (the simplified rendering for a traditional text). */
export function wordingOf(text: string, figureOffset: number): string {
  const from = Math.max(0, figureOffset - REACH);
  let start = from;
  for (let i = figureOffset - 1; i >= from; i--)
    if (BOUNDARY.test(text[i]!)) {
      start = i + 1;
      break;
    }
  return text.slice(start, figureOffset).replace(LEADING, '').replace(TRAILING, '').trim();
}

/** Words that can name one figure: two characters or more, not only a change verb, not only digits. */
export const memorable = (w: string): boolean => w.length >= 2 && !CHANGE_ONLY.test(w) && !/^[\d.%\s]+$/.test(w);

export const wordingKey = (area: string, wording: string): string => `${area}|${wording}`;

/**
 * What a saved review teaches: every accepted row whose indicator the person chose (or named), and every row that
 * kept a remembered one, with words that can name it. One per area and wording, the last row winning.
 */
export function wordingsToRemember(rows: readonly ReviewRow[], matchText: string): LearnedWording[] {
  const out = new Map<string, LearnedWording>();
  for (const r of rows) {
    if (!r.accepted || r.source === 'extractor' || isUnclassified(r.indicator)) continue;
    const wording = wordingOf(matchText, r.candidate.figureOffset);
    if (!memorable(wording)) continue;
    const area = r.candidate.category;
    out.set(wordingKey(area, wording), { area, wording, metric: r.indicator, unit: r.candidate.unit });
  }
  return [...out.values()];
}

export interface ApplyOptions {
  indicators: readonly Indicator[];
  /** the name of a report-specific metric saved before (from the stored datasets), if one is stored */
  nameOf: (id: string) => Bilingual | undefined;
}

const areaOf = (id: string): Category | undefined => CATEGORIES.find((c) => id.startsWith(`${c}.`));

/**
 * Rows with the remembered mappings applied: a row the extractor mapped whose words, area and unit match a
 * remembered wording gets its metric (a catalogue indicator still in the catalogue, or a report-specific figure,
 * named as saved or else by its words), marked `remembered`.
 */
export function applyRemembered(rows: readonly ReviewRow[], remembered: readonly LearnedWording[], matchText: string, opts: ApplyOptions): ReviewRow[] {
  if (remembered.length === 0) return [...rows];
  const byKey = new Map(remembered.map((w) => [wordingKey(w.area, w.wording), w]));
  return rows.map((r) => {
    if (r.source !== 'extractor') return r;
    const wording = wordingOf(matchText, r.candidate.figureOffset);
    const hit = memorable(wording) ? byKey.get(wordingKey(r.candidate.category, wording)) : undefined;
    const category = hit && hit.unit === r.candidate.unit ? areaOf(hit.metric) : undefined;
    if (!hit || !category) return r;
    if (/\.specific_[0-9a-f]{8}$/.test(hit.metric)) {
      const specific = opts.nameOf(hit.metric) ?? { zh: wording, en: wording };
      return { ...r, category, indicator: hit.metric, specific, source: 'remembered' };
    }
    if (!resolveIndicatorId(opts.indicators, hit.metric)) return r;
    const { specific: _, ...rest } = r;
    return { ...rest, category, indicator: hit.metric, source: 'remembered' };
  });
}
