import './files-card.css';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachedFile, Wire } from '../../shared/api/common';
import { CSRF_COOKIE, errorMessage, readCookie } from '../api/client';
import i18n from '../i18n';
import { fileProblem, formatBytes } from '../lib/files';
import { formatDateTime } from '../lib/format';

type Props = {
  /** Where the module keeps its words: `<words>.title`, `.upload`, `.uploading`, `.uploaded`, `.failed`, … */
  words: 'consultations.files' | 'trainings.files';
  files: readonly Wire<typeof AttachedFile>[];
  /** The record's files route: files go up to it (multipart, field `file`) and come down from `<url>/<id>`. */
  url: string;
  /** The extensions taken, comma-separated: `.pdf,.docx`. */
  accept: string;
  maxBytes: number;
  /** Whether the viewer may add and remove files (the server checks again). */
  isEditable: boolean;
  /** After a file went up: load the record again to list it. */
  onUploaded: () => unknown;
  onDelete: (fileId: string) => Promise<unknown>;
};

/** The files attached to a record: uploaded with progress, downloaded by link, removed after a confirmation. */
export function FilesCard({ words, files, url, accept, maxBytes, isEditable, onUploaded, onDelete }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // files on their way up; once stored they show in the list below, from the record itself
  const [uploading, setUploading] = useState<UploadFile[]>([]);

  const onChange = ({ file }: { file: UploadFile<{ message?: string } | undefined> }) => {
    if (file.status === 'done') {
      setUploading((list) => list.filter((f) => f.uid !== file.uid));
      message.success(t(`${words}.uploaded`, { name: file.name }));
      void onUploaded();
    } else if (file.status === 'error') {
      setUploading((list) => list.filter((f) => f.uid !== file.uid));
      const reason = file.response?.message ?? errorMessage(file.error);
      message.error(t(`${words}.failed`, { name: file.name, reason }));
    } else {
      setUploading((list) => [...list.filter((f) => f.uid !== file.uid), file]);
    }
  };

  return (
    <Card
      size="small"
      title={t(`${words}.title`)}
      extra={
        isEditable && (
          <Upload
            name="file"
            action={url}
            // the session cookie goes along; writes must echo the CSRF token (see api/client.ts)
            headers={{ 'X-CSRF-Token': readCookie(CSRF_COOKIE) ?? '', 'Accept-Language': i18n.language }}
            withCredentials
            accept={accept}
            multiple
            fileList={uploading}
            showUploadList={false}
            beforeUpload={(file) => {
              const problem = fileProblem(file, accept, maxBytes);
              if (!problem) return true;
              message.error(t(`${words}.${problem === 'size' ? 'tooBig' : 'badType'}`, { name: file.name }));
              return Upload.LIST_IGNORE;
            }}
            onChange={onChange}
          >
            <Button size="small" icon={<UploadOutlined />}>
              {t(`${words}.upload`)}
            </Button>
          </Upload>
        )
      }
    >
      {uploading.length > 0 && (
        <ul className="upload-progress" aria-live="polite">
          {uploading.map((f) => (
            <li key={f.uid}>{t(`${words}.uploading`, { name: f.name, pct: Math.round(f.percent ?? 0) })}</li>
          ))}
        </ul>
      )}
      {files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`${words}.empty`)} />
      ) : (
        <ul className="file-list">
          {files.map((f) => (
            <li key={f.id}>
              <div className="file-main">
                <a href={`${url}/${f.id}`} download={f.fileName}>
                  <PaperClipOutlined /> {f.fileName}
                </a>
                <Typography.Text type="secondary" className="file-meta">
                  {formatBytes(f.bytes)} · {formatDateTime(f.createdAt)}
                </Typography.Text>
              </div>
              {isEditable && (
                <Popconfirm
                  title={t(`${words}.deleteConfirm`, { name: f.fileName })}
                  okText={t(`${words}.deleteOk`)}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => onDelete(f.id).catch((err: unknown) => message.error(errorMessage(err)))}
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t(`${words}.delete`, { name: f.fileName })}
                  />
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
      )}
      {isEditable && <Typography.Text type="secondary">{t(`${words}.hint`)}</Typography.Text>}
    </Card>
  );
}
