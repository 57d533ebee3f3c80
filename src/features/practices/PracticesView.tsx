import type { Catalog } from '../../domain/catalog';

/** Placeholder until the practices view lands. */
export default function PracticesView({ catalog }: { catalog: Catalog }) {
  return <p className="status">{catalog.datasets.length} datasets</p>;
}
