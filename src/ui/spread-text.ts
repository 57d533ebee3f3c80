/** How the views say a spread: its numbers (three significant digits), its unit (per 10k when divided), its scope. */
import { roundSpread } from '../model/distribution';
import { formatNumber, type Lang } from '../model/format';
import { perCapitaUnit } from '../model/per-capita';
import type { Metric } from '../model/schema';
import { pickLang, translator } from '../i18n';

/** A median or quartile as said: "1,410", "0.465", "1.5万". */
export const spreadNumber = (v: number, lang: Lang): string => formatNumber(roundSpread(v), lang);

/** The unit of a spread's figures: the metric's, or per 10,000 residents. */
export const spreadUnit = (unit: Metric['unit'], perCapita: boolean, lang: Lang): string => pickLang(perCapita ? perCapitaUnit(unit) : unit, lang);

/** What the spread is of: the peer group ("江苏省 区县") or all places ("全部"). */
export const spreadScope = (lang: Lang, group?: string): string => group ?? translator(lang)('spread.all');
