import { DownloadOutlined, ExportOutlined, QrcodeOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/download';
import { useOpenResidentLink } from './api';
import type { EvaluationSummary } from './types';

/**
 * 群众评价 for the liaison: open the residents' link once, then copy or open it, and show or
 * download its QR code to print.
 */
export function ResidentLinkPanel({ outcomeId, summary }: { outcomeId: string; summary: EvaluationSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const open = useOpenResidentLink(outcomeId);
  const [isDownloading, setIsDownloading] = useState(false);
  const link = summary.residentLink;
  const code = summary.outcome.code;

  const download = async (qrPath: string) => {
    setIsDownloading(true);
    try {
      await downloadFile(qrPath, `evaluate-${code}.png`);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setIsDownloading(false);
    }
  };

  if (!link && !summary.abilities.openLink) return null;
  return (
    <section className="evaluation-link" aria-labelledby="evaluation-link-title">
      <Typography.Title level={5} id="evaluation-link-title">
        {t('evaluations.link.title')}
      </Typography.Title>
      {link ? (
        <Flex gap={16} wrap align="flex-start">
          <img
            className="evaluation-qr"
            src={link.qrPath}
            alt={t('evaluations.link.qrAlt', { code })}
            width={148}
            height={148}
          />
          <Flex vertical gap={8} className="evaluation-link-text">
            <Typography.Text strong>{t('evaluations.link.label')}</Typography.Text>
            <Typography.Text copyable className="evaluation-url">
              {link.url}
            </Typography.Text>
            <Flex gap={8} wrap>
              <Button icon={<ExportOutlined />} href={link.url} target="_blank" rel="noopener">
                {t('evaluations.link.visit')}
              </Button>
              <Button icon={<DownloadOutlined />} loading={isDownloading} onClick={() => download(link.qrPath)}>
                {t('evaluations.link.download')}
              </Button>
            </Flex>
            <Typography.Text type="secondary">{t('evaluations.link.hint')}</Typography.Text>
          </Flex>
        </Flex>
      ) : (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text type="secondary">{t('evaluations.link.notOpen')}</Typography.Text>
          <Button
            icon={<QrcodeOutlined />}
            loading={open.isPending}
            onClick={() =>
              open.mutate(undefined, {
                onSuccess: () => message.success(t('evaluations.link.opened')),
                onError: (err) => message.error(errorMessage(err)),
              })
            }
          >
            {t('evaluations.link.open')}
          </Button>
        </Flex>
      )}
    </section>
  );
}
