import { Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { JsonBlock } from '../../ui/JsonBlock';
import type { AuditEvent } from './types';

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Top-level keys whose values differ between before and after. */
export function changedKeys(before: unknown, after: unknown): string[] {
  const a = asRecord(before);
  const b = asRecord(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}

/** What an event changed: the fields, then the record before and after. */
export function AuditChange({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const { before, after } = event;
  if (before == null && after == null) return <Typography.Text type="secondary">{t('audit.nothing')}</Typography.Text>;
  const keys = before != null && after != null ? changedKeys(before, after) : [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {keys.length > 0 && (
        <div>
          <Typography.Text type="secondary">{t('audit.changed')} </Typography.Text>
          {keys.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </div>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          {before == null ? <div>{t('common.none')}</div> : <JsonBlock value={before} />}
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          {after == null ? <div>{t('common.none')}</div> : <JsonBlock value={after} />}
        </Col>
      </Row>
    </Space>
  );
}
