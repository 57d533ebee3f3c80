import { CAVEAT_MARK, caveatLines, type CaveatedFigure, type Caveats } from '../../model/caveats';
import { caveatLine, caveatNoteLabels } from '../../i18n/caveats';
import { useLang } from '../hooks/useLang';

/** Why a figure is not like-for-like (累计, 本级, 截至9月底 …), one caveat a line under its value, after the mark †. */
export function CaveatNotes({ caveats }: { caveats: Caveats }) {
  const { lang } = useLang();
  if (!caveats?.length) return null;
  const line = caveatLine(lang);
  return caveats.map((c, k) => (
    <div key={k} className="caveat-note" data-testid="caveat-note" data-caveat-kind={c.kind}>
      {CAVEAT_MARK} {line(c)}
    </div>
  ));
}

/**
 * Under a chart: the key of † and each caveated figure's caveats (place · metric · year: kind: note), the first
 * `limit` of them and how many more.
 */
export function CaveatList({ figures, limit = 30 }: { figures: readonly CaveatedFigure[]; limit?: number }) {
  const { lang, t } = useLang();
  if (figures.length === 0) return null;
  const items = caveatLines(figures, lang, caveatNoteLabels(lang));
  return (
    <div className="caveat-list" data-testid="chart-caveats" role="note">
      <p>{t('caveat.key')}</p>
      <ul>
        {items.slice(0, limit).map((text, k) => (
          <li key={k}>{text}</li>
        ))}
      </ul>
      {items.length > limit && <p>{t('caveat.more', { n: items.length - limit })}</p>}
    </div>
  );
}
