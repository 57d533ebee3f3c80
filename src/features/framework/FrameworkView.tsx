import './register-strings';
import { useMemo, useState } from 'react';
import type { Catalog } from '../../model/catalog';
import { useLang } from '../../ui/hooks/useLang';
import { updateUrl, useUrlField } from '../../ui/url/url-store';
import { JurisdictionPicker } from '../../ui/components/JurisdictionPicker';
import { CaveatList } from '../../ui/components/CaveatNotes';
import { useFrameworkIndicators, usePlaceFigures } from './reads/framework';
import { buildFrameworkMatrix, visibleTasks } from './framework-matrix';
import { caveatedFigures } from './framework-labels';
import { FrameworkTable } from './FrameworkTable';
import { FrameworkExport } from './FrameworkExport';

/** The matrix, its filter, export and caveats, once the catalogue and the places' figures are read. */
function FrameworkBody({ catalog, ids }: { catalog: Catalog; ids: readonly string[] }) {
  const { lang, t } = useLang();
  const indicators = useFrameworkIndicators();
  const figures = usePlaceFigures(ids);
  const [onlyReported, setOnlyReported] = useState(true);
  const matrix = useMemo(() => {
    if (!indicators.data || !figures.data) return null;
    return buildFrameworkMatrix({
      catalogue: indicators.data,
      observations: figures.data.observations,
      jurisdictions: ids,
      storedCoverage: catalog.metricCoverage,
      storedPlaces: catalog.jurisdictions.length,
    });
  }, [indicators.data, figures.data, ids, catalog]);
  const shown = useMemo(() => (matrix ? visibleTasks(matrix, onlyReported) : null), [matrix, onlyReported]);
  const caveats = useMemo(() => (matrix && shown ? caveatedFigures(shown.tasks, matrix, catalog, lang) : []), [matrix, shown, catalog, lang]);
  const error = indicators.error ?? figures.error;
  if (error) return <p className="error" role="alert">{t('app.error', { message: error.message })}</p>;
  if (!matrix || !shown) return <p className="status" role="status">{t('app.loading')}</p>;
  return (
    <>
      <p className="note">{t('framework.intro', { n: matrix.size })}</p>
      <p className="note">{t('framework.legend')}</p>
      <FrameworkExport matrix={matrix} catalog={catalog} />
      <p className="fw-filter">
        <label>
          <input type="checkbox" checked={onlyReported} onChange={(e) => setOnlyReported(e.target.checked)} data-testid="framework-only-reported" />{' '}
          {t('framework.onlyReported')}
        </label>{' '}
        {onlyReported && shown.hidden > 0 && (
          <span className="note" role="status" data-testid="framework-hidden">
            {t('framework.hidden', { n: shown.hidden })}
          </span>
        )}
      </p>
      <FrameworkTable matrix={matrix} tasks={shown.tasks} catalog={catalog} />
      <CaveatList figures={caveats} limit={caveats.length} />
    </>
  );
}

/** 指标体系: the indicator catalogue as a tree (纲要 tasks → areas → indicators) against the chosen places. */
export default function FrameworkView({ catalog }: { catalog: Catalog }) {
  const { t } = useLang();
  const chosen = useUrlField('jurisdictions');
  const ids = useMemo(() => chosen.filter((j) => catalog.jurisdictionById.has(j)), [chosen, catalog]);
  return (
    <section aria-labelledby="framework-h" className="framework">
      <h2 id="framework-h">{t('framework.title')}</h2>
      <div className="controls">
        <JurisdictionPicker jurisdictions={catalog.jurisdictions} selected={chosen} legend={t('framework.places')} onChange={(j) => updateUrl({ jurisdictions: j })} />
      </div>
      {ids.length === 0 ? <p className="status">{t('framework.empty')}</p> : <FrameworkBody catalog={catalog} ids={ids} />}
    </section>
  );
}
