import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { useTopicAction } from './api';
import type { TopicDetail } from './types';

/** 撤回议题, with an optional reason kept in the audit log. */
export function WithdrawModal({ topic, open, onClose }: { topic: TopicDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const act = useTopicAction(topic.id);
  const onFinish = (v: { reason?: string }) =>
    act.mutate(
      { action: 'withdraw', reason: v.reason?.trim() || undefined },
      {
        onSuccess: () => {
          message.success(t('topics.detail.withdrawn'));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );
  return (
    <Modal
      open={open}
      title={t('topics.detail.withdrawTitle', { title: topic.title })}
      okText={t('topics.detail.withdraw')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      <p>{t('topics.detail.withdrawText')}</p>
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item name="reason" label={t('topics.detail.withdrawReason')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
