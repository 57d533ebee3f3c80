import { useMemo } from 'react';
import { segmentText } from '../../model/search';
import type { Script } from '../../model/schema';
import type { Candidate } from '../../extract/types';

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

/** The report text with the focused candidate's sentence and figure marked, scrolled into view in its box. */
export function ReviewText({ text, script, focused }: { text: string; script: Script; focused: Candidate | undefined }) {
  const segments = useMemo(() => {
    if (!focused) return segmentText(text, []);
    const c = focused;
    const at = c.quote.indexOf(c.figure);
    return segmentText(text, [
      { start: c.offset, end: c.offset + c.quote.length, kind: 'quote' },
      ...(at >= 0 ? [{ start: c.offset + at, end: c.offset + at + c.figure.length, kind: 'figure' as const }] : []),
    ]);
  }, [text, focused]);
  return (
    <div className="reader-text" data-testid="add-text-view" lang={script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
      {segments.map((s) =>
        s.kind === 'plain' ? (
          <span key={s.offset}>{s.text}</span>
        ) : (
          <mark key={s.offset} className={s.kind} ref={scrollWithin}>
            {s.text}
          </mark>
        ),
      )}
    </div>
  );
}
