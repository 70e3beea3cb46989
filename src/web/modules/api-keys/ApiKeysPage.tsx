import { App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { type ApiKey, useApiKeys, useRevokeApiKey } from './api';
import { IssueKeyModal } from './IssueKeyModal';

/** 接口密钥: the keys partner systems present to Open311 — issue, see their use, revoke. */
export default function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [isIssuing, setIssuing] = useState(false);
  const onRevoke = (k: ApiKey) =>
    revoke.mutate(k.id, {
      onSuccess: () => message.success(t('apiKeys.revokeDone')),
      onError: (err) => message.error(errorMessage(err)),
    });

  return (
    <div className="page">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={1}>{t('apiKeys.title')}</Typography.Title>
        <Button type="primary" onClick={() => setIssuing(true)}>
          {t('apiKeys.issue')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('apiKeys.intro')}</Typography.Paragraph>
      {keys.error && <Typography.Text type="danger">{errorMessage(keys.error)}</Typography.Text>}
      <Table<ApiKey>
        rowKey="id"
        loading={keys.isLoading}
        dataSource={keys.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('apiKeys.empty') }}
        columns={[
          { title: t('apiKeys.columns.name'), dataIndex: 'name' },
          { title: t('apiKeys.columns.place'), render: (_, k) => k.place.name },
          { title: t('apiKeys.columns.prefix'), render: (_, k) => <Typography.Text code>{k.prefix}…</Typography.Text> },
          {
            title: t('apiKeys.columns.status'),
            render: (_, k) =>
              k.isRevoked ? (
                <Tag
                  title={t('apiKeys.revokedBy', { name: k.revokedBy?.displayName, time: formatDateTime(k.revokedAt) })}
                >
                  {t('apiKeys.revoked')}
                </Tag>
              ) : (
                <Tag color="green">{t('apiKeys.active')}</Tag>
              ),
          },
          {
            title: t('apiKeys.columns.createdAt'),
            render: (_, k) => `${formatDateTime(k.createdAt)} · ${k.createdBy.displayName}`,
          },
          {
            title: t('apiKeys.columns.lastUsedAt'),
            render: (_, k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('apiKeys.never')),
          },
          { title: t('apiKeys.columns.requests'), dataIndex: 'requestCount', align: 'right' },
          {
            title: t('apiKeys.columns.actions'),
            render: (_, k) =>
              k.isRevoked ? null : (
                <Popconfirm
                  title={t('apiKeys.revokeTitle', { name: k.name })}
                  description={t('apiKeys.revokeText')}
                  okText={t('apiKeys.revoke')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => onRevoke(k)}
                >
                  <Button danger size="small">
                    {t('apiKeys.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <IssueKeyModal open={isIssuing} onClose={() => setIssuing(false)} />
    </div>
  );
}
