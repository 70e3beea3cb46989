import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { consultationUrl } from './api';
import { formatSpan } from './format';
import type { ConsultationDetail } from './types';

/**
 * 签到二维码: attendees scan it with their phones (/a/<token>). Printing shows only this card, with
 * the title, time and venue above the code, so it can be put on the door or the table.
 */
export function SignInQrCard({ consultation: c }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation();
  if (!c.signInUrl) return null;

  const print = () => {
    document.body.classList.add('printing-qr');
    const done = () => {
      document.body.classList.remove('printing-qr');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };

  return (
    <Card
      size="small"
      title={t('consultations.qr.title')}
      extra={
        <Button size="small" icon={<PrinterOutlined />} onClick={print}>
          {t('consultations.qr.print')}
        </Button>
      }
    >
      <div className="qr-sheet">
        <div className="qr-print-only">
          <h1>{c.title}</h1>
          <p>
            {formatSpan(c.startsAt, c.endsAt)}
            {c.venue ? ` · ${c.venue}` : ''}
          </p>
        </div>
        <img
          className="qr-image"
          src={consultationUrl(c.id, '/sign-in-qr.png')}
          alt={t('consultations.qr.alt', { code: c.code })}
          width={240}
          height={240}
        />
        <p className="qr-hint">{t('consultations.qr.hint')}</p>
        <Typography.Text copyable={{ text: c.signInUrl }} className="qr-url">
          {c.signInUrl}
        </Typography.Text>
      </div>
    </Card>
  );
}
