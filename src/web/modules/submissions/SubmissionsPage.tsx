import './submissions.css';
import { ApartmentOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DownloadButton } from '../../ui/DownloadButton';
import { useMe } from '../auth/api';
import { exportUrl, useSubmissions } from './api';
import { BatchSortModal } from './BatchSortModal';
import { InboxFilters, SortSelect } from './InboxFilters';
import { InboxTable } from './InboxTable';
import { inboxHome, mayRecordWalkIn, maySort } from './roles';
import { StatsStrip } from './StatsStrip';
import { StatusTabs } from './StatusTabs';
import type { SubmissionSummary } from './types';
import { useInboxParams } from './use-inbox-params';
import { WalkInModal } from './WalkInModal';

const NO_WORDS: readonly string[] = [];
const NO_ROWS: SubmissionSummary[] = [];

/** The inbox (征集 → 分办): what residents raised in one's places, filtered in the URL. */
export default function SubmissionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('submissions.title'));
  const me = useMe();
  const { filters, days, setFilter, search } = useInboxParams();
  const list = useSubmissions(filters);
  // 批量分办: the rows chosen in this view (another filter or page starts afresh), and the dialog
  const [choice, setChoice] = useState<{ search: string; rows: SubmissionSummary[] }>({ search, rows: [] });
  const chosen = choice.search === search ? choice.rows : NO_ROWS;
  const setChosen = (rows: SubmissionSummary[]) => setChoice({ search, rows });
  const [sorting, setSorting] = useState(false);
  const sorts = maySort(me.data);
  // ?new=1 opens the recording form at once (the member's home links here to record a problem)
  const [params, setParams] = useSearchParams();
  const [recording, setRecording] = useState(() => params.get('new') === '1');
  const stopRecording = () => {
    setRecording(false);
    if (params.has('new')) {
      const next = new URLSearchParams(params);
      next.delete('new');
      setParams(next, { replace: true });
    }
  };

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('submissions.title')}
        </Typography.Title>
        <Space wrap style={{ marginBottom: 16 }}>
          <DownloadButton
            url={exportUrl(filters)}
            fileName="submissions.xlsx"
            label={t('submissions.exportExcel')}
            icon={<FileExcelOutlined />}
            isDisabled={list.data?.total === 0}
          />
          {sorts && (
            <Button icon={<ApartmentOutlined />} disabled={chosen.length === 0} onClick={() => setSorting(true)}>
              {t('submissions.batch.open', { count: chosen.length })}
            </Button>
          )}
          {mayRecordWalkIn(me.data) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('submissions.walkIn.open')}
            </Button>
          )}
        </Space>
      </Flex>
      <StatsStrip placeId={filters.placeId} />
      <InboxFilters filters={filters} days={days} onChange={setFilter} />
      <StatusTabs
        value={filters.status}
        counts={list.data?.counts}
        onChange={(status) => setFilter({ status })}
        extra={<SortSelect value={filters.sort} q={filters.q} onChange={setFilter} />}
      />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      {list.data?.search?.mode === 'most' && (
        <Alert type="info" showIcon title={t('submissions.searchWidened')} style={{ marginBottom: 12 }} />
      )}
      <InboxTable
        data={list.data}
        loading={list.isFetching}
        filters={filters}
        search={search}
        highlight={list.data?.search?.highlight ?? NO_WORDS}
        onPage={(page, pageSize) => setFilter({ page: page > 1 ? page : undefined, pageSize })}
        chosen={chosen}
        onChoose={sorts ? setChosen : undefined}
      />
      <BatchSortModal
        open={sorting && chosen.length > 0}
        items={chosen}
        placeId={filters.placeId ?? inboxHome(me.data)}
        onClose={(sorted) => {
          setSorting(false);
          if (sorted) setChosen([]);
        }}
      />
      <WalkInModal open={recording && mayRecordWalkIn(me.data)} onClose={stopRecording} />
    </>
  );
}
