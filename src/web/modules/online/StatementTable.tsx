import { App, Button, Empty, Flex, Input, Popconfirm, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { type FitColumn, FitTable } from '../../ui/FitTable';
import { useUnhideStatement } from './api';
import { HideModal } from './HideModal';
import type { Classification, OnlineStatement, OnlineView } from './types';
import { ClassTag, VoteBar } from './VoteBar';
import { VoteButtons } from './VoteButtons';
import { numbered } from './window-state';

type Filter = 'all' | Classification | 'hidden';

const matches = (s: OnlineStatement, filter: Filter, q: string) =>
  (filter === 'all' || (filter === 'hidden' ? s.hidden !== null : s.hidden === null && s.classification === filter)) &&
  (!q || s.text.toLowerCase().includes(q.toLowerCase()) || (s.authorName ?? '').includes(q));

/** Every statement with its votes and result; filters by result, searches, and offers votes and moderation. */
export function StatementTable({ view }: { view: OnlineView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>('all');
  const [q, setQ] = useState('');
  const [hiding, setHiding] = useState<OnlineStatement>();
  const unhide = useUnhideStatement(view.consultation.id);
  const { abilities } = view;
  const rows = useMemo(() => view.statements.filter((s) => matches(s, filter, q.trim())), [view.statements, filter, q]);
  const count = (f: Filter) => view.statements.filter((s) => matches(s, f, '')).length;
  const filters: Filter[] = [
    'all',
    'consensus',
    'divisive',
    'open',
    ...(abilities.moderate ? ['hidden' as const] : []),
  ];
  const label = (f: Filter) =>
    f === 'all' ? t('online.list.all') : f === 'hidden' ? t('online.list.hiddenFilter') : t(`online.classes.${f}`);

  const columns: FitColumn<OnlineStatement>[] = [
    {
      key: 'text',
      title: t('online.list.statement'),
      render: (_, s) => (
        <>
          <Typography.Paragraph className="online-text">{s.text}</Typography.Paragraph>
          <Typography.Text type="secondary" className="online-meta">
            {s.authorName ?? t('online.list.resident')} · {formatDateTime(s.createdAt)}
          </Typography.Text>
          {s.isMine && (
            <Tag className="online-meta" style={{ marginInlineStart: 8 }}>
              {t('online.list.mine')}
            </Tag>
          )}
          {s.hidden && (
            <div>
              <Typography.Text type="warning" className="online-meta">
                {t('online.hide.hiddenBy', {
                  reason: s.hidden.reason,
                  by: s.hidden.by?.displayName ?? '—',
                  at: formatDateTime(s.hidden.at),
                })}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      key: 'votes',
      title: t('online.list.votes'),
      width: 150,
      sorter: (a, b) => a.agree + a.disagree + a.pass - (b.agree + b.disagree + b.pass),
      render: (_, s) => (
        <Tooltip
          title={
            s.groups.length > 1 ? (
              <>
                <div>{t('online.list.groupShares')}</div>
                {numbered(s.groups).map((g) => (
                  <div key={g.n}>
                    {t('online.list.groupShare', { n: g.n, pct: Math.round(g.agreeShare * 100), votes: g.votes })}
                  </div>
                ))}
              </>
            ) : undefined
          }
        >
          <div>
            <VoteBar s={s} />
          </div>
        </Tooltip>
      ),
    },
    {
      key: 'classification',
      title: t('online.list.classification'),
      fit: 'tag',
      width: 90,
      render: (_, s) => (s.hidden ? <Tag>{t('online.list.hiddenFilter')}</Tag> : <ClassTag value={s.classification} />),
    },
    {
      key: 'myVote',
      title: t('online.list.myVote'),
      fit: 'actions',
      width: 200,
      render: (_, s) =>
        s.hidden ? null : <VoteButtons consultationId={view.consultation.id} s={s} canVote={abilities.vote} />,
    },
  ];
  if (abilities.moderate)
    columns.push({
      key: 'actions',
      title: t('online.list.actions'),
      fit: 'actions',
      width: 90,
      render: (_, s) =>
        s.hidden ? (
          <Popconfirm
            title={t('online.unhide.confirm')}
            okText={t('online.unhide.action')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              unhide.mutateAsync(s.id).then(
                () => message.success(t('online.unhide.done')),
                (err: unknown) => message.error(errorMessage(err)),
              )
            }
          >
            <Button size="small">{t('online.unhide.action')}</Button>
          </Popconfirm>
        ) : (
          <Button size="small" danger onClick={() => setHiding(s)}>
            {t('online.hide.action')}
          </Button>
        ),
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex gap={12} wrap justify="space-between">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={filters.map((f) => ({ value: f, label: `${label(f)} ${count(f)}` }))}
        />
        <Input.Search
          allowClear
          placeholder={t('online.list.search')}
          style={{ maxWidth: 260 }}
          onSearch={setQ}
          onChange={(e) => !e.target.value && setQ('')}
        />
      </Flex>
      <FitTable<OnlineStatement>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        rowClassName={(s) => (s.hidden ? 'online-row-hidden' : '')}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => t('common.total', { count: total }) }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={view.statements.length === 0 ? t('online.list.empty') : t('online.list.emptyFilter')}
            />
          ),
        }}
      />
      <HideModal consultationId={view.consultation.id} statement={hiding} onClose={() => setHiding(undefined)} />
    </Space>
  );
}
