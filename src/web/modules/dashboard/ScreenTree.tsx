import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../ui/EChart';
import type { EChartsOption } from '../../ui/echarts';
import type { ChildFigures } from './types';
import { useDashboardWords } from './use-words';

type Props = { rows: ChildFigures[]; onPlace: (placeId: string) => void; theme?: string; height?: number };

/** The places below, without a map: a treemap whose areas are the submissions each received; a click drills in. */
export function ScreenTree({ rows, onPlace, theme, height = 360 }: Props) {
  const { t } = useTranslation();
  const words = useDashboardWords();
  const data = useMemo(
    () =>
      rows.map((r) => ({
        id: r.place.id,
        name: r.place.name,
        value: r.figures.find((f) => f.key === 'received')?.value ?? 0,
      })),
    [rows],
  );
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { formatter: '{b}: {c}' },
      series: [
        {
          type: 'treemap',
          name: words.figure('received'),
          roam: false,
          nodeClick: false,
          breadcrumb: { show: false },
          left: 0,
          top: 0,
          right: 0,
          bottom: 0,
          label: { show: true, formatter: '{b}\n{c}', fontSize: 16, color: '#0b1a2e', fontWeight: 'bold' },
          itemStyle: { borderColor: '#0b1a2e', borderWidth: 2, gapWidth: 2 },
          data,
        },
      ],
    }),
    [data, words],
  );
  const summary = data.map((d) => `${d.name} ${d.value}`).join('，');
  return (
    <EChart
      option={option}
      theme={theme}
      height={height}
      ariaLabel={`${t('dashboard.chart', { title: t('dashboard.tree') })}：${summary}`}
      onClick={(e) => {
        const id = (e.data as { id?: string } | undefined)?.id;
        if (id) onPlace(id);
      }}
    />
  );
}
