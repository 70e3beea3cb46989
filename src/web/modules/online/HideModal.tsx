import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { useHideStatement } from './api';
import type { OnlineStatement } from './types';

/** Hides a statement with a reason (required); the modal is the confirmation, and the step is audited. */
export function HideModal({
  consultationId,
  statement,
  onClose,
}: {
  consultationId: string;
  statement: OnlineStatement | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const hide = useHideStatement(consultationId);

  const onFinish = ({ reason }: { reason: string }) => {
    if (!statement) return;
    hide.mutate(
      { statementId: statement.id, reason },
      {
        onSuccess: () => {
          message.success(t('online.hide.done'));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );
  };

  return (
    <Modal
      open={Boolean(statement)}
      title={t('online.hide.title')}
      okText={t('online.hide.ok')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={hide.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph className="online-text">{statement?.text}</Typography.Paragraph>
      <Alert type="warning" showIcon title={t('online.hide.warning')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="reason"
          label={t('online.hide.reason')}
          rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('online.hide.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('online.hide.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
