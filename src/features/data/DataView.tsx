import type { Catalog } from '../../domain/catalog';

/** Placeholder until the data view lands. */
export default function DataView({ catalog }: { catalog: Catalog }) {
  return <p className="status">{catalog.datasets.length} datasets</p>;
}
