/**
 * Where ECharts modules are registered: echarts/core + what the first screen draws. Views that need more
 * (radar, lines) import ./echarts-extra, which lands in their lazy chunk; the SVG renderer comes with the first SVG
 * export (./echarts-svg). The tooltip and the generated accessible description are not needed to draw, so they come
 * in a chunk of their own that starts loading as soon as this module runs (`detailsReady`); a chart counts as finished
 * only once it has them.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
// the simple grid and the plain legend: the axis pointer comes with the tooltip, and no chart scrolls its legend
import { GridSimpleComponent, LegendPlainComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridSimpleComponent, LegendPlainComponent, TitleComponent, CanvasRenderer]);

export { echarts };

let detailsLoaded = false;
/** Resolves once the tooltip and aria are registered (at once when it already is); a failed load is retried on the next call. */
let detailsLoad: Promise<void> | null = null;
export function detailsReady(): Promise<void> {
  detailsLoad ??= import('./echarts-details').then(
    (m) => {
      echarts.use([m.TooltipComponent, m.AriaComponent]);
      detailsLoaded = true;
    },
    (e: unknown) => {
      detailsLoad = null;
      throw e;
    },
  );
  return detailsLoad;
}
/** Whether a chart drawn now gets its tooltip and accessible description. */
export const hasDetails = (): boolean => detailsLoaded;
if (typeof window !== 'undefined') void detailsReady().catch(() => undefined);
export type { EChartsCoreOption } from 'echarts/core';
