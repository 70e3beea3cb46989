import { App, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { endOfPickedDay, pickerDay, pickerToday } from '../../lib/deployment-day';
import { useSetReviewDate } from './api';
import type { OutcomeRevisits } from './types';

type Props = { revisits: OutcomeRevisits; open: boolean; onClose: () => void };
type Values = { reviewDueAt: Dayjs };

const beforeToday = (d: Dayjs) => d.isBefore(pickerToday(), 'day');

/** 调整回头看日期: a day from today on where the deployment is; the revisit is due by its end there. */
export function ReviewDateModal({ revisits, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetReviewDate(revisits.outcome.id);

  const onFinish = (v: Values) =>
    save
      .mutateAsync(
        { reviewDueAt: endOfPickedDay(v.reviewDueAt) },
        {
          onSuccess: () => {
            message.success(t('revisits.date.saved'));
            onClose();
          },
          onError: (err) => showFormError(form, err, message.error),
        },
      )
      .catch(() => undefined);

  const current = revisits.reviewDueAt ? pickerDay(revisits.reviewDueAt) : undefined;
  return (
    <Modal
      open={open}
      title={`${t('revisits.date.title')} · ${revisits.outcome.code}`}
      okText={t('revisits.date.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ reviewDueAt: current && !beforeToday(current) ? current : undefined }}
      >
        <Form.Item
          name="reviewDueAt"
          label={t('revisits.date.label')}
          rules={[{ required: true, message: t('revisits.date.required') }]}
        >
          <DatePicker disabledDate={beforeToday} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
