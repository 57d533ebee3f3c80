/** Data-quality notes that touch a figure: those whose span overlaps the figure's quote. Pure. */
import type { QualityNote, Report } from './schema';

export function notesFor(o: { report: string; offset: number; quote: string }, reports: readonly Pick<Report, 'id' | 'notes'>[]): QualityNote[] {
  const r = reports.find((x) => x.id === o.report);
  if (!r?.notes) return [];
  const start = o.offset;
  const end = o.offset + o.quote.length;
  return r.notes.filter((n) => n.offset < end && n.offset + n.length > start);
}
