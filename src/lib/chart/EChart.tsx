/**
 * The one chart wrapper: owns init, resize and dispose (echarts-for-react core), marks the container with
 * data-chart-state="finished" when ECharts fires `finished`, so exports and tests never catch a half-drawn chart.
 * Reads no store.
 */
import { useCallback, useRef, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ECharts } from 'echarts/core';
import { echarts, type EChartsCoreOption } from './echarts';

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
}

export function EChart({ option, height, label, chartId, onClick, onReady }: EChartProps) {
  const [state, setState] = useState<'drawing' | 'finished'>('drawing');
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const ready = useCallback(
    (chart: ECharts) => {
      chart.on('finished', () => setState('finished'));
      chart.on('click', (p) => {
        const e = p as { seriesIndex?: number; dataIndex?: number };
        if (e.seriesIndex !== undefined && e.dataIndex !== undefined)
          clickRef.current?.({ seriesIndex: e.seriesIndex, dataIndex: e.dataIndex });
      });
      onReady?.(chart);
    },
    [onReady],
  );
  return (
    <div className="chart" data-chart-id={chartId} data-chart-state={state} role="figure" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas' }}
        onChartReady={ready}
      />
    </div>
  );
}
