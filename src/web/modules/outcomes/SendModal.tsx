import { useTranslation } from 'react-i18next';
import { RecipientsModal } from '../../ui/RecipientsModal';
import { recipientCandidates, useSendOutcome } from './api';
import type { OutcomeDetail } from './types';

type Props = { outcome: OutcomeDetail; open: boolean; onClose: () => void };

/** 报送: search the leaders and departments serving the outcome's place, tick some, confirm. */
export function SendModal({ outcome, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSendOutcome(outcome.id);
  return (
    <RecipientsModal
      open={open}
      onClose={onClose}
      words="outcomes.send"
      code={outcome.code}
      okText={t('outcomes.send.confirm')}
      candidates={recipientCandidates(outcome.id)}
      send={send.mutateAsync}
      isSending={send.isPending}
      doneText={(count) => t('outcomes.send.done', { count })}
    />
  );
}
