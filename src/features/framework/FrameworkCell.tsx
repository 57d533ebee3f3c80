import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import { formatFigure } from '../../model/format';
import type { Indicator } from '../../model/indicators';
import type { Metric } from '../../model/schema';
import { caveatMark, caveatsText } from '../../model/caveats';
import { caveatKindLabel } from '../../i18n/caveats';
import { pickLang, shortName } from '../../i18n';
import { useLang } from '../../ui/hooks/useLang';
import { openSource } from '../../ui/hooks/open-source';

const YUAN = { zh: '元', en: 'yuan' } as const;

/** How a figure of the indicator is written: the stored metric's unit (amounts in 元), else the catalogue's. */
export function metricFor(catalog: Catalog, i: Indicator): Pick<Metric, 'unit' | 'kind'> {
  return catalog.metricById.get(i.id) ?? { unit: i.kind === 'amount' ? YUAN : i.unit, kind: i.kind };
}

/**
 * One place's figure of one indicator: the value with its marks (≥ …, * derived, † caveats) and its year, a button
 * that opens the sentence; or 未报告, which is not zero.
 */
export function FrameworkCell({ catalog, indicator, place, figure }: { catalog: Catalog; indicator: Indicator; place: string; figure: LocatedObservation | null }) {
  const { lang, t } = useLang();
  if (!figure) {
    return (
      <td className="fw-nr" data-state="not_reported">
        {t('framework.notReported')}
      </td>
    );
  }
  const text = formatFigure(figure, metricFor(catalog, indicator), lang);
  const derived = figure.derived ? '*' : '';
  const mark = caveatMark(figure.caveats);
  const caveats = caveatsText(figure.caveats, lang, caveatKindLabel(lang));
  const title = [figure.derived ? t('framework.derived') : '', caveats].filter(Boolean).join(' · ');
  return (
    <td className="fw-yes" data-state="reported">
      <button
        type="button"
        data-testid="framework-cell"
        data-observation={figure.id}
        title={title || undefined}
        aria-label={`${t('framework.cellAria', {
          place: shortName(catalog, place, lang),
          indicator: pickLang(indicator.name, lang),
          figure: `${text}${derived}${mark}`,
          year: figure.period,
        })}${title ? ` (${title})` : ''}`}
        onClick={() => openSource(place, figure.report, figure.offset)}
      >
        <span className="fw-value">
          {text}
          {derived}
          {mark}
        </span>
        <span className="fw-year">{figure.period}</span>
      </button>
    </td>
  );
}
