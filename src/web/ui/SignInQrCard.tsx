import './sign-in-qr.css';
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  /** Where the module keeps its words: `<words>.title`, `.print`, `.hint`. */
  words: 'consultations.qr' | 'trainings.qr';
  /** The page the code opens, shown and copyable under it. */
  signInUrl: string;
  /** The code as a PNG the server draws. */
  imageUrl: string;
  alt: string;
  /** What the printed sheet says above the code: the record's title, its time and venue. */
  title: string;
  when: string;
  venue?: string | null;
};

/**
 * 签到二维码: people scan it and sign in on their phones. Printing shows only this card, with the
 * title, time and venue above the code, to put on the door, the table or the lectern.
 */
export function SignInQrCard({ words, signInUrl, imageUrl, alt, title, when, venue }: Props) {
  const { t } = useTranslation();
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
      title={t(`${words}.title`)}
      extra={
        <Button size="small" icon={<PrinterOutlined />} onClick={print}>
          {t(`${words}.print`)}
        </Button>
      }
    >
      <div className="qr-sheet">
        <div className="qr-print-only">
          {/* the printed sheet's title: not an h1, the page behind it already has its one */}
          <p className="qr-print-title">{title}</p>
          <p>
            {when}
            {venue ? ` · ${venue}` : ''}
          </p>
        </div>
        <img className="qr-image" src={imageUrl} alt={alt} width={240} height={240} />
        <p className="qr-hint">{t(`${words}.hint`)}</p>
        <Typography.Text copyable={{ text: signInUrl }} className="qr-url">
          {signInUrl}
        </Typography.Text>
      </div>
    </Card>
  );
}
