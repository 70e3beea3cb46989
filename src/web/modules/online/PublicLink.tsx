import { QrcodeOutlined } from '@ant-design/icons';
import { Button, Flex, Popover, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The residents' link (/o/<token>) to copy, and its QR code to show or print. */
export function PublicLink({ url }: { url: string | null }) {
  const { t } = useTranslation();
  if (!url) return <Typography.Text type="secondary">{t('online.link.none')}</Typography.Text>;
  const qr = (
    <div className="online-qr">
      <QRCode value={url} size={200} />
      <Typography.Paragraph strong style={{ margin: '8px 0 0' }}>
        {t('online.link.qrTitle')}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('online.link.qrHint')}</Typography.Text>
    </div>
  );
  return (
    <div className="online-public-link">
      <Typography.Text strong>{t('online.link.label')}</Typography.Text>
      <Flex align="center" gap={8} wrap>
        <Typography.Text copyable className="online-link">
          {url}
        </Typography.Text>
        <Popover content={qr} trigger="click" placement="bottom">
          <Button size="small" icon={<QrcodeOutlined />}>
            {t('online.link.qr')}
          </Button>
        </Popover>
      </Flex>
      <Typography.Text type="secondary" className="online-meta">
        {t('online.link.hint')}
      </Typography.Text>
    </div>
  );
}
