import { App, Card, Descriptions, Empty, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { useLanguage } from '../../app/use-language';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GrantTags } from '../accounts';
import { useMe } from '../auth/api';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { EmailSettingsCard } from './EmailSettingsCard';

/** Who I am, the roles I hold, my language, my email for notices and my password. */
export default function MePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const { locale, change, isSaving } = useLanguage();
  useDocumentTitle(t('me.title'));
  if (!me.data) return null;
  const { displayName, username, grants } = me.data;

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('me.title')}
      </Typography.Title>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('me.profile')}>
          <Descriptions
            column={1}
            items={[
              { key: 'name', label: t('accounts.displayName'), children: displayName },
              { key: 'username', label: t('accounts.username'), children: username },
              {
                key: 'grants',
                label: t('me.grants'),
                children: grants.length ? (
                  <GrantTags grants={grants} />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('me.noGrants')} />
                ),
              },
            ]}
          />
        </Card>
        <Card title={t('me.language')}>
          <Select
            value={locale}
            loading={isSaving}
            onChange={(l) => change(l).catch((err: unknown) => message.error(errorMessage(err)))}
            options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
            style={{ width: 200 }}
            aria-label={t('me.language')}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('me.languageHelp')}
          </Typography.Paragraph>
        </Card>
        <EmailSettingsCard me={me.data} />
        <Card title={t('password.title')}>
          <ChangePasswordForm />
        </Card>
      </Space>
    </>
  );
}
