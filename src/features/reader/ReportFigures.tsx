import './register-strings';
import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import type { Report } from '../../model/schema';
import { formatFigure } from '../../model/format';
import { formulaWithValues, type DerivedFormula } from '../../model/derived';
import { updateUrl } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { TableHead } from '../../ui/components/TableHead';
import { QualityNotes } from '../../ui/components/QualityNotes';
import { pickLang } from '../../i18n';

/** Every figure of the report; a click highlights its sentence. */
export function ReportFigures({ report, observations, catalog }: { report: Report; observations: readonly LocatedObservation[]; catalog: Catalog }) {
  const { lang, t } = useLang();
  const list = observations.filter((o) => o.report === report.id).sort((a, b) => a.offset - b.offset);
  const byId = new Map(observations.map((o) => [o.id, o]));
  return (
    <aside className="reader-figures" aria-label={t('reader.figures', { n: list.length })}>
      <h3>{t('reader.figures', { n: list.length })}</h3>
      <table className="data-table" data-testid="reader-figures">
        <TableHead columns={[t('table.metric'), t('table.value'), t('table.period')]} />
        <tbody>
          {list.map((o) => {
            const m = catalog.metricById.get(o.metric);
            const inputs = o.derived?.inputs.map((id) => byId.get(id)?.value ?? Number.NaN) ?? [];
            return (
              <tr key={o.id}>
                <td>{m ? pickLang(m.name, lang) : o.metric}</td>
                <td>
                  <button type="button" className="link" onClick={() => updateUrl({ offset: o.offset }, 'replace')}>
                    {m ? formatFigure(o, m, lang) : o.value}
                    {o.derived ? '*' : ''}
                  </button>
                  {o.derived && (
                    <div className="note">
                      {t('reader.derivedFrom', { formula: formulaWithValues(o.derived.formula as DerivedFormula, inputs) })}
                    </div>
                  )}
                  {o.note && <div className="note">{pickLang(o.note, lang)}</div>}
                  <QualityNotes observation={o} reports={[report]} />
                </td>
                <td>{o.period}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </aside>
  );
}
