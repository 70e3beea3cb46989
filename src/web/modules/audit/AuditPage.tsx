import { Alert, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Locale } from '../../../shared/enums';
import { auditActionLabel, auditEntityLabel } from '../../../shared/messages/audit';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AuditChange } from './AuditChange';
import { AuditFilterBar, type AuditQuery } from './AuditFilterBar';
import { useAuditEvents } from './api';
import type { AuditEvent } from './types';

const entityPaths: Record<string, string> = { place: '/places', account: '/accounts' };
/** Settings with a page of their own, by the key the event names them with. */
const settingPaths: Record<string, string> = { synonyms: '/settings/synonyms' };

/** A recorded row's own name, when the event kept one (places and accounts do). */
function recordName(record: unknown): string | undefined {
  if (!record || typeof record !== 'object') return undefined;
  const r = record as Record<string, unknown>;
  const name = r.name ?? r.displayName ?? r.username;
  return typeof name === 'string' ? name : undefined;
}

/** Who did what to which record, newest first, in the admin's region. */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  useDocumentTitle(t('audit.title'));
  const [query, setQuery] = useState<AuditQuery>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 30 });
  const events = useAuditEvents({ ...query, ...paging });
  const settingNames = t('audit.settings', { returnObjects: true });

  const columns: TableColumnsType<AuditEvent> = [
    { key: 'at', title: t('audit.at'), width: 180, render: (_, e) => formatDateTime(e.at) },
    { key: 'actor', title: t('audit.actor'), render: (_, e) => e.actorName ?? t('audit.system') },
    {
      key: 'action',
      title: t('audit.action'),
      // the label alone: the code beside it read as the same event twice
      render: (_, e) => auditActionLabel(e.action, locale),
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_, e) => {
        const type = auditEntityLabel(e.entityType, locale);
        if (e.entityType === 'settings') {
          const label = `${type} · ${settingNames[e.entityId as keyof typeof settingNames] ?? e.entityId}`;
          const path = settingPaths[e.entityId];
          return path ? <Link to={path}>{label}</Link> : label;
        }
        const name = recordName(e.after) ?? recordName(e.before);
        const label = name ? `${type} · ${name}` : type;
        const base = entityPaths[e.entityType];
        return base ? <Link to={`${base}/${e.entityId}`}>{label}</Link> : label;
      },
    },
    { key: 'ip', title: t('audit.ip'), dataIndex: 'ip' },
  ];

  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('audit.title')}
      </Typography.Title>
      <AuditFilterBar
        onApply={(q) => {
          setQuery(q);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      />
      {events.isError && (
        <Alert type="error" showIcon title={errorMessage(events.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<AuditEvent>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={events.data?.items}
        loading={events.isFetching}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (e) => <AuditChange event={e} /> }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: events.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [30, 50, 100],
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </>
  );
}
