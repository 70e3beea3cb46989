import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSRF_COOKIE, errorMessage, readCookie } from '../api/client';
import i18n from '../i18n';
import { fileProblem } from '../lib/files';

type Props = {
  /** The route each file goes up to (multipart, field `file`); it answers the stored file with its id. */
  action: string;
  /** The extensions taken, comma-separated: `.jpg,.png`. */
  accept: string;
  maxCount: number;
  maxBytes: number;
  /** Where the module keeps its words: `<words>.upload`, `.badType`, `.tooBig`, `.tooMany`, `.uploadFailed`. */
  words: 'tasks.act' | 'revisits.form';
  /** The ids of the files stored so far, to send with the record they belong to. */
  onChange: (ids: string[]) => void;
  /** Whether a file is still on its way up (the record waits for it). */
  onBusyChange: (isBusy: boolean) => void;
};

/**
 * Photos or files for a record being written (a task's report, a revisit): each goes up as soon as
 * it is chosen, checked for type, size and count first; the record then sends their ids.
 */
export function UploadNow({ action, accept, maxCount, maxBytes, words, onChange, onBusyChange }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile<{ id: string }>[]>([]);

  const update = (next: UploadFile<{ id: string }>[]) => {
    setFiles(next);
    onChange(next.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : [])));
    onBusyChange(next.some((f) => f.status === 'uploading'));
  };

  return (
    <Upload<{ id: string }>
      name="file"
      action={action}
      // the session cookie goes along; writes must echo the CSRF token (see api/client.ts)
      headers={{ 'X-CSRF-Token': readCookie(CSRF_COOKIE) ?? '', 'Accept-Language': i18n.language }}
      withCredentials
      accept={accept}
      multiple
      listType="picture"
      maxCount={maxCount}
      fileList={files}
      beforeUpload={(file, batch) => {
        const problem = fileProblem(file, accept, maxBytes);
        if (problem) {
          message.error(t(`${words}.${problem === 'size' ? 'tooBig' : 'badType'}`, { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        if (files.length + batch.indexOf(file) >= maxCount) {
          message.error(t(`${words}.tooMany`, { count: maxCount }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      onChange={({ file, fileList }) => {
        if (file.status === 'error') {
          const body = file.response as unknown as { message?: string } | undefined;
          message.error(
            t(`${words}.uploadFailed`, { name: file.name, reason: body?.message ?? errorMessage(file.error) }),
          );
          return update(fileList.filter((f) => f.uid !== file.uid));
        }
        update(fileList);
      }}
    >
      <Button icon={<UploadOutlined />}>{t(`${words}.upload`)}</Button>
    </Upload>
  );
}
