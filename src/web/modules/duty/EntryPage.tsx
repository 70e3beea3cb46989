import './duty.css';
import { Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { useEntry } from './api';
import { formatDay } from './format';
import { EntryStatusTag } from './GradeTag';
import { ReviewModal } from './ReviewModal';
import type { Entry } from './types';

/** /duty/entries/:id — a manual entry (其他履职) with its evidence and review; a notice opens it. */
export default function EntryPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const entry = useEntry(id);
  useDocumentTitle(t('duty.entry.title'));
  const backTo = entry.data ? `/duty/members/${entry.data.member.id}?year=${entry.data.year}` : '/duty';
  return (
    <DetailPage backTo={backTo} backLabel={t('duty.entry.openLedger')} detail={entry}>
      {entry.data && <EntryBody entry={entry.data} />}
    </DetailPage>
  );
}

function EntryBody({ entry: e }: { entry: Entry }) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<'approved' | 'rejected'>();
  return (
    <div style={{ maxWidth: 760 }}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div>
          <Flex align="center" gap={8}>
            <EntryStatusTag status={e.status} />
            <Typography.Text type="secondary">{t('duty.kinds.manual')}</Typography.Text>
          </Flex>
          <Typography.Title level={1} className="page-title">
            {t('duty.entry.title')}
          </Typography.Title>
          {e.abilities.review && (
            <Flex gap={8}>
              <Button type="primary" onClick={() => setVerdict('approved')}>
                {t('duty.entry.approve')}
              </Button>
              <Button danger onClick={() => setVerdict('rejected')}>
                {t('duty.entry.reject')}
              </Button>
            </Flex>
          )}
        </div>
        <Card size="small">
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'member',
                label: t('duty.entry.member'),
                children: (
                  <Link to={`/duty/members/${e.member.id}?year=${e.year}`}>
                    {e.member.displayName} · {e.member.place.name}
                  </Link>
                ),
              },
              { key: 'at', label: t('duty.entry.happenedAt'), children: formatDay(e.happenedAt) },
              {
                key: 'what',
                label: t('duty.entry.description'),
                children: <Typography.Paragraph className="duty-text">{e.description}</Typography.Paragraph>,
              },
              {
                key: 'evidence',
                label: t('duty.entry.evidence'),
                children: <Typography.Paragraph className="duty-text">{e.evidence}</Typography.Paragraph>,
              },
              { key: 'points', label: t('duty.entry.points'), children: t('duty.points', { points: e.points }) },
              { key: 'created', label: t('duty.entry.createdAt'), children: formatDateTime(e.createdAt) },
              {
                key: 'reviewer',
                label: t('duty.entry.reviewedBy'),
                children: e.reviewedBy
                  ? `${e.reviewedBy.displayName} · ${formatDateTime(e.reviewedAt)}`
                  : t('common.none'),
              },
              { key: 'note', label: t('duty.entry.reviewNote'), children: e.reviewNote ?? t('common.none') },
            ]}
          />
        </Card>
        <ReviewModal entry={e} verdict={verdict} onClose={() => setVerdict(undefined)} />
      </Space>
    </div>
  );
}
