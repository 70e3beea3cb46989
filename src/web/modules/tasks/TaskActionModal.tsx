import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { endOfPickedDay, pickerToday } from '../../lib/deployment-day';
import { needsConfirm, needsNote, takesFiles } from './action-plan';
import { useTaskAction } from './api';
import { LIMITS } from './constants';
import { OwnerSelect } from './OwnerSelect';
import { ReportFiles } from './ReportFiles';
import type { TaskAction, TaskSummary } from './types';

type Props = {
  task: Pick<TaskSummary, 'id' | 'code' | 'title' | 'outcome'>;
  action: TaskAction | undefined;
  /** Whether the viewer may attach photos and files (the detail's `abilities.upload`). */
  canUpload?: boolean;
  onClose: () => void;
};

type Values = { note?: string; leaderId?: string; dueAt?: Dayjs };

/** Reopened, a task is due this many days on unless another day is picked (its old deadline has passed). */
const REOPEN_DUE_DAYS = 30;
// days are the deployment's (Beijing's), whatever the browser's zone
const beforeToday = (d: Dayjs) => d.isBefore(pickerToday(), 'day');

/**
 * One step on a task: the note (required but for accepting and reporting done), the leader for
 * 提请督办, the new deadline for 重新打开, photos and files for progress and completion reports;
 * return, cannot and carry over are asked again before they go. The step lands on the task's timeline.
 */
export function TaskActionModal({ task, action, canUpload = false, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const act = useTaskAction(task.id);
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [isUploading, setIsUploading] = useState(false);
  const withFiles = Boolean(action && canUpload && takesFiles(action));

  const close = () => {
    setFileIds([]);
    setIsUploading(false);
    onClose();
  };
  if (!action) return null;
  const name = t(`tasks.actions.${action}`);

  const send = (v: Values) =>
    act.mutateAsync(
      {
        action,
        note: v.note?.trim() || undefined,
        leaderId: v.leaderId,
        dueAt: action === 'reopen' && v.dueAt ? endOfPickedDay(v.dueAt) : undefined,
        fileIds: withFiles ? fileIds : [],
      },
      {
        onSuccess: () => {
          message.success(t('tasks.act.done', { action: name }));
          close();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  const onFinish = (v: Values) => {
    if (isUploading) return message.warning(t('tasks.act.waitUploads'));
    if (!needsConfirm(action)) return void send(v).catch(() => undefined);
    modal.confirm({
      title: t('tasks.act.confirmTitle', { action: name }),
      content: t(`tasks.act.confirmText.${action as 'return' | 'cannot' | 'carry_over'}`),
      okText: name,
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => send(v).catch(() => undefined),
    });
  };

  return (
    <Modal
      open
      title={`${name} · ${task.code}`}
      okText={name}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={act.isPending}
      okButtonProps={{ danger: needsConfirm(action) }}
      destroyOnHidden
    >
      <p className="task-action-about">{task.title}</p>
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ dueAt: pickerToday().add(REOPEN_DUE_DAYS, 'day') }}
      >
        {action === 'escalate' && (
          <Form.Item
            name="leaderId"
            label={t('tasks.act.leader')}
            rules={[{ required: true, message: t('tasks.act.leaderRequired') }]}
          >
            <OwnerSelect outcomeId={task.outcome.id} kind="leader" />
          </Form.Item>
        )}
        {action === 'reopen' && (
          <Form.Item
            name="dueAt"
            label={t('tasks.act.dueAt')}
            extra={t('tasks.act.dueAtHelp', { days: REOPEN_DUE_DAYS })}
            rules={[{ required: true, message: t('tasks.act.dueAtRequired') }]}
          >
            <DatePicker disabledDate={beforeToday} style={{ width: 200 }} />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t(`tasks.act.notes.${action}`)}
          extra={action === 'urge' ? t('tasks.act.urgeHelp') : undefined}
          rules={[
            { required: needsNote(action), whitespace: true, message: t('tasks.act.noteRequired') },
            { max: 2000 },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        {withFiles && (
          <Form.Item label={t('tasks.act.files')} extra={t('tasks.act.filesHelp', { count: LIMITS.filesPerReport })}>
            <ReportFiles taskId={task.id} onChange={setFileIds} onBusyChange={setIsUploading} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
