import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/download';

type Props = { url: string; fileName: string; label: string };

/**
 * A Word document the server writes (督办单, 落实情况报告): the button spins and a notice says it is
 * being prepared, then that it is ready, or why it failed.
 */
export function DocumentButton({ url, fileName, label }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isBusy, setIsBusy] = useState(false);

  const fetchIt = async () => {
    const key = url;
    setIsBusy(true);
    message.open({ key, type: 'loading', content: t('tasks.documents.preparing'), duration: 0 });
    try {
      await downloadFile(url, fileName);
      message.open({ key, type: 'success', content: t('tasks.documents.ready') });
    } catch (err) {
      message.open({ key, type: 'error', content: t('tasks.documents.failed', { reason: errorMessage(err) }) });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Button icon={<FileWordOutlined />} loading={isBusy} onClick={fetchIt}>
      {label}
    </Button>
  );
}
