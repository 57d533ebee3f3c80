/** The words of the matrix export and its notes, in the UI language. */
import { pickLang, shortName, type Translate } from '../../i18n';
import type { Catalog } from '../../model/catalog';
import type { Lang } from '../../model/format';
import type { Indicator } from '../../model/indicators';
import type { FrameworkMatrix } from './framework-matrix';
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

/** What the export says about itself: how many indicators nobody reports, which figure a cell is, the qualifiers. */
export const matrixNotes = (m: FrameworkMatrix, t: Translate): string[] => [
  t('framework.note.unreported', { n: m.unreported, anywhere: m.unreportedAnywhere }),
  t('framework.note.latest'),
  t('framework.note.qualifier'),
];
