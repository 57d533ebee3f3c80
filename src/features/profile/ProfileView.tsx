import type { Catalog } from '../../domain/catalog';

/** Placeholder until the profile view lands. */
export default function ProfileView({ catalog }: { catalog: Catalog }) {
  return <p className="status">{catalog.datasets.length} datasets</p>;
}
