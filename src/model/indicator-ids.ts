/**
 * The catalogue's indicator ids and kinds (generated into ./indicator-kinds.ts by `npm run dataset:build`), and
 * what a metric id means against them: a catalogue indicator, a change of one (`<id>.change`, `<id>.change_pp`,
 * kind change), or nothing (a report-specific figure must say so).
 */
import type { MetricKind } from './constants';
import { INDICATOR_KINDS_TEXT } from './indicator-kinds';

let kinds: Map<string, MetricKind> | null = null;

/** Indicator id → kind, for every indicator of the catalogue. */
export function indicatorKinds(): ReadonlyMap<string, MetricKind> {
  if (!kinds) {
    kinds = new Map();
    for (const pair of INDICATOR_KINDS_TEXT.split(' ')) {
      const at = pair.lastIndexOf(':');
      kinds.set(pair.slice(0, at), pair.slice(at + 1) as MetricKind);
    }
  }
  return kinds;
}

const CHANGE = /\.change(?:_pp)?$/;

/** The kind a metric of this id must have when it is a catalogue indicator, or undefined when it is none. */
export function catalogueKind(id: string, table: ReadonlyMap<string, MetricKind> = indicatorKinds()): MetricKind | undefined {
  const direct = table.get(id);
  if (direct) return direct;
  const m = CHANGE.exec(id);
  if (m && table.has(id.slice(0, m.index))) return 'change';
  return undefined;
}
