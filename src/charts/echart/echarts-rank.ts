/** What long rankings need beyond the first screen: lines that name marked places, and zoom to a range of ranks. */
import { DataZoomInsideComponent, DataZoomSliderComponent, MarkLineComponent } from 'echarts/components';
import { echarts } from './echarts';

echarts.use([MarkLineComponent, DataZoomInsideComponent, DataZoomSliderComponent]);
