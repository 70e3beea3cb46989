import './member-groups.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Segmented, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MEMBER_GROUP_KINDS, type MemberGroupKind } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FilterBar, FilterSelect } from '../../ui/FilterBar';
import { PagedTable } from '../../ui/PagedTable';
import { PlaceFilter } from '../places';
import { useGroups } from './api';
import { GroupFormModal } from './GroupFormModal';
import { GroupKindTag, GroupNote } from './tags';
import type { GroupFilters, GroupList, GroupSummary } from './types';
import { type ListChanges, useListParams } from './use-list-params';

/** /members/groups — 委员小组: the groups in reach by kind, name and place; the office creates them. */
export default function GroupsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('memberGroups.title'));
  const navigate = useNavigate();
  const { filters, setFilter } = useListParams();
  const list = useGroups(filters);
  const [isCreating, setIsCreating] = useState(false);
  const abilities = list.data?.abilities;
  const kinds: readonly MemberGroupKind[] = abilities?.create ? MEMBER_GROUP_KINDS : ['council'];

  return (
    <>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <Typography.Title level={1} className="page-title">
          {t('memberGroups.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button onClick={() => navigate('/members/coverage')}>{t('memberGroups.list.toCoverage')}</Button>
          {abilities?.createCouncil && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              {t('memberGroups.list.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Filters filters={filters} onChange={setFilter} />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <GroupsTable
        data={list.data}
        loading={list.isFetching}
        filters={filters}
        onPage={(page, pageSize) => setFilter({ page: page > 1 ? page : undefined, pageSize })}
      />
      <GroupFormModal
        open={isCreating}
        kinds={kinds}
        onClose={() => setIsCreating(false)}
        onCreated={(g) => navigate(`/members/groups/${g.id}`)}
      />
    </>
  );
}

function Filters({ filters, onChange }: { filters: GroupFilters; onChange: (c: ListChanges) => void }) {
  const { t } = useTranslation();
  return (
    <FilterBar
      className="group-filters"
      search={{
        q: filters.q,
        onSearch: (q) => onChange({ q }),
        label: t('memberGroups.list.search'),
        placeholder: t('memberGroups.list.searchPlaceholder'),
        width: 200,
      }}
    >
      <FilterSelect<MemberGroupKind>
        id="group-kind"
        label={t('memberGroups.list.kind')}
        value={filters.kind}
        onChange={(kind) => onChange({ kind })}
        placeholder={t('memberGroups.list.anyKind')}
        options={MEMBER_GROUP_KINDS.map((k) => ({ value: k, label: t(`memberGroups.kinds.${k}`) }))}
        width={160}
      />
      <PlaceFilter
        id="group-place"
        label={t('memberGroups.list.place')}
        value={filters.placeId}
        onChange={(placeId) => onChange({ placeId })}
      />
      <Segmented
        aria-label={t('memberGroups.list.archived')}
        value={filters.archived}
        onChange={(archived) => onChange({ archived })}
        options={[
          { value: 'false', label: t('memberGroups.list.live') },
          { value: 'true', label: t('memberGroups.list.archived') },
        ]}
      />
    </FilterBar>
  );
}

type TableProps = {
  data: GroupList | undefined;
  loading: boolean;
  filters: GroupFilters;
  onPage: (page: number, pageSize: number) => void;
};

function GroupsTable({ data, loading, filters, onPage }: TableProps) {
  const { t } = useTranslation();
  const none = t('common.none');
  const columns: TableColumnsType<GroupSummary> = [
    {
      key: 'name',
      title: t('memberGroups.list.name'),
      render: (_, g) => (
        <Typography.Text ellipsis={{ tooltip: g.name }} style={{ maxWidth: 240 }}>
          <Link to={`/members/groups/${g.id}`}>{g.name}</Link>
        </Typography.Text>
      ),
    },
    { key: 'kind', title: t('memberGroups.list.kind'), render: (_, g) => <GroupKindTag kind={g.kind} /> },
    { key: 'place', title: t('memberGroups.list.keptAt'), render: (_, g) => g.place.name },
    { key: 'count', title: t('memberGroups.list.memberCount'), align: 'right', render: (_, g) => g.memberCount },
    {
      key: 'leads',
      title: t('memberGroups.list.leads'),
      render: (_, g) => (g.leads.length > 0 ? g.leads.map((l) => l.displayName).join('、') : none),
    },
    { key: 'about', title: t('memberGroups.list.about'), render: (_, g) => <GroupNote group={g} /> },
  ];
  if (filters.archived === 'true')
    columns.push({
      key: 'archived',
      title: t('memberGroups.list.archived'),
      render: () => <Tag>{t('memberGroups.list.archived')}</Tag>,
    });
  return (
    <PagedTable<GroupSummary>
      columns={columns}
      data={data}
      loading={loading}
      paging={filters}
      onPage={onPage}
      empty={filters.archived === 'true' ? t('memberGroups.list.emptyArchived') : t('memberGroups.list.empty')}
    />
  );
}
