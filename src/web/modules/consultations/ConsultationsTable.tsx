import { Empty, type TablePaginationConfig, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FitColumn, FitTable } from '../../ui/FitTable';
import { formatSpan } from './format';
import { FormTag, StatusTag } from './tags';
import type { ConsultationSummary } from './types';

type Props = {
  items: ConsultationSummary[] | undefined;
  loading: boolean;
  emptyText: string;
  pagination: TablePaginationConfig;
};

/** One page of consultations; a row (its code) opens the consultation. */
export function ConsultationsTable({ items, loading, emptyText, pagination }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const columns: FitColumn<ConsultationSummary>[] = [
    {
      key: 'code',
      title: t('consultations.columns.code'),
      width: 150,
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
    {
      key: 'form',
      title: t('consultations.columns.form'),
      width: 100,
      fit: 'tag',
      render: (_, c) => <FormTag form={c.form} />,
    },
    {
      key: 'status',
      title: t('consultations.columns.status'),
      width: 96,
      fit: 'tag',
      render: (_, c) => <StatusTag status={c.status} />,
    },
    {
      key: 'time',
      title: t('consultations.columns.time'),
      width: 170,
      render: (_, c) => formatSpan(c.startsAt, c.endsAt),
    },
    { key: 'venue', title: t('consultations.columns.venue'), fit: 'extra', render: (_, c) => c.venue || none },
    { key: 'place', title: t('consultations.columns.place'), width: 110, render: (_, c) => c.place.name },
    {
      key: 'topic',
      title: t('consultations.columns.topic'),
      width: 150,
      fit: 'extra',
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
      width: 80,
      render: (_, c) => `${c.attendedCount}/${c.participantCount}`,
    },
  ];
  return (
    <FitTable<ConsultationSummary>
      columns={columns}
      dataSource={items}
      loading={loading}
      rowHref={(c) => `/consultations/${c.id}`}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      pagination={{ showTotal: (total) => t('common.total', { count: total }), ...pagination }}
    />
  );
}
