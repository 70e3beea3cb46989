import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_CHANNELS, type SubmissionChannel } from '../../../shared/enums';
import { useMe } from '../auth/api';
import { PlacePicker } from '../places';
import { type SubmissionFilters, type SubmissionSort, useCategories } from './api';
import { inboxHome } from './roles';
import type { InboxChanges } from './use-inbox-params';

type Props = {
  filters: SubmissionFilters;
  days: { from?: string; to?: string };
  onChange: (changes: InboxChanges) => void;
};

const DAY = 'YYYY-MM-DD';
const SORTS: SubmissionSort[] = ['newest', 'oldest', 'due'];

/** Search (简/繁), place, channel, category, period and overdue; each change goes to the URL. */
export function InboxFilters({ filters, days, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.q ?? '');
  // categories are configured per place and inherited downwards: offer those of the chosen place
  // or, with none chosen, of the place of one's role
  const me = useMe();
  const categories = useCategories(filters.placeId ?? inboxHome(me.data));
  const categoryOptions = categories.data?.items.map((c) => ({ value: c.id, label: c.name })) ?? [];
  const period: [Dayjs | null, Dayjs | null] | null =
    days.from || days.to ? [days.from ? dayjs(days.from) : null, days.to ? dayjs(days.to) : null] : null;

  return (
    <Form layout="inline" className="toolbar inbox-filters">
      <Input.Search
        allowClear
        value={search}
        maxLength={60}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() })}
        placeholder={t('submissions.searchPlaceholder')}
        aria-label={t('submissions.search')}
        style={{ width: 260 }}
      />
      <Form.Item label={t('submissions.place')} htmlFor="inbox-place">
        <PlacePicker
          id="inbox-place"
          allowClear
          value={filters.placeId}
          onChange={(v) => onChange({ placeId: v, categoryId: undefined })}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item label={t('submissions.channel')} htmlFor="inbox-channel">
        <Select<SubmissionChannel>
          id="inbox-channel"
          allowClear
          value={filters.channel}
          onChange={(v) => onChange({ channel: v })}
          placeholder={t('submissions.anyChannel')}
          options={SUBMISSION_CHANNELS.map((c) => ({ value: c, label: t(`submissions.channels.${c}`) }))}
          style={{ width: 130 }}
        />
      </Form.Item>
      {categoryOptions.length > 0 && (
        <Form.Item label={t('submissions.category')} htmlFor="inbox-category">
          <Select
            id="inbox-category"
            allowClear
            value={filters.categoryId}
            onChange={(v: string | undefined) => onChange({ categoryId: v })}
            placeholder={t('submissions.all')}
            options={categoryOptions}
            style={{ width: 140 }}
          />
        </Form.Item>
      )}
      <Form.Item label={t('submissions.period')} htmlFor="inbox-period">
        <DatePicker.RangePicker
          id={{ start: 'inbox-period' }}
          allowEmpty={[true, true]}
          value={period}
          onChange={(range) => onChange({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) })}
          style={{ width: 250 }}
        />
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={filters.overdue ?? false}
          onChange={(e) => onChange({ overdue: e.target.checked ? 'true' : undefined })}
        >
          {t('submissions.overdueOnly')}
        </Checkbox>
      </Form.Item>
    </Form>
  );
}

/** Newest, oldest, or the nearest deadline first. */
export function SortSelect({ value, onChange }: { value: SubmissionSort; onChange: (changes: InboxChanges) => void }) {
  const { t } = useTranslation();
  return (
    <Select<SubmissionSort>
      aria-label={t('submissions.sort')}
      value={value}
      onChange={(v) => onChange({ sort: v === 'newest' ? undefined : v })}
      options={SORTS.map((s) => ({ value: s, label: t(`submissions.sorts.${s}`) }))}
      style={{ width: 150 }}
    />
  );
}
