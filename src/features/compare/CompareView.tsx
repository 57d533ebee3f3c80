import { useMemo, useState } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Panel } from '../../model/compare';
import type { Report } from '../../model/schema';
import { SpecificFigures } from '../../ui/components/SpecificFigures';
import { compareContent, type CompareContent } from './compare-panels';
import { useJurisdictionData } from '../../reads/jurisdiction-data';
import { useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { shortName } from '../../i18n';
import { periodSpan } from '../../formats/export/filename';
import { CompareControls } from './CompareControls';
import { ComparePanel } from './ComparePanel';
import { ExportToolbar } from '../../ui/export/ExportToolbar';
import type { ViewData } from '../../ui/export/view-dataset';
import { LazyPresentation } from '../../ui/export/LazyPresentation';
import { usePerCapita } from '../../ui/hooks/usePerCapita';
import { PerCapitaNote } from '../../ui/components/PerCapitaSwitch';
import { useCompared } from './use-compared';
import { SingleReporterFigures } from './SingleReporterFigures';
import { useSpreads } from './use-spreads';
import type { Spread } from '../../model/distribution';

/** The charts of the view, in order; a category drawn in more than one unit names the unit in its file names. */
function Panels({ panels, catalog, reports, spreads, group }: {
  panels: readonly Panel[];
  catalog: Catalog;
  reports: readonly Report[];
  spreads: ReadonlyMap<string, Spread> | null;
  group: string | undefined;
}) {
  const categoryCount = useMemo(() => {
    const n = new Map<string, number>();
    for (const p of panels) n.set(p.category, (n.get(p.category) ?? 0) + 1);
    return n;
  }, [panels]);
  return (
    <div className="panels">
      {panels.map((p, i) => (
        <ComparePanel key={p.key} panel={p} catalog={catalog} reports={reports} order={i} unitInName={(categoryCount.get(p.category) ?? 0) > 1} spreadMap={spreads} group={group} />
      ))}
    </div>
  );
}

export function CompareView({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  const [presenting, setPresenting] = useState(false);
  const compared = useCompared(catalog);
  const jurisdictions = compared.ids;
  const data = useJurisdictionData(jurisdictions);
  const perCapita = usePerCapita(catalog);
  const { populations } = perCapita;
  const content = useMemo<CompareContent>(() => {
    if (!data.data) return { panels: [], specific: [], single: [] };
    const picked = { metrics: url.metrics, categories: url.categories, year: url.year, sameYear: url.sameYear, nearYear: url.nearYear };
    const focus = compared.peers.group && compared.peers.focus ? [compared.peers.focus.id] : undefined;
    return compareContent(data.data.observations, catalog, picked, jurisdictions, populations, focus);
  }, [data.data, url.metrics, url.categories, url.year, url.sameYear, url.nearYear, catalog, jurisdictions, populations, compared.peers.group, compared.peers.focus]);

  const { panels, specific, single } = content;
  const spreads = useSpreads(panels, catalog, { year: url.year, members: compared.peers.ids, populations });
  const exportData = useMemo<ViewData>(
    () => ({
      pool: data.data?.observations ?? [],
      reports: data.data?.reports ?? [],
      metrics: catalog.metricById,
      jurisdictions: catalog.jurisdictionById,
    }),
    [data.data, catalog],
  );
  const filenameParts = useMemo(
    () => [
      t('nav.compare'),
      ...jurisdictions.map((id) => shortName(catalog, id, lang)),
      periodSpan([...panels.flatMap((p) => p.periods), ...single.map((f) => f.cell.period)]),
    ],
    [t, jurisdictions, catalog, lang, panels, single],
  );
  return (
    <section aria-labelledby="compare-h">
      <h2 id="compare-h" className="visually-hidden">{t('nav.compare')}</h2>
      <CompareControls catalog={catalog} compared={compared} />
      <p className="note">{t('compare.legendNote')}</p>
      {perCapita.on && <PerCapitaNote populations={populations ? jurisdictions.map((id) => populations.get(id)) : undefined} />}
      {jurisdictions.length === 0 || url.categories.length === 0 ? (
        <p className="status">{t('compare.empty')}</p>
      ) : perCapita.error ? (
        <p className="error" role="alert">{t('app.error', { message: perCapita.error.message })}</p>
      ) : data.isPending || perCapita.waiting || compared.peers.waiting ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : data.isError ? (
        <p className="error" role="alert">{t('app.error', { message: data.error.message })}</p>
      ) : panels.length === 0 && single.length === 0 ? (
        <>
          <p className="status">{t('compare.noMetrics')}</p>
          <SpecificFigures figures={specific} catalog={catalog} reports={data.data.reports} />
        </>
      ) : (
        <>
          <ExportToolbar filenameParts={filenameParts} data={exportData} onPresent={() => setPresenting(true)} />
          {panels.length === 0 && (
            <p className="status" data-testid="nothing-comparable">
              {t('compare.single.none')}
            </p>
          )}
          <Panels panels={panels} catalog={catalog} reports={data.data.reports} spreads={spreads} group={compared.peers.group ? compared.peers.label : undefined} />
          <SingleReporterFigures figures={single} jurisdictions={jurisdictions} catalog={catalog} reports={data.data.reports} order={panels.length} />
          <SpecificFigures figures={specific} catalog={catalog} reports={data.data.reports} />
          {presenting && <LazyPresentation onClose={() => setPresenting(false)} />}
        </>
      )}
    </section>
  );
}
