/**
 * The batch queue as one list, pure: a header per report, then its rows (none for a skipped report); where an
 * index falls, and the focus moved through it by the keyboard.
 */
import type { ReviewRow } from '../review';
import { acceptedCount, type Focus, type QueueReport, type QueueState } from './batch-model';

export interface Layout {
  /** items in all */
  count: number;
  /** the index of each report's header, in `order` */
  starts: number[];
  order: readonly string[];
}

export function layout(s: QueueState): Layout {
  const starts: number[] = [];
  let n = 0;
  for (const k of s.order) {
    starts.push(n);
    const r = s.reports[k]!;
    n += 1 + (r.skipped ? 0 : r.rows.length);
  }
  return { count: n, starts, order: s.order };
}

/**
 * The key of every item (a report's header: the report's key; a row: report/row key) and which are headers, made
 * once per queue: a virtual list asks for the keys of all items after a resized one at every resize.
 */
export function itemKeys(l: Layout, reports: QueueState['reports']): { keys: string[]; header: Uint8Array } {
  const keys = new Array<string>(l.count);
  const header = new Uint8Array(l.count);
  for (let i = 0; i < l.order.length; i++) {
    const report = l.order[i]!;
    const start = l.starts[i]!;
    const end = i + 1 < l.order.length ? l.starts[i + 1]! : l.count;
    keys[start] = report;
    header[start] = 1;
    const rows = reports[report]!.rows;
    for (let j = start + 1; j < end; j++) keys[j] = `${report}/${rows[j - start - 1]!.key}`;
  }
  return { keys, header };
}

export type Item = { kind: 'report'; report: string } | { kind: 'row'; report: string; row: number };

/** The item at `index`: a report's header or its `row`-th row. */
export function itemAt(l: Layout, index: number): Item | undefined {
  if (index < 0 || index >= l.count) return undefined;
  let lo = 0;
  let hi = l.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (l.starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  const report = l.order[lo]!;
  const at = index - l.starts[lo]!;
  return at === 0 ? { kind: 'report', report } : { kind: 'row', report, row: at - 1 };
}

/** The index of the focused item, if it is in the list. */
export function indexOfFocus(s: QueueState, l: Layout, f: Focus | null = s.focus): number | undefined {
  if (!f) return undefined;
  const i = l.order.indexOf(f.report);
  if (i < 0) return undefined;
  if (f.row === null) return l.starts[i];
  const r = s.reports[f.report]!;
  if (r.skipped) return l.starts[i];
  const j = r.rows.findIndex((row) => row.key === f.row);
  return j < 0 ? l.starts[i] : l.starts[i]! + 1 + j;
}

export function focusOfItem(s: QueueState, item: Item): Focus {
  return item.kind === 'report' ? { report: item.report, row: null } : { report: item.report, row: s.reports[item.report]!.rows[item.row]!.key };
}

export const setFocus = (s: QueueState, focus: Focus | null): QueueState => ({ ...s, focus });

/** Moves the focus by `delta` items (headers included), stopping at either end. */
export function moveFocus(s: QueueState, delta: number): QueueState {
  const l = layout(s);
  if (l.count === 0) return s;
  const at = indexOfFocus(s, l) ?? (delta > 0 ? -1 : l.count);
  const item = itemAt(l, Math.min(l.count - 1, Math.max(0, at + delta)));
  return item ? { ...s, focus: focusOfItem(s, item) } : s;
}

/** The focused row (undefined on a header). */
export function focusedRow(s: QueueState): { report: QueueReport; row: ReviewRow } | undefined {
  const f = s.focus;
  if (!f || f.row === null) return undefined;
  const report = s.reports[f.report];
  const row = report?.rows.find((r) => r.key === f.row);
  return report && row ? { report, row } : undefined;
}

/** The queue's counts: reports, figures, accepted. */
export function totals(s: QueueState): { reports: number; rows: number; accepted: number } {
  let rows = 0;
  let accepted = 0;
  for (const k of s.order) {
    const r = s.reports[k]!;
    if (r.skipped) continue;
    rows += r.rows.length;
    accepted += acceptedCount(r);
  }
  return { reports: s.order.length, rows, accepted };
}
