import { App, Checkbox, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { useAccountActions } from './api';
import { NewPasswordField } from './NewPasswordField';
import type { AccountDetail } from './types';

type Values = { password: string; mustChangePassword: boolean };

/** Sets a new password for someone (their sessions end); by default they must change it at sign-in. */
export function ResetPasswordModal({
  open,
  account,
  onClose,
}: {
  open: boolean;
  account: AccountDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { resetPassword } = useAccountActions(account.id);

  const onFinish = (v: Values) =>
    resetPassword.mutate(v, {
      onSuccess: () => {
        message.success(t('accounts.resetDone'));
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  return (
    <Modal
      open={open}
      title={t('accounts.resetTitle', { name: account.displayName })}
      okText={t('accounts.resetPassword')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={resetPassword.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('accounts.resetHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ mustChangePassword: true }}
        preserve={false}
      >
        <NewPasswordField name="password" label={t('accounts.newPassword')} />
        <Form.Item name="mustChangePassword" valuePropName="checked">
          <Checkbox>{t('accounts.mustChange')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
