import './register-strings';
import type { Catalog } from '../../model/catalog';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';

/** One row a category: its weight, then each chosen metric's weight with a button that drops the metric. */
export function CompositeWeights({ catalog, ids, weights, setWeight }: {
  catalog: Catalog;
  ids: readonly string[];
  weights: Readonly<Record<string, number>>;
  /** null drops the weight */
  setWeight: (key: string, value: number | null) => void;
}) {
  const { lang, t } = useLang();
  const categories = [...new Set(ids.map((id) => catalog.metricById.get(id)!.category))];
  return (
    <table className="weights" data-testid="composite-weights">
      <tbody>
        {categories.map((c) => (
          <tr key={`cat:${c}`}>
            <th scope="row">{t(`category.${c}`)}</th>
            <td>
              <label>
                {t('composite.categoryWeight')}{' '}
                <input type="number" min={0} max={100} step={0.5} value={weights[`cat:${c}`] ?? 1} data-weight={`cat:${c}`}
                  onChange={(e) => setWeight(`cat:${c}`, Number(e.target.value))} />
              </label>
            </td>
            <td>
              {ids
                .filter((id) => catalog.metricById.get(id)!.category === c)
                .map((id) => (
                  <span key={id} className="weight">
                    <label>
                      {pickLang(catalog.metricById.get(id)!.name, lang)}{' '}
                      <input type="number" min={0} max={100} step={0.5} value={weights[id] ?? 1} data-weight={id}
                        onChange={(e) => setWeight(id, Number(e.target.value))} />
                    </label>
                    <button type="button" className="link" aria-label={`${t('composite.clear')} ${pickLang(catalog.metricById.get(id)!.name, lang)}`} onClick={() => setWeight(id, null)}>
                      ×
                    </button>
                  </span>
                ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
