import { useTranslation } from 'react-i18next';
import { SignInQrCard as QrCard } from '../../ui/SignInQrCard';
import { consultationUrl } from './api';
import { formatSpan } from './format';
import type { ConsultationDetail } from './types';

/** 签到二维码: attendees scan it with their phones (/a/<token>); printed for the door or the table. */
export function SignInQrCard({ consultation: c }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation();
  if (!c.signInUrl) return null;
  return (
    <QrCard
      words="consultations.qr"
      signInUrl={c.signInUrl}
      imageUrl={consultationUrl(c.id, '/sign-in-qr.png')}
      alt={t('consultations.qr.alt', { code: c.code })}
      title={c.title}
      when={formatSpan(c.startsAt, c.endsAt)}
      venue={c.venue}
    />
  );
}
