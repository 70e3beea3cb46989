import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Empty, Form, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { DownloadButton } from '../../ui/DownloadButton';
import { FilterBar } from '../../ui/FilterBar';
import { PlaceFilter } from '../places';
import { hoursSheetUrl, useTrainingHours } from './api';
import { formatHours } from './format';
import { recentYears } from './training-form';
import type { TrainingHours } from './types';
import type { ListChanges } from './use-list-params';

type Row = TrainingHours['items'][number];
type Props = { year: number; placeId: string | undefined; q: string | undefined; onChange: (c: ListChanges) => void };

/** 学时统计: each member in reach with their sessions and credit hours for a year, exported as Excel. */
export function HoursPanel({ year, placeId, q, onChange }: Props) {
  const { t } = useTranslation();
  const filters = { year, placeId, q };
  const table = useTrainingHours(filters, true);
  const columns: TableColumnsType<Row> = [
    { key: 'member', title: t('trainings.hoursTable.member'), render: (_, r) => r.member.displayName },
    { key: 'place', title: t('trainings.hoursTable.homePlace'), render: (_, r) => r.place.name },
    { key: 'invited', title: t('trainings.hoursTable.invited'), align: 'right', dataIndex: 'invited' },
    { key: 'attended', title: t('trainings.hoursTable.attended'), align: 'right', dataIndex: 'attended' },
    {
      key: 'missed',
      title: t('trainings.hoursTable.missed'),
      align: 'right',
      render: (_, r) => (r.missed > 0 ? <Typography.Text type="danger">{r.missed}</Typography.Text> : 0),
    },
    {
      key: 'hours',
      title: t('trainings.hoursTable.hours'),
      align: 'right',
      sorter: (a, b) => a.hours - b.hours,
      render: (_, r) => formatHours(r.hours),
    },
  ];
  const totals = table.data?.totals;
  return (
    <>
      <FilterBar
        className="training-filters"
        search={{
          q,
          onSearch: (v) => onChange({ q: v }),
          label: t('trainings.hoursTable.search'),
          placeholder: t('trainings.hoursTable.search'),
          width: 200,
        }}
      >
        <Form.Item label={t('trainings.hoursTable.year')} htmlFor="hours-year">
          <Select<number>
            id="hours-year"
            value={year}
            onChange={(v) => onChange({ year: v })}
            options={recentYears().map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
        </Form.Item>
        <PlaceFilter
          id="hours-place"
          label={t('trainings.hoursTable.place')}
          value={placeId}
          onChange={(v) => onChange({ placeId: v })}
        />
        <DownloadButton
          url={hoursSheetUrl(filters)}
          fileName={`hours-${year}.xlsx`}
          label={t('trainings.hoursTable.export')}
          icon={<DownloadOutlined />}
        />
      </FilterBar>
      {table.isError && <Alert type="error" showIcon title={errorMessage(table.error)} style={{ marginBottom: 12 }} />}
      {totals && (
        <Typography.Paragraph type="secondary">
          {t('trainings.hoursTable.totals', {
            year,
            sessions: totals.sessions,
            personTimes: totals.personTimes,
            hours: formatHours(totals.hours),
          })}
        </Typography.Paragraph>
      )}
      <Table<Row>
        rowKey={(r) => r.member.id}
        columns={columns}
        dataSource={table.data?.items}
        loading={table.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('trainings.hoursTable.empty')} />,
        }}
      />
    </>
  );
}
