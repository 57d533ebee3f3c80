import './register-strings';
import type { Catalog } from '../../model/catalog';
import { useLang } from '../../ui/hooks/useLang';
import { BackupPanel } from './BackupPanel';
import { DatasetTable } from './DatasetTable';
import { ImportPanel } from './ImportPanel';
import { StoragePanel } from './StoragePanel';
import { WordingsPanel } from './WordingsPanel';
import { useDataDeps } from './deps';
import './data.css';

/** The data view (`?v=data`): import, the stored datasets, backup and restore, storage status. */
export default function DataView({ catalog }: { catalog: Catalog }) {
  const { t } = useLang();
  const deps = useDataDeps();
  return (
    <section aria-labelledby="data-h" className="data-view">
      <h2 id="data-h">{t('data.heading')}</h2>
      <ImportPanel deps={deps} />
      <DatasetTable catalog={catalog} deps={deps} />
      <BackupPanel catalog={catalog} deps={deps} />
      <StoragePanel />
      <WordingsPanel />
    </section>
  );
}
