import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Report } from '../../model/schema';
import type { SingleReporterFigure } from '../../model/single-reporter';
import { pickLang, shortName } from '../../i18n';
import { openSource } from '../../ui/hooks/open-source';
import { useLang } from '../../ui/hooks/useLang';
import { CaveatNotes } from '../../ui/components/CaveatNotes';
import { SourceLink } from '../../ui/components/SourceLink';
import { TableHead } from '../../ui/components/TableHead';
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
  const title = (id: string) => reports.find((r) => r.id === id)?.title ?? id;
  const columns = [t('table.jurisdiction'), t('table.metric'), t('table.value'), t('table.period'), t('compare.source')];
  return (
    <section className="specific-figures single-reporter" aria-labelledby="single-h" data-testid="single-reporter">
      <h3 id="single-h">{t('compare.single.title')}</h3>
      <p className="note">{t('compare.single.note')}</p>
      <div className="data-table">
        <table>
          <TableHead columns={columns} />
          <tbody>
            {figures.map((f) => {
              const o = f.cell.observation;
              return (
                <tr key={`${o.dataset}|${o.id}`} data-metric={f.metric.id}>
                  <td className="nowrap">{shortName(catalog, o.jurisdiction, lang)}</td>
                  <td>{pickLang(f.metric.name, lang)}</td>
                  <td>
                    <span className="nowrap">{singleDisplay(f, lang)}</span>
                    {o.derived ? ` (${t('compare.derived')})` : ''}
                    <CaveatNotes caveats={o.caveats} />
                  </td>
                  <td className="nowrap">
                    {f.cell.period}
                    {f.cell.adjacent ? ` (${t('compare.adjacentShort')})` : ''}
                  </td>
                  <td className="nowrap">
                    <SourceLink onOpen={() => openSource(o.jurisdiction, o.report, o.offset)} title={title(o.report)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ChartExportMenu entry={entry} />
    </section>
  );
}
