import { useTranslation } from 'react-i18next';
import { SignInQrCard } from '../../ui/SignInQrCard';
import { trainingUrl } from './api';
import { formatSpan } from './format';
import type { TrainingDetail } from './types';

/** 签到二维码: members scan it and sign in with their own accounts; printed for the door or the lectern. */
export function QrCard({ training: d }: { training: TrainingDetail }) {
  const { t } = useTranslation();
  if (!d.signInUrl) return null;
  return (
    <SignInQrCard
      words="trainings.qr"
      signInUrl={d.signInUrl}
      imageUrl={trainingUrl(d.id, '/sign-in-qr.png')}
      alt={t('trainings.qr.alt', { title: d.title })}
      title={d.title}
      when={formatSpan(d.startsAt, d.endsAt)}
      venue={d.venue}
    />
  );
}
