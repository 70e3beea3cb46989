import './whistles.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { WHISTLE_STATUSES, type WhistleStatus } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FilterBar, FilterPeriod, FilterSelect } from '../../ui/FilterBar';
import { useMe } from '../auth/api';
import { PlaceFilter } from '../places';
import { useWhistles } from './api';
import { RaiseWhistleModal } from './RaiseWhistleModal';
import { mayAnswerWhistles, mayRaiseWhistle } from './roles';
import { useListParams } from './use-list-params';
import { WhistleStats } from './WhistleStats';
import { WhistlesList } from './WhistlesList';

/** /whistles — 吹哨报到: the whistles one sees with their response times; those waiting for one's answer; raising one. */
export default function WhistlesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('whistles.title'));
  const navigate = useNavigate();
  const me = useMe();
  const { toAnswer, filters, days, setParam } = useListParams();
  const list = useWhistles(filters);
  const [raising, setRaising] = useState(false);
  const isFiltered = Boolean(filters.q || filters.status || filters.placeId || days.from || days.to);
  const emptyText = toAnswer
    ? t('whistles.list.emptyToAnswer')
    : isFiltered
      ? t('whistles.list.emptyFiltered')
      : t('whistles.list.empty');

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('whistles.title')}
        </Typography.Title>
        {mayRaiseWhistle(me.data) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)} style={{ marginBottom: 16 }}>
            {t('whistles.raise')}
          </Button>
        )}
      </Flex>
      {mayAnswerWhistles(me.data) && (
        <Segmented
          className="whistle-view"
          value={toAnswer ? 'to-answer' : 'all'}
          onChange={(v) => setParam({ view: v === 'to-answer' ? 'to-answer' : undefined, status: undefined })}
          options={[
            { value: 'to-answer', label: t('whistles.list.toAnswer') },
            { value: 'all', label: t('whistles.list.all') },
          ]}
        />
      )}
      <FilterBar
        className="whistle-filters"
        search={{
          q: filters.q,
          onSearch: (q) => setParam({ q }),
          label: t('whistles.list.search'),
          placeholder: t('whistles.list.searchPlaceholder'),
          width: 220,
        }}
      >
        {!toAnswer && (
          <FilterSelect<WhistleStatus>
            id="whistle-status"
            label={t('whistles.list.status')}
            value={filters.status}
            onChange={(v) => setParam({ status: v })}
            placeholder={t('whistles.list.anyStatus')}
            options={WHISTLE_STATUSES.map((s) => ({ value: s, label: t(`whistles.statuses.${s}`) }))}
            width={120}
          />
        )}
        <PlaceFilter
          id="whistle-place"
          label={t('whistles.list.place')}
          value={filters.placeId}
          onChange={(v) => setParam({ placeId: v })}
        />
        <FilterPeriod
          id="whistle-period"
          label={t('whistles.list.period')}
          from={days.from}
          to={days.to}
          onChange={setParam}
        />
      </FilterBar>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      {!toAnswer && <WhistleStats stats={list.data?.stats} />}
      <WhistlesList
        items={list.data?.items}
        loading={list.isFetching}
        emptyText={emptyText}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setParam({ page: page > 1 ? page : undefined, pageSize }),
        }}
      />
      <RaiseWhistleModal
        open={raising}
        onClose={() => setRaising(false)}
        onRaised={(w) => navigate(`/whistles/${w.id}`)}
      />
    </>
  );
}
