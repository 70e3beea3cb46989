import { useTranslation } from 'react-i18next';
import {
  CONSULTATION_FORMS,
  CONSULTATION_STATUSES,
  type ConsultationForm,
  type ConsultationStatus,
} from '../../../shared/enums';
import { FilterBar, FilterPeriod, FilterSelect } from '../../ui/FilterBar';
import { PlaceFilter } from '../places';
import type { ConsultationFilters } from './api';
import type { ListChanges } from './use-list-params';

type Props = {
  filters: ConsultationFilters;
  days: { from?: string; to?: string };
  onChange: (changes: ListChanges) => void;
};

/** Search, status, form, place and period; each change goes to the URL. */
export function ListFilters({ filters, days, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <FilterBar
      className="consultation-filters"
      search={{
        q: filters.q,
        onSearch: (q) => onChange({ q }),
        label: t('consultations.search'),
        placeholder: t('consultations.searchPlaceholder'),
        width: 240,
      }}
    >
      <FilterSelect<ConsultationStatus>
        id="consultation-status"
        label={t('consultations.filters.status')}
        value={filters.status}
        onChange={(v) => onChange({ status: v })}
        placeholder={t('consultations.filters.anyStatus')}
        options={CONSULTATION_STATUSES.map((s) => ({ value: s, label: t(`consultations.statuses.${s}`) }))}
        width={120}
      />
      <FilterSelect<ConsultationForm>
        id="consultation-form"
        label={t('consultations.filters.form')}
        value={filters.form}
        onChange={(v) => onChange({ form: v })}
        placeholder={t('consultations.filters.anyForm')}
        options={CONSULTATION_FORMS.map((f) => ({ value: f, label: t(`consultations.forms.${f}`) }))}
        width={150}
      />
      <PlaceFilter
        id="consultation-place"
        label={t('consultations.filters.place')}
        value={filters.placeId}
        onChange={(v) => onChange({ placeId: v })}
      />
      <FilterPeriod
        id="consultation-period"
        label={t('consultations.filters.period')}
        from={days.from}
        to={days.to}
        onChange={onChange}
      />
    </FilterBar>
  );
}
