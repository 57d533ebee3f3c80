import { useMemo } from 'react';
import type { Catalog } from '../../domain/catalog';
import type { Panel } from '../../domain/compare';
import type { Report } from '../../domain/schema';
import { formatFigure } from '../../domain/format';
import { buildCompareOption } from '../../charts/compare-option';
import { EChart } from '../../lib/chart/EChart';
import { useLang } from '../../app/useLang';
import { updateUrl } from '../../app/url';
import { pickLang } from '../../i18n';

export function ComparePanel({ panel, catalog, reports }: { panel: Panel; catalog: Catalog; reports: readonly Report[] }) {
  const { lang, t } = useLang();
  const names = panel.jurisdictions.map((id) => {
    const j = catalog.jurisdictionById.get(id);
    return j ? pickLang(j.short, lang) : id;
  });
  const title = `${t(`category.${panel.category}`)}(${pickLang(panel.unit, lang)})`;
  const subtitle = `${names.join(' · ')} · ${panel.periods.join('–')}`;
  const option = useMemo(
    () =>
      buildCompareOption(panel, catalog.jurisdictionById, lang, {
        title,
        subtitle,
        notReported: t('compare.notReported'),
        derived: t('compare.derived'),
        period: (y) => t('chart.period', { year: y }),
      }),
    [panel, catalog, lang, t, title, subtitle],
  );
  const openSource = (metricIndex: number, jurIndex: number) => {
    const cell = panel.cells[metricIndex]?.[jurIndex];
    if (cell?.status === 'reported')
      updateUrl({ view: 'reader', report: cell.observation.report, offset: cell.observation.offset });
  };
  const reportTitle = (id: string) => reports.find((r) => r.id === id)?.title ?? id;
  return (
    <article className="panel" aria-label={title}>
      {panel.mixedPeriods && (
        <p className="warn" role="note">
          {t('compare.mixedPeriods', { periods: panel.periods.join('、') })}
        </p>
      )}
      <EChart
        chartId={`compare-${panel.key}`}
        option={option}
        height={360}
        label={`${title}. ${subtitle}`}
        onClick={(e) => openSource(e.dataIndex, e.seriesIndex)}
      />
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
                    </td>
                    <td>{cell.status === 'reported' ? cell.period : '—'}</td>
                    <td>
                      {cell.status === 'reported' ? (
                        <button type="button" className="link" onClick={() => openSource(mi, ji)} title={reportTitle(cell.observation.report)}>
                          {t('table.openSource')}
                        </button>
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
