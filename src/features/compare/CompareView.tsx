import { useMemo } from 'react';
import type { Catalog } from '../../domain/catalog';
import { buildPanels, defaultMetrics } from '../../domain/compare';
import { useJurisdictionData } from '../../queries/store-queries';
import { useUrlState } from '../../app/url';
import { useLang } from '../../app/useLang';
import { CompareControls } from './CompareControls';
import { ComparePanel } from './ComparePanel';

export function CompareView({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { t } = useLang();
  const jurisdictions = useMemo(
    () => url.jurisdictions.filter((j) => catalog.jurisdictionById.has(j)),
    [url.jurisdictions, catalog],
  );
  const data = useJurisdictionData(jurisdictions);
  const panels = useMemo(() => {
    if (!data.data) return [];
    const metrics = url.metrics.length
      ? url.metrics.map((m) => catalog.metricById.get(m)).filter((m) => m !== undefined)
      : defaultMetrics(catalog.metrics, url.categories, data.data.observations, jurisdictions);
    return buildPanels(data.data.observations, { jurisdictions, metrics, year: url.year, sameYear: url.sameYear });
  }, [data.data, url.metrics, url.categories, url.year, url.sameYear, catalog, jurisdictions]);

  return (
    <section aria-labelledby="compare-h">
      <h2 id="compare-h" className="visually-hidden">{t('nav.compare')}</h2>
      <CompareControls catalog={catalog} />
      <p className="note">{t('compare.legendNote')}</p>
      {jurisdictions.length === 0 || url.categories.length === 0 ? (
        <p className="status">{t('compare.empty')}</p>
      ) : data.isPending ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : data.isError ? (
        <p className="error" role="alert">{t('app.error', { message: data.error.message })}</p>
      ) : panels.length === 0 ? (
        <p className="status">{t('compare.noMetrics')}</p>
      ) : (
        <div className="panels">
          {panels.map((p) => (
            <ComparePanel key={p.key} panel={p} catalog={catalog} reports={data.data.reports} />
          ))}
        </div>
      )}
    </section>
  );
}
