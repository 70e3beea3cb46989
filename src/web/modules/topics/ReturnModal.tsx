import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { usePlanDecision } from './api';
import type { PlanItem } from './types';

/** 退回: a leader sends a proposal back with the reason the proposer will read. */
export function ReturnModal({ item, onClose }: { item: PlanItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const decide = usePlanDecision();
  const onFinish = (v: { reason: string }) =>
    item &&
    decide.mutate(
      { id: item.id, decision: 'return', reason: v.reason.trim() },
      {
        onSuccess: () => {
          message.success(t('topics.plan.returned'));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );
  return (
    <Modal
      open={item !== null}
      title={t('topics.plan.returnTitle', { title: item?.topic.title ?? '' })}
      okText={t('topics.plan.return')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={decide.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="reason"
          label={t('topics.plan.returnReason')}
          rules={[{ required: true, whitespace: true, message: t('topics.plan.returnReasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
