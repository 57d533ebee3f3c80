/**
 * A dataset metric for a catalogue indicator (or a change of one): the definition a dataset carries so that it
 * reads without the catalogue. Amounts are stored in 元 in datasets (the catalogue's 万元 is how they are shown).
 */
import type { Indicator } from './indicators';
import type { Metric } from './schema';

const YUAN = { zh: '元', en: 'yuan' } as const;

/** The metric of an indicator id: the indicator itself, `<id>.change` (%) or `<id>.change_pp` (percentage points). */
export function indicatorMetric(id: string, byId: ReadonlyMap<string, Indicator>): Metric | undefined {
  const direct = byId.get(id);
  if (direct) return metricOf(direct);
  const m = /\.change(_pp)?$/.exec(id);
  const base = m ? byId.get(id.slice(0, m.index)) : undefined;
  if (!m || !base) return undefined;
  const pp = m[1] !== undefined;
  return {
    id,
    category: base.area,
    name: { zh: `${base.name.zh}同比变化`, en: `${base.name.en}, change on the year before` },
    unit: pp ? { zh: '个百分点', en: 'percentage points' } : { zh: '%', en: '%' },
    kind: 'change',
    better: base.better,
    description: {
      zh: `${base.name.zh}与上年相比的变化${pp ? '(百分点)' : '(%)'}。${base.definition.zh}`,
      en: `Change of ${base.name.en} on the year before${pp ? ' (percentage points)' : ' (%)'}. ${base.definition.en}`,
    },
    comparability: { ...base.comparability },
  };
}

function metricOf(i: Indicator): Metric {
  return {
    id: i.id,
    category: i.area,
    name: { zh: i.name.zh, en: i.name.en },
    unit: i.kind === 'amount' ? { ...YUAN } : { zh: i.unit.zh, en: i.unit.en },
    kind: i.kind,
    better: i.better,
    description: { zh: i.definition.zh, en: i.definition.en },
    comparability: { ...i.comparability },
  };
}
