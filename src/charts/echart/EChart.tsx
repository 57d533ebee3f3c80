/**
 * The one chart wrapper: makes the ECharts instance on its element (sized, disposed on unmount, resized with its
 * box), hands ECharts its option and marks the container with data-chart-state="drawing" → "finished" when ECharts
 * fires `finished`, so exports and tests never catch a half-drawn chart. Both happen outside React's render: a new
 * option is one setOption in a layout effect (no deep comparison of thousands of bars, no re-render to flip the
 * state). When the instance is made is ./draw-queue's: at once in the commit, or, for a `deferred` chart off the
 * screen, when it comes near (or the page is idle); until then the chart is "waiting".
 * The tooltip and the generated accessible description come in a chunk of their own (./echarts detailsReady): a
 * chart drawn before it arrived is given its option again when it does, and is "finished" only then (or at once if
 * the chunk cannot be loaded: the chart still works, without tooltips). Reads no store.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ECharts } from 'echarts/core';
import { echarts, hasDetails, detailsReady, type EChartsCoreOption } from './echarts';
import { requestDraw, type DrawSize } from './draw-queue';

/**
 * Live chart instances by chart id, for tests and debugging in the console (window.__rolCharts):
 * e.g. convertToPixel to find a bar. Read-only use; nothing in the app depends on it.
 */
const live = new Map<string, ECharts>();
if (typeof window !== 'undefined') Object.defineProperty(window, '__rolCharts', { value: live, configurable: true });

export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

export interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** accessible name; ECharts aria adds a generated description */
  label: string;
  chartId: string;
  onClick?: (e: ChartClick) => void;
  onReady?: (chart: ECharts) => void;
  /** update in place (same option structure, new data) instead of rebuilding: faster for large charts */
  merge?: boolean;
  /** one of many charts: drawn when near the screen (or the page is idle), not before the view's first paint */
  deferred?: boolean;
}

export function EChart({ option, height, label, chartId, onClick, onReady, merge = false, deferred = false }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const drawn = useRef<EChartsCoreOption | null>(null);
  /** the tooltip and aria are registered, or could not be loaded */
  const interactive = useRef(hasDetails());
  const latest = useRef({ option, merge, onClick, onReady, chartId });
  latest.current = { option, merge, onClick, onReady, chartId };
  // ECharts fires `finished` after drawing (synchronously inside setOption when nothing animates)
  const draw = useCallback((chart: ECharts) => {
    const { option: next, merge: inPlace } = latest.current;
    if (drawn.current === next) return;
    const first = drawn.current === null;
    drawn.current = next;
    if (box.current) box.current.dataset.chartState = 'drawing';
    chart.setOption(next, { notMerge: first || !inPlace });
  }, []);
  // called once, when the instance is made: the option is handed over once our `finished` listener is bound
  const ready = useCallback(
    (chart: ECharts) => {
      chartRef.current = chart;
      chart.on('finished', () => {
        if (box.current && interactive.current && drawn.current === latest.current.option) box.current.dataset.chartState = 'finished';
      });
      if (!interactive.current) {
        const settle = (loaded: boolean) => {
          interactive.current = true;
          if (chart.isDisposed() || drawn.current === null) return;
          if (box.current) box.current.dataset.chartState = 'drawing';
          // merged into what is drawn: the tooltip and aria options now have their components; nothing else changes
          if (loaded) chart.setOption(drawn.current);
          else if (box.current) box.current.dataset.chartState = 'finished';
        };
        detailsReady().then(
          () => settle(true),
          () => settle(false),
        );
      }
      chart.on('click', (p) => {
        const e = p as { seriesIndex?: number; dataIndex?: number };
        if (e.seriesIndex !== undefined && e.dataIndex !== undefined)
          latest.current.onClick?.({ seriesIndex: e.seriesIndex, dataIndex: e.dataIndex });
      });
      live.set(latest.current.chartId, chart);
      latest.current.onReady?.(chart);
      draw(chart);
    },
    [draw],
  );
  useChartInstance(
    host,
    deferred,
    ready,
    () => {
      const chart = chartRef.current;
      chartRef.current = null;
      drawn.current = null;
      if (chart && !chart.isDisposed()) chart.dispose();
    },
    // off the screen: "waiting" until the queue draws it ("drawing", then "finished")
    () => {
      if (box.current) box.current.dataset.chartState = 'waiting';
    },
  );
  useLayoutEffect(() => {
    if (chartRef.current) draw(chartRef.current);
  }, [option, draw]);
  // the same instance under its new id when the chart shows something else (a ranking of another metric)
  useEffect(() => {
    if (chartRef.current) live.set(chartId, chartRef.current);
    return () => void live.delete(chartId);
  }, [chartId]);
  return (
    // data-chart-state is React's only on mount; draw() and the `finished` listener change it afterwards
    <div ref={box} className="chart" data-chart-id={chartId} data-chart-state="drawing" role="figure" aria-label={label}>
      <div ref={host} style={{ height, width: '100%' }} />
    </div>
  );
}

/**
 * Makes the chart's instance on `host` when ./draw-queue says (its size given, so ECharts reads no layout), resizes
 * it with its box and calls `dispose` on unmount; `onWait` when the queue puts it off. `deferred` is read once, at
 * mount.
 */
function useChartInstance(host: RefObject<HTMLDivElement | null>, deferred: boolean, ready: (chart: ECharts) => void, dispose: () => void, onWait: () => void): void {
  const deferredAtMount = useRef(deferred);
  const disposeRef = useRef(dispose);
  disposeRef.current = dispose;
  const onWaitRef = useRef(onWait);
  onWaitRef.current = onWait;
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    let resizer: ResizeObserver | null = null;
    const cancel = requestDraw(
      el,
      (size: DrawSize) => {
        const chart = echarts.init(el, undefined, { renderer: 'canvas', ...(size.width > 0 && size.height > 0 ? size : {}) });
        if (typeof ResizeObserver !== 'undefined') {
          resizer = new ResizeObserver((entries) => {
            const r = entries[entries.length - 1]?.contentRect;
            if (!r || chart.isDisposed()) return;
            const width = Math.round(r.width);
            const height = Math.round(r.height);
            if (width > 0 && height > 0 && (width !== chart.getWidth() || height !== chart.getHeight())) chart.resize({ width, height });
          });
          resizer.observe(el);
        }
        ready(chart);
      },
      deferredAtMount.current,
      () => onWaitRef.current(),
    );
    return () => {
      cancel();
      resizer?.disconnect();
      disposeRef.current();
    };
  }, [host, ready]);
}
