declare module 'echarts-for-react/esm/core' { export { default } from 'echarts-for-react/lib/core'; }
