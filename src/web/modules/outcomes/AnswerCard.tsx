import type { UseMutationResult } from '@tanstack/react-query';
import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { useInstructOutcome, useReplyOutcome } from './api';
import type { OutcomeDetail } from './types';

type Field = 'reply' | 'instruction';
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

/** A recipient's reply (答复) and, for a leader, an instruction (批示); each can be amended. */
export function AnswerCards({ outcome: o, accountId }: { outcome: OutcomeDetail; accountId: string | undefined }) {
  const { t } = useTranslation();
  const reply = useReplyOutcome(o.id);
  const instruct = useInstructOutcome(o.id);
  const mine = o.recipients.find((r) => r.account.id === accountId);
  return (
    <>
      {o.abilities.reply && (
        <AnswerForm
          field="reply"
          initial={mine?.reply ?? null}
          mutation={reply}
          texts={{
            title: t('outcomes.answer.replyTitle'),
            label: t('outcomes.answer.reply'),
            submit: t('outcomes.answer.replySubmit'),
            done: t('outcomes.answer.replied'),
            placeholder: t('outcomes.answer.replyPlaceholder'),
          }}
        />
      )}
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
