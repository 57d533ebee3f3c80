import type { Jurisdiction } from '../../model/schema';
import { useLang } from '../hooks/useLang';
import { pickLang } from '../../i18n';

/** A jurisdiction `<select>` offers at most this many (a browser list of thousands is of no use). */
const OPTION_LIMIT = 5000;

/** The `<option>`s of a jurisdiction `<select>`: value the id, text the full name. */
export function JurisdictionOptions({ jurisdictions }: { jurisdictions: readonly Jurisdiction[] }) {
  const { lang } = useLang();
  return jurisdictions.slice(0, OPTION_LIMIT).map((x) => (
    <option key={x.id} value={x.id}>
      {pickLang(x.name, lang)}
    </option>
  ));
}
