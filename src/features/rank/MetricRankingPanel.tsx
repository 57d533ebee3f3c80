import './register-strings';
import { useMemo, type SyntheticEvent } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Metric } from '../../model/schema';
import type { EChartsCoreOption } from 'echarts/core';
import { largeRanking } from '../../charts/rank-option';
import { EChart } from '../../charts/echart/EChart';
import '../../charts/echart/echarts-rank';
import { useAutoOpen } from '../../ui/hooks/useAutoOpen';
import { updateUrl, useUrlField } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { useOpenObservation } from '../../ui/hooks/open-source';
import { pickLang } from '../../i18n';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport, type ExportEntry } from '../../ui/export/registry';
import { useRanking } from './reads/ranking';
import { rankChartOption } from './rank-chart';
import { rankingCaveats, rankingEntry } from './rank-export';
import { CaveatList } from '../../ui/components/CaveatNotes';
import { isSpecific } from '../../model/specific';
import { MetricSelect, widestMetric } from './MetricSelect';
import { RankingTable } from './RankingTable';
import { usePerCapita } from '../../ui/hooks/usePerCapita';
import { PerCapitaNote, PerCapitaSwitch } from '../../ui/components/PerCapitaSwitch';
import { dividesPerCapita } from '../../model/per-capita';
import { shownRanking, type ShownRanking } from './per-capita-ranking';
import { peerLine, peerRanking } from './peer-ranking';
import { usePeerGroup } from '../../ui/hooks/usePeerGroup';
import { PeerControls } from '../../ui/components/PeerControls';

/** The places chosen in the compare view that are stored: marked on the ranking. */
export function useMarked(catalog: Catalog): readonly string[] {
  const chosen = useUrlField('jurisdictions');
  return useMemo(() => chosen.filter((id) => catalog.jurisdictionById.has(id)), [chosen, catalog]);
}

/** One metric ranked over all jurisdictions: the metric and year pickers, then what was ranked. */
export function MetricRankingPanel({ catalog }: { catalog: Catalog }) {
  const rankMetricParam = useUrlField('rankMetric');
  const rankYear = useUrlField('rankYear');
  const { lang, t } = useLang();
  const asked = rankMetricParam ? catalog.metricById.get(rankMetricParam) : undefined;
  const metricId = asked && !isSpecific(asked) ? asked.id : widestMetric(catalog);
  const metric = metricId ? catalog.metricById.get(metricId) : undefined;
  const ranking = useRanking(metricId, rankYear);
  const perCapita = usePerCapita(catalog);
  const peers = usePeerGroup(catalog);
  const base = metric ? (ranking.data ?? null) : null;
  const all = useMemo(() => (base && metric ? shownRanking(base, metric, perCapita.populations) : null), [base, metric, perCapita.populations]);
  const { group, ids } = peers;
  const ranked = useMemo(
    () => (all && group && ids ? peerRanking(all, ids, { describe: group.describe, focus: group.ids[0]!, size: group.ids.length }) : all),
    [all, group, ids],
  );
  const table = useAutoOpen((ranked?.rows.length ?? 0) <= 12);
  // built once per ranking and language, often ahead by RankView's warm-up (a render for any other reason must not
  // rebuild thousands of bars)
  const marked = useMarked(catalog);
  const option = useMemo(() => (ranked && metric ? rankChartOption(ranked, metric, catalog, lang, t, undefined, marked) : null), [ranked, metric, catalog, lang, t, marked]);
  const entry = useMemo(() => (ranked && metric ? rankingEntry(ranked, metric, catalog, lang, t, marked) : null), [ranked, metric, catalog, lang, t, marked]);
  useRegisterExport(entry);
  if (!metric) return null;
  return (
    <article className="panel" aria-labelledby="rank-metric-h">
      <h3 id="rank-metric-h">{t('rank.title')}</h3>
      <div className="controls">
        <label>
          {t('rank.metric')}{' '}
          <MetricSelect catalog={catalog} value={metric.id} label={t('rank.metric')} onChange={(id) => updateUrl({ rankMetric: id, rankYear: null })} />
        </label>
        <label>
          {t('rank.year')}{' '}
          <select value={rankYear ?? ''} onChange={(e) => updateUrl({ rankYear: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('select.latest')}</option>
            {(ranked?.all ?? []).map((p) => (
              <option key={p} value={p}>
                {t('chart.period', { year: p })}
              </option>
            ))}
          </select>
        </label>
        <PerCapitaSwitch />
      </div>
      <PeerControls catalog={catalog} scope={peers} />
      {metric.description && <p className="note">{pickLang(metric.description, lang)}</p>}
      {perCapita.on && (dividesPerCapita(metric.kind) ? <PerCapitaNote populations={ranked?.perCapita?.rows.map((r) => r.perCapita.population)} /> : <p className="note">{t('perCapita.notDivided')}</p>)}
      {perCapita.error && <p className="error" role="alert">{t('app.error', { message: perCapita.error.message })}</p>}
      {perCapita.waiting || peers.waiting ? <p className="status" role="status">{t(peers.waiting ? 'peer.loading' : 'perCapita.loading')}</p> : ranked && <RankingResult ranked={ranked} metric={metric} catalog={catalog} option={option} entry={entry} table={table} />}
    </article>
  );
}

/** Coverage and mixed years, then the chart (a click opens a bar's sentence), its export menu and its table. */
function RankingResult({ ranked, metric, catalog, option, entry, table }: {
  ranked: ShownRanking;
  metric: Metric;
  catalog: Catalog;
  option: EChartsCoreOption | null;
  entry: ExportEntry | null;
  table: { open: boolean; onToggle: (e: SyntheticEvent<HTMLDetailsElement>) => void };
}) {
  const { lang, t } = useLang();
  const open = useOpenObservation();
  const metricName = pickLang(metric.name, lang);
  const caveated = useMemo(() => rankingCaveats(ranked, metric, catalog, lang), [ranked, metric, catalog, lang]);
  return (
    <>
      <p className="note" data-testid="rank-coverage">
        {t('rank.coverage', { n: ranked.rows.length, total: ranked.peer?.size ?? catalog.jurisdictions.length })} {t(`rank.direction.${metric.better}`)}
      </p>
      {ranked.peer && (
        <p className="standing" data-testid="peer-standing">
          {peerLine(ranked, catalog, lang)}
        </p>
      )}
      {ranked.periods.length > 1 && <p className="warn">{t('rank.mixed', { periods: ranked.periods.join(lang === 'zh' ? '、' : ', ') })}</p>}
      {ranked.rows.length === 0 ? (
        <p className="status">{t('rank.none')}</p>
      ) : (
        <>
          {option && (
            <EChart
              // updated in place (merge) only within one structure: a merge from labelled bars into large mode
              // kept the old label formatter, which then read rows that no longer exist
              key={largeRanking(ranked.rows.length) ? 'large' : 'labelled'}
              chartId={`rank-${metric.id}`}
              merge
              option={option}
              height={380}
              label={t('rank.chartTitle', { metric: metricName })}
              onClick={(e) => {
                const r = ranked.rows[e.dataIndex];
                if (r) void open(r.jurisdiction, r.observation);
              }}
            />
          )}
          <CaveatList figures={caveated} />
          {entry && <ChartExportMenu entry={entry} />}
          <RankingTable ranked={ranked} metric={metric} catalog={catalog} open={table.open} onToggle={table.onToggle} onOpen={(j, o) => void open(j, o)} />
        </>
      )}
    </>
  );
}
