// The office's dialogs on a writing: returning or declining it with a reason, editing it in review
// (kept as a version note), and forwarding it (报送).
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { WRITING_LIMITS } from '../../../shared/api/writings';
import { FormModal } from '../../ui/FormModal';
import { RecipientsModal } from '../../ui/RecipientsModal';
import { recipientCandidates, useStep } from './api';
import type { EditWritingInput, WritingDetail } from './types';

type Props = { writing: WritingDetail; open: boolean; onClose: () => void };

/** 退回修改 or 不予采用: both say why. */
export function ReasonModal({ writing: w, open, onClose, step }: Props & { step: 'return' | 'decline' }) {
  const { t } = useTranslation();
  const take = useStep(w.id, step);
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={`${t(step === 'return' ? 'writings.reason.returnTitle' : 'writings.reason.declineTitle')} · ${w.code ?? ''}`}
      okText={t(`writings.actions.${step}`)}
      isDanger={step === 'decline'}
      onClose={onClose}
      submit={(v) => take.mutateAsync(v)}
      isPending={take.isPending}
      doneText={t(step === 'return' ? 'writings.done.returned' : 'writings.done.declined')}
    >
      <Form.Item
        name="reason"
        label={t('writings.reason.label')}
        rules={[{ required: true, whitespace: true }, { min: 2 }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={WRITING_LIMITS.reason}
          showCount
          placeholder={t(
            step === 'return' ? 'writings.reason.returnPlaceholder' : 'writings.reason.declinePlaceholder',
          )}
        />
      </Form.Item>
    </FormModal>
  );
}

/** 审核修改: the office changes the title or text; the member sees before and after in the steps. */
export function EditModal({ writing: w, open, onClose }: Props) {
  const { t } = useTranslation();
  const edit = useStep(w.id, 'edit');
  return (
    <FormModal<EditWritingInput>
      open={open}
      title={`${t('writings.editForm.title')} · ${w.code ?? ''}`}
      width={760}
      help={t('writings.editForm.help')}
      onClose={onClose}
      submit={(v) => edit.mutateAsync({ title: v.title, body: v.body, note: v.note || undefined })}
      isPending={edit.isPending}
      doneText={t('writings.done.edited')}
      initialValues={{ title: w.title, body: w.body }}
    >
      <Form.Item
        name="title"
        label={t('writings.form.title')}
        rules={[{ required: true, whitespace: true }, { min: 4 }]}
      >
        <Input maxLength={WRITING_LIMITS.title} showCount />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('writings.form.body')}
        rules={[{ required: true, whitespace: true }, { min: 10 }]}
      >
        <Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={WRITING_LIMITS.body} showCount />
      </Form.Item>
      <Form.Item name="note" label={t('writings.editForm.note')}>
        <Input maxLength={WRITING_LIMITS.note} placeholder={t('writings.editForm.notePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}

/** 报送: search the leaders and departments serving its place, tick some, confirm. */
export function ForwardModal({ writing: w, open, onClose }: Props) {
  const { t } = useTranslation();
  const forward = useStep(w.id, 'forward');
  return (
    <RecipientsModal
      open={open}
      onClose={onClose}
      words="writings.forwardForm"
      code={w.code ?? ''}
      okText={t('writings.actions.forward')}
      candidates={recipientCandidates(w.id)}
      send={(accountIds) => forward.mutateAsync({ accountIds })}
      isSending={forward.isPending}
      doneText={(count) => t('writings.done.forwarded', { count })}
    />
  );
}
