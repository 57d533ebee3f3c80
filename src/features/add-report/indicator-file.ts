/**
 * The indicator catalogue as the app ships it (public/data/indicators.json, written by `npm run dataset:build`):
 * `{format: 'rol-compare/indicators', version: 1, tasks, indicators}`. Checked enough that the review can rely on
 * it (what the fields hold is checked at build, src/formats/indicator-catalogue.ts); pure.
 */
import { BETTER, CATEGORIES, KINDS } from '../../model/constants';
import type { Indicator, IndicatorCatalogue } from '../../model/indicators';

export const INDICATORS_FORMAT = 'rol-compare/indicators';
export const INDICATORS_VERSION = 1;

const isText = (x: unknown): boolean =>
  typeof x === 'object' && x !== null && typeof (x as { zh?: unknown }).zh === 'string' && typeof (x as { en?: unknown }).en === 'string';

function isIndicator(x: unknown): x is Indicator {
  if (typeof x !== 'object' || x === null) return false;
  const i = x as Record<string, unknown>;
  return (
    typeof i.id === 'string' &&
    (CATEGORIES as readonly unknown[]).includes(i.area) &&
    i.id.startsWith(`${String(i.area)}.`) &&
    isText(i.name) &&
    isText(i.definition) &&
    isText(i.unit) &&
    (KINDS as readonly unknown[]).includes(i.kind) &&
    (BETTER as readonly unknown[]).includes(i.better) &&
    typeof i.comparability === 'object' &&
    i.comparability !== null &&
    Array.isArray(i.aliases) &&
    i.aliases.every((a) => typeof a === 'string')
  );
}

/** The catalogue in a parsed file, or an error that says what is wrong with it. */
export function catalogueOf(raw: unknown): IndicatorCatalogue {
  const f = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (f.format !== INDICATORS_FORMAT) throw new Error(`not a ${INDICATORS_FORMAT} file`);
  if (f.version !== INDICATORS_VERSION) throw new Error(`${INDICATORS_FORMAT} version ${String(f.version)} is not known`);
  if (!Array.isArray(f.indicators) || !Array.isArray(f.tasks)) throw new Error('the file lacks its tasks or indicators');
  const bad = f.indicators.findIndex((i) => !isIndicator(i));
  if (bad >= 0) throw new Error(`indicators[${bad}] is not an indicator`);
  return { tasks: f.tasks as IndicatorCatalogue['tasks'], indicators: f.indicators as Indicator[] };
}
