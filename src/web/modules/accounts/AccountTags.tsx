import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/enums';
import type { AccountSummary, Grant } from './types';

const roleColors = {
  admin: 'volcano',
  leader: 'red',
  liaison: 'blue',
  member: 'green',
  department: 'purple',
  cppcc: 'magenta',
} as const satisfies Record<Role, string>;

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <Tag color={roleColors[role]}>{t(`roles.${role}`)}</Tag>;
}

/** 联络员@桃园社区 */
export function GrantTags({ grants }: { grants: Grant[] }) {
  const { t } = useTranslation();
  if (grants.length === 0) return <span>{t('common.none')}</span>;
  return (
    <Space size={[0, 4]} wrap>
      {grants.map((g) => (
        <Tag key={g.id} color={roleColors[g.role]}>
          {t(`roles.${g.role}`)}@{g.place.name}
        </Tag>
      ))}
    </Space>
  );
}

/** 正常, or what stands in the way of signing in. */
export function StatusTags({
  account,
}: {
  account: Pick<AccountSummary, 'isDisabled' | 'isLocked' | 'mustChangePassword'>;
}) {
  const { t } = useTranslation();
  const tags = [
    account.isDisabled && <Tag key="d">{t('accounts.disabled')}</Tag>,
    account.isLocked && (
      <Tag key="l" color="orange">
        {t('accounts.locked')}
      </Tag>
    ),
    account.mustChangePassword && (
      <Tag key="m" color="gold">
        {t('accounts.mustChangeTag')}
      </Tag>
    ),
  ].filter(Boolean);
  if (tags.length === 0) return <Tag color="green">{t('accounts.active')}</Tag>;
  return (
    <Space size={[0, 4]} wrap>
      {tags}
    </Space>
  );
}
