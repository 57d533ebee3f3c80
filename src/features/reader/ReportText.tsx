import './register-strings';
import { useEffect, useMemo, useRef } from 'react';
import type { LocatedObservation } from '../../model/compare';
import type { Report } from '../../model/schema';
import { segmentText } from '../../model/search';
import { sentenceAround } from '../../model/text';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';

/** The verbatim text with the chosen sentence highlighted (and the figure in it) and damaged spans marked. */
export function ReportText({ report, observations, offset }: { report: Report; observations: readonly LocatedObservation[]; offset: number | null }) {
  const { lang, t } = useLang();
  const ref = useRef<HTMLElement | null>(null);
  const segments = useMemo(() => {
    const ranges: { start: number; end: number; kind: 'quote' | 'figure' | 'note' }[] = [];
    for (const n of report.notes ?? []) ranges.push({ start: n.offset, end: n.offset + n.length, kind: 'note' });
    if (offset !== null && offset >= 0 && offset < report.text.length) {
      const o = observations.find((x) => x.report === report.id && x.offset === offset && !x.derived);
      const quoteEnd = o ? offset + o.quote.length : sentenceAround(report.text, offset).offset + sentenceAround(report.text, offset).text.length;
      const start = o ? offset : sentenceAround(report.text, offset).offset;
      ranges.push({ start, end: quoteEnd, kind: 'quote' });
      if (o?.figure) {
        const at = o.quote.indexOf(o.figure);
        if (at >= 0) ranges.push({ start: offset + at, end: offset + at + o.figure.length, kind: 'figure' });
      }
    }
    return segmentText(report.text, ranges);
  }, [report, observations, offset]);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center' });
  }, [segments]);
  const noteAt = (s: number) => (report.notes ?? []).find((n) => n.offset <= s && s < n.offset + n.length);
  return (
    <article className="reader-main" aria-label={report.title}>
      <h3>{report.title}</h3>
      <p className="note" data-testid="reader-meta">
        {t('reader.meta', {
          period: report.period,
          published: report.published ?? t('reader.unknown'),
          publisher: report.publisher ?? t('reader.unknown'),
          source: report.source,
          script: t(`reader.script.${report.script}`),
        })}
      </p>
      {(report.notes ?? []).length > 0 && (
        <details>
          <summary>{t('reader.notes')} ({report.notes!.length})</summary>
          <ul>
            {report.notes!.map((n, i) => (
              <li key={i}>
                <code>{report.text.slice(n.offset, n.offset + n.length)}</code> — {pickLang(n.note, lang)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {offset !== null && <p className="note">{t('reader.highlight')}</p>}
      {/* the text scrolls in its own box: focusable, so a keyboard reaches and scrolls it (arrow keys, Page Down) */}
      <div
        className="reader-text"
        lang={report.script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}
        data-testid="reader-text"
        tabIndex={0}
        role="region"
        aria-label={t('reader.textRegion', { title: report.title })}
      >
        {segments.map((s) =>
          s.kind === 'plain' ? (
            <span key={s.offset}>{s.text}</span>
          ) : s.kind === 'note' ? (
            <mark key={s.offset} className="damage" title={pickLang(noteAt(s.offset)?.note ?? { zh: '', en: '' }, lang)}>
              {s.text}
            </mark>
          ) : (
            <mark
              key={s.offset}
              className={s.kind}
              data-testid={s.kind === 'quote' ? 'reader-highlight' : 'reader-figure'}
              ref={(el) => {
                if (el && (s.kind === 'quote' || !ref.current)) ref.current = el;
              }}
            >
              {s.text}
            </mark>
          ),
        )}
      </div>
    </article>
  );
}
