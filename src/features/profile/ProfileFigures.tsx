import type { Catalog } from '../../model/catalog';
import { FigureCells } from '../../ui/components/FigureCells';
import { openSource } from '../../ui/hooks/open-source';
import type { LocatedObservation } from '../../model/compare';
import { CATEGORIES } from '../../model/constants';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import type { Metric, Report } from '../../model/schema';
import type { ReactNode } from 'react';
import { isSpecific, specificFigures } from '../../model/specific';
import { SpecificFigures } from '../../ui/components/SpecificFigures';
import { SourceLink } from '../../ui/components/SourceLink';
import { CaveatNotes } from '../../ui/components/CaveatNotes';
import { TableHead } from '../../ui/components/TableHead';
import { caveatMark } from '../../model/caveats';
import type { Population } from '../../model/per-capita';
import { profileFigureTexts, profilePerCapitaNote } from './profile-per-capita';
import type { Spread } from '../../model/distribution';
import { FigureSpread } from './FigureSpread';
import { spreadKey } from './profile-spreads';

const PER_CAPITA_GRID = { gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 600px), 1fr))' } as const;

/**
 * Every category with the jurisdiction's figures of shared indicators, each linked to its sentence; then its
 * report-specific figures, listed apart. With `perCapita` (pc=1), each figure as reported, the population and the
 * figure per 10,000 residents.
 */
export function ProfileFigures({ catalog, jurisdiction, observations, reports, perCapita, spreads, group }: {
  catalog: Catalog;
  jurisdiction: string;
  observations: readonly LocatedObservation[];
  reports: readonly Report[];
  /** per 10,000 residents asked for: the place's population (null: none known) */
  perCapita?: { population: Population | null } | undefined;
  /** what each figure is set against, by metric and year (null while read) */
  spreads?: ReadonlyMap<string, Spread | null> | null | undefined;
  /** the peer group the spreads are of (absent: all places) */
  group?: string | undefined;
}) {
  const { lang, t } = useLang();
  const specific = specificFigures(observations, catalog.metricById, { jurisdictions: [jurisdiction], year: null });
  const spreadOf = (o: LocatedObservation, m: Metric) => (
    <FigureSpread figure={o} metric={m} spread={spreads?.get(spreadKey(o.metric, o.period))} population={perCapita ? perCapita.population : undefined} group={group} />
  );
  return (
    <>
      {perCapita && (
        <p className="note" data-testid="profile-per-capita-note">
          {profilePerCapitaNote(perCapita.population, lang)}
        </p>
      )}
      {/* per head, six columns a table: fewer, wider tables a row */}
      <div className="profile-categories" style={perCapita ? PER_CAPITA_GRID : undefined}>
        {CATEGORIES.map((c) => {
          const list = observations.filter((o) => {
            const m = catalog.metricById.get(o.metric);
            return m?.category === c && !isSpecific(m);
          });
          return (
            <details key={c} className="data-table" open={list.length > 0 && list.length <= 8}>
              <summary>
                {t(`category.${c}`)} ({list.length})
              </summary>
              {list.length === 0 ? (
                <p className="note">{t('compare.notReported')}</p>
              ) : perCapita ? (
                <PerCapitaFigureTable catalog={catalog} jurisdiction={jurisdiction} list={list} population={perCapita.population} spreadOf={spreadOf} />
              ) : (
                <table>
                  <tbody>
                    {list.map((o) => {
                      const m = catalog.metricById.get(o.metric)!;
                      return (
                        <tr key={o.id}>
                          <td>
                            {pickLang(m.name, lang)}
                            {spreadOf(o, m)}
                          </td>
                          <FigureCells figure={o} metric={m} period={o.period} onOpen={() => openSource(jurisdiction, o.report, o.offset)} />
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
            </details>
          );
        })}
      </div>
      <SpecificFigures figures={specific} catalog={catalog} reports={reports} withPlace={false} />
    </>
  );
}

/** A category's figures per 10,000 residents: as reported, the population, per 10k (or why not), year, sentence. */
function PerCapitaFigureTable({ catalog, jurisdiction, list, population, spreadOf }: {
  catalog: Catalog;
  jurisdiction: string;
  list: readonly LocatedObservation[];
  population: Population | null;
  spreadOf: (o: LocatedObservation, m: Metric) => ReactNode;
}) {
  const { lang, t } = useLang();
  const columns = [t('table.metric'), t('perCapita.reported'), t('export.col.population'), t('perCapita.value'), t('table.period'), t('compare.source')];
  return (
    <table data-testid="profile-per-capita-table">
      <TableHead columns={columns} />
      <tbody>
        {list.map((o) => {
          const m = catalog.metricById.get(o.metric)!;
          const text = profileFigureTexts(o, m, population, lang);
          return (
            <tr key={o.id} data-metric={m.id}>
              <td>
                {pickLang(m.name, lang)}
                {spreadOf(o, m)}
              </td>
              <td>
                {text.reported}
                {caveatMark(o.caveats)}
                {o.derived ? ` (${t('compare.derived')})` : ''}
                <CaveatNotes caveats={o.caveats} />
              </td>
              <td title={text.populationTitle || undefined}>{text.population}</td>
              <td>{text.perHead}</td>
              <td>{o.period}</td>
              <td>
                <SourceLink onOpen={() => openSource(jurisdiction, o.report, o.offset)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
