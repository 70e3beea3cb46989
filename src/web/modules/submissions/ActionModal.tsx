import { App, Form, Input, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { useDepartments, useSubmissionAction } from './api';
import { MergeTargetSelect } from './MergeTargetSelect';
import { SortTargetFields, StepNoteField } from './SortTargetFields';
import { type ActionValues, isLevelAction, toActionInput } from './staff-actions';
import type { SubmissionActionName, SubmissionDetail } from './types';

type Props = {
  open: boolean;
  action: SubmissionActionName | undefined;
  submission: SubmissionDetail;
  targetId?: string; // "合并到此条" from the similar list
  onClose: () => void;
};

/** One sorting or handling step, with the fields that step takes; recorded in the timeline. */
export function ActionModal({ open, action, submission, targetId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const act = useSubmissionAction(submission.id);
  const departments = useDepartments(submission.place.id, open && action === 'to_department');
  if (!action) return null;
  const name = t(`submissions.actions.${action}`);

  const onFinish = (v: ActionValues) =>
    act.mutate(toActionInput(action, v), {
      onSuccess: () => {
        message.success(t('submissions.act.done', { action: name }));
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  const note = <StepNoteField />;

  return (
    <Modal
      open={open}
      title={`${name} · ${submission.trackingCode}`}
      okText={name}
      okButtonProps={{ danger: action === 'decline' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ targetId, isPublic: true }}
        preserve={false}
      >
        {(isLevelAction(action) || action === 'to_department') && (
          <>
            <SortTargetFields action={action} departments={departments} />
            {note}
          </>
        )}
        {action === 'merge' && (
          <>
            <Form.Item
              name="targetId"
              label={t('submissions.act.target')}
              rules={[{ required: true, message: t('submissions.act.targetRequired') }]}
            >
              <MergeTargetSelect submission={submission} />
            </Form.Item>
            {note}
          </>
        )}
        {action === 'decline' && (
          <Form.Item
            name="reason"
            label={t('submissions.act.reason')}
            extra={t('submissions.act.reasonHelp')}
            rules={[
              { required: true, whitespace: true, min: 2, max: 500, message: t('submissions.act.reasonRequired') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        )}
        {action === 'reply' && (
          <>
            <Form.Item
              name="note"
              label={t('submissions.act.reply')}
              rules={[{ required: true, whitespace: true, message: t('submissions.act.replyRequired') }, { max: 1000 }]}
            >
              <Input.TextArea rows={4} maxLength={1000} showCount />
            </Form.Item>
            <Form.Item name="isPublic" label={t('submissions.act.isPublic')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        )}
        {action === 'solve' && (
          <Form.Item name="note" label={t('submissions.act.solveNote')} extra={t('submissions.act.solveHelp')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
