import './register-strings';
import { useMemo, useState } from 'react';
import type { Catalog } from '../../model/catalog';
import { CONTENTS } from '../../model/report-check';
import { filterRows, sortRows, type ReportRow, type SortKey } from '../../model/report-list';
import { pickLang, type Translate } from '../../i18n';
import type { Lang } from '../../model/format';
import { updateUrl } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { openSource } from '../../ui/hooks/open-source';
import { TableHead } from '../../ui/components/TableHead';
import { useReportList } from './reads/report-list';
import { ContentCells, timelinessText } from './ContentCells';
import { ReportListCsv } from './ReportListCsv';

/** How many rows the table renders; a search finds any of the others. */
export const SHOWN = 200;
const SORTS: readonly SortKey[] = ['place', 'period', 'figures', 'indicators', 'contents'];

export const indicatorsText = (t: Translate, r: ReportRow): string =>
  r.peers ? t('rc.indicators', { n: r.indicators, median: Math.round(r.peers.median * 10) / 10 }) : t('rc.indicatorsAlone', { n: r.indicators });

/** Every stored report with its check, ordered by place and year; each row opens its report. */
export function ReportList({ catalog, only }: { catalog: Catalog; only: string | null }) {
  const { lang, t } = useLang();
  const list = useReportList(catalog);
  const [words, setWords] = useState('');
  const [sort, setSort] = useState<SortKey>('place');
  const place = (id: string) => pickLang(catalog.jurisdictionById.get(id)?.name ?? { zh: id, en: id }, lang);
  const shown = useMemo(() => {
    const names = (id: string) => {
      const j = catalog.jurisdictionById.get(id);
      return j ? [j.name.zh, j.name.en, j.short.zh, j.short.en] : [id];
    };
    const mine = (list.rows ?? []).filter((r) => !only || r.report.jurisdiction === only);
    return sortRows(filterRows(mine, words, names), sort, (id) => pickLang(catalog.jurisdictionById.get(id)?.name ?? { zh: id, en: id }, lang));
  }, [list.rows, only, words, sort, catalog, lang]);
  if (list.error) return <p className="error" role="alert">{t('app.error', { message: list.error.message })}</p>;
  if (!list.rows) return <p className="status" role="status">{t('rc.checking')}</p>;
  return (
    <section aria-labelledby="rc-h" data-testid="report-list">
      <h3 id="rc-h">{t('rc.title', { n: list.rows.length })}</h3>
      <p className="note">{t('rc.about')}</p>
      {only && (
        <p className="note">
          {t('rc.onlyPlace', { place: place(only) })}{' '}
          <button type="button" className="link" onClick={() => updateUrl({ profile: null })}>
            {t('rc.showAll')}
          </button>
        </p>
      )}
      <div className="controls">
        <label className="table-search">
          {t('rc.search')} <input type="search" value={words} maxLength={100} onChange={(e) => setWords(e.target.value)} data-testid="rc-search" />
        </label>
        <label>
          {t('rc.sort')}{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`rc.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <ReportListCsv rows={shown} place={place} />
      </div>
      <p className="note" role="status">
        {words.trim() ? t('rc.matches', { n: shown.length }) : shown.length > SHOWN ? t('rc.shown', { n: SHOWN, total: shown.length }) : ''}
      </p>
      {list.rows.length === 0 ? <p className="status">{t('rc.none')}</p> : <ListTable rows={shown.slice(0, SHOWN)} place={place} t={t} lang={lang} />}
    </section>
  );
}

function ListTable({ rows, place, t, lang }: { rows: readonly ReportRow[]; place: (id: string) => string; t: Translate; lang: Lang }) {
  const columns = [
    t('rc.col.place'),
    t('rc.col.year'),
    t('rc.col.title'),
    t('rc.col.source'),
    t('rc.col.figures'),
    ...CONTENTS.map((c) => <abbr title={t(`rc.content.${c}`)}>{t(`rc.short.${c}`)}</abbr>),
    t('rc.col.time'),
    t('rc.col.indicators'),
  ];
  return (
    <div className="matrix-wrap" data-testid="rc-table-wrap">
      <table className="matrix rc-table" data-testid="rc-table" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <TableHead columns={columns} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.report.id} data-testid="rc-row" data-report={r.report.id}>
              <th scope="row" style={{ minWidth: '6em' }}>
                {place(r.report.jurisdiction)}
              </th>
              <td>{r.report.period}</td>
              <td className="rc-title" style={{ minWidth: '14em' }}>
                <button type="button" className="link" onClick={() => openSource(r.report.jurisdiction, r.report.id, null)}>
                  {r.report.title}
                </button>
              </td>
              <td style={{ minWidth: '7em', wordBreak: 'break-all' }}>
                {t(`rc.script.${r.report.script}`)} · {r.report.source}
              </td>
              <td>{r.figures}</td>
              <ContentCells contents={r.contents} where={{ jurisdiction: r.report.jurisdiction, report: r.report.id, place: place(r.report.jurisdiction), period: r.report.period }} t={t} />
              <td title={timelinessText(t, r.timeliness)}>{timelinessText(t, r.timeliness, true)}</td>
              <td title={r.peers ? t('rc.indicatorsPeers', { peers: r.peers.n }) : undefined} style={{ minWidth: '10em' }}>
                {indicatorsText(t, r)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
