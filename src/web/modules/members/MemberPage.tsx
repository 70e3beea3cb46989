import './members.css';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { useArchiveMember, useMember } from './api';
import { MemberPhone } from './MemberPhone';
import { ProfileForm } from './ProfileForm';
import { ProfileView } from './ProfileView';
import { ServedPlacesCard } from './ServedPlacesCard';
import type { MemberDetail } from './types';

/** /members/:id — a member's profile (委员档案), the places they serve, their account. */
export default function MemberPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { state } = useLocation();
  const detail = useMember(id);
  useRecordTitle(detail.data?.displayName, t('members.title'));
  const back = typeof state?.roster === 'string' ? `/members${state.roster}` : '/members';
  return (
    <DetailPage backTo={back} backLabel={t('members.detail.back')} detail={detail}>
      {detail.data && <MemberBody key={detail.data.id} member={detail.data} />}
    </DetailPage>
  );
}

function MemberBody({ member: m }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const archive = useArchiveMember(m.id);
  const setArchived = (archived: boolean) =>
    archive.mutateAsync(archived).then(
      () => message.success(t(archived ? 'members.detail.archived' : 'members.detail.restored')),
      (err: unknown) => message.error(errorMessage(err)),
    );
  const sector = m.profile ? t(`sectors.${m.profile.sector}`) : undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Flex align="center" gap={8} wrap>
          {m.profile?.memberNo && <span className="member-no">{m.profile.memberNo}</span>}
          {sector && <Tag>{sector}</Tag>}
          {m.profile && <Tag>{t(`members.levels.${m.profile.level}`)}</Tag>}
          {m.isDisabled && <Tag color="default">{t('members.detail.archivedTag')}</Tag>}
        </Flex>
        <Flex align="center" justify="space-between" gap={8} wrap>
          <Typography.Title level={1} className="page-title">
            {m.displayName}
          </Typography.Title>
          <Space>
            {m.abilities.archive && (
              <Popconfirm
                title={t('members.detail.archiveConfirm')}
                okText={t('members.detail.archive')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => setArchived(true)}
              >
                <Button danger loading={archive.isPending}>
                  {t('members.detail.archive')}
                </Button>
              </Popconfirm>
            )}
            {m.abilities.restore && (
              <Button loading={archive.isPending} onClick={() => setArchived(false)}>
                {t('members.detail.restore')}
              </Button>
            )}
          </Space>
        </Flex>
      </div>
      <div className="member-columns">
        <Card size="small" title={t('members.detail.profile')}>
          {m.abilities.edit ? <ProfileForm member={m} /> : <ProfileView member={m} />}
        </Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('members.detail.account')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('members.detail.username')}>{m.username}</Descriptions.Item>
              <Descriptions.Item label={t('members.detail.homePlace')}>{m.homePlace.name}</Descriptions.Item>
              <Descriptions.Item label={t('members.detail.phone')}>
                <MemberPhone member={m} />
              </Descriptions.Item>
              <Descriptions.Item label={t('members.detail.createdAt')}>{formatDateTime(m.createdAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <ServedPlacesCard member={m} />
        </Space>
      </div>
    </Space>
  );
}
