import { Button, Card, Empty, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from './format';
import { EntryStatusTag } from './GradeTag';
import { ReviewModal } from './ReviewModal';
import type { Entry } from './types';

/** A member's manual entries of the year (其他履职), with approve / reject for reviewers. */
export function ManualEntriesCard({ entries }: { entries: Entry[] }) {
  const { t } = useTranslation();
  const [reviewing, setReviewing] = useState<{ entry: Entry; verdict: 'approved' | 'rejected' }>();
  return (
    <Card size="small" title={t('duty.ledger.manual')}>
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.ledger.noManual')} />
      ) : (
        <List
          size="small"
          dataSource={entries}
          renderItem={(e) => (
            <List.Item key={e.id}>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap size={6}>
                  <EntryStatusTag status={e.status} />
                  <Typography.Text type="secondary">{formatDay(e.happenedAt)}</Typography.Text>
                  <Typography.Text>{t('duty.points', { points: e.points })}</Typography.Text>
                </Space>
                <Link to={`/duty/entries/${e.id}`}>{e.description}</Link>
                {e.reviewNote && <Typography.Text type="secondary">{e.reviewNote}</Typography.Text>}
                {e.abilities.review && (
                  <Space>
                    <Button size="small" type="primary" onClick={() => setReviewing({ entry: e, verdict: 'approved' })}>
                      {t('duty.entry.approve')}
                    </Button>
                    <Button size="small" danger onClick={() => setReviewing({ entry: e, verdict: 'rejected' })}>
                      {t('duty.entry.reject')}
                    </Button>
                  </Space>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
      {reviewing && (
        <ReviewModal entry={reviewing.entry} verdict={reviewing.verdict} onClose={() => setReviewing(undefined)} />
      )}
    </Card>
  );
}
