import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import { useCreateAccount } from './api';
import { mobileRule } from './mobile-rule';
import { NewPasswordField } from './NewPasswordField';
import type { AccountDetail, CreateAccountInput } from './types';

type Props = { open: boolean; onClose: () => void; onCreated: (account: AccountDetail) => void };
type Values = Omit<CreateAccountInput, 'grant'> & { role: Role; mobile?: string };

/**
 * A new account and its role in one form (one request, written together): the role and the place
 * first, where the account belongs and the role is given; more roles are added in its drawer.
 */
export function CreateAccountModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();

  const onFinish = ({ role, ...v }: Values) =>
    create.mutate(
      {
        ...v,
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        mobile: v.mobile?.trim() || null,
        grant: { role, placeId: v.homePlaceId },
      },
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
          name="role"
          label={t('accounts.role')}
          rules={[{ required: true, message: t('accounts.roleRequired') }]}
        >
          <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="homePlaceId"
          label={t('accounts.homePlace')}
          extra={t('accounts.placeAndRoleHelp')}
          rules={[{ required: true, message: t('accounts.placeRequired') }]}
        >
          <PlacePicker />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('accounts.displayName')}
          rules={[{ required: true, whitespace: true, message: t('accounts.displayNameRequired') }, { max: 40 }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('accounts.username')}
          extra={t('accounts.usernameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('accounts.usernameRequired') },
            { pattern: /^\s*[A-Za-z0-9._-]{3,32}\s*$/, message: t('accounts.usernameHelp') },
          ]}
        >
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="mobile" label={t('accounts.mobile')} rules={[mobileRule(t('accounts.mobileInvalid'))]}>
          <Input inputMode="tel" autoComplete="off" maxLength={13} />
        </Form.Item>
        <NewPasswordField name="password" label={t('accounts.initialPassword')} />
        <Form.Item name="mustChangePassword" valuePropName="checked">
          <Checkbox>{t('accounts.mustChange')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
