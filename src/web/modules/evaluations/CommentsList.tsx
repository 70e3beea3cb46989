import { App, Button, Empty, Flex, Popconfirm, Rate, Tabs, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useHideComment } from './api';
import { scaleWord } from './scale';
import type { EvaluationSummary, ResidentComment, SignedEvaluation } from './types';

/** What was said: leaders' comments and members' reviews by name, residents' newest comments. */
export function CommentsList({ outcomeId, summary: e }: { outcomeId: string; summary: EvaluationSummary }) {
  const { t } = useTranslation();
  const tab = (kind: 'leader' | 'member' | 'resident', count: number, children: ReactNode) => ({
    key: kind,
    label: `${t(`evaluations.kinds.${kind}`)} ${count}`,
    children,
  });
  return (
    <section className="evaluation-comments" aria-label={t('evaluations.comments.title')}>
      <Tabs
        size="small"
        items={[
          tab('leader', e.leader.count, <SignedList rows={e.leader.entries} scale={t('evaluations.grades')} />),
          tab('member', e.member.count, <SignedList rows={e.member.entries} scale={t('evaluations.grades')} />),
          tab(
            'resident',
            e.resident.count,
            <ResidentList outcomeId={outcomeId} rows={e.resident.comments} canModerate={e.abilities.moderate} />,
          ),
        ]}
      />
    </section>
  );
}

function Entry({
  head,
  score,
  scale,
  text,
  at,
}: {
  head: ReactNode;
  score: number;
  scale: string;
  text: ReactNode;
  at: string;
}) {
  return (
    <li className="evaluation-entry">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <span>{head}</span>
        <Typography.Text type="secondary" className="evaluation-entry-time">
          {formatDateTime(at)}
        </Typography.Text>
      </Flex>
      <Flex align="center" gap={8}>
        <Rate disabled value={score} className="evaluation-entry-stars" />
        <Typography.Text type="secondary">{scaleWord(scale, score)}</Typography.Text>
      </Flex>
      {text}
    </li>
  );
}

function SignedList({ rows, scale }: { rows: SignedEvaluation[]; scale: string }) {
  const { t } = useTranslation();
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluations.comments.none')} />;
  return (
    <ul className="evaluation-entries">
      {rows.map((r) => (
        <Entry
          key={r.id}
          head={<Typography.Text strong>{r.by.displayName}</Typography.Text>}
          score={r.score}
          scale={scale}
          at={r.updatedAt}
          text={
            <Typography.Paragraph className="evaluation-entry-text" type={r.comment ? undefined : 'secondary'}>
              {r.comment ?? t('evaluations.comments.noComment')}
            </Typography.Paragraph>
          }
        />
      ))}
    </ul>
  );
}

function ResidentList({
  outcomeId,
  rows,
  canModerate,
}: {
  outcomeId: string;
  rows: ResidentComment[];
  canModerate: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const hide = useHideComment(outcomeId);
  const toggle = (id: string, isHidden: boolean) =>
    hide.mutate(
      { id, isHidden },
      {
        onSuccess: () =>
          message.success(isHidden ? t('evaluations.comments.hiddenDone') : t('evaluations.comments.shownDone')),
        onError: (err) => message.error(errorMessage(err)),
      },
    );
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluations.comments.none')} />;
  return (
    <>
      <ul className="evaluation-entries">
        {rows.map((r) => (
          <Entry
            key={r.id}
            head={r.isHidden ? <Tag>{t('evaluations.comments.hidden')}</Tag> : null}
            score={r.score}
            scale={t('evaluations.satisfaction')}
            at={r.updatedAt}
            text={
              <Flex justify="space-between" align="flex-start" gap={8}>
                <Typography.Paragraph className="evaluation-entry-text" delete={r.isHidden}>
                  {r.comment}
                </Typography.Paragraph>
                {canModerate &&
                  (r.isHidden ? (
                    <Button size="small" type="link" onClick={() => toggle(r.id, false)}>
                      {t('evaluations.comments.show')}
                    </Button>
                  ) : (
                    <Popconfirm title={t('evaluations.comments.hideConfirm')} onConfirm={() => toggle(r.id, true)}>
                      <Button size="small" type="link" danger>
                        {t('evaluations.comments.hide')}
                      </Button>
                    </Popconfirm>
                  ))}
              </Flex>
            }
          />
        ))}
      </ul>
      <Typography.Text type="secondary" className="evaluation-note">
        {t('evaluations.comments.residentsNote', { count: 50 })}
      </Typography.Text>
    </>
  );
}
