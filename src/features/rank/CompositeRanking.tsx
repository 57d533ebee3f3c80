import './register-strings';
import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import { EChart } from '../../charts/echart/EChart';
import { useAutoOpen } from '../../ui/hooks/useAutoOpen';
import { updateUrl, useUrlField } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { shortName } from '../../i18n';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { DRAWS, DROP, PERTURBATION, SEED, withWeight } from './composite-input';
import { compositeWarnings, emptyReason, insufficientNote } from './composite-guards';
import { usePeerGroup } from '../../ui/hooks/usePeerGroup';
import { PeerStatus } from '../../ui/components/PeerControls';
import { compositePeerLine, compositeCaveatFigures, compositeChartOption, compositeEntry, compositePerCapitaNotes, scoreCaveatLines } from './composite-chart';
import { dividesPerCapita } from '../../model/per-capita';
import { CaveatList } from '../../ui/components/CaveatNotes';
import { useComposite } from './use-composite';
import type { TimedComposite } from './composite-result';
import type { MissingPolicy } from '../../model/constants';
import { CompositeControls } from './CompositeControls';
import { CompositeWeights } from './CompositeWeights';
import { CompositeTable } from './CompositeTable';

/** Too little data, few metrics, mixed years, and why nothing is ranked when nothing is. */
function useGuards(result: TimedComposite | null, catalog: Catalog, minCoverage: number, missing: MissingPolicy) {
  const { lang, t } = useLang();
  return useMemo(() => {
    if (!result) return null;
    const g = { result, catalog, lang, t, minCoverage, missing, metrics: result.metrics };
    return { insufficient: insufficientNote(g), warnings: compositeWarnings(g), empty: emptyReason(g) };
  }, [result, catalog, lang, t, minCoverage, missing]);
}

/** A paragraph per line. */
function Lines({ lines = [], className, testId }: { lines?: readonly string[] | undefined; className: string; testId: string }) {
  return lines.map((line, i) => (
    <p key={i} className={className} data-testid={testId}>
      {line}
    </p>
  ));
}

/** The composite of the chosen metrics, weighted, with a stability band: controls, weights, chart and table. */
export function CompositeRanking({ catalog }: { catalog: Catalog }) {
  const url = {
    weights: useUrlField('weights'),
    normalisation: useUrlField('normalisation'),
    missing: useUrlField('missing'),
    minCoverage: useUrlField('minCoverage'),
    rankYear: useUrlField('rankYear'),
    tiers: useUrlField('tiers'),
    compositePerCapita: useUrlField('compositePerCapita'),
  };
  const { lang, t } = useLang();
  const peers = usePeerGroup(catalog);
  const { ids, result, waiting, error } = useComposite(catalog, { ...url, members: peers.ids });
  const { group } = peers;
  const peer = useMemo(() => (group ? { describe: group.describe, focus: group.ids[0]! } : undefined), [group]);

  const table = useAutoOpen((result?.rows.length ?? 0) <= 30);
  const setWeight = (key: string, value: number | null) => updateUrl({ weights: withWeight(url.weights, key, value) }, 'replace');
  const { tiers } = url;
  // built once per change of what it shows (a render for any other reason must not rebuild thousands of bars)
  const { minCoverage, missing } = url;
  const shown = useMemo(() => (result ? { result, catalog, ids, tiers, lang, t, peer, minCoverage } : null), [result, catalog, ids, tiers, lang, t, peer, minCoverage]);
  const guards = useGuards(result, catalog, minCoverage, missing);
  const option = useMemo(() => (shown ? compositeChartOption(shown) : null), [shown]);
  const entry = useMemo(() => (shown ? compositeEntry(shown) : null), [shown]);
  const caveated = useMemo(() => (shown ? compositeCaveatFigures(shown) : []), [shown]);
  useRegisterExport(entry);
  const name = (j: string) => shortName(catalog, j, lang);
  // counts per 10k residents: which, by whose population, who has none; or that the counts are as reported
  const perCapitaNotes = useMemo(() => {
    if (!shown) return [];
    if (shown.result.perCapita) return compositePerCapitaNotes(shown);
    const raw = !url.compositePerCapita && ids.some((id) => dividesPerCapita(catalog.metricById.get(id)!.kind));
    return raw ? [t('perCapita.composite.raw')] : [];
  }, [shown, url.compositePerCapita, ids, catalog, t]);
  return (
    <article className="panel" aria-labelledby="composite-h">
      <h3 id="composite-h">{t('composite.title')}</h3>
      <p className="note">{t('composite.help', { p: PERTURBATION * 100, drop: DROP * 100, draws: DRAWS, seed: SEED })}</p>
      <CompositeControls catalog={catalog} normalisation={url.normalisation} missing={url.missing} minCoverage={minCoverage} tiers={tiers} perCapita={url.compositePerCapita}
        onPick={(id) => setWeight(id, 1)} />
      {ids.length > 0 && <CompositeWeights catalog={catalog} ids={ids} weights={url.weights} setWeight={setWeight} />}
      {ids.length === 0 ? (
        <p className="status">{t('composite.empty')}</p>
      ) : error ? (
        <p className="error" role="alert">{t('app.error', { message: error.message })}</p>
      ) : waiting || peers.waiting ? (
        <p className="status" role="status">{t(peers.waiting ? 'peer.loading' : 'perCapita.loading')}</p>
      ) : !result ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : (
        <div data-testid="composite" data-compute-ms={result.ms} data-band={result.bandPending ? 'pending' : 'done'}>
          <PeerStatus scope={peers} />
          {shown && compositePeerLine(shown) && (
            <p className="standing" data-testid="composite-standing">
              {compositePeerLine(shown)}
            </p>
          )}
          <Lines lines={guards?.warnings} className="warn" testId="composite-warning" />
          {guards?.empty ? (
            <p className="status" data-testid="composite-empty">{guards.empty}</p>
          ) : (
            option && <EChart chartId="composite" option={option} height={380} label={t('composite.title')} />
          )}
          <CaveatList figures={caveated} />
          {entry && <ChartExportMenu entry={entry} />}
          <Lines lines={perCapitaNotes} className="note" testId="composite-per-capita-note" />
          <p className="note">{t('composite.computed', { ms: result.ms })}</p>
          {guards?.insufficient && (
            <p className="note" data-testid="composite-insufficient-note">{guards.insufficient}</p>
          )}
          {result.excluded.length > 0 && (
            <p className="note">{t('composite.excluded', { names: result.excluded.slice(0, 30).map(name).join(lang === 'zh' ? '、' : ', ') + (result.excluded.length > 30 ? '…' : '') })}</p>
          )}
          {result.rows.length + (result.insufficient?.length ?? 0) > 0 && <CompositeTable rows={result.rows} insufficient={result.insufficient} metrics={result.metrics} catalog={catalog} tiers={tiers} open={table.open} onToggle={table.onToggle}
            caveats={(j) => (shown ? scoreCaveatLines(shown, j) : [])} notes={perCapitaNotes} bandPending={result.bandPending === true} />}
        </div>
      )}
    </article>
  );
}
