/** Chart types the first screen does not need; imported by the lazy views that draw them. */
import { LineChart, RadarChart } from 'echarts/charts';
import { RadarComponent } from 'echarts/components';
import { echarts } from './echarts';

echarts.use([LineChart, RadarChart, RadarComponent]);
