import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Form, Modal, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { formatDateTime } from '../../lib/format';
import { useInviteMembers, useTick } from './api';
import { MemberSelect } from './TrainingFormModal';
import type { TrainingAttendee, TrainingDetail } from './types';

/**
 * 出勤: the members invited and whoever attended, how they signed in; staff tick those present
 * (from two hours before the start) and invite more. A member sees their own line.
 */
export function AttendanceCard({ training: d }: { training: TrainingDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tick = useTick(d.id);
  const [inviting, setInviting] = useState(false);
  const isOver = d.state === 'ended';
  const columns: TableColumnsType<TrainingAttendee> = [
    { key: 'member', title: t('trainings.hoursTable.member'), render: (_, a) => a.member.displayName },
    {
      key: 'invited',
      title: t('trainings.attendance.invited'),
      render: (_, a) =>
        a.isInvited ? t('trainings.attendance.invited') : <Tag>{t('trainings.attendance.notInvited')}</Tag>,
    },
    {
      key: 'attended',
      title: t('trainings.attendance.present'),
      render: (_, a) =>
        a.attendedAt ? (
          <span>
            <Tag color="green">{t('trainings.attendance.present')}</Tag>
            <span className="muted">
              {formatDateTime(a.attendedAt)} · {a.method ? t(`trainings.attendance.methods.${a.method}`) : ''}
            </span>
          </span>
        ) : isOver ? (
          <Tag color="red">{t('trainings.attendance.absent')}</Tag>
        ) : (
          <Tag>{t('trainings.attendance.notYet')}</Tag>
        ),
    },
  ];
  if (d.abilities.tick)
    columns.unshift({
      key: 'tick',
      width: 48,
      render: (_, a) => (
        <Checkbox
          checked={Boolean(a.attendedAt)}
          disabled={tick.isPending}
          aria-label={t('trainings.attendance.tickLabel', { name: a.member.displayName })}
          onChange={(e) =>
            tick.mutate(
              { accountId: a.member.id, attended: e.target.checked },
              { onError: (err) => message.error(t('trainings.attendance.failed', { reason: errorMessage(err) })) },
            )
          }
        />
      ),
    });

  return (
    <Card
      size="small"
      title={t('trainings.attendance.title')}
      extra={
        d.abilities.manage && (
          <Button size="small" icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
            {t('trainings.attendance.invite')}
          </Button>
        )
      }
    >
      {d.abilities.manage && (
        <Typography.Paragraph type="secondary">
          {t('trainings.attendance.summary', { attended: d.attendedCount, invited: d.invitedCount })}
          {!d.abilities.tick && d.state === 'upcoming' && ` · ${t('trainings.attendance.tickHelp')}`}
        </Typography.Paragraph>
      )}
      <Table<TrainingAttendee>
        rowKey={(a) => a.member.id}
        size="small"
        columns={columns}
        dataSource={d.attendees}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('trainings.attendance.empty')} />,
        }}
      />
      {d.abilities.manage && <InviteModal training={d} open={inviting} onClose={() => setInviting(false)} />}
    </Card>
  );
}

type InviteValues = { inviteAll?: boolean; memberIds?: string[] };

/** 邀请委员: every member of the place's reach, or those chosen; each is told once. */
function InviteModal({ training: d, open, onClose }: { training: TrainingDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InviteValues>();
  const invite = useInviteMembers(d.id);
  return (
    <Modal
      open={open}
      title={t('trainings.invite.title')}
      okText={t('trainings.invite.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={invite.isPending}
      destroyOnHidden
    >
      <Form<InviteValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ inviteAll: false, memberIds: [] }}
        onFinish={(v) => {
          if (!v.inviteAll && !v.memberIds?.length) {
            form.setFields([{ name: 'memberIds', errors: [t('trainings.invite.required')] }]);
            return;
          }
          invite.mutate(
            { inviteAll: Boolean(v.inviteAll), memberIds: v.memberIds ?? [] },
            {
              onSuccess: () => {
                message.success(t('trainings.invite.done'));
                onClose();
              },
              onError: (err) => showFormError(form, err, message.error),
            },
          );
        }}
      >
        <Form.Item name="inviteAll" valuePropName="checked">
          <Checkbox>{t('trainings.invite.all')}</Checkbox>
        </Form.Item>
        <Form.Item name="memberIds" label={t('trainings.invite.members')}>
          <MemberSelect placeId={d.place.id} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
