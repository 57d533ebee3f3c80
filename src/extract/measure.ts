/**
 * What kind of measure a figure is (count, amount, rate, duration, change, index) and its unit as written, with the
 * catalogue's reading of reductions: "审批时限压减20%以上" is a rate of 20 (at least), not a change of −20.
 */
import type { MetricKind, Qualifier } from '../model/schema';
import type { RawFigure } from './types';

const DURATION_UNITS = new Set(['个工作日', '工作日', '天', '小时', '个小时', '分钟', '个月', '周', '年']);
const INDEX_UNITS = new Set(['分', '微克/立方米', 'μg/m³', 'μg/m3', 'µg/m³', 'µg/m3']);

export interface Measure {
  kind: MetricKind;
  /** the unit as the text writes it (scale words moved into the value); '%' for percentages */
  unit: string;
  /** a change in percentage points (个百分点): the `.change_pp` of a rate */
  points: boolean;
}

export function measureOf(raw: RawFigure, text: string, money: boolean): Measure {
  const written = raw.unitEnd > raw.unitStart ? text.slice(raw.unitStart, raw.unitEnd) : raw.unit;
  const points = raw.unit.endsWith('百分点');
  if (raw.special === 'both_full') return { kind: 'rate', unit: '%', points: false };
  if (points) return { kind: 'change', unit: written, points: true };
  if (raw.change && !raw.reduction) return { kind: 'change', unit: raw.unit === '%' ? '%' : written, points: false };
  if (raw.unit === '%') return { kind: 'rate', unit: '%', points: false };
  if (money) return { kind: 'amount', unit: written, points: false };
  if (DURATION_UNITS.has(raw.unit)) return { kind: 'duration', unit: written, points: false };
  if (INDEX_UNITS.has(raw.unit)) return { kind: 'index', unit: written, points: false };
  return { kind: 'count', unit: written, points: false };
}

/** A reduction read as a change by the number parser (−20, at most) turned into the rate it states (20, at least). */
export function asReduction(value: number, valueMax: number | undefined, qualifier: Qualifier): { value: number; valueMax?: number; qualifier: Qualifier } {
  if (value >= 0) return valueMax === undefined ? { value, qualifier } : { value, valueMax, qualifier };
  const flipped: Qualifier = qualifier === 'at_most' ? 'at_least' : qualifier === 'at_least' ? 'at_most' : qualifier;
  return valueMax === undefined ? { value: -value, qualifier: flipped } : { value: -valueMax, valueMax: -value, qualifier: flipped };
}
