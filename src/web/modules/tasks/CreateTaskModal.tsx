import { App, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showFormError } from '../../api/form-errors';
import { useCreateTask } from './api';
import { MilestonesField, TaskFields } from './TaskFields';
import { type TaskFormValues, toCreateInput } from './task-form';

/** What the form needs of the outcome: its id and numbered consensus (共识). */
export type OutcomeForTasks = { id: string; code: string; consensus: { id: string; number: number; text: string }[] };

type Props = { outcome: OutcomeForTasks; open: boolean; onClose: () => void };

/** 新建落实任务 from an outcome's page: who carries it out, by when, with which timetable; opens it once set. */
export function CreateTaskModal({ outcome, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TaskFormValues>();
  const create = useCreateTask();

  const onFinish = (v: TaskFormValues) =>
    create.mutate(toCreateInput(outcome.id, v), {
      onSuccess: (task) => {
        message.success(t('tasks.form.created', { code: task.code }));
        onClose();
        navigate(`/tasks/${task.id}`, { state: { from: `/outcomes/${outcome.id}` } });
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  return (
    <Modal
      open={open}
      title={`${t('tasks.form.createTitle')} · ${outcome.code}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('tasks.form.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      width={760}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ coUnits: [], milestones: [] }}
      >
        <TaskFields outcomeId={outcome.id} />
        {outcome.consensus.length > 0 && (
          <Form.Item name="consensusItemId" label={t('tasks.form.consensus')} extra={t('tasks.form.consensusHelp')}>
            <Select
              allowClear
              options={outcome.consensus.map((c) => ({ value: c.id, label: `${c.number}. ${c.text}` }))}
              optionRender={(o) => <span className="consensus-option">{o.label}</span>}
            />
          </Form.Item>
        )}
        <MilestonesField />
      </Form>
    </Modal>
  );
}
