/**
 * Stands in for `size-sensor`, echarts-for-react's resize watcher (vite.config.ts aliases it here). The chart
 * wrapper passes `autoResize={false}` and resizes each chart with a ResizeObserver on its box (EChart.tsx
 * useFollowBox): the library then never binds a sensor, and its `clear` on dispose has nothing to clear. 1.2 KB of
 * the first screen's JavaScript (gzip) that would never run.
 */
export const bind = (_element: Element, _cb: (element: Element) => void): void => undefined;
export const clear = (_element: Element): void => undefined;
export const ver = 'none';
