import './register-strings';
import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import type { CategoryScore } from '../../model/profile';
import { sharedMetrics } from '../../model/specific';
import { useProfileRadar } from './reads/profile-scores';
import '../../charts/echart/echarts-extra';
import { EChart } from '../../charts/echart/EChart';
import { TableHead } from '../../ui/components/TableHead';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { axisName, axisPlaces, radarCaveats, radarEntry, radarOption } from './radar-chart';
import { CaveatList } from '../../ui/components/CaveatNotes';
import { CAVEAT_MARK } from '../../model/caveats';

/**
 * The radar of a jurisdiction's scores against the others' mean (three axes: areas, or metrics when the shared
 * metrics fall in fewer than three areas), its export menu and the table behind it; without one, why not. `error`
 * and `ready` are those of the scores' read.
 */
export function ProfileRadar({ catalog, id, scores, error, ready, observations }: {
  catalog: Catalog;
  id: string;
  scores: readonly CategoryScore[];
  error: Error | null;
  ready: boolean;
  /** the jurisdiction's own figures: their years are the export's source line */
  observations: readonly LocatedObservation[];
}) {
  const { lang, t } = useLang();
  const j = catalog.jurisdictionById.get(id);
  // the same metrics the scores were read for (ProfileView): the radar's query shares their read
  const metrics = useMemo(
    () => sharedMetrics([...new Set(observations.map((o) => o.metric))].map((m) => catalog.metricById.get(m)).filter((m) => m !== undefined)),
    [observations, catalog],
  );
  const radar = useProfileRadar(id, metrics, ready);
  const shared = radar.data?.shared;
  const failed = error ?? radar.error;
  const periods = useMemo(() => [...new Set(observations.map((o) => o.period))], [observations]);
  const option = useMemo(() => (scores.length >= 3 ? radarOption(scores, catalog, id, lang, t) : null), [scores, catalog, id, lang, t]);
  const entry = useMemo(() => radarEntry(scores, catalog, id, periods, lang, t), [scores, catalog, id, periods, lang, t]);
  useRegisterExport(entry);
  const caveated = useMemo(() => radarCaveats(scores, catalog, id, lang), [scores, catalog, id, lang]);
  return (
    <article className="panel">
      {failed ? (
        <p className="error" role="alert">{t('app.error', { message: failed.message })}</p>
      ) : !ready || shared === undefined ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : option ? (
        <EChart chartId="profile-radar" height={420} label={t('profile.radarTitle', { name: j ? pickLang(j.name, lang) : id })} option={option} />
      ) : (
        <p className="status" data-testid="radar-empty">
          {shared > 0 ? t('profile.radarShared', { name: j ? pickLang(j.short, lang) : id, n: shared }) : t('profile.radarEmpty')}
        </p>
      )}
      {option && radar.data?.by === 'metric' && <p className="note" data-testid="radar-by-metric">{t('profile.radarByMetric', { n: radar.data.categories })}</p>}
      {option && <CaveatList figures={caveated} />}
      {entry && <ChartExportMenu entry={entry} />}
      <p className="note">{t('profile.radarNote')}</p>
      {scores.length > 0 && (
        <details className="data-table">
          <summary>{t('compare.table')}</summary>
          <table data-testid="radar-table">
            <TableHead columns={[t('profile.axis'), j ? pickLang(j.short, lang) : id, t('profile.others'), t('select.metrics'), t('profile.places')]} />
            <tbody>
              {scores.map((s) => (
                <tr key={s.metric ?? s.category}>
                  <td>{axisName(s, catalog, lang, t)}</td>
                  <td>
                    {s.score}
                    {s.caveats?.length ? CAVEAT_MARK : ''}
                  </td>
                  <td>{s.othersMean}</td>
                  <td>{s.metrics}</td>
                  <td>{axisPlaces(s, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </article>
  );
}
