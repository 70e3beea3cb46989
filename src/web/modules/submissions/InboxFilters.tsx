import { Checkbox, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_CHANNELS, type SubmissionChannel, type SubmissionSort } from '../../../shared/enums';
import { FilterBar, FilterPeriod, FilterSelect } from '../../ui/FilterBar';
import { useMe } from '../auth/api';
import { PlaceFilter } from '../places';
import { type SubmissionFilters, useCategories } from './api';
import { sortChoices, sortInForce, sortParam } from './inbox-sort';
import { inboxHome } from './roles';
import type { InboxChanges } from './use-inbox-params';

type Props = {
  filters: SubmissionFilters;
  days: { from?: string; to?: string };
  onChange: (changes: InboxChanges) => void;
};

/** Search (简/繁), place, channel, category, period, overdue, solved awaiting a reply, and for a member 写给我的; each change goes to the URL. */
export function InboxFilters({ filters, days, onChange }: Props) {
  const { t } = useTranslation();
  // categories are configured per place and inherited downwards: offer those of the chosen place
  // or, with none chosen, of the place of one's role
  const me = useMe();
  const categories = useCategories(filters.placeId ?? inboxHome(me.data));
  const isMember = Boolean(me.data?.grants.some((g) => g.role === 'member'));
  const categoryOptions = categories.data?.items.map((c) => ({ value: c.id, label: c.name })) ?? [];
  // a link by name (the province's dashboard: every district's 环境卫生) shows as that name, one choice among them
  const byName = filters.categoryName && !filters.categoryId ? filters.categoryName : undefined;
  if (byName) categoryOptions.unshift({ value: `name:${byName}`, label: byName });

  return (
    <FilterBar
      className="inbox-filters"
      search={{
        q: filters.q,
        onSearch: (q) => onChange({ q }),
        label: t('submissions.search'),
        placeholder: t('submissions.searchPlaceholder'),
        width: 260,
      }}
    >
      <PlaceFilter
        id="inbox-place"
        label={t('submissions.place')}
        value={filters.placeId}
        onChange={(v) => onChange({ placeId: v, categoryId: undefined, categoryName: undefined })}
      />
      <FilterSelect<SubmissionChannel>
        id="inbox-channel"
        label={t('submissions.channel')}
        value={filters.channel}
        onChange={(v) => onChange({ channel: v })}
        placeholder={t('submissions.anyChannel')}
        options={SUBMISSION_CHANNELS.map((c) => ({ value: c, label: t(`submissions.channels.${c}`) }))}
        width={130}
      />
      {categoryOptions.length > 0 && (
        <FilterSelect
          id="inbox-category"
          label={t('submissions.category')}
          value={byName ? `name:${byName}` : filters.categoryId}
          onChange={(v) =>
            v?.startsWith('name:')
              ? onChange({ categoryId: undefined, categoryName: v.slice(5) })
              : onChange({ categoryId: v, categoryName: undefined })
          }
          placeholder={t('submissions.all')}
          options={categoryOptions}
          width={140}
        />
      )}
      <FilterPeriod
        id="inbox-period"
        label={t('submissions.period')}
        from={days.from}
        to={days.to}
        onChange={onChange}
      />
      <Form.Item>
        <Checkbox
          checked={filters.overdue === 'true'}
          onChange={(e) => onChange({ overdue: e.target.checked ? 'true' : undefined })}
        >
          {t('submissions.overdueOnly')}
        </Checkbox>
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={filters.replyDue === 'true'}
          onChange={(e) => onChange({ replyDue: e.target.checked ? 'true' : undefined })}
        >
          {t('submissions.replyDueOnly')}
        </Checkbox>
      </Form.Item>
      {isMember && (
        // 委员会客厅: what residents wrote to this member
        <Form.Item>
          <Checkbox
            checked={filters.addressedToMe === 'true'}
            onChange={(e) => onChange({ addressedToMe: e.target.checked ? 'true' : undefined })}
          >
            {t('submissions.addressedToMe')}
          </Checkbox>
        </Form.Item>
      )}
    </FilterBar>
  );
}

type SortProps = {
  /** The order asked for in the URL; none: the server's default. */
  value: SubmissionSort | undefined;
  /** The search in force: while there is one, the list can be ranked by relevance (the default). */
  q: string | undefined;
  onChange: (changes: InboxChanges) => void;
};

/** Most relevant (while searching), newest, oldest, or the nearest deadline first. */
export function SortSelect({ value, q, onChange }: SortProps) {
  const { t } = useTranslation();
  return (
    <Select<SubmissionSort>
      aria-label={t('submissions.sort')}
      value={sortInForce(value, q)}
      onChange={(v) => onChange({ sort: sortParam(v, q) })}
      options={sortChoices(q).map((s) => ({ value: s, label: t(`submissions.sorts.${s}`) }))}
      style={{ width: 150 }}
    />
  );
}
