import { useMemo } from 'react';
import { segmentText } from '../../model/search';
import type { Script } from '../../model/schema';
import type { Candidate } from '../../extract/types';
import { useLang } from '../../ui/hooks/useLang';
import { windowOf } from './text-window';

/**
 * Scrolls the text box (not the page) to a mark: on a phone the box is below the table, and the page must stay at the
 * row being edited.
 */
function scrollWithin(el: HTMLElement | null): void {
  const box = el?.closest<HTMLElement>('.reader-text');
  if (!el || !box) return;
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  if (r.top < b.top) box.scrollTop += r.top - b.top - 8;
  else if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom + 8;
}

/**
 * The report text with the focused candidate's sentence and figure marked, scrolled into view in its box. A long
 * text shows the lines around the sentence (./text-window.ts), saying how much is left out before and after.
 */
export function ReviewText({ text, script, focused }: { text: string; script: Script; focused: Candidate | undefined }) {
  const { t } = useLang();
  const { start, end, segments } = useMemo(() => {
    const w = windowOf(text, focused?.offset, focused ? focused.offset + focused.quote.length : undefined);
    const part = text.slice(w.start, w.end);
    if (!focused) return { ...w, segments: segmentText(part, []) };
    const c = focused;
    const at = c.quote.indexOf(c.figure);
    const from = c.offset - w.start;
    return {
      ...w,
      segments: segmentText(part, [
        { start: from, end: from + c.quote.length, kind: 'quote' },
        ...(at >= 0 ? [{ start: from + at, end: from + at + c.figure.length, kind: 'figure' as const }] : []),
      ]),
    };
  }, [text, focused]);
  return (
    <div className="reader-text" data-testid="add-text-view" data-window={`${start}-${end}`} lang={script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
      {start > 0 && <p className="note">{t('text.before', { n: start })}</p>}
      {segments.map((s) =>
        s.kind === 'plain' ? (
          <span key={s.offset}>{s.text}</span>
        ) : (
          <mark key={s.offset} className={s.kind} ref={scrollWithin}>
            {s.text}
          </mark>
        ),
      )}
      {end < text.length && <p className="note">{t('text.after', { n: text.length - end })}</p>}
    </div>
  );
}
