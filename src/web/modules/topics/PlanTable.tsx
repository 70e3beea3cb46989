import { App, Button, Empty, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { type FitColumn, FitTable } from '../../ui/FitTable';
import { usePlanDecision, useRemovePlanItem, useRepropose } from './api';
import { PlanStatusTag, UrgencyTag } from './TopicTags';
import type { Plan, PlanItem } from './types';

type Props = { plan: Plan | undefined; loading: boolean; onReturn: (item: PlanItem) => void };

// unscheduled items last
const monthKey = (i: PlanItem) => i.plannedMonth ?? 13;

/** The year's items by month, each with its decision and the steps the actor may take; a row opens its topic. */
export function PlanTable({ plan, loading, onReturn }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const decide = usePlanDecision();
  const repropose = useRepropose();
  const remove = useRemovePlanItem();
  const can = plan?.abilities ?? { propose: false, decide: false };
  const report = (done: string) =>
    [() => message.success(done), (err: unknown) => message.error(errorMessage(err))] as const;

  const approve = (item: PlanItem) =>
    modal.confirm({
      title: t('topics.plan.approveConfirm', { title: item.topic.title, year: plan?.year ?? '' }),
      okText: t('topics.plan.approve'),
      cancelText: t('common.cancel'),
      onOk: () => decide.mutateAsync({ id: item.id, decision: 'approve' }).then(...report(t('topics.plan.approved'))),
    });

  const columns: FitColumn<PlanItem>[] = [
    {
      key: 'month',
      title: t('topics.plan.month'),
      width: 100,
      sorter: (a, b) => monthKey(a) - monthKey(b),
      defaultSortOrder: 'ascend',
      render: (_, i) =>
        i.plannedMonth ? t('topics.plan.monthN', { month: i.plannedMonth }) : t('topics.plan.monthAny'),
    },
    {
      key: 'topic',
      title: t('topics.plan.topic'),
      render: (_, i) => (
        <Space size={6} wrap>
          <Link to={`/topics/${i.topic.id}`} className="topic-code">
            {i.topic.code}
          </Link>
          <Link to={`/topics/${i.topic.id}`}>{i.topic.title}</Link>
        </Space>
      ),
    },
    { key: 'place', title: t('topics.place'), width: 100, render: (_, i) => i.topic.place.name },
    {
      key: 'urgency',
      title: t('topics.urgency'),
      width: 96,
      fit: 'tag',
      render: (_, i) => <UrgencyTag urgency={i.topic.urgency} />,
    },
    {
      key: 'status',
      title: t('topics.status'),
      width: 96,
      fit: 'tag',
      sorter: (a, b) => a.status.localeCompare(b.status),
      render: (_, i) => <PlanStatusTag status={i.status} />,
    },
    {
      key: 'note',
      title: t('topics.plan.note'),
      fit: 'extra',
      render: (_, i) =>
        i.note ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: i.note }}>{i.note}</Typography.Paragraph>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'proposedBy',
      title: t('topics.proposedBy'),
      width: 110,
      fit: 'extra',
      render: (_, i) => i.proposedBy?.displayName ?? t('common.none'),
    },
    {
      key: 'decision',
      title: t('topics.plan.decision'),
      width: 170,
      render: (_, i) =>
        i.decidedBy ? (
          <Space orientation="vertical" size={0}>
            <span>
              {i.decidedBy.displayName} · {formatDateTime(i.decidedAt)}
            </span>
            {i.decisionReason && <Typography.Text type="secondary">{i.decisionReason}</Typography.Text>}
          </Space>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'actions',
      title: t('topics.detail.actions'),
      width: 170,
      fit: 'actions',
      render: (_, i) => (
        <Space size={0} wrap>
          {can.decide && i.status === 'proposed' && (
            <>
              <Button size="small" type="link" onClick={() => approve(i)}>
                {t('topics.plan.approve')}
              </Button>
              <Button size="small" type="link" danger onClick={() => onReturn(i)}>
                {t('topics.plan.return')}
              </Button>
            </>
          )}
          {can.propose && i.status === 'returned' && (
            <Popconfirm
              title={t('topics.plan.reproposeConfirm', { title: i.topic.title })}
              okText={t('topics.plan.repropose')}
              cancelText={t('common.cancel')}
              onConfirm={() => repropose.mutateAsync({ id: i.id }).then(...report(t('topics.plan.reproposed')))}
            >
              <Button size="small" type="link">
                {t('topics.plan.repropose')}
              </Button>
            </Popconfirm>
          )}
          {can.propose && i.status !== 'approved' && (
            <Popconfirm
              title={t('topics.plan.removeConfirm', { title: i.topic.title })}
              okText={t('topics.plan.remove')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => remove.mutateAsync({ id: i.id }).then(...report(t('topics.plan.removed')))}
            >
              <Button size="small" type="link" danger>
                {t('topics.plan.remove')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <FitTable<PlanItem>
      columns={columns}
      dataSource={plan?.items}
      loading={loading}
      rowHref={(i) => `/topics/${i.topic.id}`}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('topics.plan.empty')} /> }}
    />
  );
}
