import './register-strings';
import { CONTENTS, type ContentCheck, type ContentKey, type Finding } from '../../model/report-check';
import type { Timeliness } from '../../model/report-list';
import type { Translate } from '../../i18n';
import { openSource } from '../../ui/hooks/open-source';

/** What a finding says on hover and to a screen reader: the heading or sentence it points at. */
export function findingTitle(t: Translate, content: ContentKey, f: Finding | null, text?: string): string {
  const name = t(`rc.content.${content}`);
  if (!f) return `${name}:${t('rc.notFound')}`;
  const words = text ? text.slice(f.offset, f.offset + f.length) : f.match;
  return `${name}:${t(f.how === 'heading' ? 'rc.found.heading' : 'rc.found.phrase', { text: words.length > 60 ? `${words.slice(0, 60)}…` : words })}`;
}

interface Where {
  jurisdiction: string;
  report: string;
  place: string;
  period: number;
}

/** The five contents as table cells: ✓ a button opening the sentence, — not found. */
export function ContentCells({ contents, where, t }: { contents: ContentCheck; where: Where; t: Translate }) {
  return CONTENTS.map((c) => {
    const f = contents[c];
    const label = t('rc.cell', { content: t(`rc.content.${c}`), state: f ? f.match : t('rc.notFound'), place: where.place, year: where.period });
    return f ? (
      <td key={c} className="yes" data-testid={`rc-${c}`}>
        <button type="button" aria-label={label} title={findingTitle(t, c, f)} onClick={() => openSource(where.jurisdiction, where.report, f.at)}>
          ✓
        </button>
      </td>
    ) : (
      <td key={c} className="no" data-testid={`rc-${c}`} title={label}>
        {/* not a visually hidden span: positioned out of flow, it would widen the page past the table's scroller */}
        <span role="img" aria-label={label}>
          —
        </span>
      </td>
    );
  });
}

/** The publication check in words. */
export function timelinessText(t: Translate, x: Timeliness, short = false): string {
  if (x.kind === 'unknown') return t(short ? 'rc.timeShort.unknown' : 'rc.time.unknown');
  return t(short ? `rc.timeShort.${x.kind}` : `rc.time.${x.kind}`, { published: x.published, deadline: x.deadline });
}
