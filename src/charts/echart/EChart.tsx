/**
 * The one chart wrapper: echarts-for-react (core) owns the instance — made on its element at the size it is given,
 * disposed on unmount — and this component resizes it with its box and hands ECharts its option and marks the container with data-chart-state="drawing" → "finished" when ECharts
 * fires `finished`, so exports and tests never catch a half-drawn chart. Both happen outside React's render: a new
 * option is one setOption in a layout effect (no deep comparison of thousands of bars, no re-render to flip the
 * state). When the instance is made is ./draw-queue's: at once in the commit, or, for a `deferred` chart off the
 * screen, when it comes near (or the page is idle); until then the chart is "waiting" and its box holds its place.
 * The tooltip and the generated accessible description come in a chunk of their own (./echarts detailsReady): a
 * chart drawn before it arrived is given its option again when it does, and is "finished" only then (or at once if
 * the chunk cannot be loaded: the chart still works, without tooltips). Reads no store.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ECharts } from 'echarts/core';
import type { ECharts as FullECharts } from 'echarts';
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
  const onDispose = useCallback(() => {
    chartRef.current = null;
    drawn.current = null;
  }, []);
  // off the screen: "waiting" until the queue draws it ("drawing", then "finished")
  const onWait = useCallback(() => {
    if (box.current) box.current.dataset.chartState = 'waiting';
  }, []);
  const size = useDrawSize(host, deferred, onWait);
  useLayoutEffect(() => onDispose, [onDispose]);
  useFollowBox(host, chartRef, size !== null);
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
      <div ref={host} style={{ height, width: '100%' }}>
        {size && <SizedChart size={size} onChartReady={ready} />}
      </div>
    </div>
  );
}

const EMPTY: EChartsCoreOption = {};
const noSetOption = () => false;
const FILL: CSSProperties = { height: '100%', width: '100%' };

/**
 * echarts-for-react's core, with its instance made once at the size it is given. The library's own start makes a
 * throwaway instance, waits for it to draw and makes the real one at the size it then reads: two instances and a
 * frame per chart, where the draw queue has measured the box already. Dispose on unmount and the option lifecycle
 * stay the library's; resizing is useFollowBox's.
 */
class SizedEChartsCore extends ReactEChartsCore {
  override initEchartsInstance(): Promise<FullECharts> {
    return Promise.resolve(this.echarts.init(this.ele, this.props.theme, this.props.opts));
  }
}

/** The chart's instance at `size`, the option set by the wrapper (ECharts' own option prop stays empty). */
function SizedChart({ size, onChartReady }: { size: DrawSize; onChartReady: (chart: ECharts) => void }) {
  const opts = useMemo(() => ({ renderer: 'canvas' as const, ...(size.width > 0 && size.height > 0 ? size : {}) }), [size]);
  return (
    <SizedEChartsCore
      echarts={echarts}
      option={EMPTY}
      shouldSetOption={noSetOption}
      style={FILL}
      opts={opts}
      autoResize={false}
      onChartReady={onChartReady as (chart: unknown) => void}
    />
  );
}

/**
 * Resizes the chart with its box (a ResizeObserver on `host`, once the chart is made). echarts-for-react's own
 * resizing drops a change that comes within its debounce of the chart's first size reading, as the first one: a
 * window resized while charts were still being drawn left them at their old width.
 */
function useFollowBox(host: RefObject<HTMLDivElement | null>, chart: RefObject<ECharts | null>, made: boolean): void {
  useLayoutEffect(() => {
    const el = host.current;
    if (!made || !el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const r = entries[entries.length - 1]?.contentRect;
      const c = chart.current;
      if (!r || !c || c.isDisposed()) return;
      const width = Math.round(r.width);
      const height = Math.round(r.height);
      if (width > 0 && height > 0 && (width !== c.getWidth() || height !== c.getHeight())) c.resize({ width, height });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [host, chart, made]);
}

/**
 * The size to make the chart's instance at, once ./draw-queue says to draw it (null until then; `onWait` when the
 * queue puts it off). `deferred` is read once, at mount.
 */
function useDrawSize(host: RefObject<HTMLDivElement | null>, deferred: boolean, onWait: () => void): DrawSize | null {
  const [size, setSize] = useState<DrawSize | null>(null);
  const deferredAtMount = useRef(deferred);
  const onWaitRef = useRef(onWait);
  onWaitRef.current = onWait;
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    // committed at once (the queue answers in a microtask of the commit that asked): the chart is drawn before the
    // browser paints, as when the instance was made in the layout effect itself
    return requestDraw(el, (s) => flushSync(() => setSize(s)), deferredAtMount.current, () => onWaitRef.current());
  }, [host]);
  return size;
}
