import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { formatDateTime } from '../../lib/format';
import { FormRate } from '../../ui/FormRate';
import { useGiveEvaluation } from './api';
import { COMMENT_LIMITS } from './limits';
import { scaleWord, scaleWords } from './scale';
import type { EvaluationSummary } from './types';

type Values = { score: number; comment?: string };

/**
 * The viewer's own evaluation: 党政点评 (a grade and a required comment) or 民主评议 (a score and,
 * if they wish, a few words). Submitting again changes it.
 */
export function OwnEvaluationForm({
  outcomeId,
  kind,
  summary,
}: {
  outcomeId: string;
  kind: 'leader' | 'member';
  summary: EvaluationSummary;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const give = useGiveEvaluation(outcomeId, kind);
  const mine = summary.mine[kind];
  const isLeader = kind === 'leader';
  const scale = t('evaluations.grades');
  const score = Form.useWatch('score', form);
  const max = isLeader ? COMMENT_LIMITS.leaderMax : COMMENT_LIMITS.memberMax;
  const titleId = `evaluation-${kind}-title`;
  const scoreLabel = isLeader ? t('evaluations.form.grade') : t('evaluations.form.score');

  const onFinish = (v: Values) =>
    give.mutate(
      { score: v.score, comment: v.comment?.trim() ?? '' },
      {
        onSuccess: () => message.success(t('evaluations.form.saved')),
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <section className="evaluation-form" aria-labelledby={titleId}>
      <Typography.Title level={5} id={titleId}>
        {isLeader ? t('evaluations.form.leaderTitle') : t('evaluations.form.memberTitle')}
      </Typography.Title>
      {!isLeader && !mine && (
        <Typography.Paragraph type="secondary">{t('evaluations.form.memberHint')}</Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ score: mine?.score, comment: mine?.comment ?? '' }}
      >
        <Form.Item
          name="score"
          label={scoreLabel}
          rules={[
            {
              required: true,
              message: isLeader ? t('evaluations.form.gradeRequired') : t('evaluations.form.scoreRequired'),
            },
          ]}
          extra={scaleWord(scale, score) || undefined}
        >
          <FormRate aria-label={scoreLabel} tooltips={scaleWords(scale)} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="comment"
          label={isLeader ? t('evaluations.form.comment') : t('evaluations.form.memberComment')}
          rules={[
            isLeader
              ? { required: true, whitespace: true, message: t('evaluations.form.commentRequired') }
              : { required: false },
            { max },
          ]}
        >
          <Input.TextArea rows={isLeader ? 3 : 2} maxLength={max} showCount />
        </Form.Item>
        <Flex align="center" gap={12} wrap>
          <Button type="primary" htmlType="submit" loading={give.isPending}>
            {mine ? t('evaluations.form.update') : t('evaluations.form.submit')}
          </Button>
          {mine && (
            <Typography.Text type="secondary">
              {t('evaluations.form.lastSaved', { time: formatDateTime(mine.updatedAt) })}
            </Typography.Text>
          )}
        </Flex>
      </Form>
    </section>
  );
}
