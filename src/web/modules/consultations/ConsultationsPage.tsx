import './consultations.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ExportExcelButton } from '../../ui/ExportExcelButton';
import { useMe } from '../auth/api';
import { useConsultations, useMyInvitations } from './api';
import { ConsultationsTable } from './ConsultationsTable';
import { ListFilters } from './ListFilters';
import { maySchedule } from './roles';
import { ScheduleModal } from './ScheduleModal';
import { type ListTab, useListParams } from './use-list-params';

/** /consultations — all consultations in one's places, or those one is invited to; and scheduling a new one. */
export default function ConsultationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('consultations.title'));
  const navigate = useNavigate();
  const me = useMe();
  const { tab, filters, days, newForTopic, setParam } = useListParams();
  const list = useConsultations(filters, tab === 'all');
  const invitations = useMyInvitations(tab === 'mine');
  const current = tab === 'all' ? list : invitations;
  const isFiltered = Boolean(filters.q || filters.status || filters.form || filters.placeId || days.from || days.to);
  const mayAdd = maySchedule(me.data);
  // the button opens the form with no topic; ?new=<topicId> (a topic page's "安排协商") with that topic
  const [adding, setAdding] = useState(false);
  const scheduling = mayAdd && (adding || newForTopic !== undefined);
  const closeSchedule = () => {
    setAdding(false);
    if (newForTopic !== undefined) setParam({ new: undefined });
  };

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('consultations.title')}
        </Typography.Title>
        <Space wrap style={{ marginBottom: 16 }}>
          {tab === 'all' && (
            <ExportExcelButton
              path="/api/consultations/export.xlsx"
              filters={filters}
              fileName="consultations.xlsx"
              total={list.data?.total}
            />
          )}
          {mayAdd && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('consultations.schedule')}
            </Button>
          )}
        </Space>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParam({ tab: key === ('mine' satisfies ListTab) ? 'mine' : undefined })}
        items={[
          { key: 'all', label: t('consultations.tabs.all') },
          { key: 'mine', label: t('consultations.tabs.mine') },
        ]}
      />
      {tab === 'all' && <ListFilters filters={filters} days={days} onChange={setParam} />}
      {current.isError && (
        <Alert type="error" showIcon title={errorMessage(current.error)} style={{ marginBottom: 16 }} />
      )}
      {tab === 'all' ? (
        <ConsultationsTable
          items={list.data?.items}
          loading={list.isFetching}
          emptyText={isFiltered ? t('consultations.empty.filtered') : t('consultations.empty.none')}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            onChange: (page, pageSize) => setParam({ page: page > 1 ? page : undefined, pageSize }),
          }}
        />
      ) : (
        <ConsultationsTable
          items={invitations.data?.items}
          loading={invitations.isFetching}
          emptyText={t('consultations.empty.invitations')}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      )}
      <ScheduleModal
        open={scheduling}
        topicId={newForTopic || undefined}
        onClose={closeSchedule}
        onScheduled={(c) => navigate(`/consultations/${c.id}`)}
      />
    </>
  );
}
