import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECEPTION_LIMITS } from '../../../shared/api/receptions';
import { showFormError } from '../../api/form-errors';
import { useReceptionStep } from './api';
import { MemberSelect } from './MemberSelect';
import type { ReceptionDetail } from './types';

type Props = { slot: ReceptionDetail; onClose: () => void };

/** 换班: another member takes the slot over; the member first on the rota stays on record. */
export function SwapModal({ slot, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ memberId: string }>();
  const step = useReceptionStep(slot.id);
  return (
    <Modal
      open
      title={t('receptions.swapForm.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={step.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('receptions.swapForm.help')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(body) =>
          step.mutate(
            { step: 'swap', body },
            {
              onSuccess: () => {
                message.success(t('receptions.swapForm.done'));
                onClose();
              },
              onError: (err) => showFormError(form, err, message.error),
            },
          )
        }
      >
        <Form.Item
          name="memberId"
          label={t('receptions.swapForm.member')}
          rules={[{ required: true, message: t('receptions.slot.memberRequired') }]}
        >
          <MemberSelect placeId={slot.place.id} except={slot.member.id} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 缺岗: the member on duty did not come, with the reason. */
export function AbsentModal({ slot, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const step = useReceptionStep(slot.id);
  return (
    <Modal
      open
      title={t('receptions.absentForm.title')}
      okText={t('common.save')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={step.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) =>
          step.mutate(
            { step: 'absent', body: { reason: v.reason.trim() } },
            {
              onSuccess: () => {
                message.success(t('receptions.absentForm.done'));
                onClose();
              },
              onError: (err) => showFormError(form, err, message.error),
            },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('receptions.absentForm.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              max: RECEPTION_LIMITS.reason,
              message: t('receptions.absentForm.reasonRequired'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={RECEPTION_LIMITS.reason} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
