import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSRF_COOKIE, errorMessage, readCookie } from '../../api/client';
import i18n from '../../i18n';
import { revisitPhotosUrl } from './api';
import { LIMITS, PHOTO_ACCEPT } from './constants';
import type { RevisitPhoto } from './types';

type Props = {
  outcomeId: string;
  /** The ids of the photos stored so far, to send with the revisit. */
  onChange: (photoIds: string[]) => void;
  /** Whether a photo is still on its way up (the revisit waits for it). */
  onBusyChange: (isBusy: boolean) => void;
};

const EXTENSIONS = PHOTO_ACCEPT.split(',');

/** A revisit's photos: each goes up at once (re-encoded by the server), the revisit sends their ids. */
export function RevisitPhotos({ outcomeId, onChange, onBusyChange }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile<RevisitPhoto>[]>([]);

  const update = (next: UploadFile<RevisitPhoto>[]) => {
    setFiles(next);
    onChange(next.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : [])));
    onBusyChange(next.some((f) => f.status === 'uploading'));
  };

  return (
    <Upload<RevisitPhoto>
      name="file"
      action={revisitPhotosUrl(outcomeId)}
      // the session cookie goes along; writes must echo the CSRF token (see api/client.ts)
      headers={{ 'X-CSRF-Token': readCookie(CSRF_COOKIE) ?? '', 'Accept-Language': i18n.language }}
      withCredentials
      accept={PHOTO_ACCEPT}
      multiple
      listType="picture"
      maxCount={LIMITS.photos}
      fileList={files}
      beforeUpload={(file, batch) => {
        const name = file.name.toLowerCase();
        if (!EXTENSIONS.some((ext) => name.endsWith(ext))) {
          message.error(t('revisits.form.badType', { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        if (file.size > LIMITS.photoBytes) {
          message.error(t('revisits.form.tooBig', { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        if (files.length + batch.indexOf(file) >= LIMITS.photos) {
          message.error(t('revisits.form.tooMany', { count: LIMITS.photos }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      onChange={({ file, fileList }) => {
        if (file.status === 'error') {
          const body = file.response as unknown as { message?: string } | undefined;
          message.error(
            t('revisits.form.uploadFailed', { name: file.name, reason: body?.message ?? errorMessage(file.error) }),
          );
          return update(fileList.filter((f) => f.uid !== file.uid));
        }
        update(fileList);
      }}
    >
      <Button icon={<UploadOutlined />}>{t('revisits.form.upload')}</Button>
    </Upload>
  );
}
