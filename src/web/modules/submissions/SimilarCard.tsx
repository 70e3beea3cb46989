import { Button, Card, Empty, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { StatusTag } from './SubmissionTags';
import type { SubmissionDetail } from './types';

type Props = { submission: SubmissionDetail; onMergeInto?: (targetId: string) => void };

/** Near-duplicates in the same township, most alike first, each one click from being merged into. */
export function SimilarCard({ submission, onMergeInto }: Props) {
  const { t } = useTranslation();
  const { state } = useLocation(); // keeps the way back to the filtered inbox
  return (
    <Card size="small" title={t('submissions.detail.similar')}>
      {submission.similar.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('submissions.detail.noSimilar')} />
      ) : (
        <ul className="similar-list">
          {submission.similar.map((s) => {
            const percent = Math.round(s.similarity * 100);
            return (
              <li key={s.id}>
                <Space size={8} wrap>
                  <Link to={`/submissions/${s.id}`} state={state} className="tracking-code">
                    {s.trackingCode}
                  </Link>
                  <StatusTag status={s.status} />
                  <Typography.Text type="secondary">{s.place.name}</Typography.Text>
                </Space>
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: s.content }} className="similar-content">
                  {s.content}
                </Typography.Paragraph>
                <div className="similar-foot">
                  <Progress percent={percent} size="small" showInfo={false} />
                  <span className="similar-percent">{t('submissions.detail.similarity', { percent })}</span>
                  {onMergeInto && (
                    <Button size="small" onClick={() => onMergeInto(s.id)}>
                      {t('submissions.detail.mergeHere')}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
