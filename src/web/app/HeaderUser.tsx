import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../api/client';
import { useMe, useSignOut } from '../modules/auth/api';

/** The signed-in person's name with a menu: my account, sign out (after a confirmation). */
export function HeaderUser() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const signOut = useSignOut();
  if (!me.data) return null;

  const confirmSignOut = () =>
    modal.confirm({
      title: t('user.signOutTitle'),
      content: t('user.signOutText'),
      okText: t('user.signOut'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await signOut.mutateAsync();
          message.success(t('user.signedOut'));
        } catch (err) {
          message.error(errorMessage(err));
        }
        navigate('/sign-in', { replace: true });
      },
    });

  const items = [
    { key: 'me', icon: <UserOutlined />, label: t('user.myAccount') },
    { type: 'divider' as const },
    { key: 'sign-out', icon: <LogoutOutlined />, label: t('user.signOut'), danger: true },
  ];
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        onClick: ({ key }) => (key === 'me' ? navigate('/me') : confirmSignOut()),
      }}
    >
      <Button type="text" className="on-dark header-user" title={t('user.menu')}>
        <Avatar size="small" icon={<UserOutlined />} className="header-avatar" />
        <span className="header-user-name">{me.data.displayName}</span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
