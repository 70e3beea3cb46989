import { Empty, Grid, List, Space, Table, type TableColumnsType, type TablePaginationConfig, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { WhistleStatusTag } from './tags';
import type { WhistleSummary } from './types';
import { formatHours } from './whistle-form';

type Props = {
  items: WhistleSummary[] | undefined;
  loading: boolean;
  emptyText: string;
  pagination: TablePaginationConfig;
};

/** One page of whistles: a table on a desk, cards on a phone; each opens its whistle. */
export function WhistlesList(props: Props) {
  const screens = Grid.useBreakpoint();
  return screens.md === false ? <WhistleCards {...props} /> : <WhistlesTable {...props} />;
}

function WhistlesTable({ items, loading, emptyText, pagination }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const columns: TableColumnsType<WhistleSummary> = [
    {
      key: 'code',
      title: t('whistles.list.code'),
      render: (_, w) => (
        <Link to={`/whistles/${w.id}`} className="record-code">
          {w.code}
        </Link>
      ),
    },
    {
      key: 'need',
      title: t('whistles.list.need'),
      render: (_, w) => (
        <Typography.Text ellipsis={{ tooltip: w.need }} className="whistle-need-cell">
          {w.need}
        </Typography.Text>
      ),
    },
    { key: 'place', title: t('whistles.list.place'), render: (_, w) => w.place.name },
    {
      key: 'status',
      title: t('whistles.list.status'),
      render: (_, w) => <WhistleStatusTag status={w.status} isOverdue={w.isOverdue} />,
    },
    { key: 'dueAt', title: t('whistles.list.dueAt'), render: (_, w) => formatDateTime(w.dueAt) },
    {
      // how many answered, and how soon the first did: the response time the list is about
      key: 'answers',
      title: t('whistles.list.answers'),
      render: (_, w) => (
        <span className="whistle-answers-cell">
          {t('whistles.list.answerCount', { count: w.answerCount })}
          {w.firstResponseHours !== null && (
            <span className="muted">
              {t('whistles.list.firstResponse')} {t('whistles.hours', { hours: formatHours(w.firstResponseHours) })}
            </span>
          )}
        </span>
      ),
    },
    {
      key: 'rating',
      title: t('whistles.list.rating'),
      render: (_, w) => (w.rating ? <span className="whistle-rating">{'★'.repeat(w.rating)}</span> : none),
    },
  ];
  return (
    <Table<WhistleSummary>
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

/** On a phone: one card per whistle, the whole card a link, big enough for a thumb. */
function WhistleCards({ items, loading, emptyText, pagination }: Props) {
  const { t } = useTranslation();
  return (
    <List<WhistleSummary>
      className="whistle-cards"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      pagination={
        pagination.total && pagination.pageSize && pagination.total > pagination.pageSize
          ? {
              current: pagination.current,
              pageSize: pagination.pageSize,
              total: pagination.total,
              onChange: pagination.onChange,
              size: 'small',
            }
          : false
      }
      renderItem={(w) => (
        <List.Item>
          <Link to={`/whistles/${w.id}`} className="whistle-card">
            <Space size={4} wrap>
              <span className="record-code">{w.code}</span>
              <WhistleStatusTag status={w.status} isOverdue={w.isOverdue} />
              {w.isAnsweredByMe && <span className="muted">{t('whistles.list.answered')}</span>}
            </Space>
            <div className="whistle-card-need">{w.need}</div>
            <div className="muted">
              {w.place.name} · {w.location}
            </div>
            <div className="muted">
              {t('whistles.list.dueAt')} {formatDateTime(w.dueAt)}
            </div>
          </Link>
        </List.Item>
      )}
    />
  );
}
