import './register-strings';
import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import '../../charts/echart/echarts-marks';
import { EChart } from '../../charts/echart/EChart';
import { useLang } from '../../ui/hooks/useLang';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { spreadChartEntry, spreadChartHeight, spreadChartOption, type PlacedItem, type SpreadItem } from './spread-chart';

/**
 * Each metric's latest figure as its percentile among the places reporting it, the middle half and the median
 * marked, with its export menu (the image, and every figure's row with the median, quartiles and percentile).
 */
export function ProfileSpreadChart({ catalog, jurisdiction, all, drawn, group }: {
  catalog: Catalog;
  jurisdiction: string;
  all: readonly SpreadItem[];
  drawn: readonly PlacedItem[];
  group?: string | undefined;
}) {
  const { lang, t } = useLang();
  const entry = useMemo(() => (drawn.length ? spreadChartEntry({ all, drawn, catalog, jurisdiction, lang, group }) : null), [all, drawn, catalog, jurisdiction, lang, group]);
  useRegisterExport(entry);
  const option = useMemo(() => (entry ? spreadChartOption(drawn, lang, { title: entry.title, subtitle: entry.description, group }) : null), [drawn, lang, entry, group]);
  if (!entry || !option)
    return (
      <p className="status" data-testid="profile-spread-none">
        {t('profile.spread.chartNone')}
      </p>
    );
  return (
    <article className="panel">
      <EChart deferred chartId="profile-spread" height={spreadChartHeight(drawn.length, entry.description)} label={`${entry.title}. ${entry.description.replace(/\n/g, ' · ')}`} option={option} />
      <ChartExportMenu entry={entry} />
    </article>
  );
}
