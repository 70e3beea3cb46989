import { Alert, App, Button, Card, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { EMAIL_NOTICE_CHOICES, type EmailNoticeChoice } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { useSaveMyEmail } from '../auth/api';
import type { Me } from '../auth/types';

type Values = { email: string; emailNotices: EmailNoticeChoice };

/** 邮件通知: the address one's notices are mailed to, and each, a daily digest or none. */
export function EmailSettingsCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveMyEmail();

  const onFinish = (v: Values) => {
    const email = v.email.trim();
    save.mutate(
      { email: email === '' ? null : email, emailNotices: v.emailNotices },
      {
        onSuccess: (saved) => {
          form.setFieldsValue({ email: saved.email ?? '' });
          message.success(t('me.email.saved'));
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );
  };

  return (
    <Card title={t('me.email.title')}>
      {!me.isEmailConfigured && (
        <Alert type="info" showIcon title={t('me.email.notConfigured')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ email: me.email ?? '', emailNotices: me.emailNotices }}
        onFinish={onFinish}
        style={{ maxWidth: 480 }}
      >
        <Form.Item
          name="email"
          label={t('me.email.address')}
          extra={t('me.email.addressHelp')}
          rules={[{ type: 'email', message: t('me.email.addressInvalid') }, { max: 254 }]}
        >
          <Input inputMode="email" autoComplete="email" placeholder="name@example.gov.cn" maxLength={254} />
        </Form.Item>
        <Form.Item name="emailNotices" label={t('me.email.choice')}>
          <Radio.Group
            options={EMAIL_NOTICE_CHOICES.map((c) => ({ value: c, label: t(`me.email.${c}`) }))}
            optionType="button"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
