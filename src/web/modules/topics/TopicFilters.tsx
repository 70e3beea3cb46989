import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  TOPIC_SOURCES,
  TOPIC_STATUSES,
  TOPIC_URGENCIES,
  type TopicSource,
  type TopicStatus,
  type TopicUrgency,
} from '../../../shared/enums';
import { FilterBar, FilterSelect } from '../../ui/FilterBar';
import { PlaceFilter } from '../places';
import type { TopicFilters as Filters } from './api';
import type { TopicsChanges } from './use-topics-params';

/** Search (title, description, code), source, urgency and place; each change goes to the URL. */
export function TopicFilters({ filters, onChange }: { filters: Filters; onChange: (changes: TopicsChanges) => void }) {
  const { t } = useTranslation();
  return (
    <FilterBar
      className="topic-filters"
      search={{
        q: filters.q,
        onSearch: (q) => onChange({ q }),
        label: t('topics.search'),
        placeholder: t('topics.searchPlaceholder'),
        width: 260,
      }}
    >
      <PlaceFilter
        id="topics-place"
        label={t('topics.place')}
        value={filters.placeId}
        onChange={(v) => onChange({ placeId: v })}
      />
      <FilterSelect<TopicSource>
        id="topics-source"
        label={t('topics.source')}
        value={filters.source}
        onChange={(v) => onChange({ source: v })}
        placeholder={t('topics.all')}
        options={TOPIC_SOURCES.map((s) => ({ value: s, label: t(`topics.sources.${s}`) }))}
        width={140}
      />
      <FilterSelect<TopicUrgency>
        id="topics-urgency"
        label={t('topics.urgency')}
        value={filters.urgency}
        onChange={(v) => onChange({ urgency: v })}
        placeholder={t('topics.all')}
        options={TOPIC_URGENCIES.map((u) => ({ value: u, label: t(`topics.urgencies.${u}`) }))}
        width={130}
      />
    </FilterBar>
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
