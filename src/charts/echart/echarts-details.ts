/**
 * What a chart needs only once a person reads it closely — the tooltip (with its axis pointer) and the generated
 * accessible description — in a chunk of its own: ./echarts registers them when it arrives.
 */
export { AriaComponent, TooltipComponent } from 'echarts/components';
