import './member-groups.css';
import {
  Alert,
  Card,
  Flex,
  Form,
  InputNumber,
  Space,
  Statistic,
  Switch,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { COVERAGE_DEFAULT_MIN, COVERAGE_MAX_MIN } from '../../../shared/access/member-groups';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PagedTable } from '../../ui/PagedTable';
import { PlaceFilter } from '../places';
import { useCoverage } from './api';
import type { CoverageFilters, CoverageRow } from './types';

type Changes = Partial<Record<'min' | 'lacking' | 'placeId' | 'page' | 'pageSize', string | number | undefined>>;

/** The coverage filters live in the URL: a minimum (2 unless chosen), only places lacking members, a place. */
function useCoverageParams() {
  const [params, setParams] = useSearchParams();
  const min = Number(params.get('min'));
  const filters: CoverageFilters = {
    min: Number.isInteger(min) && min >= 1 && min <= COVERAGE_MAX_MIN ? min : COVERAGE_DEFAULT_MIN,
    lacking: params.get('lacking') === 'true' ? 'true' : 'false',
    placeId: params.get('placeId') ?? undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const setFilter = (changes: Changes) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
      if (v === undefined || v === '' || (k === 'lacking' && v === 'false')) next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };
  return { filters, setFilter };
}

/** /members/coverage — 联系点覆盖: members assigned to each village and community, and the places lacking them. */
export default function CoveragePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('memberGroups.coverage.title'));
  const { filters, setFilter } = useCoverageParams();
  const coverage = useCoverage(filters);
  const totals = coverage.data?.totals;
  const none = t('common.none');

  const columns: TableColumnsType<CoverageRow> = [
    {
      key: 'place',
      title: t('memberGroups.coverage.place'),
      render: (_, r) => <Link to={`/places/${r.place.id}`}>{r.place.name}</Link>,
    },
    { key: 'parent', title: t('memberGroups.coverage.parent'), render: (_, r) => r.parent?.name ?? none },
    { key: 'count', title: t('memberGroups.coverage.count'), align: 'right', render: (_, r) => r.memberCount },
    {
      key: 'members',
      title: t('memberGroups.coverage.members'),
      render: (_, r) => {
        const names = r.members.map((m) => m.displayName).join('、');
        return names ? (
          <Typography.Text ellipsis={{ tooltip: names }} style={{ maxWidth: 320 }}>
            {names}
          </Typography.Text>
        ) : (
          none
        );
      },
    },
    {
      key: 'status',
      title: t('memberGroups.coverage.status'),
      render: (_, r) =>
        r.isLacking ? (
          <Tag color="red">{t('memberGroups.coverage.lacking', { count: filters.min - r.memberCount })}</Tag>
        ) : (
          <Tag color="green">{t('memberGroups.coverage.covered')}</Tag>
        ),
    },
  ];

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('memberGroups.coverage.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('memberGroups.coverage.help')}</Typography.Paragraph>
      <Card size="small" className="coverage-stats">
        <Flex gap={48} wrap>
          <Statistic
            title={t('memberGroups.coverage.places')}
            value={totals?.places ?? 0}
            loading={coverage.isPending}
          />
          <Statistic
            title={t('memberGroups.coverage.coveredCount')}
            value={totals?.covered ?? 0}
            loading={coverage.isPending}
          />
          <Statistic
            title={t('memberGroups.coverage.lackingCount')}
            value={totals?.lacking ?? 0}
            loading={coverage.isPending}
            valueStyle={totals?.lacking ? { color: '#cf1322' } : undefined}
          />
        </Flex>
      </Card>
      <Form layout="inline" className="toolbar coverage-filters">
        <Form.Item label={t('memberGroups.coverage.min')} htmlFor="coverage-min">
          <InputNumber
            id="coverage-min"
            min={1}
            max={COVERAGE_MAX_MIN}
            precision={0}
            value={filters.min}
            onChange={(v) => setFilter({ min: v && v !== COVERAGE_DEFAULT_MIN ? v : undefined })}
            style={{ width: 80 }}
          />
        </Form.Item>
        <Form.Item label={t('memberGroups.coverage.lackingOnly')} htmlFor="coverage-lacking">
          <Space>
            <Switch
              id="coverage-lacking"
              checked={filters.lacking === 'true'}
              onChange={(on) => setFilter({ lacking: on ? 'true' : undefined })}
            />
          </Space>
        </Form.Item>
        <PlaceFilter
          id="coverage-place"
          label={t('memberGroups.list.place')}
          value={filters.placeId}
          onChange={(placeId) => setFilter({ placeId })}
        />
      </Form>
      {coverage.isError && (
        <Alert type="error" showIcon title={errorMessage(coverage.error)} style={{ marginBottom: 16 }} />
      )}
      <PagedTable<CoverageRow>
        columns={columns}
        data={coverage.data}
        loading={coverage.isFetching}
        paging={filters}
        onPage={(page, pageSize) => setFilter({ page: page > 1 ? page : undefined, pageSize })}
        empty={filters.lacking === 'true' ? t('memberGroups.coverage.empty') : t('memberGroups.coverage.emptyAll')}
      />
    </>
  );
}
