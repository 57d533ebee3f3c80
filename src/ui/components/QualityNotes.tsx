import type { Report } from '../../model/schema';
import { notesFor } from '../../model/quality';
import { useLang } from '../hooks/useLang';
import { pickLang } from '../../i18n';

/** The quality notes (damaged encoding, missing text …) of the report passage a figure was read from, one a line. */
export function QualityNotes({
  observation,
  reports,
}: {
  observation: { report: string; offset: number; quote: string };
  reports: readonly Pick<Report, 'id' | 'notes'>[];
}) {
  const { lang } = useLang();
  return notesFor(observation, reports).map((n, k) => (
    <div key={k} className="quality-note" data-testid="quality-note">
      ⚠ {pickLang(n.note, lang)}
    </div>
  ));
}
