import { App, DatePicker, Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DUTY_LIMITS } from '../../../shared/api/duty';
import { showFormError } from '../../api/form-errors';
import { endOfPickedDay, pickerToday } from '../../lib/deployment-day';
import { useAskEntry } from './api';

type Values = { happenedAt: Dayjs; description: string; evidence: string; points: number };

/** The day's end where the deployment is, or now for today (a duty cannot lie ahead). */
const whenOf = (d: Dayjs) => {
  const end = endOfPickedDay(d);
  return Date.parse(end) > Date.now() ? new Date().toISOString() : end;
};

/** A member reports a duty the records do not show (其他履职), with evidence, for review. */
export function AskEntryModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const ask = useAskEntry();
  const today = pickerToday();

  const onFinish = (v: Values) =>
    ask.mutate(
      {
        happenedAt: whenOf(v.happenedAt),
        description: v.description.trim(),
        evidence: v.evidence.trim(),
        points: v.points,
      },
      {
        onSuccess: () => {
          message.success(t('duty.ask.done'));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Modal
      open={open}
      title={t('duty.ask.title')}
      okText={t('duty.ask.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={ask.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('duty.ask.help')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ happenedAt: today }}>
        <Form.Item
          name="happenedAt"
          label={t('duty.ask.happenedAt')}
          rules={[{ required: true, message: t('duty.ask.happenedAtRequired') }]}
        >
          <DatePicker disabledDate={(d) => d.isAfter(today, 'day')} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('duty.ask.description')}
          rules={[{ required: true, whitespace: true, message: t('duty.ask.descriptionRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={DUTY_LIMITS.description}
            showCount
            placeholder={t('duty.ask.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('duty.ask.evidence')}
          rules={[{ required: true, whitespace: true, message: t('duty.ask.evidenceRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={DUTY_LIMITS.evidence} placeholder={t('duty.ask.evidencePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="points"
          label={t('duty.ask.points')}
          extra={t('duty.ask.pointsHelp')}
          rules={[{ required: true, message: t('duty.ask.pointsRequired') }]}
        >
          <InputNumber min={0.1} max={DUTY_LIMITS.entryPoints} step={0.5} precision={1} style={{ width: 140 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
