import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import { useAccountActions } from './api';
import { mobileRule } from './mobile-rule';
import type { AccountDetail } from './types';

type Values = { displayName: string; homePlaceId: string; email: string; mobile: string };

/** Name, home place (the home decides which admins see the account), mobile number and email for notices. */
export function AccountProfileForm({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { update } = useAccountActions(account.id);
  const manage = account.abilities.manage;

  const onFinish = (v: Values) => {
    const email = v.email.trim() === '' ? null : v.email.trim().toLowerCase();
    const mobile = v.mobile.trim() || null;
    const body = {
      ...(v.displayName.trim() !== account.displayName ? { displayName: v.displayName.trim() } : {}),
      ...(v.homePlaceId !== account.homePlace.id ? { homePlaceId: v.homePlaceId } : {}),
      ...(email !== account.email ? { email } : {}),
      ...(mobile !== account.mobile ? { mobile } : {}),
    };
    update.mutate(body, {
      onSuccess: () => message.success(t('common.saved')),
      onError: (err) => showFormError(form, err, message.error),
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!manage}
      initialValues={{
        displayName: account.displayName,
        homePlaceId: account.homePlace.id,
        email: account.email ?? '',
        mobile: account.mobile ?? '',
      }}
      onFinish={onFinish}
    >
      <Form.Item
        name="displayName"
        label={t('accounts.displayName')}
        rules={[{ required: true, whitespace: true, message: t('accounts.displayNameRequired') }, { max: 40 }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item
        name="homePlaceId"
        label={t('accounts.homePlace')}
        rules={[{ required: true, message: t('accounts.placeRequired') }]}
      >
        <PlacePicker />
      </Form.Item>
      <Form.Item name="mobile" label={t('accounts.mobile')} rules={[mobileRule(t('accounts.mobileInvalid'))]}>
        <Input inputMode="tel" autoComplete="off" maxLength={13} />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('accounts.email')}
        extra={t('accounts.emailHelp')}
        rules={[{ type: 'email', message: t('accounts.emailInvalid') }, { max: 254 }]}
      >
        <Input inputMode="email" autoComplete="off" placeholder="name@example.gov.cn" maxLength={254} />
      </Form.Item>
      {manage && (
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
