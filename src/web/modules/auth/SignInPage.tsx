import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/client';
import './sign-in.css';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { useLanguage } from '../../app/use-language';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMe, useSignIn } from './api';
import { SignInChallenge } from './SignInChallenge';
import type { Challenge } from './types';

type Values = { username: string; password: string; answer?: string };

/** Only paths inside the console, never another site. */
export const safeNext = (next: string | null) => (next?.startsWith('/') && !next.startsWith('//') ? next : '/');

export default function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  const signIn = useSignIn();
  const { adopt } = useLanguage();
  const [form] = Form.useForm<Values>();
  // asked for by the server after many attempts at a username; each answer is good once
  const [challenge, setChallenge] = useState<Challenge>();
  useDocumentTitle(t('signIn.title'));

  if (me.data)
    return <Navigate to={me.data.mustChangePassword ? '/change-password' : safeNext(params.get('next'))} replace />;

  const onFinish = ({ username, password, answer }: Values) =>
    signIn.mutate(
      { username, password, ...(challenge && { challenge: { id: challenge.id, answer: answer?.trim() ?? '' } }) },
      {
        onSuccess: (signedIn) => void adopt(signedIn),
        onError: (err) => {
          setChallenge(err instanceof ApiError ? err.challenge : undefined);
          form.setFieldValue('answer', '');
        },
      },
    );

  return (
    <main className="sign-in">
      <div className="sign-in-lang">
        <LanguageSwitcher className="on-dark" />
      </div>
      <div className="sign-in-brand">
        <span className="brand-mark" aria-hidden>
          商
        </span>
        <h1>{t('app.title')}</h1>
      </div>
      <Card className="sign-in-card" title={t('signIn.title')}>
        <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
        {signIn.isError && (
          <Alert type="error" showIcon title={errorMessage(signIn.error)} style={{ marginBottom: 16 }} role="alert" />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          disabled={signIn.isPending}
        >
          <Form.Item
            name="username"
            label={t('signIn.username')}
            rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('signIn.password')}
            rules={[{ required: true, message: t('signIn.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          {challenge && <SignInChallenge key={challenge.id} challenge={challenge} onChange={setChallenge} />}
          <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
      <p className="sign-in-footer">{t('signIn.footer')}</p>
    </main>
  );
}
