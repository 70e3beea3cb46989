import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEntries } from './api';
import { formatDay } from './format';

/** The manual entries of the region's members that wait for review (其他履职待审核), oldest asked last. */
export function PendingEntriesCard({ placeId }: { placeId: string }) {
  const { t } = useTranslation();
  const entries = useEntries({ status: 'pending', placeId, page: 1, pageSize: 20 });
  const items = entries.data?.items ?? [];
  return (
    <Card
      size="small"
      title={t('duty.pending.title')}
      extra={entries.data ? t('common.total', { count: entries.data.total }) : null}
      style={{ marginTop: 16 }}
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.pending.empty')} />
      ) : (
        <List
          size="small"
          loading={entries.isFetching}
          dataSource={items}
          renderItem={(e) => (
            <List.Item extra={t('duty.points', { points: e.points })} key={e.id}>
              <List.Item.Meta
                title={<Link to={`/duty/entries/${e.id}`}>{e.description}</Link>}
                description={
                  <Typography.Text type="secondary">
                    {e.member.displayName} · {e.member.place.name} · {formatDay(e.happenedAt)}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
