import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DUTY_LIMITS } from '../../../shared/api/duty';
import { showFormError } from '../../api/form-errors';
import { useReviewEntry } from './api';
import type { Entry } from './types';

type Verdict = 'approved' | 'rejected';

/** Approves or rejects a manual entry; a rejection says why (the member is told either way). */
export function ReviewModal({
  entry,
  verdict,
  onClose,
}: {
  entry: Entry;
  verdict: Verdict | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const review = useReviewEntry(entry.id);
  const rejecting = verdict === 'rejected';

  const onFinish = (v: { note?: string }) =>
    verdict &&
    review.mutate(
      { verdict, note: v.note?.trim() || undefined },
      {
        onSuccess: () => {
          message.success(t(rejecting ? 'duty.review.rejected' : 'duty.review.approved'));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Modal
      open={verdict !== undefined}
      title={t(rejecting ? 'duty.review.rejectTitle' : 'duty.review.approveTitle')}
      okText={t(rejecting ? 'duty.entry.reject' : 'duty.entry.approve')}
      okButtonProps={{ danger: rejecting }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={review.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{entry.description}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="note"
          label={t(rejecting ? 'duty.review.note' : 'duty.review.noteOptional')}
          rules={rejecting ? [{ required: true, whitespace: true, message: t('duty.review.noteRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={DUTY_LIMITS.note} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
