import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Report } from '../../model/schema';
import type { SingleReporterFigure } from '../../model/single-reporter';
import { useLang } from '../../ui/hooks/useLang';
import { ListedFigureRow, ListedFigures, reportTitleOf } from '../../ui/components/ListedFigures';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { singleDisplay, singleEntry } from './single-entry';
import './compare.css';

/**
 * The figures of indicators only one chosen place reports, listed under the charts (not drawn as a bar among
 * gaps): place, indicator, value with its marks, year and the link to its sentence. Registered for export: its rows
 * are in the view's CSV, its image is the list. Nothing when there is none.
 */
export function SingleReporterFigures({ figures, jurisdictions, catalog, reports, order }: {
  figures: readonly SingleReporterFigure[];
  jurisdictions: readonly string[];
  catalog: Catalog;
  reports: readonly Report[];
  /** position among the view's exports (after the charts) */
  order: number;
}) {
  const { lang, t } = useLang();
  const entry = useMemo(
    () => (figures.length ? singleEntry({ figures, jurisdictions, order, catalog, reports, lang }) : null),
    [figures, jurisdictions, order, catalog, reports, lang],
  );
  useRegisterExport(entry);
  if (!entry) return null;
  const title = reportTitleOf(reports);
  const columns = [t('table.jurisdiction'), t('table.metric'), t('table.value'), t('table.period'), t('compare.source')];
  return (
    <ListedFigures
      id="single-h"
      className="specific-figures single-reporter"
      testId="single-reporter"
      title={t('compare.single.title')}
      note={t('compare.single.note')}
      columns={columns}
      after={<ChartExportMenu entry={entry} />}
    >
      {figures.map((f) => (
        <ListedFigureRow
          key={`${f.cell.observation.dataset}|${f.cell.observation.id}`}
          observation={f.cell.observation}
          metric={f.metric}
          display={singleDisplay(f, lang)}
          period={`${f.cell.period}${f.cell.adjacent ? ` (${t('compare.adjacentShort')})` : ''}`}
          catalog={catalog}
          reportTitle={title}
        />
      ))}
    </ListedFigures>
  );
}
