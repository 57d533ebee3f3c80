/**
 * The true value of (jurisdiction, metric, year): a deterministic function of the seed and the place (its code),
 * so a report's "上年" figure agrees with the previous year's report and a place's values do not depend on which
 * other places were drawn. A jurisdiction keeps its level for a metric from year to year; counts and amounts
 * scale with its population — base × (population / average county-level population)^elasticity — and grow with
 * the metric's trend; rates, changes, durations and indexes do not depend on population.
 */
import type { MetricTemplate } from './metrics';

/** A hash of three integers and the seed, in [0, 1). */
function hasher(seed: number): (a: number, b: number, c: number) => number {
  return (a, b, c) => {
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35) ^ Math.imul(c + 0x165667b1, 0x27d4eb2f);
    h ^= Math.imul(seed, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
  };
}

/** How counts and amounts grow with population where a template does not say (./metrics.ts, `elasticity`). */
export const DEFAULT_ELASTICITY = 0.9;
/** log-sd of a place's lasting activity beyond its population, shared by its counts and amounts */
const ACTIVITY_SD = 0.25;

/**
 * `(j, m, y)` → the true value of template `m` for jurisdiction index `j` in year `y`. Per jurisdiction:
 * `relPopulation`, its population relative to the average county-level unit, and `key`, a stable integer (the
 * code) its values are hashed on; `firstYear`: where trends start.
 */
export function trueValues(
  seed: number,
  templates: readonly MetricTemplate[],
  relPopulation: readonly number[],
  key: readonly number[],
  firstYear: number,
): (j: number, m: MetricTemplate, y: number) => number {
  const hash = hasher(seed);
  const logPop = relPopulation.map((r) => Math.log(r));
  const normalAt = (a: number, b: number, c: number) => {
    const u = Math.max(1e-12, hash(a, b, c));
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * hash(c, a, b + 7));
  };
  const tplById = new Map(templates.map((m) => [m.id, m]));
  const metricIndex = new Map(templates.map((m, i) => [m.id, i]));
  const activity = key.map((k) => ACTIVITY_SD * normalAt(k, -1, 1));
  const trueValue = (j: number, m: MetricTemplate, y: number): number => {
    const mi = metricIndex.get(m.id)!;
    const k = key[j]!;
    const local = normalAt(k, mi, 0); // the jurisdiction's lasting level for this metric
    const noise = normalAt(k, mi, y);
    if (m.shareOf) {
      const base = tplById.get(m.shareOf.metric)!;
      const share = m.shareOf.lo + (m.shareOf.hi - m.shareOf.lo) * hash(k, mi, y + 11);
      return trueValue(j, base, y) * share;
    }
    switch (m.style) {
      case 'count':
      case 'amount': {
        const scale = (m.elasticity ?? DEFAULT_ELASTICITY) * logPop[j]! + activity[j]!;
        return m.base * Math.exp(scale + m.spread * 0.8 * local + 0.12 * noise) * (1 + (m.trend ?? 0)) ** (y - firstYear);
      }
      case 'duration':
        return m.base * Math.exp(m.spread * local + 0.1 * noise) * 0.96 ** (y - firstYear);
      default:
        return m.base + m.spread * (0.7 * local + 0.5 * noise);
    }
  };
  return trueValue;
}
