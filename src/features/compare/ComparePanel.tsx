import { useMemo } from 'react';
import { SourceLink } from '../../ui/components/SourceLink';
import { openSource } from '../../ui/hooks/open-source';
import type { Catalog } from '../../model/catalog';
import type { Panel } from '../../model/compare';
import type { Report } from '../../model/schema';
import { formatFigure } from '../../model/format';
import { buildCompareOption } from '../../charts/compare-option';
import { EChart } from '../../charts/echart/EChart';
import { useLang } from '../../ui/hooks/useLang';
import { notesFor } from '../../model/quality';
import { pickLang, shortName, translator } from '../../i18n';
import type { Lang } from '../../model/format';
import { panelRows } from '../../formats/export/rows';
import { sourcesOf } from '../../formats/export/source';
import { periodSpan } from '../../formats/export/filename';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport, type ExportEntry } from '../../ui/export/registry';

function panelText(panel: Panel, catalog: Catalog, lang: Lang) {
  const t = translator(lang);
  const names = panel.jurisdictions.map((id) => shortName(catalog, id, lang));
  const category = t(`category.${panel.category}`);
  const unit = pickLang(panel.unit, lang);
  const title = lang === 'zh' ? `${category}(${unit})` : `${category} (${unit})`;
  const subtitle = `${names.join(' · ')} · ${panel.periods.join('–')}`;
  return { t, names, category, unit, title, subtitle };
}

function panelOption(panel: Panel, catalog: Catalog, lang: Lang, footer?: string) {
  const { t, title, subtitle } = panelText(panel, catalog, lang);
  return buildCompareOption(panel, catalog.jurisdictionById, lang, {
    title,
    subtitle,
    notReported: t('compare.notReported'),
    derived: t('compare.derived'),
    period: (y) => t('chart.period', { year: y }),
    footer,
  });
}

export function ComparePanel({
  panel,
  catalog,
  reports,
  order = 0,
  unitInName = false,
}: {
  panel: Panel;
  catalog: Catalog;
  reports: readonly Report[];
  /** position in the view (export and presentation order) */
  order?: number;
  /** another panel of the view has the same category: file names name the unit too */
  unitInName?: boolean;
}) {
  const { lang, t } = useLang();
  const { names, title, subtitle } = panelText(panel, catalog, lang);
  const option = useMemo(() => panelOption(panel, catalog, lang), [panel, catalog, lang]);
  const chartId = `compare-${panel.key}`;
  const entry = useMemo<ExportEntry>(() => {
    const text = panelText(panel, catalog, lang);
    const byJurisdiction = panel.jurisdictions.flatMap((_, ji) =>
      panel.cells.flatMap((row) => {
        const c = row[ji];
        return c?.status === 'reported' ? [c.observation] : [];
      }),
    );
    return {
      id: chartId,
      order,
      title: text.title,
      description: text.subtitle,
      filenameParts: [text.category, ...(unitInName ? [text.unit] : []), ...text.names, periodSpan(panel.periods)],
      buildOption: (ctx) => panelOption(panel, catalog, ctx.lang, ctx.footer),
      rows: panelRows(panel, catalog.jurisdictionById, reports, lang, {
        category: text.category,
        notReported: text.t('compare.notReported'),
      }),
      observations: panel.cells.flatMap((row) => row.flatMap((c) => (c.status === 'reported' ? [c.observation] : []))),
      sources: sourcesOf(byJurisdiction, reports),
    };
  }, [chartId, order, unitInName, panel, catalog, reports, lang]);
  useRegisterExport(entry);
  const openCell = (metricIndex: number, jurIndex: number) => {
    const cell = panel.cells[metricIndex]?.[jurIndex];
    if (cell?.status === 'reported')
      openSource(cell.observation.jurisdiction, cell.observation.report, cell.observation.offset);
  };
  const reportTitle = (id: string) => reports.find((r) => r.id === id)?.title ?? id;
  return (
    <article className="panel" aria-label={title}>
      {panel.mixedPeriods && (
        <p className="warn" role="note">
          {t('compare.mixedPeriods', { periods: panel.periods.join(lang === 'zh' ? '、' : ', ') })}
        </p>
      )}
      <EChart
        chartId={chartId}
        option={option}
        height={360}
        label={`${title}. ${subtitle}`}
        onClick={(e) => openCell(e.dataIndex, e.seriesIndex)}
      />
      <ChartExportMenu entry={entry} />
      <details className="data-table">
        <summary>{t('compare.table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('table.metric')}</th>
              <th scope="col">{t('table.jurisdiction')}</th>
              <th scope="col">{t('table.value')}</th>
              <th scope="col">{t('table.period')}</th>
              <th scope="col">{t('compare.source')}</th>
            </tr>
          </thead>
          <tbody>
            {panel.metrics.map((m, mi) =>
              panel.jurisdictions.map((j, ji) => {
                const cell = panel.cells[mi]![ji]!;
                return (
                  <tr key={`${m.id}-${j}`}>
                    <td>{pickLang(m.name, lang)}</td>
                    <td>{names[ji]}</td>
                    <td>
                      {cell.status === 'reported'
                        ? `${formatFigure(cell, m, lang)}${cell.derived ? ` (${t('compare.derived')})` : ''}`
                        : t('compare.notReported')}
                      {cell.status === 'reported' &&
                        notesFor(cell.observation, reports).map((n, k) => (
                          <div key={k} className="quality-note" data-testid="quality-note">
                            ⚠ {pickLang(n.note, lang)}
                          </div>
                        ))}
                    </td>
                    <td>{cell.status === 'reported' ? cell.period : '—'}</td>
                    <td>
                      {cell.status === 'reported' ? (
                        <SourceLink onOpen={() => openCell(mi, ji)} title={reportTitle(cell.observation.report)} />
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </details>
    </article>
  );
}
