import { Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DUTY_KIND_GROUPS, type DutyKindGroup } from '../../../shared/access/duty';
import { type FitColumn, FitTable } from '../../ui/FitTable';
import { formatPoints } from './format';
import { GradeTag } from './GradeTag';
import { Points } from './Points';
import type { RankingRow } from './types';

const GROUPS = Object.keys(DUTY_KIND_GROUPS) as DutyKindGroup[];
const groupPoints = (row: RankingRow, group: DutyKindGroup) =>
  Math.round(DUTY_KIND_GROUPS[group].reduce((sum, k) => sum + (row.byKind[k] ?? 0), 0) * 10) / 10;

type Props = { rows: RankingRow[]; year: number; loading: boolean };

/** The members ranked: rank, member (a row opens their ledger), place, points by group of kinds, total, grade. */
export function RankingTable({ rows, year, loading }: Props) {
  const { t } = useTranslation();
  const columns: FitColumn<RankingRow>[] = [
    { key: 'rank', title: t('duty.ranking.rank'), dataIndex: 'rank', width: 64, align: 'right' },
    {
      key: 'member',
      title: t('duty.ranking.member'),
      width: 150,
      render: (_, r) => (
        <Link to={`/duty/members/${r.member.id}?year=${year}`}>
          <Typography.Text ellipsis={{ tooltip: r.member.displayName }} style={{ maxWidth: 140, color: 'inherit' }}>
            {r.member.displayName}
          </Typography.Text>
        </Link>
      ),
    },
    {
      key: 'place',
      title: t('duty.ranking.place'),
      width: 130,
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: r.member.place.name }} style={{ maxWidth: 120 }}>
          {r.member.place.name}
        </Typography.Text>
      ),
    },
    ...GROUPS.map((g) => ({
      key: g,
      title: t(`duty.groups.${g}`),
      align: 'right' as const,
      render: (_: unknown, r: RankingRow) => <Points value={groupPoints(r, g)} />,
    })),
    {
      key: 'total',
      title: t('duty.ranking.total'),
      align: 'right',
      render: (_, r) => <span className="duty-points duty-total">{formatPoints(r.total)}</span>,
    },
    {
      key: 'grade',
      title: t('duty.ranking.grade'),
      width: 150,
      fit: 'tag',
      render: (_, r) => (
        <>
          <GradeTag grade={r.grade} />
          {r.isFrozen && <Tag>{t('duty.ranking.frozen')}</Tag>}
        </>
      ),
    },
  ];
  return (
    <FitTable<RankingRow>
      rowKey={(r) => r.member.id}
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      rowHref={(r) => `/duty/members/${r.member.id}?year=${year}`}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.ranking.empty')} /> }}
    />
  );
}
