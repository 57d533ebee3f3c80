import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { defaultRangeExtractor, elementScroll, observeElementOffset, useVirtualizer, type Rect, type Virtualizer, type VirtualItem } from '@tanstack/react-virtual';
import type { Catalog } from '../../../model/catalog';
import type { Indicator } from '../../../model/indicators';
import { useLang } from '../../../ui/hooks/useLang';
import { matchTextOf } from '../extraction';
import { ReviewHead, ReviewRowEditor, type RowEdits } from '../ReviewTable';
import { ReviewText } from '../ReviewText';
import { acceptAll, editRow, setAccepted, type QueueState } from './batch-model';
import { focusedRow, indexOfFocus, itemAt, itemKeys, layout, moveFocus, setFocus, totals, type Layout } from './batch-layout';
import { applyToQueue, queueNow, useQueue } from './batch-store';
import { ReportHeader } from './ReportHeader';
import { ReportList } from './ReportList';

/** The id of an item's element (rows by report and row key). */
const itemId = (report: string, row: string | null): string => `q-${report}${row === null ? '' : `/${row}`}`;

const EDITING = 'input, select, textarea, button, [role=combobox], [role=option]';

/** The edits of one report's rows, made once per report (rows are memoised on them). */
function useEditsByReport(): (report: string) => RowEdits {
  const cache = useRef(new Map<string, RowEdits>());
  return useCallback((report: string) => {
    let e = cache.current.get(report);
    if (!e) {
      e = {
        patch: (key, patch) => applyToQueue((s) => editRow(s, report, key, { kind: 'patch', patch })),
        area: (key, category) => applyToQueue((s) => editRow(s, report, key, { kind: 'area', category })),
        choose: (key, indicator) => applyToQueue((s) => editRow(s, report, key, { kind: 'choose', indicator })),
        name: (key, name) => applyToQueue((s) => editRow(s, report, key, { kind: 'name', name })),
      };
      cache.current.set(report, e);
    }
    return e;
  }, []);
}

/** Keys of the review: move, accept (then the next), reject (then the next), edit the value, choose the indicator. */
function onGridKey(e: KeyboardEvent<HTMLElement>, grid: HTMLElement | null): void {
  const target = e.target as HTMLElement;
  const row = target.closest<HTMLElement>('tr[role=row]');
  if (!row || !grid?.contains(row)) return;
  if (target !== row) {
    // inside a row's field: Escape (and Enter in the value) go back to the row
    if (e.key === 'Escape' || (e.key === 'Enter' && target.dataset.edit === 'value')) {
      e.preventDefault();
      row.focus();
    }
    return;
  }
  if (target.matches(EDITING)) return;
  const s = queueNow();
  const f = s.focus;
  const onRow = f && f.row !== null ? { report: f.report, row: f.row } : null;
  const key = e.key;
  if (key === 'ArrowDown' || key === 'j') applyToQueue((q) => moveFocus(q, 1));
  else if (key === 'ArrowUp' || key === 'k') applyToQueue((q) => moveFocus(q, -1));
  else if (key === 'Home') applyToQueue((q) => moveFocus(q, -Infinity));
  else if (key === 'End') applyToQueue((q) => moveFocus(q, Infinity));
  else if (key === 'a' || key === 'Enter') {
    if (onRow) applyToQueue((q) => moveFocus(setAccepted(q, onRow.report, onRow.row, true), 1));
    else if (f) applyToQueue((q) => acceptAll(q, f.report));
  } else if ((key === 'r' || key === 'Delete') && onRow) applyToQueue((q) => moveFocus(setAccepted(q, onRow.report, onRow.row, false), 1));
  else if (key === 'e' && onRow) row.querySelector<HTMLInputElement>('input[data-edit=value]')?.focus();
  else if (key === 'i' && onRow) row.querySelector<HTMLButtonElement>('[data-testid=indicator-change]')?.click();
  else return;
  e.preventDefault();
}

interface BodyProps {
  queue: QueueState;
  l: Layout;
  items: VirtualItem[];
  focusIndex: number | undefined;
  catalog: Catalog;
  indicators: readonly Indicator[];
  measure: (el: HTMLTableRowElement | null) => void;
  total: number;
  onEditPlace: (key: string) => void;
}

/** The rows drawn: each report's header and the rows in view, each at its place in the whole list. */
function QueueBody({ queue, l, items, focusIndex, catalog, indicators, measure, total, onEditPlace }: BodyProps) {
  const editsFor = useEditsByReport();
  const onFocusRow = useCallback((report: string, row: string) => applyToQueue((s) => setFocus(s, { report, row })), []);
  const onFocusReport = useCallback((report: string) => applyToQueue((s) => setFocus(s, { report, row: null })), []);
  const fileOf = useCallback((key: string) => queueNow().reports[key]?.report.file ?? key, []);
  return (
      <tbody role="rowgroup" style={{ height: total }}>
        {items.map((v) => {
          const it = itemAt(l, v.index);
          if (!it) return null;
          const r = queue.reports[it.report]!;
          if (it.kind === 'report')
            return (
              <ReportHeader
                key={v.key}
                r={r}
                n={l.order.indexOf(it.report) + 1}
                catalog={catalog}
                id={itemId(r.key, null)}
                focused={focusIndex === v.index}
                rowIndex={v.index + 2}
                index={v.index}
                measure={measure}
                top={v.start}
                onFocusReport={onFocusReport}
                onEditPlace={onEditPlace}
                fileOf={fileOf}
              />
            );
          const row = r.rows[it.row]!;
          return (
            <ReviewRowEditor
              key={v.key}
              indicators={indicators}
              matchText={r.extraction ? matchTextOf(r.extraction) : r.report.text}
              row={row}
              id={itemId(r.key, row.key)}
              focused={focusIndex === v.index}
              rowIndex={v.index + 2}
              index={v.index}
              measure={measure}
              top={v.start}
              reportKey={r.key}
              onFocusRow={onFocusRow}
              edits={editsFor(r.key)}
            />
          );
        })}
      </tbody>
  );
}

/*
 * The queue reads no layout while React commits (reading it there makes the browser lay the page out at once, in
 * the same task): an item's size comes from its ResizeObserver entry, which arrives after the browser's own layout
 * (until then, the size measured before for its key, or the estimate); the scroller's size from its ResizeObserver;
 * its scroll offset is 0 when it mounts and is read from the next frame on.
 */
const sizeOf = (el: Element, entry: ResizeObserverEntry | undefined, v: Virtualizer<HTMLDivElement, Element>): number => {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const i = v.indexFromElement(el);
  return v.itemSizeCache.get(v.options.getItemKey(i)) ?? v.options.estimateSize(i);
};

function rectAfterLayout(v: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void): () => void {
  const el = v.scrollElement;
  if (!el) return () => {};
  const ro = new ResizeObserver(() => cb({ width: el.clientWidth, height: el.clientHeight }));
  ro.observe(el, { box: 'content-box' });
  return () => ro.disconnect();
}

/** Virtualizers whose scroller has been laid out once (its offset is read from then on). */
const laidOut = new WeakSet<Virtualizer<HTMLDivElement, Element>>();

function offsetAfterLayout(v: Virtualizer<HTMLDivElement, Element>, cb: (offset: number, isScrolling: boolean) => void): () => void {
  cb(0, false);
  let stop: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    laidOut.add(v);
    stop = observeElementOffset(v, cb);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop?.();
  };
}

/*
 * The virtualizer writes the scroll offset when it takes its scroller (while React commits): a scroller that has just
 * mounted is at 0 already, and writing it would make the browser lay the page out in the same task as the first
 * render of the queue; that write is left out.
 */
const scrollAfterLayout: typeof elementScroll<HTMLDivElement> = (offset, options, v) => {
  if (offset === 0 && !options.adjustments && !options.behavior && !laidOut.has(v)) return;
  elementScroll(offset, options, v);
};

/** The virtualizer of the queue's list; the focused item is always drawn (the keyboard's focus is on it). */
function useQueueVirtualizer(l: Layout, reports: QueueState['reports'], focusIndex: number | undefined, scroller: RefObject<HTMLDivElement | null>) {
  // stable between scrolls: the virtualizer measures every item again when these change. The keys are made once per
  // queue: the virtualizer asks for the keys from a resized item to the end after every resize
  const keys = useMemo(() => itemKeys(l, reports), [l, reports]);
  const estimateSize = useCallback((i: number) => (keys.header[i] ? 88 : 52), [keys]);
  const getItemKey = useCallback((i: number) => keys.keys[i]!, [keys]);
  return useVirtualizer({
    // the sizes of the rows drawn arrive together (one ResizeObserver callback): one render for all of them, not one each
    useFlushSync: false,
    count: l.count,
    getScrollElement: () => scroller.current,
    estimateSize,
    overscan: 3,
    getItemKey,
    measureElement: sizeOf,
    observeElementRect: rectAfterLayout,
    observeElementOffset: offsetAfterLayout,
    scrollToFn: scrollAfterLayout,
    initialRect: { width: 0, height: Math.round(window.innerHeight * 0.8) },
    // the focused row stays in the DOM (the keyboard's focus is on it) wherever the list is scrolled
    rangeExtractor: (range) => {
      const base = defaultRangeExtractor(range);
      return focusIndex === undefined || base.includes(focusIndex) ? base : [...base, focusIndex].sort((a, b) => a - b);
    },
  });
}

/** The text box beside the queue scrolls: the keyboard must reach it (a focusable region named as the source text). */
function useFocusableText(label: string) {
  const beside = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = beside.current?.querySelector('.reader-text');
    if (!box || box.hasAttribute('tabindex')) return;
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', label);
  });
  return beside;
}

/**
 * Every candidate of every report in one list, grouped by report (a header row each), virtualised: only the rows
 * in view (and the focused one) are in the DOM. Beside it, the focused row's report with its sentence marked.
 */
export function BatchQueue({ catalog, indicators, onEditPlace }: { catalog: Catalog; indicators: readonly Indicator[]; onEditPlace: (key: string) => void }) {
  const { t } = useLang();
  // the queue as last drawn (the layout and the rows drawn come from the same one)
  const queue = useQueue();
  const l = useMemo(() => layout(queue), [queue]);
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const focusIndex = indexOfFocus(queue, l);

  const virtualizer = useQueueVirtualizer(l, queue.reports, focusIndex, scroller);

  // the keyboard (or the list of reports) moved the focus: the row comes into view and takes the browser's focus
  const last = useRef(focusIndex);
  const jumped = useRef(false);
  const [jumps, setJumps] = useState(0);
  useEffect(() => {
    if (focusIndex === undefined || (last.current === focusIndex && !jumped.current)) return;
    last.current = focusIndex;
    const active = document.activeElement;
    const fromList = jumped.current;
    jumped.current = false;
    if (!fromList && (!table.current?.contains(active) || active?.getAttribute('role') !== 'row')) return;
    virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
    const f = queueNow().focus;
    if (f) document.getElementById(itemId(f.report, f.row))?.focus({ preventScroll: true });
  }, [focusIndex, virtualizer, jumps]);


  const focused = focusedRow(queue);
  const shownReport = queue.focus ? queue.reports[queue.focus.report] : undefined;
  const sum = totals(queue);
  const items = virtualizer.getVirtualItems();

  const beside = useFocusableText(t('table.quote'));
  const jump = useCallback((report: string) => {
    jumped.current = true;
    applyToQueue((s) => setFocus(s, { report, row: null }));
    setJumps((n) => n + 1);
  }, []);
  let extracting = 0;
  for (const k of queue.order) if (queue.reports[k]!.extracting) extracting++;

  return (
    <>
      <ReportList onJump={jump} />
      <h3 data-testid="add-summary">{t('batch.queue', { reports: sum.reports, rows: sum.rows, accepted: sum.accepted })}</h3>
      <p className="note">{t('batch.keys')}</p>
      <div className="reader-layout batch-layout" ref={beside}>
        <div className="queue-scroll" ref={scroller} data-testid="batch-scroll">
          <table
            ref={table}
            role="grid"
            aria-label={t('batch.queueLabel')}
            aria-rowcount={l.count + 1}
            aria-colcount={7}
            className="data-table review queue"
            data-testid="add-review"
            data-items={l.count}
            data-reports={queue.order.length}
            data-extracting={extracting}
            onKeyDown={(e) => onGridKey(e, table.current)}
          >
            <ReviewHead />
            <QueueBody queue={queue} l={l} items={items} focusIndex={focusIndex} catalog={catalog} indicators={indicators} measure={virtualizer.measureElement} total={virtualizer.getTotalSize()} onEditPlace={onEditPlace} />
          </table>
        </div>
        {shownReport && <ReviewText text={shownReport.report.text} script={shownReport.report.script} focused={focused?.row.candidate} />}
      </div>
    </>
  );
}
