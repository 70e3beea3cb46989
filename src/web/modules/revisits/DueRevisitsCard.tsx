import './revisits.css';
import { Alert, Card, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError, errorMessage } from '../../api/client';
import { useDueRevisits } from './api';
import { formatDay } from './format';
import { ReviewDue } from './ReviewDue';
import type { DueRevisit } from './types';

const PAGE_SIZE = 10;

/**
 * 回头看到期 on the supervision board (督办台): carried-out outcomes of the board's place whose
 * revisit date has come or comes soon, the oldest first; each row opens its outcome.
 */
export function DueRevisitsCard({ placeId }: { placeId: string | undefined }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const [paging, setPaging] = useState({ placeId, page: 1 });
  // a new place starts on its first page
  const page = paging.placeId === placeId ? paging.page : 1;
  const q = useDueRevisits(placeId, page, PAGE_SIZE);
  if (q.error instanceof ApiError && q.error.status === 403) return null;
  const from = { from: `${pathname}${search}` };

  const columns: TableColumnsType<DueRevisit> = [
    {
      key: 'date',
      title: t('revisits.due.reviewDueAt'),
      width: 200,
      render: (_, r) => <ReviewDue reviewDueAt={r.reviewDueAt} reviewState={r.reviewState} />,
    },
    {
      key: 'outcome',
      title: t('revisits.due.outcome'),
      render: (_, r) => (
        <Link to={`/outcomes/${r.outcome.id}`} state={from}>
          <span className="revisit-code">{r.outcome.code}</span> {r.outcome.title}
        </Link>
      ),
    },
    { key: 'place', title: t('revisits.due.place'), width: 140, render: (_, r) => r.place.name },
    {
      key: 'revisits',
      title: t('revisits.due.revisits'),
      width: 160,
      render: (_, r) =>
        r.revisitCount > 0
          ? `${t('revisits.due.times', { count: r.revisitCount })} · ${formatDay(r.lastVisitedAt)}`
          : t('revisits.due.never'),
    },
  ];

  return (
    <Card
      size="small"
      title={t('revisits.due.title')}
      className="due-revisits-card"
      extra={
        q.data && (
          <Typography.Text type={q.data.counts.overdue > 0 ? 'danger' : 'secondary'}>
            {t('revisits.due.counts', { due: q.data.counts.due, overdue: q.data.counts.overdue })}
          </Typography.Text>
        )
      }
      style={{ marginBottom: 16 }}
    >
      {q.data && (
        <Typography.Paragraph type="secondary" className="revisits-note">
          {t('revisits.due.help', { days: q.data.dueWithinDays })}
        </Typography.Paragraph>
      )}
      {q.isError && (
        <Alert type="error" showIcon title={t('revisits.due.failed')} description={errorMessage(q.error)} />
      )}
      <Table<DueRevisit>
        size="small"
        rowKey={(r) => r.outcome.id}
        columns={columns}
        dataSource={q.data?.items}
        loading={q.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('revisits.due.empty') }}
        pagination={
          (q.data?.total ?? 0) > PAGE_SIZE && {
            current: page,
            pageSize: PAGE_SIZE,
            total: q.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (next) => setPaging({ placeId, page: next }),
          }
        }
      />
    </Card>
  );
}
