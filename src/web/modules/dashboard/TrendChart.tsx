import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../ui/EChart';
import type { EChartsOption } from '../../ui/echarts';
import type { Dashboard, FigureKey, FigureUnit } from './types';
import { useDashboardWords } from './use-words';

type Props = {
  trend: Dashboard['trend'];
  units: Map<FigureKey, FigureUnit>;
  /** a click on a month (its 'YYYY-MM') */
  onMonth?: (month: string) => void;
  theme?: string;
  height?: number;
  /** the series shown at first; the legend turns the others on */
  shown?: readonly FigureKey[];
};

const DEFAULT_SHOWN: readonly FigureKey[] = ['received', 'solved', 'consultations', 'outcomesCarriedOut'];

/** The figures month by month, as lines; the legend picks which. */
export function TrendChart({ trend, units, onMonth, theme, height = 320, shown = DEFAULT_SHOWN }: Props) {
  const { t } = useTranslation();
  const words = useDashboardWords();
  const option = useMemo<EChartsOption>(() => {
    const names = new Map(trend.series.map((s) => [words.figure(s.key), s.key]));
    return {
      tooltip: {
        trigger: 'axis',
        formatter: (items: unknown) =>
          (items as { axisValue: string; seriesName: string; value: number; marker: string }[])
            .map(
              (i, n) =>
                `${n === 0 ? `${i.axisValue}<br/>` : ''}${i.marker}${i.seriesName}: ${words.withUnit(i.value, units.get(names.get(i.seriesName) ?? 'received') ?? 'count')}`,
            )
            .join('<br/>'),
      },
      legend: {
        type: 'scroll',
        top: 0,
        selected: Object.fromEntries(trend.series.map((s) => [words.figure(s.key), shown.includes(s.key)])),
      },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', boundaryGap: false, data: trend.months },
      yAxis: { type: 'value', minInterval: 1 },
      series: trend.series.map((s) => ({ type: 'line', name: words.figure(s.key), smooth: true, data: s.values })),
    };
  }, [trend, units, words, shown]);
  const summary = trend.series
    .filter((s) => shown.includes(s.key))
    .map((s) => `${words.figure(s.key)} ${trend.months.map((m, i) => `${m} ${s.values[i] ?? 0}`).join('、')}`)
    .join('；');
  return (
    <EChart
      option={option}
      theme={theme}
      height={height}
      ariaLabel={`${t('dashboard.chart', { title: t('dashboard.trend') })}：${summary}`}
      onClick={onMonth && ((e) => trend.months[e.dataIndex] && onMonth(trend.months[e.dataIndex] as string))}
    />
  );
}
