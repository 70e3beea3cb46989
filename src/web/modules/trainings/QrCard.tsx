import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { trainingUrl } from './api';
import { formatSpan } from './format';
import type { TrainingDetail } from './types';

/**
 * 签到二维码: members scan it and sign in with their own accounts. Printing shows only this card,
 * with the title, time and venue above the code, to put on the door or the lectern.
 */
export function QrCard({ training: d }: { training: TrainingDetail }) {
  const { t } = useTranslation();
  if (!d.signInUrl) return null;
  const print = () => {
    document.body.classList.add('printing-training-qr');
    const done = () => {
      document.body.classList.remove('printing-training-qr');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  return (
    <Card
      size="small"
      title={t('trainings.qr.title')}
      extra={
        <Button size="small" icon={<PrinterOutlined />} onClick={print}>
          {t('trainings.qr.print')}
        </Button>
      }
    >
      <div className="training-qr-sheet">
        <div className="training-qr-print-only">
          <h1>{d.title}</h1>
          <p>
            {formatSpan(d.startsAt, d.endsAt)} · {d.venue}
          </p>
        </div>
        <img
          className="training-qr-image"
          src={trainingUrl(d.id, '/sign-in-qr.png')}
          alt={t('trainings.qr.alt', { title: d.title })}
          width={240}
          height={240}
        />
        <p className="training-qr-hint">{t('trainings.qr.hint')}</p>
        <Typography.Text copyable={{ text: d.signInUrl }} className="training-qr-url">
          {d.signInUrl}
        </Typography.Text>
      </div>
    </Card>
  );
}
