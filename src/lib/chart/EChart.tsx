/**
 * The one chart wrapper: owns init, resize and dispose (echarts-for-react core), marks the container with
 * data-chart-state="finished" when ECharts fires `finished`, so exports and tests never catch a half-drawn chart.
 * Reads no store.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ECharts } from 'echarts/core';
import { echarts, type EChartsCoreOption } from './echarts';

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

export function EChart({ option, height, label, chartId, onClick, onReady, merge = false }: EChartProps) {
  const [state, setState] = useState<'drawing' | 'finished'>('drawing');
  // The option is handed to ECharts only once our `finished` listener is bound (echarts-for-react binds its
  // events after the first setOption, so the first `finished` would otherwise be missed).
  const [bound, setBound] = useState(false);
  const [drawn, setDrawn] = useState<EChartsCoreOption | null>(null);
  if (bound && drawn !== option) {
    setDrawn(option);
    setState('drawing');
  }
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const chartRef = useRef<ECharts | null>(null);
  const ready = useCallback(
    (chart: ECharts) => {
      chartRef.current = chart;
      chart.on('finished', () => setState('finished'));
      setBound(true);
      chart.on('click', (p) => {
        const e = p as { seriesIndex?: number; dataIndex?: number };
        if (e.seriesIndex !== undefined && e.dataIndex !== undefined)
          clickRef.current?.({ seriesIndex: e.seriesIndex, dataIndex: e.dataIndex });
      });
      live.set(chartId, chart);
      onReady?.(chart);
    },
    [onReady, chartId],
  );
  // the same instance under its new id when the chart shows something else (a ranking of another metric)
  useEffect(() => {
    if (chartRef.current) live.set(chartId, chartRef.current);
    return () => void live.delete(chartId);
  }, [chartId]);
  return (
    <div className="chart" data-chart-id={chartId} data-chart-state={state} role="figure" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={bound ? option : EMPTY}
        notMerge={!merge}
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas' }}
        onChartReady={ready}
      />
    </div>
  );
}
