import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECEPTION_LIMITS } from '../../../shared/api/receptions';
import { FormModal } from '../../ui/FormModal';
import { useReceptionStep } from './api';
import { MemberSelect } from './MemberSelect';
import type { ReceptionDetail } from './types';

type Props = { slot: ReceptionDetail; onClose: () => void };

/** 换班: another member takes the slot over; the member first on the rota stays on record. */
export function SwapModal({ slot, onClose }: Props) {
  const { t } = useTranslation();
  const step = useReceptionStep(slot.id);
  return (
    <FormModal<{ memberId: string }>
      title={t('receptions.swapForm.title')}
      help={t('receptions.swapForm.help')}
      onClose={onClose}
      submit={(body) => step.mutateAsync({ step: 'swap', body })}
      isPending={step.isPending}
      doneText={t('receptions.swapForm.done')}
    >
      <Form.Item
        name="memberId"
        label={t('receptions.swapForm.member')}
        rules={[{ required: true, message: t('receptions.slot.memberRequired') }]}
      >
        <MemberSelect placeId={slot.place.id} except={slot.member.id} />
      </Form.Item>
    </FormModal>
  );
}

/** 缺岗: the member on duty did not come, with the reason. */
export function AbsentModal({ slot, onClose }: Props) {
  const { t } = useTranslation();
  const step = useReceptionStep(slot.id);
  return (
    <FormModal<{ reason: string }>
      title={t('receptions.absentForm.title')}
      isDanger
      onClose={onClose}
      submit={(v) => step.mutateAsync({ step: 'absent', body: { reason: v.reason.trim() } })}
      isPending={step.isPending}
      doneText={t('receptions.absentForm.done')}
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
    </FormModal>
  );
}
