import { CheckOutlined, DeleteOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Popconfirm, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useInviteFixedMembers, useRemoveParticipant, useTickAttendance } from './api';
import { InviteModal } from './InviteModal';
import { attendanceCounts } from './record-rules';
import type { ConsultationDetail, Participant } from './types';

/** 参加人员: who was invited, who came (by QR code or ticked off), and the count. */
export function ParticipantsCard({
  consultation: c,
  isEditable,
}: {
  consultation: ConsultationDetail;
  isEditable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tick = useTickAttendance(c.id);
  const remove = useRemoveParticipant(c.id);
  const inviteFixed = useInviteFixedMembers(c.id);
  const [isInviting, setIsInviting] = useState(false);
  const counts = attendanceCounts(c.participants);
  const none = t('common.none');
  const fail = (err: unknown) => message.error(errorMessage(err));
  const methods: Record<string, string> = {
    qr: t('consultations.participants.methods.qr'),
    ticked: t('consultations.participants.methods.ticked'),
  };

  const columns: TableColumnsType<Participant> = [
    {
      key: 'attended',
      title: t('consultations.participants.attended'),
      width: 64,
      align: 'center',
      render: (_, p) =>
        isEditable ? (
          <Checkbox
            // shows the tick at once; the server's answer (and the refreshed list) follows
            checked={tick.isPending && tick.variables?.pid === p.id ? tick.variables.attended : p.attendedAt !== null}
            aria-label={t('consultations.participants.tick', { name: p.name })}
            onChange={(e) => tick.mutate({ pid: p.id, attended: e.target.checked }, { onError: fail })}
          />
        ) : p.attendedAt ? (
          <CheckOutlined className="attended-mark" aria-label={t('consultations.participants.attended')} />
        ) : null,
    },
    { key: 'name', title: t('consultations.participants.name'), render: (_, p) => p.name },
    { key: 'affiliation', title: t('consultations.participants.affiliation'), render: (_, p) => p.affiliation || none },
    { key: 'kind', title: t('consultations.participants.kind'), render: (_, p) => t(`consultations.kinds.${p.kind}`) },
    {
      key: 'source',
      title: t('consultations.participants.source'),
      render: (_, p) =>
        p.isInvited ? (
          <Tag color="blue">{t('consultations.participants.invited')}</Tag>
        ) : (
          <Tag color="gold">{t('consultations.participants.walkIn')}</Tag>
        ),
    },
    {
      key: 'attendedAt',
      title: t('consultations.participants.attendedAt'),
      render: (_, p) =>
        p.attendedAt ? (
          <Space size={4} wrap>
            <span>{formatDateTime(p.attendedAt)}</span>
            {p.attendanceMethod && <Tag>{methods[p.attendanceMethod] ?? p.attendanceMethod}</Tag>}
          </Space>
        ) : (
          none
        ),
    },
  ];
  if (isEditable) {
    columns.push({
      key: 'remove',
      title: t('consultations.participants.actions'),
      render: (_, p) => (
        <Popconfirm
          title={t('consultations.participants.removeConfirm', { name: p.name })}
          okText={t('consultations.participants.remove')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => remove.mutate(p.id, { onError: fail })}
        >
          <Button size="small" type="link" danger icon={<DeleteOutlined />}>
            {t('consultations.participants.remove')}
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <Card
      size="small"
      title={
        <Space size={12}>
          <span>{t('consultations.participants.title')}</span>
          <span className="attendance-count" data-testid="attendance-count">
            {t('consultations.participants.count', counts)}
          </span>
        </Space>
      }
      extra={
        isEditable && (
          <Space size={8}>
            <Popconfirm
              title={t('consultations.participants.fixedMembers')}
              description={<div style={{ maxWidth: 300 }}>{t('consultations.participants.fixedMembersConfirm')}</div>}
              okText={t('consultations.participants.fixedMembers')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                inviteFixed.mutate(undefined, {
                  onSuccess: (r) =>
                    r.added.length > 0
                      ? message.success(t('consultations.participants.fixedMembersDone', { count: r.added.length }))
                      : message.info(
                          r.groups === 0
                            ? t('consultations.participants.fixedMembersNoGroups')
                            : t('consultations.participants.fixedMembersNoneNew'),
                        ),
                  onError: fail,
                })
              }
            >
              <Button size="small" icon={<TeamOutlined />} loading={inviteFixed.isPending}>
                {t('consultations.participants.fixedMembers')}
              </Button>
            </Popconfirm>
            <Button size="small" icon={<UserAddOutlined />} onClick={() => setIsInviting(true)}>
              {t('consultations.participants.invite')}
            </Button>
          </Space>
        )
      }
    >
      <Table<Participant>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={c.participants}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultations.participants.empty')} />,
        }}
      />
      <InviteModal open={isInviting} consultationId={c.id} onClose={() => setIsInviting(false)} />
    </Card>
  );
}
