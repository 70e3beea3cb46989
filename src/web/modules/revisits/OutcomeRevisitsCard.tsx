import './revisits.css';
import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useOutcomeRevisits } from './api';
import { RecordRevisitModal } from './RecordRevisitModal';
import { ReviewDateModal } from './ReviewDateModal';
import { ReviewDue } from './ReviewDue';
import { RevisitList } from './RevisitList';

/**
 * 回头看 on a carried-out outcome's page: the review date (the liaison changes it), the revisits
 * recorded, and 记录回头看 for the liaison while the outcome stays carried out.
 */
export function OutcomeRevisitsCard({ outcomeId }: { outcomeId: string }) {
  const { t } = useTranslation();
  const q = useOutcomeRevisits(outcomeId);
  const [dialog, setDialog] = useState<'record' | 'date'>();
  // one who may read the outcome but not its revisits (a department it was sent to) sees no card
  if (q.error instanceof ApiError && (q.error.status === 403 || q.error.status === 404)) return null;
  const title = t('revisits.card.title');
  if (q.isPending) return <Card size="small" title={title} loading />;
  if (q.isError)
    return (
      <Card size="small" title={title}>
        <Alert type="error" showIcon title={t('revisits.card.failed')} description={errorMessage(q.error)} />
      </Card>
    );

  const r = q.data;
  const isCarriedOut = r.outcome.status === 'carried_out';
  return (
    <Card
      size="small"
      title={title}
      className="revisits-card"
      extra={
        r.abilities.record && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setDialog('record')}>
            {t('revisits.card.record')}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'date',
            label: t('revisits.card.reviewDate'),
            children: (
              <Flex gap={8} align="center" wrap>
                <ReviewDue reviewDueAt={r.reviewDueAt} reviewState={r.reviewState} />
                {r.abilities.setReviewDate && (
                  <Button size="small" type="link" icon={<CalendarOutlined />} onClick={() => setDialog('date')}>
                    {r.reviewDueAt ? t('revisits.card.editDate') : t('revisits.card.setDate')}
                  </Button>
                )}
              </Flex>
            ),
          },
          ...(r.carriedOutAt
            ? [{ key: 'carried', label: t('revisits.card.carriedOutAt'), children: formatDateTime(r.carriedOutAt) }]
            : []),
        ]}
      />
      {!isCarriedOut && (
        <Typography.Paragraph type="secondary" className="revisits-note">
          {t('revisits.card.notCarriedOut')}
        </Typography.Paragraph>
      )}
      {isCarriedOut && !r.reviewDueAt && r.abilities.setReviewDate && (
        <Typography.Paragraph type="secondary" className="revisits-note">
          {t('revisits.card.noDateHelp')}
        </Typography.Paragraph>
      )}
      {r.items.length > 0 ? (
        <RevisitList items={r.items} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('revisits.card.empty')} />
      )}
      <RecordRevisitModal revisits={r} open={dialog === 'record'} onClose={() => setDialog(undefined)} />
      <ReviewDateModal revisits={r} open={dialog === 'date'} onClose={() => setDialog(undefined)} />
    </Card>
  );
}
