/**
 * OpenCC's traditional → simplified conversion (its `t2s` configuration: compatibility ideographs normalised, then
 * TSPhrases before TSCharacters), built from the three dictionaries it reads. opencc-js's `t2cn` entry bundles
 * every regional variant's dictionaries besides (Hong Kong, Taiwan, Japanese), which `from: 't'` never reads.
 * Loaded through ./to-simplified.ts only.
 */
import { ConverterFactory } from 'opencc-js/core';
import compatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import phrases from 'opencc-js/dict/TSPhrases';
import characters from 'opencc-js/dict/TSCharacters';

export function makeToSimplified(): (text: string) => string {
  const normalise = ConverterFactory([compatibility]);
  const convert = ConverterFactory([phrases, characters]);
  return (text) => convert(normalise(text));
}
