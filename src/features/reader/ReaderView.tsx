import type { Catalog } from '../../domain/catalog';

/** Placeholder until the reader view lands. */
export default function ReaderView({ catalog }: { catalog: Catalog }) {
  return <p className="status">{catalog.datasets.length} datasets</p>;
}
