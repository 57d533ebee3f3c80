/** Marks behind the bars (the middle half of all places and their median): loaded when they are first drawn. */
import { MarkAreaComponent } from 'echarts/components';
import { echarts } from './echarts';

echarts.use([MarkAreaComponent]);
