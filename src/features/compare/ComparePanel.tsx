import { useMemo } from 'react';
import { openSource } from '../../ui/hooks/open-source';
import type { Catalog } from '../../model/catalog';
import type { Panel } from '../../model/compare';
import type { Report } from '../../model/schema';
import { EChart } from '../../charts/echart/EChart';
import { useLang } from '../../ui/hooks/useLang';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { panelCaveats, panelEntry, panelOption, panelText, panelYearNotes, spreadLines } from './panel-chart';
import { panelSpreads, type Spread } from '../../model/distribution';
import { CaveatList } from '../../ui/components/CaveatNotes';
import { CompareTable } from './CompareTable';

export function ComparePanel({
  panel,
  catalog,
  reports,
  order = 0,
  unitInName = false,
  spreadMap,
  group,
}: {
  panel: Panel;
  catalog: Catalog;
  reports: readonly Report[];
  /** position in the view (export and presentation order) */
  order?: number;
  /** another panel of the view has the same category: file names name the unit too */
  unitInName?: boolean;
  /** where all places (or the peer group) fall on each metric, once read */
  spreadMap?: ReadonlyMap<string, Spread> | null | undefined;
  group?: string | undefined;
}) {
  const { lang, t } = useLang();
  const { names, title, subtitle } = panelText(panel, catalog, lang);
  const spreads = useMemo(() => (spreadMap ? panelSpreads(panel, spreadMap) : undefined), [panel, spreadMap]);
  const option = useMemo(() => panelOption(panel, catalog, lang, undefined, spreads), [panel, catalog, lang, spreads]);
  const chartId = `compare-${panel.key}`;
  const entry = useMemo(
    () => panelEntry({ chartId, order, unitInName, panel, catalog, reports, lang, spreads, group }),
    [chartId, order, unitInName, panel, catalog, reports, lang, spreads, group],
  );
  useRegisterExport(entry);
  const yearNotes = useMemo(() => panelYearNotes(panel, catalog, lang), [panel, catalog, lang]);
  const spreadNotes = useMemo(() => spreadLines(panel, catalog, lang, spreads, group), [panel, catalog, lang, spreads, group]);
  const caveated = useMemo(() => panelCaveats(panel, panelText(panel, catalog, lang).names, lang), [panel, catalog, lang]);
  const openCell = (metricIndex: number, jurIndex: number) => {
    const c = panel.cells[metricIndex]?.[jurIndex];
    const cell = c?.status === 'no_population' ? c.raw : c;
    if (cell?.status === 'reported')
      openSource(cell.observation.jurisdiction, cell.observation.report, cell.observation.offset);
  };
  return (
    <article className="panel" aria-label={title}>
      {panel.mixedPeriods && (
        <p className="warn" role="note">
          {t('compare.mixedPeriods', { periods: panel.periods.join(lang === 'zh' ? '、' : ', ') })}
        </p>
      )}
      {panel.perCapita && !panel.perCapita.divided && <p className="note">{t('perCapita.notDivided')}</p>}
      {yearNotes.map((n) => (
        <p key={n} className="note" data-testid="panel-note">
          {n}
        </p>
      ))}
      <EChart
        chartId={chartId}
        option={option}
        height={360}
        label={`${title}. ${subtitle.replace(/\n/g, " · ")}`}
        onClick={(e) => openCell(e.dataIndex, e.seriesIndex)}
      />
      {spreadNotes.map((n) => (
        <p key={n} className="note" data-testid="spread-note">
          {n}
        </p>
      ))}
      <CaveatList figures={caveated} />
      <ChartExportMenu entry={entry} />
      <CompareTable panel={panel} names={names} reports={reports} openCell={openCell} />
    </article>
  );
}
