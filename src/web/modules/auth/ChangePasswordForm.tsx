import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { strongPasswordRule } from '../../lib/password';
import { useChangePassword } from './api';
import type { ChangePasswordInput } from './types';

type Values = ChangePasswordInput & { confirm: string };

/** Current password, a new one twice; used on the first-sign-in page and on "my account". */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();

  const onFinish = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          message.success(t('password.changed'));
          form.resetFields();
          onDone?.();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 400 }} requiredMark={false}>
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('password.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.next')}
        extra={t('password.rule')}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: t('password.required') },
          strongPasswordRule,
          ({ getFieldValue }) => ({
            validator: (_r, v: string | undefined) =>
              v && v === getFieldValue('currentPassword')
                ? Promise.reject(new Error(t('password.sameAsCurrent')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.required') },
          ({ getFieldValue }) => ({
            validator: (_r, v: string | undefined) =>
              !v || v === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
