import { CheckCircleOutlined, KeyOutlined, StopOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { AccountProfileForm } from './AccountProfileForm';
import { StatusTags } from './AccountTags';
import { useAccount, useAccountActions } from './api';
import { GrantsSection } from './GrantsSection';
import { ResetPasswordModal } from './ResetPasswordModal';
import type { AccountDetail } from './types';

/** One account: status and sign-in controls, profile, roles. */
export function AccountDrawer({ id, onClose }: { id?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const account = useAccount(id);
  const title = account.data ? `${account.data.displayName}（${account.data.username}）` : t('accounts.detail');
  return (
    <Drawer open={Boolean(id)} onClose={onClose} title={title} size={600} destroyOnHidden>
      {account.isPending && <Skeleton active />}
      {account.isError && <Alert type="error" showIcon title={errorMessage(account.error)} />}
      {account.data && <AccountBody key={account.data.id} account={account.data} />}
    </Drawer>
  );
}

function AccountBody({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const actions = useAccountActions(account.id);
  const [resetting, setResetting] = useState(false);
  const manage = account.abilities.manage;

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const setDisabled = (isDisabled: boolean) =>
    run(
      () => actions.update.mutateAsync({ isDisabled }),
      isDisabled ? t('accounts.disabledDone') : t('accounts.enabledDone'),
    );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'username', label: t('accounts.username'), children: account.username },
          { key: 'status', label: t('accounts.status'), children: <StatusTags account={account} /> },
          { key: 'created', label: t('accounts.createdAt'), children: formatDateTime(account.createdAt) },
        ]}
      />
      {!manage && <Alert type="info" showIcon title={t('accounts.manageHint')} />}
      {manage && (
        <Space wrap>
          <Button icon={<KeyOutlined />} onClick={() => setResetting(true)}>
            {t('accounts.resetPassword')}
          </Button>
          {account.isLocked && (
            <Button
              icon={<UnlockOutlined />}
              onClick={() => run(() => actions.unlock.mutateAsync(), t('accounts.unlocked'))}
            >
              {t('accounts.unlock')}
            </Button>
          )}
          {account.isDisabled ? (
            <Popconfirm
              title={t('accounts.enableConfirm')}
              okText={t('accounts.enable')}
              cancelText={t('common.cancel')}
              onConfirm={() => setDisabled(false)}
            >
              <Button icon={<CheckCircleOutlined />}>{t('accounts.enable')}</Button>
            </Popconfirm>
          ) : (
            <Popconfirm
              title={t('accounts.disableConfirm')}
              okText={t('accounts.disable')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => setDisabled(true)}
            >
              <Button danger icon={<StopOutlined />}>
                {t('accounts.disable')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      <section>
        <Typography.Title level={5}>{t('accounts.profile')}</Typography.Title>
        <AccountProfileForm account={account} />
      </section>
      <GrantsSection account={account} />
      <ResetPasswordModal open={resetting} account={account} onClose={() => setResetting(false)} />
    </Space>
  );
}
