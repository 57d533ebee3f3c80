import type { Catalog } from '../../domain/catalog';
import type { MetricPeriodBlock } from '../../domain/blocks';
import { periodsOf, seriesOf } from '../../domain/metric-values';
import { yearSpan } from '../../domain/profile';
import { buildTimeOption } from '../../charts/profile-option';
import '../../lib/chart/echarts-extra';
import { EChart } from '../../lib/chart/EChart';
import { useLang } from '../../app/useLang';
import { pickLang } from '../../i18n';

/** Line charts for the metrics this jurisdiction reported in two or more years (gaps for missing years). */
export function ProfileTime({ catalog, jurisdiction, blocks }: { catalog: Catalog; jurisdiction: string; blocks: ReadonlyMap<string, readonly MetricPeriodBlock[]> }) {
  const { lang, t } = useLang();
  const j = catalog.jurisdictionById.get(jurisdiction);
  const charts = [...blocks]
    .map(([metric, list]) => {
      const own = list.filter((b) => b.jurisdiction.includes(jurisdiction));
      return { metric, own, periods: periodsOf(own) };
    })
    .filter((x) => x.periods.length >= 2)
    .slice(0, 12);
  if (charts.length === 0) return null;
  return (
    <>
      <h3>{t('profile.time')}</h3>
      <p className="note">{t('profile.timeNote')}</p>
      <div className="panels">
        {charts.map(({ metric, own, periods }) => {
          const m = catalog.metricById.get(metric);
          if (!m) return null;
          const years = yearSpan(periods);
          const title = pickLang(m.name, lang);
          return (
            <article className="panel" key={metric}>
              <EChart
                chartId={`time-${metric}`}
                height={280}
                label={title}
                option={buildTimeOption(years, [{ name: j ? pickLang(j.short, lang) : jurisdiction, values: seriesOf(own, jurisdiction, years) }], {
                  title,
                  subtitle: `${years[0]}–${years[years.length - 1]}`,
                  unit: pickLang(m.unit, lang),
                })}
              />
            </article>
          );
        })}
      </div>
    </>
  );
}
