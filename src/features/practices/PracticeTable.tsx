import './register-strings';
import type { Catalog } from '../../model/catalog';
import type { PracticeMatrix } from '../../model/practice-matrix';
import type { Practice } from '../../model/schema';
import { useLang } from '../../ui/hooks/useLang';
import { TableHead } from '../../ui/components/TableHead';
import { pickLang, shortName } from '../../i18n';

export interface OpenCell {
  practice: string;
  jurisdiction: string;
}

/** One practice's row: its name and category, then per jurisdiction the mention count (a button) or a dash. */
function PracticeRow(props: { catalog: Catalog; practice: Practice; counts: readonly number[]; jurisdictions: readonly string[]; onOpen: (cell: OpenCell) => void }) {
  const { catalog, practice: p, counts, jurisdictions, onOpen } = props;
  const { lang, t } = useLang();
  return (
    <tr>
      <th scope="row" title={p.description ? pickLang(p.description, lang) : undefined}>
        {pickLang(p.name, lang)} <span className="note">· {t(`category.${p.category}`)}</span>
      </th>
      {counts.map((n, ji) => {
        const j = jurisdictions[ji]!;
        return (
          <td key={j} className={n ? 'yes' : 'no'}>
            {n ? (
              <button
                type="button"
                data-testid="practice-cell"
                aria-label={t('practices.quotes', { practice: pickLang(p.name, lang), jurisdiction: shortName(catalog, j, lang), n })}
                onClick={() => onOpen({ practice: p.id, jurisdiction: j })}
              >
                {n}
              </button>
            ) : (
              <span aria-label={t('practices.notMentioned')}>—</span>
            )}
          </td>
        );
      })}
    </tr>
  );
}

/** Practices × jurisdictions: how often each report mentions each practice. */
export function PracticeTable({ catalog, matrix, onOpen }: { catalog: Catalog; matrix: PracticeMatrix; onOpen: (cell: OpenCell) => void }) {
  const { lang, t } = useLang();
  return (
    <div className="matrix-wrap">
      <table className="matrix" data-testid="practice-matrix">
        <TableHead columns={[t('practices.practice'), ...matrix.jurisdictions.map((j) => shortName(catalog, j, lang))]} />
        <tbody>
          {matrix.practices.map((p, pi) => (
            <PracticeRow key={p.id} catalog={catalog} practice={p} counts={matrix.counts[pi]!} jurisdictions={matrix.jurisdictions} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
