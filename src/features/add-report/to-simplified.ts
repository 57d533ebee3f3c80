/** opencc's traditional → simplified converter, loaded once when the add-report view first needs it. */
export type ToSimplified = (s: string) => string;

let converter: Promise<ToSimplified> | null = null;

export function loadToSimplified(): Promise<ToSimplified> {
  if (!converter) {
    converter = import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 't', to: 'cn' }));
    // a failed load is tried again next time
    converter.catch(() => (converter = null));
  }
  return converter;
}

/** Traditional script when more than 1% of the characters change under opencc's t→cn conversion. */
export async function simplifiedRendering(text: string): Promise<{ script: 'simplified' | 'traditional'; textSimplified?: string }> {
  const s = (await loadToSimplified())(text);
  if (s.length !== text.length) return { script: 'simplified' };
  let changed = 0;
  for (let i = 0; i < s.length; i++) if (s[i] !== text[i]) changed++;
  return changed / Math.max(1, text.length) > 0.01 ? { script: 'traditional', textSimplified: s } : { script: 'simplified' };
}
