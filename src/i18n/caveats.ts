/** The words caveats are written in, per language: what src/model/caveats.ts formats with. */
import type { CaveatKindLabel, CaveatNoteLabels } from '../model/caveats';
import type { Lang } from '../model/format';
import type { Caveat } from '../model/schema';
import { caveatText } from '../model/caveats';
import { t } from './index';

/** "累计" / "累计(自2019年)"; "Cumulative (since 2019)". */
export const caveatKindLabel =
  (lang: Lang): CaveatKindLabel =>
  (kind, since) => {
    const word = t(lang, `caveat.kind.${kind}`);
    return since === undefined ? word : t(lang, 'caveat.since', { kind: word, since });
  };

/** One caveat as a line of text: "累计(自2019年): …". */
export const caveatLine = (lang: Lang) => {
  const label = caveatKindLabel(lang);
  return (c: Caveat): string => caveatText(c, lang, label);
};

/** What the notes under an exported chart are written with. */
export const caveatNoteLabels = (lang: Lang): CaveatNoteLabels => ({
  key: t(lang, 'caveat.key'),
  more: (n) => t(lang, 'caveat.more', { n }),
  kindLabel: caveatKindLabel(lang),
  period: (year) => t(lang, 'chart.period', { year }),
});
