import { useMemo } from 'react';
import { openSource } from '../../ui/hooks/open-source';
import { useQuery } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import type { CategoryScore } from '../../model/profile';
import { profileScoresQuery } from './reads/profile-scores';
import { buildRadarOption } from '../../charts/profile-option';
import '../../charts/echart/echarts-extra';
import { EChart } from '../../charts/echart/EChart';
import { useJurisdictionData } from '../../reads/jurisdiction-data';
import { updateUrl, useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { ProfileFigures } from './ProfileFigures';
import { ProfileTime } from './ProfileTime';
import { ProfilePractices } from './ProfilePractices';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { simpleEntry } from '../../ui/export/simple-entry';

const NO_SCORES: CategoryScore[] = [];

export default function ProfileView({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  const id = url.profile && catalog.jurisdictionById.has(url.profile) ? url.profile : (url.jurisdictions[0] ?? catalog.jurisdictions[0]?.id ?? '');
  const j = catalog.jurisdictionById.get(id);
  const data = useJurisdictionData([id], Boolean(j));
  const metrics = useMemo(
    () => [...new Set((data.data?.observations ?? []).map((o) => o.metric))].map((m) => catalog.metricById.get(m)).filter((m) => m !== undefined),
    [data.data, catalog],
  );
  const scored = useQuery({ ...profileScoresQuery(id, metrics), enabled: data.isSuccess });
  const ready = data.isSuccess && scored.isSuccess;
  const scores = scored.data ?? NO_SCORES;
  const name = j ? pickLang(j.name, lang) : id;
  const radar = (footer?: string) =>
    buildRadarOption(scores, {
      title: t('profile.radarTitle', { name }),
      subtitle: scores.map((s) => `${t(`category.${s.category}`)} ${s.score}`).join(' · '),
      target: j ? pickLang(j.short, lang) : id,
      others: t('profile.others'),
      category: (c) => t(`category.${c}`),
      footer,
    });
  const periods = useMemo(() => [...new Set((data.data?.observations ?? []).map((o) => o.period))], [data.data]);
  const entry = useMemo(
    () =>
      scores.length >= 3
        ? simpleEntry({
            id: 'profile-radar',
            order: 0,
            title: t('profile.radarTitle', { name }),
            description: name,
            filenameParts: [name, t('profile.title')],
            buildOption: (ctx) => radar(ctx.footer),
            periods,
            figures: () => scores.map((s) => ({ jurisdiction: id, metric: `category:${s.category}`, value: s.score, display: `${s.score} / ${s.othersMean}`, period: null })),
            catalog,
            lang,
          })
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- radar depends on exactly these
    [scores, name, id, catalog, lang, t, periods],
  );
  useRegisterExport(entry);
  if (!j) return <p className="status">{t('reader.notFound')}</p>;
  return (
    <section aria-labelledby="profile-h" className="profile">
      <div className="controls">
        <label>
          {t('profile.pick')}{' '}
          <select value={id} onChange={(e) => updateUrl({ profile: e.target.value })}>
            {catalog.jurisdictions.slice(0, 5000).map((x) => (
              <option key={x.id} value={x.id}>
                {pickLang(x.name, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h2 id="profile-h">{name}</h2>
      <p className="note">
        {pickLang(j.province, lang)} · {t(`profile.level.${j.level}`)}
        {j.note ? ` · ${pickLang(j.note, lang)}` : ''}
      </p>
      {j.abolished && <p className="warn">{t('reader.abolished', { year: j.abolished.year, note: pickLang(j.abolished.note, lang) })}</p>}
      {!data.data ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : (
        <>
          <h3>{t('profile.reports')}</h3>
          <ul>
            {data.data.reports.map((r) => (
              <li key={r.id}>
                <button type="button" className="link" onClick={() => openSource(id, r.id, null)}>
                  {r.period} · {r.title}
                </button>
              </li>
            ))}
          </ul>
          <article className="panel">
            {scored.isError ? (
              <p className="error" role="alert">{t('app.error', { message: scored.error.message })}</p>
            ) : !ready ? (
              <p className="status" role="status">{t('app.loading')}</p>
            ) : scores.length >= 3 ? (
              <EChart
                chartId="profile-radar"
                height={420}
                label={t('profile.radarTitle', { name })}
                option={radar()}
              />
            ) : (
              <p className="status" data-testid="radar-empty">{t('profile.radarEmpty')}</p>
            )}
            {entry && <ChartExportMenu entry={entry} />}
            <p className="note">{t('profile.radarNote')}</p>
            {scores.length > 0 && (
              <details className="data-table">
                <summary>{t('compare.table')}</summary>
                <table data-testid="radar-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('select.categories')}</th>
                      <th scope="col">{pickLang(j.short, lang)}</th>
                      <th scope="col">{t('profile.others')}</th>
                      <th scope="col">{t('select.metrics')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {scores.map((s) => (
                      <tr key={s.category}>
                        <td>{t(`category.${s.category}`)}</td>
                        <td>{s.score}</td>
                        <td>{s.othersMean}</td>
                        <td>{s.metrics}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            )}
          </article>
          <ProfileFigures catalog={catalog} jurisdiction={id} observations={data.data.observations} />
          <ProfileTime catalog={catalog} jurisdiction={id} observations={data.data.observations} />
          <ProfilePractices catalog={catalog} jurisdiction={id} mentions={data.data.mentions} />
          <h3>{t('profile.quality')}</h3>
          {data.data.reports.some((r) => (r.notes ?? []).length > 0) ? (
            <ul>
              {data.data.reports.flatMap((r) =>
                (r.notes ?? []).map((n, i) => (
                  <li key={`${r.id}-${i}`}>
                    {r.title}: <code>{r.text.slice(n.offset, n.offset + n.length)}</code> — {pickLang(n.note, lang)}
                  </li>
                )),
              )}
            </ul>
          ) : (
            <p className="note">{t('profile.noQuality')}</p>
          )}
        </>
      )}
    </section>
  );
}
