/** The extractor's notes (English, for the command line) in the user's language. */
import './register-strings';
import type { Translate } from '../../i18n';

const RULES: [RegExp, (m: RegExpExecArray, t: Translate) => string][] = [
  [/^skipped (\d+) web-page line/, (m, t) => t('add.warn.chrome', { n: m[1]! })],
  [/^the text turns to plans at offset (\d+)/, (m, t) => t('add.warn.plans', { at: m[1]! })],
  [/^(\d+) figure\(s\) in plan or target/, (m, t) => t('add.warn.planSkipped', { n: m[1]! })],
  [/^(\d+) heading\(s\) lack their enumerator/, (m, t) => t('add.warn.enumerator', { n: m[1]! })],
  [/^a number seems to be missing at offset (\d+): "(.*)"$/, (m, t) => t('add.warn.missingNumber', { at: m[1]!, text: m[2]! })],
];

/** null for notes the review shows otherwise (no figures) or that only matter to developers. */
export function translateWarning(w: string, t: Translate): string | null {
  for (const [re, f] of RULES) {
    const m = re.exec(w);
    if (m) return f(m, t);
  }
  return null;
}
