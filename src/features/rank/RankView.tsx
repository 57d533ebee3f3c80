import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../domain/catalog';
import { rankingQuery } from './ranking-query';
import { rankChartOption } from './rank-chart';
import { useLang } from '../../app/useLang';
import { MetricRanking } from './MetricRanking';
import { CompositeRanking } from './CompositeRanking';

export default function RankView({ catalog }: { catalog: Catalog }) {
  const { lang, t } = useLang();
  const client = useQueryClient();
  // Warm the cache with every metric's blocks, ranking (latest figures) and chart option once the first chart is
  // up, so that switching metrics only draws (typed-array columns: about 30 MB for 1.16 million figures, rankings
  // and options about 20 MB).
  useEffect(() => {
    let cancelled = false;
    const ids = catalog.metrics.map((m) => m.id);
    const next = (i: number) => {
      if (cancelled || i >= ids.length) return;
      const id = ids[i]!;
      void client
        .fetchQuery(rankingQuery(id, null))
        .then((ranking) => {
          const metric = catalog.metricById.get(id);
          if (!cancelled && ranking && metric && ranking.rows.length) rankChartOption(ranking, metric, catalog, lang, t);
        })
        .catch(() => {}) // a metric that cannot be read now is read (and its error shown) when picked
        .then(() => setTimeout(() => next(i + 1), 0));
    };
    const timer = setTimeout(() => next(0), 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [catalog, client, lang, t]);
  return (
    <section aria-labelledby="rank-h">
      <h2 id="rank-h" className="visually-hidden">{t('nav.rank')}</h2>
      <MetricRanking catalog={catalog} />
      <CompositeRanking catalog={catalog} />
    </section>
  );
}
