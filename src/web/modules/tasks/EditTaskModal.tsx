import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { useUpdateTask } from './api';
import { TaskFields } from './TaskFields';
import { pickerDay, type TaskFormValues, toUpdateInput } from './task-form';
import type { TaskDetail } from './types';

type Props = { task: TaskDetail; open: boolean; onClose: () => void };

/** 编辑任务: title, details, owner, co-units and deadline; only what changed is sent (and logged). */
export function EditTaskModal({ task, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskFormValues>();
  const update = useUpdateTask(task.id);

  const onFinish = (v: TaskFormValues) => {
    const changes = toUpdateInput(task, v);
    if (Object.keys(changes).length === 0) {
      message.info(t('tasks.form.unchanged'));
      return onClose();
    }
    update.mutate(changes, {
      onSuccess: () => {
        message.success(t('tasks.form.saved'));
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });
  };

  return (
    <Modal
      open={open}
      title={`${t('tasks.form.editTitle')} · ${task.code}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{
          title: task.title,
          detail: task.detail ?? '',
          ownerId: task.owner.id,
          coUnits: task.coUnits,
          dueAt: pickerDay(task.dueAt),
        }}
      >
        <TaskFields outcomeId={task.outcome.id} currentOwner={task.owner} />
      </Form>
    </Modal>
  );
}
