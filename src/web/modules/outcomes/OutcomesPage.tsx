import './outcomes.css';
import { Alert, Badge, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OUTCOME_STATUSES, OUTCOME_TYPES, type OutcomeStatus, type OutcomeType } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ExportExcelButton } from '../../ui/ExportExcelButton';
import { FilterBar, FilterSelect } from '../../ui/FilterBar';
import type { FitColumn } from '../../ui/FitTable';
import { PagedTable } from '../../ui/PagedTable';
import { useMe } from '../auth/api';
import { type OutcomeBox, type OutcomeFilters, useOutcomes } from './api';
import { CreateOutcomeModal } from './CreateOutcomeModal';
import { OutcomeStatusTag, OutcomeTypeTag } from './OutcomeTags';
import { opensOnReceived } from './roles';
import type { OutcomeList, OutcomeSummary } from './types';
import { type ListChanges, useListParams } from './use-list-params';

/** /outcomes — 协商成果: what was sent to me (收到的) and everything in my region (全部). */
export default function OutcomesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('outcomes.title'));
  const me = useMe();
  const { filters, newFrom, setFilter } = useListParams(opensOnReceived(me.data) ? 'received' : 'all');
  // which tab opens depends on one's roles: wait for them rather than load the other tab first
  const list = useOutcomes(filters, !me.isPending);
  // the badge counts what awaits my reply whichever tab is open
  const unreplied = list.data?.counts.unreplied ?? 0;

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('outcomes.title')}
        </Typography.Title>
        <ExportExcelButton
          path="/api/outcomes/export.xlsx"
          filters={filters}
          fileName="outcomes.xlsx"
          total={list.data?.total}
        />
      </Flex>
      <Tabs
        activeKey={filters.box}
        onChange={(box) => setFilter({ box: box as OutcomeBox })}
        items={[
          {
            key: 'received',
            label: (
              <Flex gap={6} align="center" wrap>
                {t('outcomes.tabs.received')}
                <Badge count={unreplied} size="small" aria-label={t('outcomes.awaitsReply')} />
              </Flex>
            ),
          },
          { key: 'all', label: t('outcomes.tabs.all') },
        ]}
      />
      <Filters filters={filters} onChange={setFilter} />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <OutcomesTable
        data={list.data}
        loading={list.isFetching}
        filters={filters}
        onPage={(page, pageSize) => setFilter({ page: page > 1 ? page : undefined, pageSize })}
      />
      <CreateOutcomeModal consultationId={newFrom} onClose={() => setFilter({ new: undefined })} />
    </>
  );
}

function Filters({ filters, onChange }: { filters: OutcomeFilters; onChange: (c: ListChanges) => void }) {
  const { t } = useTranslation();
  return (
    <FilterBar
      className="outcome-filters"
      search={{
        q: filters.q,
        onSearch: (q) => onChange({ q }),
        label: t('outcomes.search'),
        placeholder: t('outcomes.searchPlaceholder'),
        width: 240,
      }}
    >
      <FilterSelect<OutcomeType>
        id="outcome-type"
        label={t('outcomes.type')}
        value={filters.type}
        onChange={(v) => onChange({ type: v })}
        placeholder={t('outcomes.anyType')}
        options={OUTCOME_TYPES.map((v) => ({ value: v, label: t(`outcomes.types.${v}`) }))}
        width={150}
      />
      <FilterSelect<OutcomeStatus>
        id="outcome-status"
        label={t('outcomes.status')}
        value={filters.status}
        onChange={(v) => onChange({ status: v })}
        placeholder={t('outcomes.anyStatus')}
        options={OUTCOME_STATUSES.map((v) => ({ value: v, label: t(`outcomes.statuses.${v}`) }))}
        width={130}
      />
    </FilterBar>
  );
}

type TableProps = {
  data: OutcomeList | undefined;
  loading: boolean;
  filters: OutcomeFilters;
  onPage: (page: number, pageSize: number) => void;
};

function OutcomesTable({ data, loading, filters, onPage }: TableProps) {
  const { t } = useTranslation();
  const columns: FitColumn<OutcomeSummary>[] = [
    {
      key: 'code',
      title: t('outcomes.code'),
      width: 150,
      render: (_, o) => (
        <Link to={`/outcomes/${o.id}`} className="outcome-code">
          {o.code}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('outcomes.name'),
      render: (_, o) => (
        <Flex gap={6} align="center" wrap>
          <Link to={`/outcomes/${o.id}`}>{o.title}</Link>
          {o.awaitsMyReply && <Badge status="error" text={t('outcomes.awaitsReply')} />}
        </Flex>
      ),
    },
    {
      key: 'type',
      title: t('outcomes.type'),
      width: 100,
      fit: 'tag',
      render: (_, o) => <OutcomeTypeTag type={o.type} />,
    },
    {
      key: 'status',
      title: t('outcomes.status'),
      width: 96,
      fit: 'tag',
      render: (_, o) => <OutcomeStatusTag status={o.status} />,
    },
    { key: 'place', title: t('outcomes.place'), width: 110, render: (_, o) => o.place.name },
    {
      key: 'consultation',
      title: t('outcomes.consultation'),
      fit: 'extra',
      render: (_, o) => (
        <Typography.Text ellipsis={{ tooltip: o.consultation.title }}>{o.consultation.title}</Typography.Text>
      ),
    },
    {
      key: 'sent',
      title: t('outcomes.sentAt'),
      width: 150,
      render: (_, o) => formatDateTime(o.sentAt) || t('common.none'),
    },
    {
      key: 'replies',
      title: t('outcomes.replies'),
      width: 100,
      render: (_, o) =>
        o.recipientCount > 0
          ? t('outcomes.repliesOf', { replied: o.repliedCount, total: o.recipientCount })
          : t('common.none'),
    },
  ];
  return (
    <PagedTable<OutcomeSummary>
      columns={columns}
      data={data}
      loading={loading}
      paging={filters}
      onPage={onPage}
      empty={filters.box === 'received' ? t('outcomes.emptyReceived') : t('outcomes.emptyAll')}
      rowHref={(o) => `/outcomes/${o.id}`}
    />
  );
}
