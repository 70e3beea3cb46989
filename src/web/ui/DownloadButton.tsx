import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../api/client';
import { downloadFile } from '../lib/download';

type Props = {
  /** The document the server writes (a Word file, an Excel sheet). */
  url: string;
  /** The name to save it by when the server does not give one. */
  fileName: string;
  label: string;
  icon?: ReactNode;
  isDisabled?: boolean;
};

/** Fetches a document the server writes and saves it: the button spins meanwhile, a failure says why. */
export function DownloadButton({ url, fileName, label, icon = <FileWordOutlined />, isDisabled }: Props) {
  const { message } = App.useApp();
  const [isBusy, setIsBusy] = useState(false);
  const fetchIt = async () => {
    setIsBusy(true);
    try {
      await downloadFile(url, fileName);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Button icon={icon} loading={isBusy} onClick={fetchIt} disabled={isDisabled}>
      {label}
    </Button>
  );
}
