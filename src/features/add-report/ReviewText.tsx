import { useMemo } from 'react';
import { segmentText } from '../../model/search';
import type { Script } from '../../model/schema';
import type { Candidate } from '../../extract/types';

/** The report text with the focused candidate's sentence and figure marked, scrolled into view. */
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
          <mark key={s.offset} className={s.kind} ref={(el) => el?.scrollIntoView({ block: 'nearest' })}>
            {s.text}
          </mark>
        ),
      )}
    </div>
  );
}
