import { App, Checkbox, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import { useCreateAccount } from './api';
import { NewPasswordField } from './NewPasswordField';
import type { AccountDetail, CreateAccountInput } from './types';

type Props = { open: boolean; onClose: () => void; onCreated: (account: AccountDetail) => void };

/** A new account with a first password, homed at a place; roles are granted next, in its drawer. */
export function CreateAccountModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateAccountInput>();
  const create = useCreateAccount();

  const onFinish = (v: CreateAccountInput) =>
    create.mutate(
      { ...v, username: v.username.trim(), displayName: v.displayName.trim() },
      {
        onSuccess: (account) => {
          message.success(t('accounts.created', { name: account.displayName }));
          onClose();
          onCreated(account);
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Modal
      open={open}
      title={t('accounts.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ mustChangePassword: true }}
        preserve={false}
      >
        <Form.Item
          name="username"
          label={t('accounts.username')}
          extra={t('accounts.usernameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('accounts.usernameRequired') },
            { pattern: /^\s*[A-Za-z0-9._-]{3,32}\s*$/, message: t('accounts.usernameHelp') },
          ]}
        >
          <Input maxLength={32} autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('accounts.displayName')}
          rules={[{ required: true, whitespace: true, message: t('accounts.displayNameRequired') }, { max: 40 }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <NewPasswordField name="password" label={t('accounts.initialPassword')} />
        <Form.Item
          name="homePlaceId"
          label={t('accounts.homePlace')}
          rules={[{ required: true, message: t('accounts.placeRequired') }]}
        >
          <PlacePicker />
        </Form.Item>
        <Form.Item name="mustChangePassword" valuePropName="checked">
          <Checkbox>{t('accounts.mustChange')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
