import './register-strings';
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import { rankingQuery } from './reads/ranking';
import { rankChartOption } from './rank-chart';
import { inPool } from '../../reads/pool';
import { sharedMetrics } from '../../model/specific';
import { useLang } from '../../ui/hooks/useLang';
import { MetricRankingPanel, useMarked } from './MetricRankingPanel';
import { CompositeRanking } from './CompositeRanking';

/** Metric reads in flight at once while the view warms its cache. */
const WARM_READERS = 4;

export default function RankView({ catalog }: { catalog: Catalog }) {
  const { lang, t } = useLang();
  const client = useQueryClient();
  const marked = useMarked(catalog);
  // Warm the cache with every metric's blocks, ranking (latest figures) and chart option once the view is up, so
  // that switching metrics only draws (typed-array columns: about 30 MB for 1.16 million figures, rankings and
  // options about 20 MB). A few reads at a time: most of a read is the database's round trip, and the page stays
  // responsive between them (each metric's work is a task of a few milliseconds).
  useEffect(() => {
    let cancelled = false;
    const pause = () => new Promise((ok) => setTimeout(ok, 0));
    // report-specific metrics are not offered for ranking: nothing to warm
    void inPool(sharedMetrics(catalog.metrics), WARM_READERS, async (metric) => {
      await pause();
      if (cancelled) return;
      try {
        const ranking = await client.fetchQuery(rankingQuery(metric.id, null));
        if (!cancelled && ranking && ranking.rows.length) rankChartOption(ranking, metric, catalog, lang, t, undefined, marked);
      } catch {
        // a metric that cannot be read now is read again (and its error shown) when it is picked
      }
    }).then(() => {
      if (!cancelled) performance.mark('rank-warmed'); // for the benchmark and the browser's performance panel
    });
    return () => {
      cancelled = true;
    };
  }, [catalog, client, lang, t, marked]);
  return (
    <section aria-labelledby="rank-h">
      <h2 id="rank-h" className="visually-hidden">{t('nav.rank')}</h2>
      <MetricRankingPanel catalog={catalog} />
      <CompositeRanking catalog={catalog} />
    </section>
  );
}
