/**
 * The indicator catalogue as the app ships it (public/data/indicators.json, written by `npm run dataset:build`):
 * `{format: 'rol-compare/indicators', version: 1, tasks, indicators}`, checked enough for the tree to rely on it
 * (the fields' contents are checked at build). Pure.
 */
import { BETTER, CATEGORIES, KINDS } from '../../model/constants';
import type { Indicator, IndicatorCatalogue, IndicatorTask } from '../../model/indicators';

const FORMAT = 'rol-compare/indicators';
const VERSION = 1;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isText = (x: unknown): boolean => isObject(x) && typeof x.zh === 'string' && typeof x.en === 'string';

function isIndicator(x: unknown): x is Indicator {
  return (
    isObject(x) &&
    typeof x.id === 'string' &&
    typeof x.task === 'string' &&
    (CATEGORIES as readonly unknown[]).includes(x.area) &&
    isText(x.name) &&
    isText(x.definition) &&
    isText(x.unit) &&
    (KINDS as readonly unknown[]).includes(x.kind) &&
    (BETTER as readonly unknown[]).includes(x.better)
  );
}

const isTask = (x: unknown): x is IndicatorTask => isObject(x) && typeof x.id === 'string' && isText(x.name) && isText(x.description);

/** The catalogue in a parsed file, or an error that says what is wrong with it. */
export function parseIndicatorFile(raw: unknown): IndicatorCatalogue {
  const f = isObject(raw) ? raw : {};
  if (f.format !== FORMAT) throw new Error(`not a ${FORMAT} file`);
  if (f.version !== VERSION) throw new Error(`${FORMAT} version ${String(f.version)} is not known`);
  if (!Array.isArray(f.indicators) || !Array.isArray(f.tasks)) throw new Error('the file lacks its tasks or indicators');
  const badTask = f.tasks.findIndex((t) => !isTask(t));
  if (badTask >= 0) throw new Error(`tasks[${badTask}] is not a task`);
  const bad = f.indicators.findIndex((i) => !isIndicator(i));
  if (bad >= 0) throw new Error(`indicators[${bad}] is not an indicator`);
  return { tasks: f.tasks as IndicatorTask[], indicators: f.indicators as Indicator[] };
}
