import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { isSpecific } from '../../model/specific';

/**
 * A metric picker grouped by category, each metric with the number of jurisdictions that report it. Report-specific
 * figures are not offered: a figure of one report ranks nothing.
 */
export function MetricSelect({ catalog, value, onChange, label }: { catalog: Catalog; value: string; onChange: (id: string) => void; label: string }) {
  const { lang, t } = useLang();
  // the same elements while only the choice changes: React skips the list (tens of options) on each pick
  const options = useMemo(
    () =>
      catalog.categories.map((c) => (
        <optgroup key={c} label={t(`category.${c}`)}>
          {catalog.metrics
            .filter((m) => m.category === c && !isSpecific(m))
            .map((m) => (
              <option key={m.id} value={m.id}>
                {pickLang(m.name, lang)} ({catalog.metricCoverage.get(m.id) ?? 0})
              </option>
            ))}
        </optgroup>
      )),
    [catalog, lang, t],
  );
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {value === '' && <option value="">—</option>}
      {options}
    </select>
  );
}

/** The shared metric with the widest coverage (ties: catalogue order). */
export function widestMetric(catalog: Catalog): string | null {
  let best: string | null = null;
  let n = -1;
  for (const m of catalog.metrics) {
    if (isSpecific(m)) continue;
    const c = catalog.metricCoverage.get(m.id) ?? 0;
    if (c > n) {
      best = m.id;
      n = c;
    }
  }
  return best;
}
