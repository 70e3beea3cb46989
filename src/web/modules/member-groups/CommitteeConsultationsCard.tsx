import { Card, Empty, Segmented, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsultationStatus } from '../../../shared/enums';
import { formatDateTime } from '../../lib/format';
import { useGroupConsultations } from './api';
import type { GroupConsultation, GroupDetail } from './types';

const statusColors = {
  scheduled: 'blue',
  in_progress: 'orange',
  concluded: 'green',
  cancelled: 'default',
} as const satisfies Record<ConsultationStatus, string>;

/** 组织的协商活动: a committee's consultations counted per year; a year's list, each opening its consultation. */
export function CommitteeConsultationsCard({ group: g }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const years = g.consultationYears;
  const [year, setYear] = useState<number | undefined>(years[0]?.year);
  const list = useGroupConsultations(g.id, year);

  const columns: TableColumnsType<GroupConsultation> = [
    {
      key: 'name',
      title: t('memberGroups.consultations.name'),
      render: (_, c) => (
        <Typography.Text ellipsis={{ tooltip: c.title }} style={{ maxWidth: 220 }}>
          <Link to={`/consultations/${c.id}`}>{c.title}</Link>
        </Typography.Text>
      ),
    },
    { key: 'place', title: t('memberGroups.consultations.place'), render: (_, c) => c.place.name },
    {
      key: 'startsAt',
      title: t('memberGroups.consultations.startsAt'),
      render: (_, c) => <span className="group-nowrap">{formatDateTime(c.startsAt)}</span>,
    },
    {
      key: 'status',
      title: t('memberGroups.consultations.status'),
      render: (_, c) => <Tag color={statusColors[c.status]}>{t(`consultations.statuses.${c.status}`)}</Tag>,
    },
  ];

  return (
    <Card size="small" title={t('memberGroups.consultations.title')}>
      <Typography.Paragraph type="secondary">{t('memberGroups.consultations.help')}</Typography.Paragraph>
      {years.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('memberGroups.consultations.empty')} />
      ) : (
        <>
          <Segmented<number>
            style={{ marginBottom: 12 }}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({
              value: y.year,
              label: `${t('memberGroups.consultations.year', { year: y.year })} · ${t('memberGroups.consultations.count', { count: y.count })}`,
            }))}
          />
          <Table<GroupConsultation>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        </>
      )}
    </Card>
  );
}
