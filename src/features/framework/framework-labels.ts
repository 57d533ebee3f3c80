/** The words of the matrix export and its notes, in the UI language. */
import './register-strings';
import { pickLang, shortName, type Translate } from '../../i18n';
import { caveatNoteLabels } from '../../i18n/caveats';
import type { Catalog } from '../../model/catalog';
import { caveatLines, hasCaveats, type CaveatedFigure } from '../../model/caveats';
import type { Lang } from '../../model/format';
import type { Indicator } from '../../model/indicators';
import { allRows, type FrameworkMatrix, type FrameworkTask } from './framework-matrix';
import type { MatrixLabels } from './framework-csv';

/** The unit a stored value is in: amounts are stored in 元 (the catalogue's 万元 is how they are shown). */
export const storedUnit = (i: Indicator, lang: Lang, t: Translate): string => (i.kind === 'amount' ? t('framework.amountUnit') : pickLang(i.unit, lang));

export function matrixLabels(catalog: Catalog, lang: Lang, t: Translate): MatrixLabels {
  return {
    columns: [t('framework.col.id'), t('framework.col.name'), t('framework.col.task'), t('framework.col.area'), t('framework.col.unit')],
    placeColumns: (place) => [
      t('framework.col.value', { place }),
      t('framework.col.qualifier', { place }),
      t('framework.col.year', { place }),
      t('framework.col.observation', { place }),
    ],
    place: (id) => shortName(catalog, id, lang),
    indicator: (i) => pickLang(i.name, lang),
    task: (task) => pickLang(task.name, lang),
    area: (i) => t(`category.${i.area}`),
    unit: (i) => storedUnit(i, lang, t),
  };
}

/** The caveated figures of the tasks given, named as the table names them (short place name, indicator, year). */
export function caveatedFigures(tasks: readonly FrameworkTask[], m: FrameworkMatrix, catalog: Catalog, lang: Lang): CaveatedFigure[] {
  return tasks.flatMap(allRows).flatMap((r) =>
    r.cells.flatMap((o, k) =>
      o && hasCaveats(o.caveats)
        ? [{ place: shortName(catalog, m.jurisdictions[k]!, lang), metric: pickLang(r.indicator.name, lang), period: o.period, caveats: o.caveats }]
        : [],
    ),
  );
}

/** "武进 · 复议纠错率 · 2022年", one for each figure computed from the report's figures. */
function derivedFigures(m: FrameworkMatrix, catalog: Catalog, lang: Lang, t: Translate): string[] {
  return m.tasks.flatMap(allRows).flatMap((r) =>
    r.cells.flatMap((o, k) =>
      o?.derived ? [[shortName(catalog, m.jurisdictions[k]!, lang), pickLang(r.indicator.name, lang), t('chart.period', { year: o.period })].join(' · ')] : [],
    ),
  );
}

/** What the view says about the matrix: how many indicators nobody reports, which figure a cell is, the qualifiers. */
export const matrixNotes = (m: FrameworkMatrix, t: Translate): string[] => [
  t('framework.note.unreported', { n: m.unreported, anywhere: m.unreportedAnywhere }),
  t('framework.note.latest'),
  t('framework.note.qualifier'),
];

/** The CSV's notes: those of the view, then the derived figures (*) and every caveat (†) of the matrix. */
export function exportNotes(m: FrameworkMatrix, catalog: Catalog, lang: Lang, t: Translate): string[] {
  const derived = derivedFigures(m, catalog, lang, t);
  const labels = caveatNoteLabels(lang);
  const caveats = caveatLines(caveatedFigures(m.tasks, m, catalog, lang), lang, labels);
  return [
    ...matrixNotes(m, t),
    ...(derived.length ? [t('framework.note.derived', { figures: derived.join(t('framework.note.separator')) })] : []),
    ...(caveats.length ? [labels.key, ...caveats] : []),
  ];
}
