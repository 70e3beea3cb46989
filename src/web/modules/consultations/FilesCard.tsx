import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSRF_COOKIE, errorMessage, readCookie } from '../../api/client';
import i18n from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { consultationUrl, useDeleteEntry, useRefreshConsultation } from './api';
import { formatBytes } from './format';
import { FILE_ACCEPT, fileProblem } from './record-rules';
import type { ConsultationDetail } from './types';

/** 附件: documents and photos of the consultation, uploaded with progress, downloaded by link. */
export function FilesCard({ consultation: c, isEditable }: { consultation: ConsultationDetail; isEditable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshConsultation();
  const remove = useDeleteEntry(c.id, 'files');
  // files on their way up; once stored they show in the list below from the consultation itself
  const [uploading, setUploading] = useState<UploadFile[]>([]);

  const onChange = ({ file }: { file: UploadFile<{ message?: string } | undefined> }) => {
    if (file.status === 'done') {
      setUploading((list) => list.filter((f) => f.uid !== file.uid));
      message.success(t('consultations.files.uploaded', { name: file.name }));
      void refresh();
    } else if (file.status === 'error') {
      setUploading((list) => list.filter((f) => f.uid !== file.uid));
      const reason = file.response?.message ?? errorMessage(file.error);
      message.error(t('consultations.files.failed', { name: file.name, reason }));
    } else {
      setUploading((list) => [...list.filter((f) => f.uid !== file.uid), file]);
    }
  };

  return (
    <Card
      size="small"
      title={t('consultations.files.title')}
      extra={
        isEditable && (
          <Upload
            name="file"
            action={consultationUrl(c.id, '/files')}
            // the session cookie goes along; writes must echo the CSRF token (see api/client.ts)
            headers={{ 'X-CSRF-Token': readCookie(CSRF_COOKIE) ?? '', 'Accept-Language': i18n.language }}
            withCredentials
            accept={FILE_ACCEPT}
            multiple
            fileList={uploading}
            showUploadList={false}
            beforeUpload={(file) => {
              const problem = fileProblem(file);
              if (!problem) return true;
              message.error(t(`consultations.files.${problem === 'size' ? 'tooBig' : 'badType'}`, { name: file.name }));
              return Upload.LIST_IGNORE;
            }}
            onChange={onChange}
          >
            <Button size="small" icon={<UploadOutlined />}>
              {t('consultations.files.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {uploading.length > 0 && (
        <ul className="upload-progress" aria-live="polite">
          {uploading.map((f) => (
            <li key={f.uid}>{t('consultations.files.uploading', { name: f.name, pct: Math.round(f.percent ?? 0) })}</li>
          ))}
        </ul>
      )}
      {c.files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultations.files.empty')} />
      ) : (
        <ul className="file-list">
          {c.files.map((f) => (
            <li key={f.id}>
              <div className="file-main">
                <a href={consultationUrl(c.id, `/files/${f.id}`)} download={f.fileName}>
                  <PaperClipOutlined /> {f.fileName}
                </a>
                <Typography.Text type="secondary" className="file-meta">
                  {formatBytes(f.bytes)} · {formatDateTime(f.createdAt)}
                </Typography.Text>
              </div>
              {isEditable && (
                <Popconfirm
                  title={t('consultations.files.deleteConfirm', { name: f.fileName })}
                  okText={t('consultations.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutate(f.id, { onError: (err) => message.error(errorMessage(err)) })}
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('consultations.files.delete', { name: f.fileName })}
                  />
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
      )}
      {isEditable && <Typography.Text type="secondary">{t('consultations.files.hint')}</Typography.Text>}
    </Card>
  );
}
