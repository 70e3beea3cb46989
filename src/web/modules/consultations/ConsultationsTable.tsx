import { Empty, Table, type TableColumnsType, type TablePaginationConfig, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatSpan } from './format';
import { FormTag, StatusTag } from './tags';
import type { ConsultationSummary } from './types';

type Props = {
  items: ConsultationSummary[] | undefined;
  loading: boolean;
  emptyText: string;
  pagination: TablePaginationConfig;
};

/** One page of consultations; the code opens the consultation. */
export function ConsultationsTable({ items, loading, emptyText, pagination }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const columns: TableColumnsType<ConsultationSummary> = [
    {
      key: 'code',
      title: t('consultations.columns.code'),
      render: (_, c) => (
        <Link to={`/consultations/${c.id}`} className="record-code">
          {c.code}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('consultations.columns.title'),
      render: (_, c) => (
        <Typography.Text ellipsis={{ tooltip: c.title }} className="consultation-title-cell">
          {c.title}
        </Typography.Text>
      ),
    },
    { key: 'form', title: t('consultations.columns.form'), render: (_, c) => <FormTag form={c.form} /> },
    { key: 'status', title: t('consultations.columns.status'), render: (_, c) => <StatusTag status={c.status} /> },
    { key: 'time', title: t('consultations.columns.time'), render: (_, c) => formatSpan(c.startsAt, c.endsAt) },
    { key: 'venue', title: t('consultations.columns.venue'), render: (_, c) => c.venue || none },
    { key: 'place', title: t('consultations.columns.place'), render: (_, c) => c.place.name },
    {
      key: 'topic',
      title: t('consultations.columns.topic'),
      render: (_, c) => (
        <Link to={`/topics/${c.topic.id}`} title={c.topic.title}>
          <span className="record-code">{c.topic.code}</span>
        </Link>
      ),
    },
    {
      key: 'attendance',
      title: t('consultations.columns.attendance'),
      align: 'right',
      render: (_, c) => `${c.attendedCount}/${c.participantCount}`,
    },
  ];
  return (
    <Table<ConsultationSummary>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      pagination={{ showTotal: (total) => t('common.total', { count: total }), ...pagination }}
    />
  );
}
