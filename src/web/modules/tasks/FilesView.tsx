import { PaperClipOutlined } from '@ant-design/icons';
import { Image, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../lib/files';
import type { TaskFile } from './types';

/** Photos as thumbnails that open a preview, other files as download links. */
export function FilesView({ files, size = 88 }: { files: TaskFile[]; size?: number }) {
  const { t } = useTranslation();
  const photos = files.filter((f) => f.isPhoto);
  const others = files.filter((f) => !f.isPhoto);
  if (files.length === 0) return null;
  return (
    <>
      {photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap size={6} className="task-photos">
            {photos.map((p, i) => (
              <Image
                key={p.id}
                src={p.url}
                width={size}
                height={size}
                className="task-photo"
                alt={`${t('tasks.page.photo', { n: i + 1 })} · ${p.originalName}`}
              />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
      {others.length > 0 && (
        <ul className="task-files">
          {others.map((f) => (
            <li key={f.id}>
              <a href={f.url} download={f.originalName}>
                <PaperClipOutlined /> {f.originalName}
              </a>
              <Typography.Text type="secondary" className="task-file-meta">
                {formatBytes(f.bytes)}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
