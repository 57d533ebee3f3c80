/**
 * Caveats as text: why a figure is not like-for-like with its metric (累计, 本级, 截至9月底 …), in the words every
 * view, table, CSV and exported image uses. Pure: the words for each kind come from i18n (src/i18n/caveats.ts).
 * A figure with caveats is marked † wherever it is drawn; the mark's key and the notes go under the chart.
 */
import type { Lang } from './format';
import type { Bilingual, Caveat, CaveatKind } from './schema';

/** The mark after a caveated figure's value, on bars, labels and in tables. */
export const CAVEAT_MARK = '†';

/** The words for a caveat's kind, with the year counting started where the caveat gives it: "累计(自2019年)". */
export type CaveatKindLabel = (kind: CaveatKind, since: number | undefined) => string;

/** What a caveat list looks like to the views: absent, or at least one caveat. */
export type Caveats = readonly Caveat[] | undefined;

const pick = (b: Bilingual, lang: Lang) => (lang === 'zh' ? b.zh || b.en : b.en || b.zh);

export const hasCaveats = (caveats: Caveats): caveats is readonly Caveat[] => caveats !== undefined && caveats.length > 0;

/** The mark to put after a figure: † when it carries caveats, else nothing. */
export const caveatMark = (caveats: Caveats): string => (hasCaveats(caveats) ? CAVEAT_MARK : '');

/** "累计(自2019年): 自2019年起累计调处" / "Cumulative (since 2019): counted since 2019". */
export function caveatText(c: Caveat, lang: Lang, kindLabel: CaveatKindLabel): string {
  return `${kindLabel(c.kind, c.since)}: ${pick(c.note, lang)}`;
}

export const CAVEAT_SEPARATOR: Record<Lang, string> = { zh: ';', en: '; ' };

/** Every caveat of a figure on one line (a CSV cell); empty when there is none. */
export function caveatsText(caveats: Caveats, lang: Lang, kindLabel: CaveatKindLabel): string {
  if (!hasCaveats(caveats)) return '';
  return caveats.map((c) => caveatText(c, lang, kindLabel)).join(CAVEAT_SEPARATOR[lang]);
}

/** A caveated figure as the notes under an exported chart name it. */
export interface CaveatedFigure {
  /** the place, as the chart names it (short name) */
  place: string;
  /** the metric's name */
  metric: string;
  period?: number | undefined;
  caveats: readonly Caveat[];
}

export interface CaveatNoteLabels {
  /** the line that explains †, first of the notes */
  key: string;
  /** "…and {n} more" when the notes are cut at `limit` lines */
  more: (n: number) => string;
  kindLabel: CaveatKindLabel;
  period?: ((year: number) => string) | undefined;
}

/** One line per caveat of the figures: "† 武进 · 行政复议案件数 · 2022年: 累计(自2019年): …". */
export function caveatLines(figures: readonly CaveatedFigure[], lang: Lang, labels: Pick<CaveatNoteLabels, 'kindLabel' | 'period'>): string[] {
  return figures.flatMap((f) => {
    const who = [f.place, f.metric, ...(f.period !== undefined && labels.period ? [labels.period(f.period)] : [])].join(' · ');
    return f.caveats.map((c) => `${CAVEAT_MARK} ${who}: ${caveatText(c, lang, labels.kindLabel)}`);
  });
}

/**
 * The notes an exported chart carries for its caveated figures: the key of †, then one line per caveat
 * (`caveatLines`). Nothing when no figure has a caveat. At most `limit` caveat lines; the rest are counted in a last
 * line (the CSV has them all).
 */
export function caveatNotes(figures: readonly CaveatedFigure[], lang: Lang, labels: CaveatNoteLabels, limit = 10): string[] {
  const lines = caveatLines(figures, lang, labels);
  if (lines.length === 0) return [];
  return [labels.key, ...lines.slice(0, limit), ...(lines.length > limit ? [labels.more(lines.length - limit)] : [])];
}

/** A caveated figure a score is built from (a composite score, a profile category score): its metric and caveats. */
export interface InputCaveats {
  /** the metric's id */
  metric: string;
  caveats: readonly Caveat[];
}

/** Each caveat of each input on a line of its own, after the input's metric: "调解数: 累计(自2019年): …". */
export function inputCaveatLines(inputs: readonly InputCaveats[], lang: Lang, kindLabel: CaveatKindLabel, metricName: (id: string) => string): string[] {
  return inputs.flatMap((x) => x.caveats.map((c) => `${metricName(x.metric)}: ${caveatText(c, lang, kindLabel)}`));
}
