import './register-strings';
import { useMemo, useState } from 'react';
import type { Catalog } from '../../model/catalog';
import { practiceMatrix } from '../../model/practice-matrix';
import { useJurisdictionData } from '../../reads/jurisdiction-data';
import { useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { PracticeTable, type OpenCell } from './PracticeTable';
import { PracticeQuotes } from './PracticeQuotes';

const ALL_UP_TO = 30;

export default function PracticesView({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { t } = useLang();
  const few = catalog.jurisdictions.length <= ALL_UP_TO;
  const jurisdictions = few ? catalog.jurisdictions.map((j) => j.id) : url.jurisdictions.filter((j) => catalog.jurisdictionById.has(j));
  const data = useJurisdictionData(jurisdictions);
  const matrix = useMemo(() => (data.data ? practiceMatrix(catalog.practices, jurisdictions, data.data.mentions) : null), [data.data, catalog, jurisdictions]);
  const [open, setOpen] = useState<OpenCell | null>(null);
  return (
    <section aria-labelledby="practices-h">
      <h2 id="practices-h">{t('practices.title')}</h2>
      <p className="note">{t('practices.help')}</p>
      {!few && <p className="note">{t('practices.tooMany', { n: jurisdictions.length })}</p>}
      {!matrix ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : (
        <PracticeTable catalog={catalog} matrix={matrix} onOpen={setOpen} />
      )}
      {open && <PracticeQuotes catalog={catalog} open={open} mentions={data.data?.mentions ?? []} onClose={() => setOpen(null)} />}
    </section>
  );
}
