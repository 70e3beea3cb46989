import './duty.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, DatePicker, Empty, Form, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PlacePicker } from '../places';
import { useRules } from './api';
import { formatDay, thisYear } from './format';
import { RulesForm } from './RulesForm';
import type { RuleSetView } from './types';

/** /duty/rules — 考核细则: a region's scoring rules for a year, their versions, closing the year. */
export default function RulesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('duty.rules.title'));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  const placeId = params.get('placeId') ?? undefined;
  const rules = useRules(placeId, year);
  const view = rules.data;
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
    setParams(next);
  };

  return (
    <>
      <Link to={`/duty?year=${year}${placeId ? `&placeId=${placeId}` : ''}`} className="back-link">
        <ArrowLeftOutlined /> {t('duty.rules.back')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {t('duty.rules.title')}
      </Typography.Title>
      <Form layout="inline" className="toolbar duty-filters">
        <Form.Item label={t('duty.rules.region')} htmlFor="rules-place">
          <PlacePicker
            id="rules-place"
            value={placeId ?? view?.place.id}
            onChange={(id) => set({ placeId: id })}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item label={t('duty.rules.year')} htmlFor="rules-year">
          <DatePicker
            id="rules-year"
            picker="year"
            allowClear={false}
            value={dayjs().year(year)}
            onChange={(d) => d && set({ year: String(d.year()) })}
            style={{ width: 110 }}
          />
        </Form.Item>
      </Form>
      {rules.isError && <Alert type="error" showIcon title={errorMessage(rules.error)} />}
      {view && (
        <div className="duty-columns">
          <Card size="small" title={<SourceLine view={view} />}>
            {view.closing && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('duty.rules.closed', {
                  year: view.year,
                  date: formatDay(view.closing.closedAt),
                  name: view.closing.closedBy?.displayName ?? t('common.none'),
                })}
              />
            )}
            {!view.closing && !view.abilities.edit && (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('duty.rules.readOnly')} />
            )}
            <RulesForm key={`${view.place.id}-${view.year}-${view.applied.id ?? 'default'}`} view={view} />
          </Card>
          <Versions view={view} />
        </div>
      )}
    </>
  );
}

function SourceLine({ view }: { view: RuleSetView }) {
  const { t } = useTranslation();
  const { applied } = view;
  if (view.source === 'default') return t('duty.rules.source.default');
  return t(`duty.rules.source.${view.source}`, { version: applied.version, place: applied.place?.name ?? '' });
}

function Versions({ view }: { view: RuleSetView }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('duty.rules.versions')}>
      {view.versions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.rules.noVersions')} />
      ) : (
        <List
          size="small"
          dataSource={view.versions}
          renderItem={(v) => (
            <List.Item key={v.id}>
              <List.Item.Meta
                title={t('duty.rules.version', { version: v.version })}
                description={t('duty.rules.by', {
                  name: v.createdBy?.displayName ?? t('common.none'),
                  at: formatDateTime(v.createdAt),
                })}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
