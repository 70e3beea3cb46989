import './writings.css';
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Segmented, type TableColumnsType, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { WritingBox } from '../../../shared/access/writings';
import { WRITING_KINDS, WRITING_STATUSES, type WritingKind } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FilterBar, FilterSelect } from '../../ui/FilterBar';
import { PagedTable } from '../../ui/PagedTable';
import { useMe } from '../auth/api';
import { useWritings } from './api';
import { mayWrite, rolesOf } from './roles';
import type { WritingFilters, WritingList, WritingSummary } from './types';
import { ANY_STATUS, boxesFor, filtersOf } from './views';
import { WritingKindTag, WritingStatusTag } from './WritingTags';

type Changes = Partial<
  Record<'box' | 'q' | 'kind' | 'status' | 'year' | 'page' | 'pageSize', string | number | undefined>
>;

/**
 * /writings — 社情民意与提案: a member's own, the office's queue (待审 first), what was forwarded to
 * a leader or department; by kind, status and year, searched by code, title or member.
 */
export default function WritingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('writings.title'));
  const navigate = useNavigate();
  const me = useMe();
  const roles = rolesOf(me.data);
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params, roles);
  // the view opens on one's roles: wait for them rather than load another view first
  const list = useWritings(filters, !me.isPending);
  const boxes = boxesFor(roles);

  /** Changes some filters and goes back to the first page (unless the page is what changed). */
  const setFilter = (changes: Changes) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };
  const counts = list.data?.counts;
  const statuses = WRITING_STATUSES.filter((s) => s !== 'draft' || filters.box === 'mine');
  const all = counts ? statuses.reduce((n, s) => n + counts[s], 0) : undefined;
  const label = (text: string, n: number | undefined) => (n === undefined ? text : `${text} ${n}`);

  return (
    <>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <Typography.Title level={1} className="page-title">
          {t('writings.title')}
        </Typography.Title>
        {mayWrite(me.data) && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => navigate('/writings/new')}>
            {t('writings.list.write')}
          </Button>
        )}
      </Flex>
      {boxes.length > 1 && (
        <Segmented<WritingBox>
          value={filters.box}
          onChange={(box) => setFilter({ box, status: undefined })}
          options={boxes.map((b) => ({ value: b, label: t(`writings.boxes.${b}`) }))}
          style={{ marginBottom: 8 }}
        />
      )}
      <Tabs
        activeKey={filters.status ?? ANY_STATUS}
        onChange={(key) => setFilter({ status: key })}
        items={[
          { key: ANY_STATUS, label: label(t('writings.allStatuses'), all) },
          ...statuses.map((s) => ({ key: s, label: label(t(`writings.statuses.${s}`), counts?.[s]) })),
        ]}
      />
      <Filters filters={filters} onChange={setFilter} />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <WritingsTable
        data={list.data}
        loading={list.isFetching}
        filters={filters}
        onPage={(page, pageSize) => setFilter({ page: page > 1 ? page : undefined, pageSize })}
      />
    </>
  );
}

function Filters({ filters, onChange }: { filters: WritingFilters; onChange: (c: Changes) => void }) {
  const { t } = useTranslation();
  return (
    <FilterBar
      className="writing-filters"
      search={{
        q: filters.q,
        onSearch: (q) => onChange({ q }),
        label: t('writings.list.search'),
        placeholder: t('writings.list.searchPlaceholder'),
        width: 220,
      }}
    >
      <FilterSelect<WritingKind>
        id="writing-kind"
        label={t('writings.list.kind')}
        value={filters.kind}
        onChange={(v) => onChange({ kind: v })}
        placeholder={t('writings.list.anyKind')}
        options={WRITING_KINDS.map((k) => ({ value: k, label: t(`writings.kinds.${k}`) }))}
        width={130}
      />
      <Form.Item label={t('writings.list.year')} htmlFor="writing-year">
        <DatePicker
          id="writing-year"
          picker="year"
          value={filters.year ? dayjs().year(filters.year) : null}
          onChange={(d) => onChange({ year: d ? d.year() : undefined })}
          placeholder={t('writings.list.anyYear')}
          style={{ width: 120 }}
        />
      </Form.Item>
    </FilterBar>
  );
}

type TableProps = {
  data: WritingList | undefined;
  loading: boolean;
  filters: WritingFilters;
  onPage: (page: number, pageSize: number) => void;
};

function WritingsTable({ data, loading, filters, onPage }: TableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isMine = filters.box === 'mine';
  const columns: TableColumnsType<WritingSummary> = [
    {
      key: 'title',
      title: t('writings.list.name'),
      render: (_, w) => (
        <Flex vertical style={{ maxWidth: 340 }}>
          <Link to={`/writings/${w.id}`} title={w.title} onClick={(e) => e.stopPropagation()}>
            <Typography.Text ellipsis style={{ maxWidth: 340, color: 'inherit' }}>
              {w.title}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" className="writing-code" style={{ fontSize: 12 }}>
            {w.code ?? t('writings.list.noCode')}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'kind', title: t('writings.list.kind'), render: (_, w) => <WritingKindTag kind={w.kind} /> },
    { key: 'status', title: t('writings.list.status'), render: (_, w) => <WritingStatusTag status={w.status} /> },
    ...(isMine
      ? []
      : [
          {
            key: 'author',
            title: t('writings.list.author'),
            render: (_: unknown, w: WritingSummary) => <span className="nowrap">{w.author.displayName}</span>,
          },
        ]),
    { key: 'place', title: t('writings.list.place'), render: (_, w) => <span className="nowrap">{w.place.name}</span> },
    {
      key: 'submitted',
      title: t('writings.list.submittedAt'),
      render: (_, w) => <span className="nowrap">{formatDateTime(w.submittedAt) || t('common.none')}</span>,
    },
    {
      key: 'updated',
      title: t('writings.list.updatedAt'),
      render: (_, w) => <span className="nowrap">{formatDateTime(w.updatedAt)}</span>,
    },
  ];
  return (
    <PagedTable<WritingSummary>
      columns={columns}
      data={data}
      loading={loading}
      paging={filters}
      onPage={onPage}
      onRow={(w) => ({ onClick: () => navigate(`/writings/${w.id}`), style: { cursor: 'pointer' } })}
      empty={
        isMine && !filters.q && !filters.kind && !filters.status
          ? t('writings.list.emptyMine')
          : t('writings.list.empty')
      }
    />
  );
}
