import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINING_LIMITS } from '../../../shared/api/trainings';
import { CSRF_COOKIE, errorMessage, readCookie } from '../../api/client';
import i18n from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { trainingUrl, useDeleteMaterial, useRefreshTraining } from './api';
import { formatBytes } from './format';
import type { TrainingDetail } from './types';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png';

/** What is wrong with a chosen file before it goes up: its type, or its size. */
export function materialProblem(file: { name: string; size: number }): 'type' | 'size' | null {
  const name = file.name.toLowerCase();
  if (!ACCEPT.split(',').some((ext) => name.endsWith(ext))) return 'type';
  return file.size > TRAINING_LIMITS.fileBytes ? 'size' : null;
}

/** 培训资料: slides and handouts, uploaded by those who keep the session, downloaded by everyone who sees it. */
export function MaterialsCard({ training: d }: { training: TrainingDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshTraining(d.id);
  const remove = useDeleteMaterial(d.id);
  const [uploading, setUploading] = useState<UploadFile[]>([]);
  const mayEdit = d.abilities.manage;

  const onChange = ({ file }: { file: UploadFile<{ message?: string } | undefined> }) => {
    if (file.status === 'done') {
      setUploading((list) => list.filter((f) => f.uid !== file.uid));
      message.success(t('trainings.files.uploaded', { name: file.name }));
      void refresh();
    } else if (file.status === 'error') {
      setUploading((list) => list.filter((f) => f.uid !== file.uid));
      const reason = file.response?.message ?? errorMessage(file.error);
      message.error(t('trainings.files.failed', { name: file.name, reason }));
    } else {
      setUploading((list) => [...list.filter((f) => f.uid !== file.uid), file]);
    }
  };

  return (
    <Card
      size="small"
      title={t('trainings.files.title')}
      extra={
        mayEdit && (
          <Upload
            name="file"
            action={trainingUrl(d.id, '/files')}
            // the session cookie goes along; writes must echo the CSRF token (see api/client.ts)
            headers={{ 'X-CSRF-Token': readCookie(CSRF_COOKIE) ?? '', 'Accept-Language': i18n.language }}
            withCredentials
            accept={ACCEPT}
            multiple
            fileList={uploading}
            showUploadList={false}
            beforeUpload={(file) => {
              const problem = materialProblem(file);
              if (!problem) return true;
              message.error(t(`trainings.files.${problem === 'size' ? 'tooBig' : 'badType'}`, { name: file.name }));
              return Upload.LIST_IGNORE;
            }}
            onChange={onChange}
          >
            <Button size="small" icon={<UploadOutlined />}>
              {t('trainings.files.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {uploading.length > 0 && (
        <ul className="training-uploading" aria-live="polite">
          {uploading.map((f) => (
            <li key={f.uid}>{t('trainings.files.uploading', { name: f.name, pct: Math.round(f.percent ?? 0) })}</li>
          ))}
        </ul>
      )}
      {d.files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('trainings.files.empty')} />
      ) : (
        <ul className="training-files">
          {d.files.map((f) => (
            <li key={f.id}>
              <div className="training-file-main">
                <a href={trainingUrl(d.id, `/files/${f.id}`)} download={f.fileName}>
                  <PaperClipOutlined /> {f.fileName}
                </a>
                <Typography.Text type="secondary" className="training-file-meta">
                  {formatBytes(f.bytes)} · {formatDateTime(f.createdAt)}
                </Typography.Text>
              </div>
              {mayEdit && (
                <Popconfirm
                  title={t('trainings.files.deleteConfirm', { name: f.fileName })}
                  okText={t('trainings.files.deleteOk')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutate(f.id, { onError: (err) => message.error(errorMessage(err)) })}
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('trainings.files.delete', { name: f.fileName })}
                  />
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayEdit && <Typography.Text type="secondary">{t('trainings.files.hint')}</Typography.Text>}
    </Card>
  );
}
