import type { UseMutationResult } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPLY_VERDICTS } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { useInstructOutcome, useReplyOutcome } from './api';
import type { OutcomeDetail, Recipient, ReplyInput } from './types';

type Field = 'instruction';
type Texts = { title: string; label: string; submit: string; done: string; placeholder?: string };

function AnswerForm({
  field,
  initial,
  texts,
  mutation,
}: {
  field: Field;
  initial: string | null;
  texts: Texts;
  mutation: UseMutationResult<OutcomeDetail, unknown, string>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<Field, string>>();
  const onFinish = (v: Record<Field, string>) =>
    mutation.mutate(v[field].trim(), {
      onSuccess: () => message.success(texts.done),
      onError: (err) => showFormError(form, err, message.error),
    });
  return (
    <Card size="small" title={texts.title}>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ [field]: initial ?? '' }}>
        <Form.Item
          name={field}
          label={texts.label}
          rules={[{ required: true, whitespace: true, message: t('outcomes.answer.required') }, { max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={texts.placeholder} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {texts.submit}
        </Button>
      </Form>
    </Card>
  );
}

/** The reply (答复) with its verdict: adopted, partly adopted or not adopted, with the reason unless adopted. */
function ReplyForm({ outcomeId, mine }: { outcomeId: string; mine: Recipient | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reply = useReplyOutcome(outcomeId);
  const [form] = Form.useForm<ReplyInput>();
  const verdict = Form.useWatch('verdict', form);
  const onFinish = (v: ReplyInput) =>
    reply.mutate(
      { reply: v.reply.trim(), verdict: v.verdict, verdictReason: v.verdictReason?.trim() || undefined },
      {
        onSuccess: () => message.success(t('outcomes.answer.replied')),
        onError: (err) => showFormError(form, err, message.error),
      },
    );
  return (
    <Card size="small" title={t('outcomes.answer.replyTitle')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          reply: mine?.reply ?? '',
          verdict: mine?.verdict ?? undefined,
          verdictReason: mine?.verdictReason ?? '',
        }}
      >
        <Form.Item
          name="verdict"
          label={t('outcomes.answer.verdict')}
          rules={[{ required: true, message: t('outcomes.answer.verdictRequired') }]}
        >
          <Radio.Group
            optionType="button"
            options={REPLY_VERDICTS.map((v) => ({ value: v, label: t(`outcomes.verdicts.${v}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="reply"
          label={t('outcomes.answer.reply')}
          rules={[{ required: true, whitespace: true, message: t('outcomes.answer.required') }, { max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('outcomes.answer.replyPlaceholder')} />
        </Form.Item>
        {verdict && verdict !== 'adopted' && (
          <Form.Item
            name="verdictReason"
            label={t('outcomes.answer.verdictReason')}
            rules={[{ required: true, whitespace: true, message: t('outcomes.answer.verdictReasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={reply.isPending}>
          {t('outcomes.answer.replySubmit')}
        </Button>
      </Form>
    </Card>
  );
}

/** A recipient's reply (答复) and, for a leader, an instruction (批示); each can be amended. */
export function AnswerCards({ outcome: o, accountId }: { outcome: OutcomeDetail; accountId: string | undefined }) {
  const { t } = useTranslation();
  const instruct = useInstructOutcome(o.id);
  const mine = o.recipients.find((r) => r.account.id === accountId);
  return (
    <>
      {o.abilities.reply && <ReplyForm outcomeId={o.id} mine={mine} />}
      {o.abilities.instruct && (
        <AnswerForm
          field="instruction"
          initial={mine?.instruction ?? null}
          mutation={instruct}
          texts={{
            title: t('outcomes.answer.instructionTitle'),
            label: t('outcomes.answer.instruction'),
            submit: t('outcomes.answer.instructionSubmit'),
            done: t('outcomes.answer.instructed'),
          }}
        />
      )}
    </>
  );
}
