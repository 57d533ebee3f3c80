import type { Catalog } from '../../domain/catalog';

/** Placeholder until the rank view lands. */
export default function RankView({ catalog }: { catalog: Catalog }) {
  return <p className="status">{catalog.datasets.length} datasets</p>;
}
