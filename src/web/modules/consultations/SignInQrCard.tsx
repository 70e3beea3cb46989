import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { SignInQrCard as QrCard } from '../../ui/SignInQrCard';
import { consultationUrl } from './api';
import { formatSpan } from './format';
import type { ConsultationDetail } from './types';

/**
 * 签到二维码: attendees scan it with their phones (/a/<token>); printed for the door or the table.
 * Offered only while sign-in is open — a code that answers "签到已结束" is no use at the door — and
 * otherwise the card says when it opens or why it is over.
 */
export function SignInQrCard({ consultation: c }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation();
  if (!c.signInUrl) return null;
  const { state, opensAt, closesAt } = c.signInWindow;
  if (state !== 'open') {
    const why =
      state === 'not_yet'
        ? t('consultations.qr.notYet', { time: formatDateTime(opensAt) })
        : state === 'ended'
          ? t('consultations.qr.ended', { time: formatDateTime(closesAt) })
          : t('consultations.qr.closed');
    return (
      <Card size="small" title={t('consultations.qr.title')} className="sign-in-closed">
        <Alert type="info" showIcon title={why} />
      </Card>
    );
  }
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
