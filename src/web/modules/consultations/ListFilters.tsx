import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSULTATION_FORMS,
  CONSULTATION_STATUSES,
  type ConsultationForm,
  type ConsultationStatus,
} from '../../../shared/enums';
import { PlacePicker } from '../places';
import type { ConsultationFilters } from './api';
import type { ListChanges } from './use-list-params';

type Props = {
  filters: ConsultationFilters;
  days: { from?: string; to?: string };
  onChange: (changes: ListChanges) => void;
};

const DAY = 'YYYY-MM-DD';

/** Search, status, form, place and period; each change goes to the URL. */
export function ListFilters({ filters, days, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.q ?? '');
  const period: [Dayjs | null, Dayjs | null] | null =
    days.from || days.to ? [days.from ? dayjs(days.from) : null, days.to ? dayjs(days.to) : null] : null;

  return (
    <Form layout="inline" className="toolbar consultation-filters">
      <Input.Search
        allowClear
        value={search}
        maxLength={60}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() })}
        placeholder={t('consultations.searchPlaceholder')}
        aria-label={t('consultations.search')}
        style={{ width: 240 }}
      />
      <Form.Item label={t('consultations.filters.status')} htmlFor="consultation-status">
        <Select<ConsultationStatus>
          id="consultation-status"
          allowClear
          value={filters.status}
          onChange={(v) => onChange({ status: v })}
          placeholder={t('consultations.filters.anyStatus')}
          options={CONSULTATION_STATUSES.map((s) => ({ value: s, label: t(`consultations.statuses.${s}`) }))}
          style={{ width: 120 }}
        />
      </Form.Item>
      <Form.Item label={t('consultations.filters.form')} htmlFor="consultation-form">
        <Select<ConsultationForm>
          id="consultation-form"
          allowClear
          value={filters.form}
          onChange={(v) => onChange({ form: v })}
          placeholder={t('consultations.filters.anyForm')}
          options={CONSULTATION_FORMS.map((f) => ({ value: f, label: t(`consultations.forms.${f}`) }))}
          style={{ width: 150 }}
        />
      </Form.Item>
      <Form.Item label={t('consultations.filters.place')} htmlFor="consultation-place">
        <PlacePicker
          id="consultation-place"
          allowClear
          value={filters.placeId}
          onChange={(v) => onChange({ placeId: v })}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item label={t('consultations.filters.period')} htmlFor="consultation-period">
        <DatePicker.RangePicker
          id={{ start: 'consultation-period' }}
          allowEmpty={[true, true]}
          value={period}
          onChange={(range) => onChange({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) })}
          style={{ width: 250 }}
        />
      </Form.Item>
    </Form>
  );
}
