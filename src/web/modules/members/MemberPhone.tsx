import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useRevealMemberPhone } from './api';
import type { MemberDetail } from './types';

/** The masked number, and for the CPPCC office the full one — each view is audited. */
export function MemberPhone({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reveal = useRevealMemberPhone(member.id);
  if (!member.phoneMasked) return <span>{t('common.none')}</span>;
  const full = reveal.data?.phone;
  if (full) return <a href={`tel:${full}`}>{full}</a>;
  return (
    <Space size={8} wrap>
      <span className="member-no">{member.phoneMasked}</span>
      {member.abilities.revealPhone && (
        <Popconfirm
          title={t('members.detail.revealConfirm')}
          okText={t('members.detail.revealPhone')}
          cancelText={t('common.cancel')}
          onConfirm={() => reveal.mutateAsync().catch((err: unknown) => message.error(errorMessage(err)))}
        >
          <Button size="small" icon={<EyeOutlined />} loading={reveal.isPending}>
            {t('members.detail.revealPhone')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
