import { Empty, Table, type TableColumnsType, type TablePaginationConfig, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatHours, formatSpan } from './format';
import { TrainingKindTag, TrainingStateTag } from './tags';
import type { TrainingSummary } from './types';

type Props = {
  items: TrainingSummary[] | undefined;
  loading: boolean;
  emptyText: string;
  pagination: TablePaginationConfig;
};

/** One page of sessions; the title opens the session. */
export function TrainingsTable({ items, loading, emptyText, pagination }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TrainingSummary> = [
    {
      key: 'title',
      title: t('trainings.list.title'),
      render: (_, s) => (
        <Link to={`/trainings/${s.id}`}>
          <Typography.Text ellipsis={{ tooltip: s.title }} className="training-title-cell">
            {s.title}
          </Typography.Text>
        </Link>
      ),
    },
    { key: 'kind', title: t('trainings.list.kind'), render: (_, s) => <TrainingKindTag kind={s.kind} /> },
    { key: 'state', title: t('trainings.list.state'), render: (_, s) => <TrainingStateTag state={s.state} /> },
    { key: 'time', title: t('trainings.list.time'), render: (_, s) => formatSpan(s.startsAt, s.endsAt) },
    { key: 'place', title: t('trainings.list.place'), render: (_, s) => s.place.name },
    { key: 'venue', title: t('trainings.list.venue'), render: (_, s) => s.venue },
    { key: 'hours', title: t('trainings.list.hours'), align: 'right', render: (_, s) => formatHours(s.hours) },
    {
      key: 'attendance',
      title: t('trainings.list.attendance'),
      align: 'right',
      render: (_, s) => `${s.attendedCount}/${s.invitedCount}`,
    },
  ];
  return (
    <Table<TrainingSummary>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{ ...pagination, showTotal: (total) => t('common.total', { count: total }) }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  );
}
