import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Progress, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client';
import { type DownloadProgress, downloadFile } from '../lib/download';

type Props = {
  /** The document the server writes (a Word file, an Excel sheet). */
  url: string;
  /** The name to save it by when the server does not give one. */
  fileName: string;
  label: string;
  icon?: ReactNode;
  isDisabled?: boolean;
};

const MB = 1024 * 1024;

/**
 * Fetches a document the server writes and saves it: the button spins meanwhile and, as a large
 * export streams in, shows how much has arrived (a percentage when the size is known, else MB); a
 * failure says why in the reader's language (too large: narrow the filters).
 */
export function DownloadButton({ url, fileName, label, icon = <FileWordOutlined />, isDisabled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isBusy, setIsBusy] = useState(false);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const fetchIt = async () => {
    setIsBusy(true);
    setProgress(null);
    try {
      await downloadFile(url, fileName, setProgress);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setIsBusy(false);
      setProgress(null);
    }
  };
  const percent = progress?.total ? Math.min(100, Math.round((progress.received / progress.total) * 100)) : null;
  return (
    <Space size={8}>
      <Button icon={icon} loading={isBusy} onClick={fetchIt} disabled={isDisabled}>
        {label}
      </Button>
      {isBusy && progress && (
        <span role="status" aria-live="polite">
          {percent !== null ? (
            <Progress percent={percent} size="small" style={{ width: 120, margin: 0 }} />
          ) : (
            <Typography.Text type="secondary">
              {t('common.downloadedMb', { mb: (progress.received / MB).toFixed(1) })}
            </Typography.Text>
          )}
        </span>
      )}
    </Space>
  );
}
