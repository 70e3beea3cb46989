import './tasks.css';
import { Alert, Card, Flex, Form, Result, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ExportExcelButton } from '../../ui/ExportExcelButton';
import { FilterBar, FilterSelect } from '../../ui/FilterBar';
import { useMe } from '../auth/api';
import { PlacePicker } from '../places';
import { DueRevisitsCard } from '../revisits';
import { useBoard, useTasks } from './api';
import { FLAGS } from './constants';
import { widestReach } from './roles';
import { TaskActionModal } from './TaskActionModal';
import { TasksTable } from './TasksTable';
import type { TaskFlag, TaskSummary } from './types';
import { UnitsTable } from './UnitsTable';
import { useTaskParams } from './use-task-params';
import { ViewCards } from './ViewCards';

/** /supervision — 督办台: a region's tasks by view and by unit, pressed from the row (催办). */
export default function SupervisionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('tasks.board.title'));
  const me = useMe();
  const { filters, setFilter, search } = useTaskParams(false);
  // the board opens on one's widest reach; the URL keeps another place once chosen
  const placeId = filters.placeId ?? widestReach(me.data)?.id;
  const board = useBoard(placeId, Boolean(placeId));
  const list = useTasks({ ...filters, placeId }, Boolean(placeId));
  const [urging, setUrging] = useState<TaskSummary>();

  if (me.data && !placeId) return <Result status="403" title={t('tasks.board.noReach')} />;
  const owner =
    filters.ownerId &&
    (board.data?.units.find((u) => u.owner.id === filters.ownerId)?.owner ??
      list.data?.items.find((i) => i.owner.id === filters.ownerId)?.owner);

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={12} className="board-head">
        <Typography.Title level={1} className="page-title">
          {t('tasks.board.title')}
        </Typography.Title>
        <Form layout="inline">
          <Form.Item style={{ marginInlineEnd: 8 }}>
            <ExportExcelButton
              path="/api/tasks/export.xlsx"
              filters={{ ...filters, placeId }}
              fileName="tasks.xlsx"
              total={list.data?.total}
            />
          </Form.Item>
          <Form.Item label={t('tasks.board.place')} htmlFor="board-place" style={{ marginInlineEnd: 0 }}>
            <PlacePicker
              id="board-place"
              value={placeId}
              onChange={(id) => setFilter({ placeId: id, ownerId: undefined })}
              style={{ width: 260 }}
            />
          </Form.Item>
        </Form>
      </Flex>
      {board.data && (
        <Typography.Text type="secondary" className="board-thresholds">
          {t('tasks.board.thresholds', { dueSoon: board.data.dueSoonDays, stalled: board.data.stalledDays })}
        </Typography.Text>
      )}
      {board.isError && <Alert type="error" showIcon title={errorMessage(board.error)} style={{ marginBottom: 16 }} />}
      <ViewCards
        value={filters.view ?? 'open'}
        counts={list.data?.counts.views ?? board.data?.views}
        onChange={(view) => setFilter({ view })}
        label={t('tasks.board.list')}
      />
      <DueRevisitsCard placeId={placeId} />
      <Card size="small" title={t('tasks.board.units')} style={{ marginBottom: 16 }}>
        <UnitsTable
          rows={board.data?.units}
          loading={board.isFetching}
          ownerId={filters.ownerId}
          onPick={(ownerId) => setFilter({ ownerId })}
        />
      </Card>
      <Card size="small" title={t('tasks.board.list')}>
        <FilterBar
          className="task-list-toolbar"
          search={{
            q: filters.q,
            onSearch: (q) => setFilter({ q }),
            label: t('tasks.search'),
            placeholder: t('tasks.searchPlaceholder'),
            width: 260,
          }}
        >
          <FilterSelect<TaskFlag>
            id="board-flag"
            label={t('tasks.flag')}
            value={filters.flag}
            onChange={(flag) => setFilter({ flag })}
            placeholder={t('tasks.anyFlag')}
            options={FLAGS.map((f) => ({
              value: f,
              label: t('tasks.flagCount', { flag: t(`tasks.flags.${f}`), count: list.data?.counts.flags[f] ?? 0 }),
            }))}
            width={130}
          />
          {filters.ownerId && (
            <Form.Item>
              <Tag closable onClose={() => setFilter({ ownerId: undefined })} color="blue">
                {t('tasks.board.onlyOwner', { owner: owner ? owner.displayName : '…' })}
              </Tag>
            </Form.Item>
          )}
        </FilterBar>
        {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
        <TasksTable
          data={list.data}
          loading={list.isFetching}
          filters={filters}
          from={`/supervision${search}`}
          onPage={(page, pageSize) => setFilter({ page, pageSize })}
          onUrge={setUrging}
          empty={t('tasks.board.empty')}
        />
      </Card>
      {urging && <TaskActionModal task={urging} action="urge" onClose={() => setUrging(undefined)} />}
    </>
  );
}
