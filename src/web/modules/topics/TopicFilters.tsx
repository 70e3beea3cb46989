import { Form, Input, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TOPIC_SOURCES,
  TOPIC_STATUSES,
  TOPIC_URGENCIES,
  type TopicSource,
  type TopicStatus,
  type TopicUrgency,
} from '../../../shared/enums';
import { PlacePicker } from '../places';
import type { TopicFilters as Filters } from './api';
import type { TopicsChanges } from './use-topics-params';

/** Search (title, description, code), source, urgency and place; each change goes to the URL. */
export function TopicFilters({ filters, onChange }: { filters: Filters; onChange: (changes: TopicsChanges) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.q ?? '');
  return (
    <Form layout="inline" className="toolbar topic-filters">
      <Input.Search
        allowClear
        value={search}
        maxLength={60}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() })}
        placeholder={t('topics.searchPlaceholder')}
        aria-label={t('topics.search')}
        style={{ width: 260 }}
      />
      <Form.Item label={t('topics.place')} htmlFor="topics-place">
        <PlacePicker
          id="topics-place"
          allowClear
          value={filters.placeId}
          onChange={(v) => onChange({ placeId: v })}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item label={t('topics.source')} htmlFor="topics-source">
        <Select<TopicSource>
          id="topics-source"
          allowClear
          value={filters.source}
          onChange={(v) => onChange({ source: v })}
          placeholder={t('topics.all')}
          options={TOPIC_SOURCES.map((s) => ({ value: s, label: t(`topics.sources.${s}`) }))}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item label={t('topics.urgency')} htmlFor="topics-urgency">
        <Select<TopicUrgency>
          id="topics-urgency"
          allowClear
          value={filters.urgency}
          onChange={(v) => onChange({ urgency: v })}
          placeholder={t('topics.all')}
          options={TOPIC_URGENCIES.map((u) => ({ value: u, label: t(`topics.urgencies.${u}`) }))}
          style={{ width: 130 }}
        />
      </Form.Item>
    </Form>
  );
}

const ALL = 'all';

/** 全部 and one tab per status, each with its count under the other filters. */
export function TopicStatusTabs({
  value,
  counts,
  onChange,
}: {
  value: string | undefined;
  counts: Partial<Record<TopicStatus, number>> | undefined;
  onChange: (status: TopicStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  const total = Object.values(counts ?? {}).reduce((a, n) => a + n, 0);
  const label = (text: string, n: number | undefined) => (
    <span>
      {text} <span className="topic-tab-count">{n ?? 0}</span>
    </span>
  );
  return (
    <Tabs
      activeKey={value ?? ALL}
      onChange={(key) => onChange(TOPIC_STATUSES.find((s) => s === key))}
      items={[
        { key: ALL, label: label(t('topics.all'), total) },
        ...TOPIC_STATUSES.map((s) => ({ key: s, label: label(t(`topics.statuses.${s}`), counts?.[s]) })),
      ]}
      className="topic-status-tabs"
    />
  );
}
