import { Card, Empty, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EChart } from '../../ui/EChart';
import type { EChartsOption } from '../../ui/echarts';
import { FigureValue } from './FigureValue';
import { consoleLink } from './links';
import type { FigureKey, FigurePart, FigureUnit } from './types';
import { useDashboardWords } from './use-words';

type Props = { figure: FigureKey; unit: FigureUnit; by: string; parts: FigurePart[] };
type Row = FigurePart & { name: string };

// a handful of parts read best as a pie; more (categories, forms) as bars
const PIE_MAX = 6;

/** One breakdown of a figure (received by channel…): a small chart and a compact table, every part a link. */
export function BreakdownCard({ figure, unit, by, parts }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const words = useDashboardWords();
  const title = `${words.figure(figure)} · ${words.breakdown(by)}`;
  const rows = useMemo<Row[]>(() => parts.map((p) => ({ ...p, name: words.part(by, p) })), [parts, by, words]);
  const nonEmpty = rows.some((r) => r.value > 0);

  const option = useMemo<EChartsOption>(() => {
    const tooltip = { valueFormatter: (v: unknown) => words.withUnit(Number(v), unit) };
    if (rows.length <= PIE_MAX)
      return {
        tooltip: { trigger: 'item', ...tooltip },
        series: [
          {
            type: 'pie',
            radius: ['35%', '70%'],
            label: { formatter: '{b}' },
            data: rows.map((r) => ({ name: r.name, value: r.value })),
          },
        ],
      };
    return {
      tooltip: { trigger: 'axis', ...tooltip },
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
      series: [{ type: 'bar', data: rows.map((r) => r.value) }],
    };
  }, [rows, unit, words]);
  const summary = rows.map((r) => `${r.name} ${words.withUnit(r.value, unit)}`).join('，');

  return (
    <Card size="small" title={title} className="breakdown-card">
      {nonEmpty ? (
        <EChart
          option={option}
          height={200}
          ariaLabel={`${t('dashboard.chart', { title })}：${summary}`}
          onClick={(e) => {
            const to = consoleLink(rows[e.dataIndex]?.link);
            if (to) navigate(to);
          }}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noData')} />
      )}
      {rows.length > 0 && (
        <Table<Row>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          columns={[
            { key: 'name', title: t('dashboard.part'), dataIndex: 'name' },
            {
              key: 'value',
              title: t('dashboard.value'),
              align: 'right',
              render: (_, r) => <FigureValue value={r.value} unit={unit} link={r.link} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
