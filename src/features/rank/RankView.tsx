import type { Catalog } from '../../domain/catalog';
import { useLang } from '../../app/useLang';
import { MetricRanking } from './MetricRanking';
import { CompositeRanking } from './CompositeRanking';

export default function RankView({ catalog }: { catalog: Catalog }) {
  const { t } = useLang();
  return (
    <section aria-labelledby="rank-h">
      <h2 id="rank-h" className="visually-hidden">{t('nav.rank')}</h2>
      <MetricRanking catalog={catalog} />
      <CompositeRanking catalog={catalog} />
    </section>
  );
}
