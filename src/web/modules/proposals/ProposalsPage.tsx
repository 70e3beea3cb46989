import { ExportExcelButton } from '../../ui/ExportExcelButton';
import './proposals.css';
import { BarChartOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Space, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { HANDLING_FILTERS, HANDLING_STATUSES, type HandlingFilter } from '../../../shared/access/proposals';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FilterBar, FilterSelect } from '../../ui/FilterBar';
import type { FitColumn } from '../../ui/FitTable';
import { PagedTable } from '../../ui/PagedTable';
import { PlaceFilter } from '../places';
import { useHandlings, useRates } from './api';
import { formatDate } from './format';
import { CategoryTag, HandlingStatusTags, SatisfactionTag } from './HandlingTags';
import { ratesLink } from './links';
import type { HandlingFilters, HandlingList, HandlingSummary } from './types';
import { type ListChanges, useListParams } from './use-list-params';

/** /proposals — 提案办理: the handlings one can see, by year, unit, status and the rates' filters. */
export default function ProposalsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('proposals.title'));
  const navigate = useNavigate();
  const { filters, setFilter } = useListParams();
  const list = useHandlings(filters);
  const counts = list.data?.counts;
  const all = counts ? HANDLING_STATUSES.reduce((n, s) => n + counts[s], 0) : undefined;
  const label = (text: string, n: number | undefined) => (n === undefined ? text : `${text} ${n}`);

  return (
    <>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <Typography.Title level={1} className="page-title">
          {t('proposals.title')}
        </Typography.Title>
        <Space wrap>
          <ExportExcelButton
            path="/api/proposals/handlings/export.xlsx"
            filters={filters}
            fileName="proposals.xlsx"
            total={list.data?.total}
          />
          <Button icon={<BarChartOutlined />} onClick={() => navigate(ratesLink(filters))}>
            {t('proposals.list.toRates')}
          </Button>
        </Space>
      </Flex>
      <Tabs
        activeKey={filters.status ?? 'all'}
        onChange={(key) => setFilter({ status: key === 'all' ? undefined : key })}
        items={[
          { key: 'all', label: label(t('proposals.allStatuses'), all) },
          ...HANDLING_STATUSES.map((s) => ({ key: s, label: label(t(`proposals.statuses.${s}`), counts?.[s]) })),
        ]}
      />
      <Filters filters={filters} onChange={setFilter} />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <HandlingsTable
        data={list.data}
        loading={list.isFetching}
        filters={filters}
        onPage={(page, pageSize) => setFilter({ page: page > 1 ? page : undefined, pageSize })}
      />
    </>
  );
}

function Filters({ filters, onChange }: { filters: HandlingFilters; onChange: (c: ListChanges) => void }) {
  const { t } = useTranslation();
  // the units handling proposals this year, as the rates list them
  const rates = useRates(filters.year, filters.placeId);
  const units = rates.data?.units.map((u) => ({ value: u.unit.id, label: u.unit.displayName })) ?? [];
  return (
    <FilterBar
      className="proposal-filters"
      search={{
        q: filters.q,
        onSearch: (q) => onChange({ q }),
        label: t('proposals.list.search'),
        placeholder: t('proposals.list.searchPlaceholder'),
        width: 220,
      }}
    >
      <Form.Item label={t('proposals.list.year')} htmlFor="proposal-year">
        <DatePicker
          id="proposal-year"
          picker="year"
          allowClear={false}
          value={dayjs().year(filters.year)}
          onChange={(d) => onChange({ year: d ? d.year() : undefined, unitId: undefined })}
          style={{ width: 110 }}
        />
      </Form.Item>
      <FilterSelect<string>
        id="proposal-unit"
        label={t('proposals.list.unit')}
        value={filters.unitId}
        onChange={(v) => onChange({ unitId: v })}
        placeholder={t('proposals.list.anyUnit')}
        options={units}
        width={180}
      />
      <FilterSelect<HandlingFilter>
        id="proposal-filter"
        label={t('proposals.list.filter')}
        value={filters.filter}
        onChange={(v) => onChange({ filter: v })}
        placeholder={t('proposals.filters.all')}
        options={HANDLING_FILTERS.filter((f) => f !== 'all').map((f) => ({
          value: f,
          label: t(`proposals.filters.${f}`),
        }))}
        width={150}
      />
      <PlaceFilter
        id="proposal-place"
        label={t('proposals.list.place')}
        value={filters.placeId}
        onChange={(placeId) => onChange({ placeId })}
      />
    </FilterBar>
  );
}

type TableProps = {
  data: HandlingList | undefined;
  loading: boolean;
  filters: HandlingFilters;
  onPage: (page: number, pageSize: number) => void;
};

function HandlingsTable({ data, loading, filters, onPage }: TableProps) {
  const { t } = useTranslation();
  const columns: FitColumn<HandlingSummary>[] = [
    {
      key: 'proposal',
      title: t('proposals.list.proposal'),
      render: (_, h) => (
        <div className="proposal-title-cell">
          <Link to={`/proposals/${h.id}`} title={h.proposal.title}>
            {h.proposal.title}
          </Link>
          <Typography.Text type="secondary" className="proposal-code" style={{ fontSize: 12 }}>
            {h.proposal.code} · {h.place.name}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'unit',
      width: 120,
      title: t('proposals.list.unit'),
      render: (_, h) => <Clipped text={h.unit.displayName} width={100} />,
    },
    {
      key: 'proposer',
      width: 110,
      title: t('proposals.list.proposer'),
      render: (_, h) => <Clipped text={h.proposer} width={100} />,
    },
    {
      key: 'status',
      width: 180,
      fit: 'tag',
      title: t('proposals.list.status'),
      render: (_, h) => (
        <HandlingStatusTags status={h.status} isOverdue={h.isOverdue} rehandleCount={h.rehandleCount} />
      ),
    },
    {
      key: 'category',
      width: 110,
      fit: 'tag',
      title: t('proposals.list.category'),
      render: (_, h) => <CategoryTag category={h.replyCategory} />,
    },
    {
      key: 'satisfaction',
      width: 110,
      fit: 'tag',
      title: t('proposals.list.satisfaction'),
      render: (_, h) => <SatisfactionTag satisfaction={h.satisfaction} />,
    },
    {
      key: 'due',
      width: 120, // a whole date with the cell's padding
      title: t('proposals.list.dueAt'),
      render: (_, h) => <span className="nowrap">{formatDate(h.dueAt)}</span>,
    },
  ];
  return (
    <PagedTable<HandlingSummary>
      columns={columns}
      data={data}
      loading={loading}
      paging={filters}
      onPage={onPage}
      empty={t('proposals.list.empty')}
      rowHref={(h) => `/proposals/${h.id}`}
    />
  );
}

/** A name cut to `width` with the whole of it on hover, so the key columns fit 1280 px. */
function Clipped({ text, width }: { text: string; width: number }) {
  return (
    <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: width }}>
      {text}
    </Typography.Text>
  );
}
