import './member-groups.css';
import { EditOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  type DescriptionsProps,
  Flex,
  Popconfirm,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { useArchiveGroup, useGroup } from './api';
import { CommitteeConsultationsCard } from './CommitteeConsultationsCard';
import { GroupFormModal } from './GroupFormModal';
import { MembersCard } from './MembersCard';
import { GroupKindTag } from './tags';
import type { GroupDetail } from './types';

/** /members/groups/:id — one group: what it is, its members and positions, a committee's consultations. */
export default function GroupPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useGroup(id);
  useRecordTitle(detail.data?.name, t('memberGroups.title'));
  return (
    <DetailPage backTo="/members/groups" backLabel={t('memberGroups.detail.back')} detail={detail}>
      {detail.data && <GroupBody key={detail.data.id} group={detail.data} />}
    </DetailPage>
  );
}

function GroupBody({ group: g }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isEditing, setIsEditing] = useState(false);
  const archive = useArchiveGroup(g.id);
  const may = g.abilities.manage;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Flex align="center" gap={8} wrap className="group-heading">
          <Typography.Title level={1} className="page-title">
            {g.name}
          </Typography.Title>
          <GroupKindTag kind={g.kind} />
        </Flex>
        {may && (
          <Flex gap={8} wrap>
            <Button icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
              {t('memberGroups.detail.edit')}
            </Button>
            <Popconfirm
              title={t('memberGroups.detail.archiveConfirm', { name: g.name })}
              description={<div style={{ maxWidth: 320 }}>{t('memberGroups.detail.archiveHelp')}</div>}
              okText={t('memberGroups.detail.archive')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                archive.mutate(undefined, {
                  onSuccess: () => message.success(t('memberGroups.detail.archivedDone')),
                  onError: (err) => message.error(errorMessage(err)),
                })
              }
            >
              <Button danger icon={<InboxOutlined />} loading={archive.isPending}>
                {t('memberGroups.detail.archive')}
              </Button>
            </Popconfirm>
          </Flex>
        )}
      </div>
      {g.archivedAt && <Alert type="info" showIcon title={t('memberGroups.detail.archivedNote')} />}
      <div className="group-columns">
        <MembersCard group={g} />
        <InfoCard group={g} />
      </div>
      {g.kind === 'committee' && <CommitteeConsultationsCard group={g} />}
      {may && <GroupFormModal open={isEditing} group={g} onClose={() => setIsEditing(false)} />}
    </Space>
  );
}

function InfoCard({ group: g }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('memberGroups.detail.kind'), children: t(`memberGroups.kinds.${g.kind}`) },
    { key: 'place', label: t('memberGroups.detail.place'), children: g.place.name },
  ];
  if (g.sector)
    items.push({
      key: 'sector',
      label: t('memberGroups.detail.sector'),
      children: t(`sectors.${g.sector}`),
    });
  if (g.councilPlace)
    items.push({
      key: 'council',
      label: t('memberGroups.detail.councilPlace'),
      children: <Link to={`/places/${g.councilPlace.id}`}>{g.councilPlace.name}</Link>,
    });
  if (g.kind === 'district_group' || g.kind === 'local_group')
    items.push({
      key: 'pair',
      label: t('memberGroups.detail.pairedGroup'),
      children: g.pairedGroup ? (
        <Link to={`/members/groups/${g.pairedGroup.id}`}>{g.pairedGroup.name}</Link>
      ) : (
        t('memberGroups.form.noPair')
      ),
    });
  if (g.archivedAt)
    items.push({ key: 'archived', label: t('memberGroups.detail.archivedAt'), children: formatDateTime(g.archivedAt) });
  return (
    <Card size="small" title={t('memberGroups.detail.info')}>
      <Typography.Paragraph type="secondary">{t(`memberGroups.kindHelp.${g.kind}`)}</Typography.Paragraph>
      <Descriptions size="small" column={1} items={items} />
    </Card>
  );
}
