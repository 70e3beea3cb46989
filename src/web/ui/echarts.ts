// ECharts, tree-shaken: only the charts and components the console draws. Import it from lazily
// loaded pages only, so the rest of the console does not carry it.
import { BarChart, LineChart, PieChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  TreemapChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

// The big screen's dark theme: light text on a deep blue (#0b1a2e), every colour at least 4.5:1
// against it (WCAG AA), so labels and lines read from across a meeting room.
const text = '#e6edf5';
const muted = '#a9b8cc';
echarts.registerTheme('shangliang-dark', {
  color: ['#5ab1ef', '#ffb980', '#8fd18f', '#f5a3b0', '#c9b6f2', '#ffd166', '#4dd0e1', '#ff9f7f'],
  backgroundColor: 'transparent',
  textStyle: { color: text },
  title: { textStyle: { color: text }, subtextStyle: { color: muted } },
  legend: { textStyle: { color: text } },
  tooltip: { backgroundColor: '#13263f', borderColor: '#3a5270', textStyle: { color: text } },
  categoryAxis: {
    axisLine: { lineStyle: { color: muted } },
    axisLabel: { color: text },
    splitLine: { lineStyle: { color: '#22344d' } },
  },
  valueAxis: {
    axisLine: { lineStyle: { color: muted } },
    axisLabel: { color: text },
    splitLine: { lineStyle: { color: '#22344d' } },
  },
});

export { echarts };
export type EChartsOption = Parameters<echarts.EChartsType['setOption']>[0];
