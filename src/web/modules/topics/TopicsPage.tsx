import './topics.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ExportExcelButton } from '../../ui/ExportExcelButton';
import { useMe } from '../auth/api';
import { useTopics } from './api';
import { type CreateSeed, CreateTopicModal } from './CreateTopicModal';
import { mayScreenGrids, raisableSources } from './roles';
import { ScreeningGroupsView } from './ScreeningGroupsView';
import { TopicFilters, TopicStatusTabs } from './TopicFilters';
import { TopicsTable } from './TopicsTable';
import { type TopicsView, useTopicsParams } from './use-topics-params';

/** /topics — the topics (议题) of one's region, and grid screening (网格筛题) for liaisons. */
export default function TopicsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('topics.title'));
  const me = useMe();
  const { filters, view, from, setParam } = useTopicsParams();
  const list = useTopics(filters, view === 'list');
  const [seed, setSeed] = useState<CreateSeed | null>(null);
  // /topics?from=<submission id>: "转为议题" on a submission opens the form with it chosen
  const opened: CreateSeed | null = seed ?? (from ? { source: 'submission', submissionIds: [from] } : null);
  const close = () => {
    setSeed(null);
    if (from) setParam({ from: undefined });
  };
  const canRaise = raisableSources(me.data).length > 0;
  const screens = mayScreenGrids(me.data);

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('topics.title')}
        </Typography.Title>
        <Space wrap style={{ marginBottom: 16 }}>
          {view === 'list' && (
            <ExportExcelButton
              path="/api/topics/export.xlsx"
              filters={filters}
              fileName="topics.xlsx"
              total={list.data?.total}
            />
          )}
          {canRaise && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setSeed({})}>
              {t('topics.new')}
            </Button>
          )}
        </Space>
      </Flex>
      {screens && (
        <Segmented<TopicsView>
          value={view}
          onChange={(v) => setParam({ view: v === 'list' ? undefined : v })}
          options={[
            { value: 'list', label: t('topics.views.list') },
            { value: 'screening', label: t('topics.views.screening') },
          ]}
          style={{ marginBottom: 16 }}
        />
      )}
      {view === 'screening' && screens ? (
        <ScreeningGroupsView
          onToTopic={(group, placeId) =>
            setSeed({
              source: 'grid_screening',
              placeId,
              submissionIds: group.submissions.map((s) => s.id),
              title: group.label.slice(0, 80),
            })
          }
        />
      ) : (
        <>
          <TopicFilters filters={filters} onChange={setParam} />
          <TopicStatusTabs
            value={filters.status}
            counts={list.data?.counts}
            onChange={(status) => setParam({ status })}
          />
          {list.isError && (
            <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />
          )}
          <TopicsTable
            data={list.data}
            loading={list.isFetching}
            filters={filters}
            onPage={(page, pageSize) => setParam({ page: page > 1 ? page : undefined, pageSize })}
          />
        </>
      )}
      <CreateTopicModal seed={canRaise ? opened : null} onClose={close} />
    </>
  );
}
