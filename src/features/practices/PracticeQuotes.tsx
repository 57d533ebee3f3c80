import './register-strings';
import { useEffect, useRef } from 'react';
import { SourceLink } from '../../ui/components/SourceLink';
import { openSource } from '../../ui/hooks/open-source';
import type { Catalog } from '../../model/catalog';
import type { JurisdictionData } from '../../reads/jurisdiction-data';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang, shortName } from '../../i18n';
import type { OpenCell } from './PracticeTable';

/** The quotes behind one cell of the matrix, each with a link to its place in the report. */
export function PracticeQuotes(props: { catalog: Catalog; open: OpenCell; mentions: JurisdictionData['mentions']; onClose: () => void }) {
  const { catalog, open } = props;
  const { lang, t } = useLang();
  const quotes = props.mentions.filter((m) => m.practice === open.practice && m.jurisdiction === open.jurisdiction);
  // the sentences open under a long matrix: brought into view, and the focus moved to them (the keyboard follows)
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [open.practice, open.jurisdiction]);
  return (
    <div className="quotes" role="region" aria-live="polite" aria-labelledby="practice-quotes-h" data-testid="practice-quotes">
      <h3 id="practice-quotes-h" ref={heading} tabIndex={-1}>
        {t('practices.quotes', {
          practice: pickLang(catalog.practiceById.get(open.practice)?.name ?? { zh: open.practice, en: open.practice }, lang),
          jurisdiction: shortName(catalog, open.jurisdiction, lang),
          n: quotes.length,
        })}
      </h3>
      <ul>
        {quotes.map((m) => (
          <li key={m.id}>
            “{m.quote}”{' '}
            <SourceLink onOpen={() => openSource(m.jurisdiction, m.report, m.offset)} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={props.onClose}>
        {t('practices.close')}
      </button>
    </div>
  );
}
