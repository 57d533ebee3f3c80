/**
 * The one chart wrapper: echarts-for-react (core) owns init, resize and dispose; this component hands ECharts its
 * option and marks the container with data-chart-state="drawing" → "finished" when ECharts fires `finished`, so
 * exports and tests never catch a half-drawn chart. Both happen outside React's render: a new option is one
 * setOption in a layout effect (no deep comparison of thousands of bars, no re-render to flip the state).
 * The tooltip and the generated accessible description come in a chunk of their own (./echarts detailsReady): a
 * chart drawn before it arrived is given its option again when it does, and is "finished" only then (or at once if
 * the chunk cannot be loaded: the chart still works, without tooltips). Reads no store.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ECharts } from 'echarts/core';
import { echarts, hasDetails, detailsReady, type EChartsCoreOption } from './echarts';

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
}

const EMPTY: EChartsCoreOption = {};
const noSetOption = () => false;

export function EChart({ option, height, label, chartId, onClick, onReady, merge = false }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
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
  // called once, when echarts-for-react has made the instance (it binds its own events after its first setOption,
  // so the option is handed over here, once our `finished` listener is bound)
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
      <ReactEChartsCore
        echarts={echarts}
        option={EMPTY}
        shouldSetOption={noSetOption}
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas' }}
        onChartReady={ready}
      />
    </div>
  );
}
