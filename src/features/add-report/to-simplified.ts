/** How the add-report view tells and converts a text's script (the converter: src/model/to-simplified.ts). */
import { loadToSimplified } from '../../model/to-simplified';

/** How much of a long text decides its script: three slices (opening, middle, end) of this many characters. */
const SAMPLE = 20_000;

/** The share of characters opencc's t→cn conversion changes. */
function changedShare(s: string, text: string): number {
  let changed = 0;
  for (let i = 0; i < s.length; i++) if (s[i] !== text[i]) changed++;
  return changed / Math.max(1, text.length);
}

/** The script of a text judged on three slices of it (opening, middle, end), converting only those. */
export async function sampledScript(text: string): Promise<'simplified' | 'traditional'> {
  const convert = await loadToSimplified();
  const mid = Math.floor(text.length / 2);
  const sample = text.length > 3 * SAMPLE ? text.slice(0, SAMPLE) + text.slice(mid, mid + SAMPLE) + text.slice(-SAMPLE) : text;
  const s = convert(sample);
  return s.length === sample.length && changedShare(s, sample) > 0.01 ? 'traditional' : 'simplified';
}

/**
 * Traditional script when more than 1% of the characters change under opencc's t→cn conversion. A long text is
 * judged on three slices first, so that a simplified text of millions of characters is not converted just to find
 * that out.
 */
export async function simplifiedRendering(text: string): Promise<{ script: 'simplified' | 'traditional'; textSimplified?: string }> {
  if (text.length > 3 * SAMPLE && (await sampledScript(text)) === 'simplified') return { script: 'simplified' };
  const s = (await loadToSimplified())(text);
  if (s.length !== text.length) return { script: 'simplified' };
  return changedShare(s, text) > 0.01 ? { script: 'traditional', textSimplified: s } : { script: 'simplified' };
}
