/**
 * The plausible range of a figure, by its metric's kind and unit (docs/dataset-format.md, "Bounds"): a figure
 * outside it is refused at import (`value_out_of_bounds`, at `observations[i].value` or `.valueMax` — in a CSV file
 * its row and column), since no report states 1e308 cases or a 400 % share. Pure.
 */
import type { Dataset, Metric } from '../model/schema';
import type { DatasetIssue } from './issue';

export interface Bounds {
  min: number;
  max: number;
}

/** More than a thousand billion of anything counted in a Chinese local government's year. */
export const MAX_COUNT = 1e12;
/** A thousand trillion yuan: several times the country's output. */
export const MAX_AMOUNT = 1e15;
/** The longest duration in any unit (days, working days, hours, years). */
export const MAX_DURATION = 1e5;
/** A rise of a thousandfold, in per cent. */
export const MAX_CHANGE_PCT = 1e5;
/** A completion rate against a target may pass 100 %, not tenfold. */
export const MAX_TARGET_COMPLETION = 1000;
/** An index or a place in a ranking. */
export const MAX_INDEX = 1e6;

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const isPercent = (m: Pick<Metric, 'unit'>) => m.unit.zh === '%' || m.unit.en === '%';
const isPoints = (m: Pick<Metric, 'id' | 'unit'>) => m.id.endsWith('.change_pp') || /百分点/.test(m.unit.zh) || /percentage point/i.test(m.unit.en);

/**
 * The bounds of a metric's figures: counts 0 … 1e12; rates 0 … 100 (%), a completion rate against a target
 * (an id ending `target_completion`) and a rate the catalogue does not define (`.unclassified…`, `.specific_…`, or marked `specific`)
 * 0 … 1000; changes in percentage points −100 … 100, in per cent −100 … 1e5,
 * in another unit ±1e12; amounts ±1e15; durations 0 … 1e5; indexes ±1e6.
 */
export function boundsOf(m: Pick<Metric, 'id' | 'kind' | 'unit'> & { specific?: boolean | undefined }): Bounds {
  switch (m.kind) {
    case 'count':
      return { min: 0, max: MAX_COUNT };
    case 'rate':
      // a rate the catalogue does not define (an area's unmapped figures, a report-specific one) may be a completion
      // against a target (完成率124.39%), which passes 100 %
      return { min: 0, max: m.specific === true || /target_completion$|\.unclassified(?:_|$)|\.specific_/.test(m.id) ? MAX_TARGET_COMPLETION : 100 };
    case 'change':
      if (isPoints(m)) return { min: -100, max: 100 };
      if (isPercent(m)) return { min: -100, max: MAX_CHANGE_PCT };
      return { min: -MAX_COUNT, max: MAX_COUNT };
    case 'amount':
      return { min: -MAX_AMOUNT, max: MAX_AMOUNT };
    case 'duration':
      return { min: 0, max: MAX_DURATION };
    case 'index':
      return { min: -MAX_INDEX, max: MAX_INDEX };
  }
}

/** Every figure (value and valueMax) outside its metric's bounds, up to `max` issues; `skip`: metric ids not checked. */
export function checkBounds(ds: Dataset, max: number, skip: ReadonlySet<string | undefined> = new Set()): DatasetIssue[] {
  const out: DatasetIssue[] = [];
  const bounds = new Map(ds.metrics.filter((m) => !skip.has(m.id)).map((m) => [m.id, { m, b: boundsOf(m) }]));
  // figures of one metric usually follow each other: the last metric's bounds are kept
  let lastMetric: string | null = null;
  let at: { m: Metric; b: Bounds } | undefined;
  for (let i = 0; i < ds.observations.length && out.length < max; i++) {
    const o = ds.observations[i]!;
    if (o.metric !== lastMetric) {
      lastMetric = o.metric;
      at = bounds.get(o.metric);
    }
    if (!at) continue;
    const { min, max: top } = at.b;
    const value = o.value;
    const valueMax = o.valueMax;
    // the common case, in one test: the value inside, no maximum or a maximum inside
    if (value >= min && value <= top && (valueMax === undefined || (valueMax >= min && valueMax <= top))) continue;
    for (const field of ['value', 'valueMax'] as const) {
      const v = field === 'value' ? value : valueMax;
      if (v === undefined || (v >= at.b.min && v <= at.b.max)) continue;
      out.push({
        path: ['observations', i, field],
        code: 'value_out_of_bounds',
        message: `${field} ${v} is outside ${at.b.min} … ${at.b.max}, the plausible range of a ${at.m.kind} in ${at.m.unit.en}`,
        params: { field, value: String(v), min: GROUPED.format(at.b.min), max: GROUPED.format(at.b.max), kind: at.m.kind, unit: at.m.unit.zh, metric: at.m.id },
      });
    }
  }
  return out.slice(0, max);
}
