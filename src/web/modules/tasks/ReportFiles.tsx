import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSRF_COOKIE, errorMessage, readCookie } from '../../api/client';
import i18n from '../../i18n';
import { taskFilesUrl } from './api';
import { FILE_ACCEPT, LIMITS } from './constants';
import type { TaskFile } from './types';

type Props = {
  taskId: string;
  /** The ids of the files stored so far, to send with the report. */
  onChange: (fileIds: string[]) => void;
  /** Whether a file is still on its way up (the report waits for it). */
  onBusyChange: (isBusy: boolean) => void;
};

const EXTENSIONS = FILE_ACCEPT.split(',');

/** Photos and files for a progress or completion report: each goes up at once, the report sends their ids. */
export function ReportFiles({ taskId, onChange, onBusyChange }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile<TaskFile>[]>([]);

  const update = (next: UploadFile<TaskFile>[]) => {
    setFiles(next);
    onChange(next.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : [])));
    onBusyChange(next.some((f) => f.status === 'uploading'));
  };

  return (
    <Upload<TaskFile>
      name="file"
      action={taskFilesUrl(taskId)}
      // the session cookie goes along; writes must echo the CSRF token (see api/client.ts)
      headers={{ 'X-CSRF-Token': readCookie(CSRF_COOKIE) ?? '', 'Accept-Language': i18n.language }}
      withCredentials
      accept={FILE_ACCEPT}
      multiple
      listType="picture"
      maxCount={LIMITS.filesPerReport}
      fileList={files}
      beforeUpload={(file, batch) => {
        const name = file.name.toLowerCase();
        if (!EXTENSIONS.some((ext) => name.endsWith(ext))) {
          message.error(t('tasks.act.badType', { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        if (file.size > LIMITS.fileBytes) {
          message.error(t('tasks.act.tooBig', { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        if (files.length + batch.indexOf(file) >= LIMITS.filesPerReport) {
          message.error(t('tasks.act.tooMany', { count: LIMITS.filesPerReport }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      onChange={({ file, fileList }) => {
        if (file.status === 'error') {
          const body = file.response as unknown as { message?: string } | undefined;
          message.error(
            t('tasks.act.uploadFailed', { name: file.name, reason: body?.message ?? errorMessage(file.error) }),
          );
          return update(fileList.filter((f) => f.uid !== file.uid));
        }
        update(fileList);
      }}
    >
      <Button icon={<UploadOutlined />}>{t('tasks.act.upload')}</Button>
    </Upload>
  );
}
