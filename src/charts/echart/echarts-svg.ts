/** The SVG renderer, registered when the first SVG is exported (the screen draws with canvas). */
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './echarts';

echarts.use([SVGRenderer]);
