import { App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { HandlingAction } from '../../../shared/access/proposals';
import { PROPOSAL_REPLY_CATEGORIES, SATISFACTIONS } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { pickerNow, pickerToday } from '../../lib/deployment-day';
import { type StepInputs, useStep } from './api';
import { endOfDay, inThreeMonths, type MeetValues, toMeetBody } from './step-form';
import type { HandlingDetail } from './types';

const DATE_TIME = 'YYYY-MM-DD HH:mm';
type Props = { handling: HandlingDetail; open: boolean; onClose: () => void };

/** A modal form for one step: sends it, says it is done, or marks the fields the server refused. */
function StepModal<A extends HandlingAction, V extends object>({
  handling,
  action,
  open,
  onClose,
  title,
  okText,
  done,
  toBody,
  initialValues,
  children,
}: Props & {
  action: A;
  title: string;
  okText: string;
  done: string;
  toBody: (v: V) => StepInputs[A];
  initialValues?: Partial<V>;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const mutation = useStep(handling.id, action);
  const submit = (v: V) =>
    mutation.mutate(toBody(v), {
      onSuccess: () => {
        message.success(done);
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });
  return (
    <Modal
      open={open}
      title={`${title} · ${handling.proposal.code}`}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form<V> form={form} layout="vertical" onFinish={submit} initialValues={initialValues} preserve={false}>
        {children}
      </Form>
    </Modal>
  );
}

type ReplyValues = { category: string; reply: string };

/** 答复: the category and the reply. */
export function ReplyModal(props: Props) {
  const { t } = useTranslation();
  return (
    <StepModal<'reply', ReplyValues>
      {...props}
      action="reply"
      title={t('proposals.actions.reply')}
      okText={t('proposals.replyForm.submit')}
      done={t('proposals.replyForm.done')}
      toBody={(v) => ({ category: v.category as (typeof PROPOSAL_REPLY_CATEGORIES)[number], reply: v.reply.trim() })}
    >
      <Form.Item
        name="category"
        label={t('proposals.replyForm.category')}
        rules={[{ required: true, message: t('proposals.replyForm.categoryRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={PROPOSAL_REPLY_CATEGORIES.map((c) => ({ value: c, label: t(`proposals.categories.${c}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="reply"
        label={t('proposals.replyForm.reply')}
        rules={[{ required: true, whitespace: true, message: t('proposals.replyForm.replyRequired') }]}
      >
        <Input.TextArea rows={6} maxLength={4000} showCount />
      </Form.Item>
    </StepModal>
  );
}

/** 见面: when (not later than now), who met the proposer, a note. */
export function MeetModal(props: Props) {
  const { t } = useTranslation();
  return (
    <StepModal<'meet', MeetValues>
      {...props}
      action="meet"
      title={t('proposals.actions.meet')}
      okText={t('proposals.meetForm.submit')}
      done={t('proposals.meetForm.done')}
      initialValues={{ metAt: pickerNow() }}
      toBody={toMeetBody}
    >
      <Form.Item
        name="metAt"
        label={t('proposals.meetForm.metAt')}
        rules={[{ required: true, message: t('proposals.meetForm.metAtRequired') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format={DATE_TIME}
          disabledDate={(d) => d.isAfter(pickerNow(), 'day')}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item
        name="metWith"
        label={t('proposals.meetForm.metWith')}
        rules={[{ required: true, whitespace: true, message: t('proposals.meetForm.metWithRequired') }]}
      >
        <Input maxLength={100} placeholder={t('proposals.meetForm.metWithPlaceholder')} />
      </Form.Item>
      <Form.Item name="note" label={t('proposals.meetForm.note')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </StepModal>
  );
}

type RateValues = { satisfaction: string; note?: string };

/** 满意度: the proposer's, or the liaison's record of it; 不满意 says why. */
export function RateModal(props: Props & { onBehalf: boolean }) {
  const { t } = useTranslation();
  const { onBehalf, ...rest } = props;
  return (
    <StepModal<'rate', RateValues>
      {...rest}
      action="rate"
      title={onBehalf ? t('proposals.actions.rateFor') : t('proposals.actions.rate')}
      okText={t('proposals.rateForm.submit')}
      done={t('proposals.rateForm.done')}
      toBody={(v) => ({
        satisfaction: v.satisfaction as (typeof SATISFACTIONS)[number],
        note: v.note?.trim() || undefined,
      })}
    >
      {onBehalf && <Typography.Paragraph type="secondary">{t('proposals.rateForm.onBehalf')}</Typography.Paragraph>}
      <Form.Item
        name="satisfaction"
        label={t('proposals.rateForm.satisfaction')}
        rules={[{ required: true, message: t('proposals.rateForm.satisfactionRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={SATISFACTIONS.map((s) => ({ value: s, label: t(`proposals.satisfactions.${s}`) }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['satisfaction']}>
        {({ getFieldValue }) => (
          <Form.Item
            name="note"
            label={t('proposals.rateForm.note')}
            rules={[
              {
                required: getFieldValue('satisfaction') === 'unsatisfied',
                whitespace: true,
                message: t('proposals.rateForm.noteRequired'),
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        )}
      </Form.Item>
    </StepModal>
  );
}

type RehandleValues = { dueAt: Dayjs };

/** 重新办理: once after 不满意, with a new due date. */
export function RehandleModal(props: Props) {
  const { t } = useTranslation();
  return (
    <StepModal<'rehandle', RehandleValues>
      {...props}
      action="rehandle"
      title={t('proposals.actions.rehandle')}
      okText={t('proposals.rehandleForm.submit')}
      done={t('proposals.rehandleForm.done')}
      initialValues={{ dueAt: inThreeMonths() }}
      toBody={(v) => ({ dueAt: endOfDay(v.dueAt) })}
    >
      <Typography.Paragraph type="secondary">{t('proposals.rehandleForm.help')}</Typography.Paragraph>
      <Form.Item name="dueAt" label={t('proposals.rehandleForm.dueAt')} rules={[{ required: true }]}>
        <DatePicker allowClear={false} disabledDate={(d) => d.isBefore(pickerToday(), 'day')} style={{ width: 180 }} />
      </Form.Item>
    </StepModal>
  );
}
