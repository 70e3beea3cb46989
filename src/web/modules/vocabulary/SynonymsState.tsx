import { Alert, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { Synonyms } from './types';

/** Whether the table is the shipped one or this deployment's, when it was saved, and what is still being re-read. */
export function SynonymsState({ table }: { table: Synonyms }) {
  const { t } = useTranslation();
  return (
    <>
      <Space size={8} wrap className="synonyms-state">
        {table.isDefault ? (
          <Tag className="synonyms-default">{t('vocabulary.state.default')}</Tag>
        ) : (
          <Tag className="synonyms-edited">{t('vocabulary.state.edited', { count: table.edits })}</Tag>
        )}
        <Typography.Text type="secondary">
          {t('vocabulary.state.groups', { count: table.groups.length })}
        </Typography.Text>
        {table.updatedAt && (
          <Typography.Text type="secondary">
            {t('vocabulary.state.updatedAt', { time: formatDateTime(table.updatedAt) })}
          </Typography.Text>
        )}
      </Space>
      {table.pendingReindex > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('vocabulary.reindexing', { count: table.pendingReindex })}
          style={{ marginBottom: 16 }}
        />
      )}
    </>
  );
}
