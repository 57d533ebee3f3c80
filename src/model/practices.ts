/** Practice mentions: where a report names a reform practice, found by the practice's keywords. Pure. */
import type { Mention, Practice, Report } from './schema';
import { matchingText, sentenceAround } from './text';
import { toHalfWidth } from './numbers';

/** One mention per practice per sentence, quote = the sentence as written in the original script. */
export function findMentions(
  reports: readonly Pick<Report, 'id' | 'text' | 'textSimplified'>[],
  practices: readonly Pick<Practice, 'id' | 'keywords'>[],
): Mention[] {
  const out: Mention[] = [];
  for (const r of reports) {
    const hay = toHalfWidth(matchingText(r));
    for (const p of practices) {
      const seen = new Set<number>();
      for (const kw of p.keywords) {
        const needle = toHalfWidth(kw);
        for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
          const s = sentenceAround(r.text, at, at + needle.length);
          if (seen.has(s.offset)) continue;
          seen.add(s.offset);
          out.push({ id: `${r.id}.${p.id}.${seen.size}`, report: r.id, practice: p.id, quote: s.text, offset: s.offset });
        }
      }
    }
  }
  return out;
}
