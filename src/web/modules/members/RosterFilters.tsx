import { useTranslation } from 'react-i18next';
import { MEMBER_LEVELS, MEMBER_PARTIES, MEMBER_SECTORS } from '../../../shared/enums';
import { FilterBar, FilterSelect } from '../../ui/FilterBar';
import { PlaceFilter } from '../places';
import type { MemberFilters } from './types';
import type { RosterChanges } from './use-roster-params';

type Props = { filters: MemberFilters; onChange: (changes: RosterChanges) => void };

/** Search (name, employer, number), 界别, level, 政治面貌 and a place; each change goes to the URL. */
export function RosterFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <FilterBar
      className="roster-filters"
      search={{
        q: filters.q,
        onSearch: (q) => onChange({ q }),
        label: t('members.list.search'),
        placeholder: t('members.list.searchPlaceholder'),
        width: 220,
      }}
    >
      <FilterSelect
        id="roster-sector"
        label={t('members.list.sector')}
        value={filters.sector}
        onChange={(sector) => onChange({ sector })}
        placeholder={t('members.list.anySector')}
        options={MEMBER_SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
        width={150}
      />
      <FilterSelect
        id="roster-level"
        label={t('members.list.level')}
        value={filters.level}
        onChange={(level) => onChange({ level })}
        placeholder={t('members.list.anyLevel')}
        options={MEMBER_LEVELS.map((l) => ({ value: l, label: t(`members.levels.${l}`) }))}
        width={110}
      />
      <FilterSelect
        id="roster-party"
        label={t('members.list.party')}
        value={filters.party}
        onChange={(party) => onChange({ party })}
        placeholder={t('members.list.anyParty')}
        options={MEMBER_PARTIES.map((p) => ({ value: p, label: t(`members.parties.${p}`) }))}
        width={130}
      />
      <PlaceFilter
        id="roster-place"
        label={t('members.list.place')}
        value={filters.placeId}
        onChange={(placeId) => onChange({ placeId })}
      />
    </FilterBar>
  );
}
