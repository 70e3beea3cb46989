import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { StatusTag } from './SubmissionTags';
import { similarityStrength } from './similarity';
import type { SubmissionDetail } from './types';

type Props = { submission: SubmissionDetail; onMergeInto?: (targetId: string) => void };
type Similar = SubmissionDetail['similar'][number];

/**
 * Near-duplicates in the same township, most alike first: why each looks alike (the words both
 * use) and how strongly, each one click from being merged into.
 */
export function SimilarCard({ submission, onMergeInto }: Props) {
  const { t } = useTranslation();
  const { state } = useLocation(); // keeps the way back to the filtered inbox
  return (
    <Card size="small" title={t('submissions.detail.similar')}>
      {submission.similar.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('submissions.detail.noSimilar')} />
      ) : (
        <ul className="similar-list">
          {submission.similar.map((s) => (
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
              <SharedKeywords keywords={s.keywords} />
              <div className="similar-foot">
                <Strength similar={s} />
                {onMergeInto && (
                  <Button size="small" onClick={() => onMergeInto(s.id)}>
                    {t('submissions.detail.mergeHere')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** 共同关键词: the words both texts use, weightiest first. */
function SharedKeywords({ keywords }: { keywords: readonly string[] }) {
  const { t } = useTranslation();
  if (keywords.length === 0) return null;
  return (
    <div className="similar-keywords">
      <span className="similar-keywords-label">{t('submissions.detail.sharedKeywords')}</span>
      {keywords.map((k) => (
        <Tag key={k} className="similar-keyword">
          {k}
        </Tag>
      ))}
    </div>
  );
}

/** 很可能重复 / 可能相关, with the percentage beside it for those who want the number. */
function Strength({ similar }: { similar: Similar }) {
  const { t } = useTranslation();
  const strength = similarityStrength(similar.similarity);
  const percent = Math.round(similar.similarity * 100);
  return (
    <span className="similar-strength">
      <span className={`similar-strength-word is-${strength}`}>{t(`submissions.detail.strength.${strength}`)}</span>
      <span className="similar-percent">{t('submissions.detail.similarity', { percent })}</span>
    </span>
  );
}
