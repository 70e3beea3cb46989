import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Popconfirm, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_POSITIONS, type GroupPosition } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { AddMemberModal } from './AddMemberModal';
import { useChangePosition, useRemoveMember } from './api';
import { PositionTag } from './tags';
import type { GroupDetail, GroupMember } from './types';

/** 成员: who is in the group at which position; the keeper adds, moves and removes them. */
export function MembersCard({ group: g }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isAdding, setIsAdding] = useState(false);
  const change = useChangePosition(g.id);
  const remove = useRemoveMember(g.id);
  const may = g.abilities.manage;
  const fail = (err: unknown) => message.error(errorMessage(err));
  const none = t('common.none');

  const columns: TableColumnsType<GroupMember> = [
    { key: 'name', title: t('memberGroups.members.name'), render: (_, m) => m.displayName },
    {
      key: 'position',
      title: t('memberGroups.members.position'),
      render: (_, m) =>
        may ? (
          <Select<GroupPosition>
            size="small"
            aria-label={t('memberGroups.members.positionOf', { name: m.displayName })}
            value={m.position}
            style={{ width: 100 }}
            loading={change.isPending && change.variables?.accountId === m.id}
            options={GROUP_POSITIONS.map((p) => ({ value: p, label: t(`memberGroups.positions.${p}`) }))}
            onChange={(position) => change.mutate({ accountId: m.id, position }, { onError: fail })}
          />
        ) : (
          <PositionTag position={m.position} />
        ),
    },
    {
      key: 'sector',
      title: t('memberGroups.members.sector'),
      render: (_, m) => (m.sector ? t(`sectors.${m.sector}`) : none),
    },
    { key: 'home', title: t('memberGroups.members.homePlace'), render: (_, m) => m.homePlace.name },
  ];
  if (may)
    columns.push({
      key: 'remove',
      title: t('memberGroups.members.actions'),
      render: (_, m) => (
        <Popconfirm
          title={t('memberGroups.members.removeConfirm', { name: m.displayName })}
          okText={t('memberGroups.members.remove')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            remove.mutate(m.id, { onSuccess: () => message.success(t('memberGroups.members.removed')), onError: fail })
          }
        >
          <Button size="small" type="link" danger icon={<DeleteOutlined />}>
            {t('memberGroups.members.remove')}
          </Button>
        </Popconfirm>
      ),
    });

  return (
    <Card
      size="small"
      title={
        <Space size={12}>
          <span>{t('memberGroups.members.title')}</span>
          <span className="candidate-note">{t('memberGroups.members.count', { count: g.memberCount })}</span>
        </Space>
      }
      extra={
        may && (
          <Button size="small" icon={<UserAddOutlined />} onClick={() => setIsAdding(true)}>
            {t('memberGroups.members.add')}
          </Button>
        )
      }
    >
      {g.kind === 'activity' && (
        <Alert
          style={{ marginBottom: 12 }}
          type={g.composition.issues.length > 0 ? 'warning' : 'success'}
          showIcon
          title={t('memberGroups.members.composition', g.composition)}
          description={
            g.composition.issues.length > 0
              ? g.composition.issues.map((i) => t(`memberGroups.issues.${i}`)).join('；')
              : undefined
          }
        />
      )}
      <Table<GroupMember>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={g.members}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('memberGroups.members.empty')} />,
        }}
      />
      {may && <AddMemberModal open={isAdding} groupId={g.id} onClose={() => setIsAdding(false)} />}
    </Card>
  );
}
