import { Alert, Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import './sign-in.css';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMe, useSignOut } from './api';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Where an account with an administrator-set password lands until it chooses its own. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const signOut = useSignOut();
  useDocumentTitle(t('password.title'));
  const forced = Boolean(me.data?.mustChangePassword);

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
      <Card
        className="sign-in-card"
        title={forced ? t('password.mustChangeTitle') : t('password.title')}
        extra={
          <Button type="link" onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in') })}>
            {t('user.signOut')}
          </Button>
        }
      >
        {forced && <Alert type="info" showIcon title={t('password.mustChangeText')} style={{ marginBottom: 16 }} />}
        <ChangePasswordForm onDone={() => navigate('/', { replace: true })} />
      </Card>
    </main>
  );
}
