import './trainings.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TRAINING_KINDS, type TrainingKind } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FilterBar, FilterSelect } from '../../ui/FilterBar';
import { useMe } from '../auth/api';
import { PlaceFilter } from '../places';
import { useTrainings } from './api';
import { HoursPanel } from './HoursPanel';
import { mayCreateTraining, mayReadHours } from './roles';
import { TrainingFormModal } from './TrainingFormModal';
import { TrainingsTable } from './TrainingsTable';
import { recentYears } from './training-form';
import { useListParams } from './use-list-params';

/** /trainings — 专题培训: the sessions one sees, and (for the office) each member's credit hours by year. */
export default function TrainingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('trainings.title'));
  const navigate = useNavigate();
  const me = useMe();
  const { tab, filters, setParam } = useListParams();
  const readsHours = mayReadHours(me.data);
  const showHours = tab === 'hours' && readsHours;
  const list = useTrainings(filters, !showHours);
  const [creating, setCreating] = useState(false);
  const isFiltered = Boolean(filters.q || filters.kind || filters.placeId || filters.year);

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('trainings.title')}
        </Typography.Title>
        {mayCreateTraining(me.data) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} style={{ marginBottom: 16 }}>
            {t('trainings.create')}
          </Button>
        )}
      </Flex>
      {readsHours && (
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setParam({ tab: key === 'hours' ? 'hours' : undefined, q: undefined, kind: undefined, year: undefined })
          }
          items={[
            { key: 'sessions', label: t('trainings.tabs.sessions') },
            { key: 'hours', label: t('trainings.tabs.hours') },
          ]}
        />
      )}
      {showHours ? (
        <HoursPanel
          year={filters.year ?? new Date().getFullYear()}
          placeId={filters.placeId}
          q={filters.q}
          onChange={setParam}
        />
      ) : (
        <>
          <FilterBar
            className="training-filters"
            search={{
              q: filters.q,
              onSearch: (q) => setParam({ q }),
              label: t('trainings.list.search'),
              placeholder: t('trainings.list.searchPlaceholder'),
              width: 200,
            }}
          >
            <FilterSelect<TrainingKind>
              id="training-kind"
              label={t('trainings.list.kind')}
              value={filters.kind}
              onChange={(v) => setParam({ kind: v })}
              placeholder={t('trainings.list.anyKind')}
              options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trainings.kinds.${k}`) }))}
              width={130}
            />
            <Form.Item label={t('trainings.list.year')} htmlFor="training-year">
              <Select<number>
                id="training-year"
                allowClear
                value={filters.year}
                onChange={(v) => setParam({ year: v })}
                placeholder={t('trainings.list.anyYear')}
                options={recentYears().map((y) => ({ value: y, label: String(y) }))}
                style={{ width: 110 }}
              />
            </Form.Item>
            <PlaceFilter
              id="training-place"
              label={t('trainings.list.place')}
              value={filters.placeId}
              onChange={(v) => setParam({ placeId: v })}
            />
          </FilterBar>
          {list.isError && (
            <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />
          )}
          <TrainingsTable
            items={list.data?.items}
            loading={list.isFetching}
            emptyText={isFiltered ? t('trainings.list.emptyFiltered') : t('trainings.list.empty')}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              onChange: (page, pageSize) => setParam({ page: page > 1 ? page : undefined, pageSize }),
            }}
          />
        </>
      )}
      <TrainingFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(d) => navigate(`/trainings/${d.id}`)}
      />
    </>
  );
}
